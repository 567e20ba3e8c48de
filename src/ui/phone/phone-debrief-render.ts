import type { CompetencyTally, StrategyTally } from '../../domain/debrief.ts';
import { h } from '../dom.ts';
import type { PhoneUi } from './phone-context.ts';
import type { DebriefView, RowView } from './phone-view.ts';

/**
 * A phone's own debrief of one scenario: its votes beside the room's path, then what its own votes
 * leaned on. Built for a narrow screen (lists, not a wide chart), and printable on its own.
 */

const optionLine = (ui: PhoneUi, label: string, option: RowView['room'] | undefined, kind: string) =>
  h(
    'p',
    { class: `phone-row-${kind}` },
    option
      ? h('span', {
          class: `phone-letter option-${option.letter.toLowerCase()}`,
          attrs: { 'aria-hidden': 'true' },
          text: option.letter,
        })
      : h('span', { class: 'phone-letter blank', attrs: { 'aria-hidden': 'true' }, text: '–' }),
    h('span', {}, label, option?.text ? ` — “${ui.local(option.text)}”` : ''),
  );

const row = (ui: PhoneUi, r: RowView) =>
  h(
    'li',
    { class: r.agreed ? 'agreed' : 'differed', attrs: { 'data-agreed': String(r.agreed) } },
    r.prompt ? h('p', { class: 'small', text: ui.local(r.prompt) }) : null,
    optionLine(ui, ui.t('phone.debrief.room', { letter: r.room.letter }), r.room, 'room'),
    r.mine
      ? optionLine(
          ui,
          ui.t('phone.debrief.mine', { letter: r.mine.letter }),
          r.agreed ? { letter: r.mine.letter } : r.mine,
          'mine',
        )
      : optionLine(ui, ui.t('phone.debrief.noVote'), undefined, 'mine'),
    r.mine
      ? h('p', {
          class: 'phone-agree',
          text: r.agreed ? `✓ ${ui.t('phone.debrief.agreed')}` : `≠ ${ui.t('phone.debrief.differed')}`,
        })
      : null,
  );

const competencyList = (
  ui: PhoneUi,
  title: string,
  rows: readonly CompetencyTally[],
  count: (c: CompetencyTally) => number,
) => {
  const listed = rows.filter((c) => count(c) > 0).sort((a, b) => count(b) - count(a));
  if (!listed.length) return null;
  return [
    h('h4', { text: title }),
    h(
      'ul',
      { class: 'phone-competencies' },
      listed.map((c) =>
        h(
          'li',
          { attrs: { 'data-competency': c.competency } },
          h('span', { text: ui.t(`competency.${c.competency}`) }),
          h('span', { class: 'phone-times', text: ui.t('phone.debrief.times', { count: count(c) }) }),
        ),
      ),
    ),
  ];
};

const strategyItem = (ui: PhoneUi, s: StrategyTally) =>
  h(
    'li',
    { attrs: { 'data-strategy': s.strategy } },
    h('strong', { text: ui.t(`strategy.${s.strategy}`) }),
    ` — ${ui.t('debrief.strategyCount', { count: s.choices.length })}`,
    h('br'),
    h('span', { class: 'small', text: ui.t(`strategyExplain.${s.strategy}`) }),
  );

const leanings = (ui: PhoneUi, d: DebriefView) => {
  if (d.missing) return null;
  if (d.voted === 0) return h('p', { text: ui.t('phone.debrief.nothing') });
  const coping = d.strategies.filter((s) => s.coping);
  const other = d.strategies.filter((s) => !s.coping);
  return [
    h(
      'section',
      { attrs: { 'aria-labelledby': `${d.id}-competencies` } },
      h('h3', { attrs: { id: `${d.id}-competencies` }, text: ui.t('phone.debrief.competencies') }),
      h('p', { class: 'small', text: ui.t('phone.debrief.competenciesIntro') }),
      competencyList(ui, ui.t('phone.debrief.drawn'), d.competencies, (c) => c.drawn),
      competencyList(ui, ui.t('phone.debrief.setAside'), d.competencies, (c) => c.setAside),
    ),
    h(
      'section',
      { attrs: { 'aria-labelledby': `${d.id}-strategies` } },
      h('h3', { attrs: { id: `${d.id}-strategies` }, text: ui.t('phone.debrief.strategies') }),
      coping.length
        ? h(
            'ul',
            { class: 'phone-strategies' },
            coping.map((s) => strategyItem(ui, s)),
          )
        : h('p', { text: ui.t('phone.debrief.noCoping') }),
      other.length
        ? [
            h('h4', { text: ui.t('debrief.none') }),
            h(
              'ul',
              { class: 'phone-strategies' },
              other.map((s) => strategyItem(ui, s)),
            ),
          ]
        : null,
    ),
  ];
};

export const renderDebrief = (ui: PhoneUi, d: DebriefView): HTMLElement =>
  h(
    'article',
    {
      class: 'phone-card phone-debrief',
      attrs: { id: d.id, 'aria-labelledby': `${d.id}-heading`, 'data-scenario': d.scenario },
    },
    h('h2', {
      attrs: { id: `${d.id}-heading` },
      text: d.title
        ? ui.t('phone.debrief.heading', { title: ui.local(d.title) })
        : ui.t('phone.debrief.headingMissing', { scenario: d.scenario }),
    }),
    d.contextTitle
      ? h('p', { class: 'small', text: ui.t('phone.debrief.context', { title: ui.local(d.contextTitle) }) })
      : null,
    h(
      'p',
      { class: 'phone-summary' },
      ui.t('phone.debrief.summary', { count: d.rows.length, voted: d.voted }),
      d.voted ? ` ${ui.t('phone.debrief.agreedCount', { count: d.agreed })}` : '',
    ),
    h('p', { class: 'small', text: ui.t('phone.debrief.private') }),
    d.missing ? h('p', { class: 'phone-note', text: ui.t('phone.debrief.missing') }) : null,
    h(
      'section',
      { attrs: { 'aria-labelledby': `${d.id}-rows` } },
      h('h3', { attrs: { id: `${d.id}-rows` }, text: ui.t('phone.debrief.rows') }),
      h(
        'ol',
        { class: 'phone-rows' },
        d.rows.map((r) => row(ui, r)),
      ),
      d.ending
        ? h('p', { class: 'phone-ending', text: ui.t('phone.debrief.ending', { title: ui.local(d.ending) }) })
        : null,
    ),
    leanings(ui, d),
    h(
      'div',
      { class: 'actions phone-actions' },
      h('button', {
        text: ui.t('debrief.print'),
        attrs: { type: 'button', 'data-print': true, 'data-focus': `${d.id}-print` },
        on: { click: () => ui.print(d) },
      }),
      h('button', {
        text: ui.t('phone.debrief.export'),
        attrs: { type: 'button', 'data-export': true, 'data-focus': `${d.id}-export` },
        on: { click: () => ui.exportFile(d) },
      }),
    ),
  );
