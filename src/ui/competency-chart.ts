import type { CompetencyTally } from '../domain/debrief.ts';
import { LAYERS } from '../domain/vocabulary.ts';
import type { UiContext } from './context.ts';
import { h } from './dom.ts';

/** Competencies drawn on (right) against set aside (left), grouped by the layer they come from; a real table. */
export const competencyChart = (ui: UiContext, rows: readonly CompetencyTally[]) => {
  const max = Math.max(1, ...rows.flatMap((r) => [r.drawn, r.setAside]));
  // A diverging bar: set aside grows to the left of the axis, drawn on to the right.
  const half = (kind: 'drawn' | 'aside', n: number) =>
    h(
      'span',
      { class: `half ${kind}` },
      h('span', {
        class: 'visually-hidden',
        text: `${ui.t(kind === 'drawn' ? 'debrief.drawn' : 'debrief.setAside')}: `,
      }),
      h('span', { class: 'fill', attrs: { style: `width:${(n / max) * 85}%`, 'aria-hidden': 'true' } }),
      h('span', { class: 'count', text: String(n) }),
    );
  return h(
    'table',
    { class: 'chart', attrs: { 'aria-label': ui.t('debrief.chartLabel') } },
    h('caption', { text: ui.t('debrief.competenciesCaption') }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'col' }, text: ui.t('debrief.competency') }),
        h(
          'th',
          { attrs: { scope: 'col' }, class: 'axis-head' },
          h('span', { text: `← ${ui.t('debrief.setAside')}` }),
          h('span', { text: `${ui.t('debrief.drawn')} →` }),
        ),
      ),
    ),
    LAYERS.map((layer) => {
      const inLayer = rows.filter((r) => r.layer === layer);
      if (inLayer.length === 0) return null;
      return h(
        'tbody',
        {},
        h(
          'tr',
          { class: 'layer' },
          h('th', { attrs: { scope: 'rowgroup', colspan: 2 }, text: ui.t(`layer.${layer}`) }),
        ),
        inLayer.map((r) =>
          h(
            'tr',
            { attrs: { 'data-competency': r.competency } },
            h('th', { attrs: { scope: 'row' }, text: ui.t(`competency.${r.competency}`) }),
            h(
              'td',
              { class: 'bars' },
              h('div', { class: 'diverge' }, half('aside', r.setAside), half('drawn', r.drawn)),
            ),
          ),
        ),
      );
    }),
  );
};
