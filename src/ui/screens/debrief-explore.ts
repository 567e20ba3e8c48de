import type { Comparison } from '../../domain/debrief-compare.ts';
import { completion, explored } from '../../domain/explored.ts';
import type { Scenario } from '../../domain/scenario.ts';
import type { LocalText } from '../../domain/text.ts';
import { branchMap, completionWords } from '../branch-map.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { comparisonSentences } from './debrief-summary.ts';

/** The branch map of this scenario over every play of it on this device, with how much is discovered. */
export const exploreSection = (ui: UiContext, scenario: Scenario) => {
  const seen = explored(scenario, ui.history);
  const done = completion(scenario, seen);
  const summary = completionWords(ui, done);
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'dq-explore' } },
    h('h3', { attrs: { id: 'dq-explore' }, text: ui.t('debrief.explore') }),
    h('p', { attrs: { 'data-completion': `${done.choices.seen}/${done.choices.total}` }, text: summary }),
    h('p', { class: 'small', text: ui.t('debrief.exploreIntro') }),
    h(
      'div',
      {
        class: 'map-scroll',
        attrs: { tabindex: 0, role: 'region', 'aria-label': `${ui.t('debrief.explore')}: ${summary}` },
      },
      branchMap(ui, scenario, ui.history),
    ),
  );
};

const COMPETENCY_SHIFT = {
  drawn: { more: 'debriefSummary.compare.drawnMore', less: 'debriefSummary.compare.drawnLess' },
  setAside: { more: 'debriefSummary.compare.setAsideMore', less: 'debriefSummary.compare.setAsideLess' },
} as const;

/** This play beside the previous play of the same scenario in full: decision by decision, then in words. */
export const compareSection = (ui: UiContext, c: Comparison, earlierAt: number) => {
  const date = new Intl.DateTimeFormat(ui.lang, { dateStyle: 'long', timeStyle: 'short' }).format(earlierAt);
  const choice = (text: LocalText | undefined) => (text ? ui.local(text) : ui.t('debrief.notReached'));
  // One sentence per kind of shift, naming every competency it applies to.
  const list = new Intl.ListFormat(ui.lang, { type: 'conjunction' });
  const competencies = (['drawn', 'setAside'] as const).flatMap((kind) =>
    (['more', 'less'] as const).flatMap((change) => {
      const names = c.competencies
        .filter((s) => s.kind === kind && s.change === change)
        .map((s) => ui.t(`competency.${s.competency}`));
      return names.length ? [ui.t(COMPETENCY_SHIFT[kind][change], { list: list.format(names) })] : [];
    }),
  );
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'dq-compare' } },
    h('h3', { attrs: { id: 'dq-compare' }, text: ui.t('debrief.compare') }),
    h('p', { text: ui.t('debrief.compareIntro', { date }) }),
    h(
      'ul',
      { attrs: { 'data-compare-all': true } },
      comparisonSentences(ui, c, false).map((text) => h('li', { text })),
    ),
    h(
      'table',
      { class: 'compare' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'col' }, text: ui.t('debrief.decisionColumn') }),
          h('th', { attrs: { scope: 'col' }, text: ui.t('debrief.thisTime') }),
          h('th', { attrs: { scope: 'col' }, text: ui.t('debrief.lastTime') }),
        ),
      ),
      h(
        'tbody',
        {},
        c.rows.map((row) =>
          h(
            'tr',
            { attrs: { 'data-changed': choice(row.now) !== choice(row.before) } },
            h('th', { attrs: { scope: 'row' }, text: ui.local(row.prompt) }),
            h('td', { text: choice(row.now) }),
            h('td', { text: choice(row.before) }),
          ),
        ),
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'row' }, text: ui.t('play.ending') }),
          h('td', { text: c.ending.now ? ui.local(c.ending.now) : '—' }),
          h('td', { text: c.ending.before ? ui.local(c.ending.before) : '—' }),
        ),
      ),
    ),
    h('h4', { text: ui.t('debriefSummary.compare.competencies') }),
    competencies.length
      ? h(
          'ul',
          { attrs: { 'data-compare-competencies': true } },
          competencies.map((text) => h('li', { text })),
        )
      : h('p', { text: ui.t('debriefSummary.compare.sameCompetencies') }),
  );
};
