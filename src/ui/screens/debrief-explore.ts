import { buildDebrief } from '../../domain/debrief.ts';
import { completion, explored } from '../../domain/explored.ts';
import type { FinishedPlay } from '../../domain/progress.ts';
import type { Scenario } from '../../domain/scenario.ts';
import { branchMap, completionWords } from '../branch-map.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';

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

/** This play beside the previous finished play of the same scenario, decision by decision. */
export const compareSection = (ui: UiContext, scenario: Scenario, current: FinishedPlay | undefined) => {
  const plays = ui.history.filter((p) => p.scenario === scenario.id);
  const earlier = plays.at(-2);
  if (!current || !earlier) return null;
  const now = buildDebrief(scenario, current);
  const before = buildDebrief(scenario, earlier);
  const beats = [...new Set([...now.path, ...before.path].map((s) => s.beat.id))];
  const choiceAt = (d: typeof now, beat: string) => {
    const step = d.path.find((s) => s.beat.id === beat);
    return step ? ui.local(step.choice.text) : ui.t('debrief.notReached');
  };
  const date = new Intl.DateTimeFormat(ui.lang, { dateStyle: 'long', timeStyle: 'short' }).format(
    earlier.finishedAt,
  );
  const competencies = [...new Set([...now.competencies, ...before.competencies].map((c) => c.competency))];
  const tally = (d: typeof now, c: string) => {
    const row = d.competencies.find((x) => x.competency === c);
    return `${row?.drawn ?? 0} / ${row?.setAside ?? 0}`;
  };
  const ending = (d: typeof now) => (d.ending ? ui.local(d.ending.title) : '—');
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'dq-compare' } },
    h('h3', { attrs: { id: 'dq-compare' }, text: ui.t('debrief.compare') }),
    h('p', { text: ui.t('debrief.compareIntro', { date }) }),
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
        beats.map((beat) => {
          const b = scenario.beats[beat];
          const prompt = b?.kind === 'decision' ? ui.local(b.decision.prompt) : beat;
          return h(
            'tr',
            {},
            h('th', { attrs: { scope: 'row' }, text: prompt }),
            h('td', { text: choiceAt(now, beat) }),
            h('td', { text: choiceAt(before, beat) }),
          );
        }),
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'row' }, text: ui.t('play.ending') }),
          h('td', { text: ending(now) }),
          h('td', { text: ending(before) }),
        ),
      ),
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
          h('th', {
            attrs: { scope: 'col' },
            text: `${ui.t('debrief.competency')} (${ui.t('debrief.profileColumn')})`,
          }),
          h('th', { attrs: { scope: 'col' }, text: ui.t('debrief.thisTime') }),
          h('th', { attrs: { scope: 'col' }, text: ui.t('debrief.lastTime') }),
        ),
      ),
      h(
        'tbody',
        {},
        competencies.map((c) =>
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'row' }, text: ui.t(`competency.${c}`) }),
            h('td', { text: tally(now, c) }),
            h('td', { text: tally(before, c) }),
          ),
        ),
      ),
    ),
  );
};
