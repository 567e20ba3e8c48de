import { completion, explored } from '../../domain/explored.ts';
import { formatProblem } from '../../domain/problems.ts';
import type { Scenario } from '../../domain/scenario.ts';
import type { Precondition } from '../../domain/vocabulary.ts';
import type { UiContext } from '../context.ts';
import { navButton } from '../controls.ts';
import { h } from '../dom.ts';
import { studioEntry } from '../studio/studio-entry.ts';

const card = (ui: UiContext, s: Scenario, first: boolean) => {
  const title = ui.local(s.title);
  const several = s.contexts.length > 1;
  const offered = (list: readonly Precondition[]) =>
    list.length ? list.map((p) => ui.t(`precondition.${p}`)).join(', ') : ui.t('choose.noPreconditions');
  return h(
    'li',
    {},
    h(
      'article',
      { class: 'scenario-card', attrs: { 'aria-labelledby': `sc-${s.id}` } },
      h('h3', { attrs: { id: `sc-${s.id}` }, text: title }),
      h('p', { text: ui.local(s.summary) }),
      h(
        'dl',
        {},
        h('dt', { text: ui.t('choose.duration') }),
        h('dd', { text: ui.t('choose.minutes', { count: s.minutes }) }),
        h('dt', { text: ui.t('choose.role') }),
        h('dd', { text: ui.t(`role.${s.role}`) }),
        h('dt', { text: ui.t('choose.setting') }),
        h('dd', {
          text: `${ui.t(`municipality.${s.setting.municipality}`)}; ${ui.t('choose.maturity', { level: s.setting.maturity })}`,
        }),
        several ? null : h('dt', { text: ui.t('choose.preconditions') }),
        several ? null : h('dd', { text: offered(s.contexts[0]!.preconditions) }),
      ),
      progressLine(ui, s),
      several ? h('p', { class: 'small', text: ui.t('choose.contextIntro') }) : null,
      h(
        'ul',
        { class: 'contexts', attrs: { 'data-arrow-nav': true } },
        s.contexts.map((c, i) =>
          h(
            'li',
            {},
            h('button', {
              class: 'primary',
              text: several
                ? ui.t('choose.playIn', { org: ui.local(c.title) })
                : ui.t('choose.play', { title }),
              attrs: {
                'data-scenario': s.id,
                'data-context': c.id,
                'data-autofocus': first && i === 0,
                ...(several ? { 'aria-describedby': `pre-${s.id}-${c.id}` } : {}),
              },
              on: { click: () => ui.send({ type: 'scenario.pick', scenario: s.id, context: c.id }) },
            }),
            several
              ? h('p', {
                  class: 'small',
                  attrs: { id: `pre-${s.id}-${c.id}` },
                  text: `${ui.t('choose.preconditions')}: ${offered(c.preconditions)}`,
                })
              : null,
          ),
        ),
      ),
    ),
  );
};

const progressLine = (ui: UiContext, s: Scenario) => {
  if (!ui.history.some((p) => p.scenario === s.id)) return null;
  const done = completion(s, explored(s, ui.history));
  return h('p', {
    class: 'small',
    attrs: { 'data-completion': `${done.choices.seen}/${done.choices.total}` },
    text: ui.t('choose.completion', {
      choices: done.choices.seen,
      choicesTotal: done.choices.total,
      endings: done.endings.seen,
      endingsTotal: done.endings.total,
    }),
  });
};

const problems = (ui: UiContext) => {
  if (ui.catalog.broken.size === 0) return null;
  return h(
    'section',
    { class: 'panel problems', attrs: { 'aria-labelledby': 'problems-heading' } },
    h('h3', { attrs: { id: 'problems-heading' }, text: ui.t('choose.problemsHeading') }),
    h('p', { text: ui.t('choose.problemsIntro') }),
    [...ui.catalog.broken].map(([file, list]) =>
      h(
        'details',
        {},
        h('summary', { text: ui.t('choose.problemsFile', { file, count: list.length }) }),
        h('pre', { text: list.map((p) => formatProblem(p, ui.lang)).join('\n') }),
      ),
    ),
  );
};

export const renderChoose = (ui: UiContext, ids: readonly string[]): HTMLElement => {
  const scenarios = ids.flatMap((id) => ui.catalog.scenarios.find((s) => s.id === id) ?? []);
  return h(
    'main',
    { class: 'panel choose-screen', attrs: { id: 'content', 'aria-labelledby': 'choose-heading' } },
    h('h2', {
      attrs: { id: 'choose-heading', tabindex: -1, 'data-autofocus': scenarios.length === 0 },
      text: ui.t('choose.heading'),
    }),
    h('p', { text: ui.t('choose.intro') }),
    scenarios.length
      ? h(
          'ul',
          { class: 'scenario-list', attrs: { 'data-arrow-nav': true } },
          scenarios.map((s, i) => card(ui, s, i === 0)),
        )
      : h('p', { text: ui.t('choose.none') }),
    problems(ui),
    h('div', { class: 'actions' }, navButton(ui, 'choose.back', { type: 'session.title' }), studioEntry(ui)),
  );
};
