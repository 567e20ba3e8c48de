import '../page-screen.css';
import { buildDebrief } from '../../domain/debrief.ts';
import { division, mostDivided, totalVotes, VOTE_LETTERS } from '../../domain/room-vote.ts';
import { type SessionPart, sessionDebrief } from '../../domain/session-debrief.ts';
import type { SessionView } from '../../machines/session-view.ts';
import { competencyChart } from '../competency-chart.ts';
import type { UiContext } from '../context.ts';
import { navButton, printButton } from '../controls.ts';
import { h } from '../dom.ts';
import { downloadText } from '../download.ts';
import { ORGANISATION_REFLECTION } from '../reflection-questions.ts';
import '../room.css';

type GroupDebriefView = Extract<SessionView, { screen: 'groupDebrief' }>;

/** Over every scenario of the session: the room's path through each, the tensions that came back, what it leaned on. */
const wholeSession = (ui: UiContext, parts: readonly SessionPart[]) => {
  const summary = sessionDebrief(parts);
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'gd-session', 'data-session-debrief': parts.length } },
    h('h3', { attrs: { id: 'gd-session' }, text: ui.t('group.session.heading', { count: parts.length }) }),
    h(
      'ol',
      {},
      parts.map(({ scenario }, i) => {
        const part = summary.parts[i]!;
        const ending = part.ending ? scenario.beats[part.ending] : undefined;
        return h('li', {
          text: `${ui.local(scenario.title)}: ${ui.t('group.session.decisions', { count: part.decisions })}${
            ending?.kind === 'ending' ? ` — ${ui.t('play.ending')}: ${ui.local(ending.ending.title)}` : ''
          }`,
        });
      }),
    ),
    h('h4', { text: ui.t('group.session.tensions') }),
    h(
      'ul',
      {},
      summary.tensions.map((t) =>
        h('li', {
          attrs: { 'data-tension': t.tension, 'data-scenarios': t.scenarios },
          text: `${ui.t(`tension.${t.tension}`)}: ${ui.t('group.session.tensionCount', { count: t.decisions, scenarios: t.scenarios })}`,
        }),
      ),
    ),
    h('h4', { text: ui.t('group.session.strategies') }),
    h(
      'ul',
      {},
      summary.strategies.map((s) =>
        h('li', {
          text: `${ui.t(`strategy.${s.strategy}`)}: ${ui.t('debrief.strategyCount', { count: s.choices })}`,
        }),
      ),
    ),
    competencyChart(ui, summary.competencies),
  );
};

/** The room's path, how divided it was at each decision, and what its choices leaned on; no names. */
export const renderGroupDebrief = (ui: UiContext, view: GroupDebriefView): HTMLElement => {
  const { scenario, result, play } = view;
  const debrief = buildDebrief(scenario, play);
  const divisions = result.votes.map((v) => division(v.tally));
  const marked = mostDivided(result.votes.map((v) => v.tally));
  const exportFile = () => {
    const data = {
      format: 'open-ambtenaar/group-session',
      version: 1,
      scenario: scenario.id,
      context: play.context,
      ending: play.ending ?? null,
      votes: result.votes,
    };
    downloadText(`groepssessie-${scenario.id}.json`, JSON.stringify(data, null, 2));
  };
  return h(
    'main',
    {
      class: 'panel debrief-screen group-debrief',
      attrs: { id: 'content', 'aria-labelledby': 'gd-heading' },
    },
    h('h2', {
      attrs: { id: 'gd-heading', tabindex: -1, 'data-autofocus': true },
      text: ui.t('group.debriefHeading'),
    }),
    h('p', { text: ui.t('group.debriefIntro', { title: ui.local(scenario.title) }) }),
    ui.phones?.status === 'open' && ui.phones.participants > 0
      ? h('p', { attrs: { 'data-phone-debrief-hint': true }, text: ui.t('phones.debriefHint') })
      : null,
    h(
      'section',
      { attrs: { 'aria-labelledby': 'gd-path' } },
      h('h3', { attrs: { id: 'gd-path' }, text: ui.t('group.roomPath') }),
      h(
        'ol',
        { class: 'path' },
        result.votes.map((vote, i) => {
          const beat = scenario.beats[vote.beat];
          if (beat?.kind !== 'decision') return null;
          const choices = beat.decision.choices;
          const total = totalVotes(vote.tally);
          const letter = (id: string) => VOTE_LETTERS[choices.findIndex((c) => c.id === id)] ?? '?';
          const chosen = choices.find((c) => c.id === vote.choice)!;
          return h(
            'li',
            { attrs: { 'data-vote': vote.beat } },
            h('p', { class: 'small', text: ui.local(beat.decision.prompt) }),
            h('p', {
              text: ui.t('group.roomChose', { letter: letter(chosen.id), choice: ui.local(chosen.text) }),
            }),
            h('p', { class: 'small', text: ui.t(`group.rule.${vote.rule}`) }),
            h(
              'p',
              { class: 'small' },
              choices.map((c) => `${letter(c.id)}: ${vote.tally[c.id] ?? 0}`).join(' · ') +
                (total ? ` — ${ui.t('group.division', { pct: Math.round(divisions[i]! * 100) })}` : ''),
            ),
            marked[i]
              ? h('p', {
                  class: 'notice',
                  attrs: { 'data-most-divided': true },
                  text: ui.t('group.mostDivided'),
                })
              : null,
          );
        }),
      ),
      debrief.ending
        ? h('p', { class: 'beat-text', text: `${ui.t('play.ending')}: ${ui.local(debrief.ending.title)}` })
        : null,
    ),
    h(
      'section',
      { attrs: { 'aria-labelledby': 'gd-competencies' } },
      h('h3', { attrs: { id: 'gd-competencies' }, text: ui.t('group.roomCompetencies') }),
      competencyChart(ui, debrief.competencies),
      h('h4', { text: ui.t('debrief.strategies') }),
      h(
        'ul',
        {},
        debrief.strategies.map((s) =>
          h('li', {
            text: `${ui.t(`strategy.${s.strategy}`)}: ${ui.t('debrief.strategyCount', { count: s.choices.length })}`,
          }),
        ),
      ),
    ),
    view.session ? wholeSession(ui, view.session) : null,
    h(
      'section',
      { attrs: { 'aria-labelledby': 'gd-close' } },
      h('h3', { attrs: { id: 'gd-close' }, text: ui.t('group.closing') }),
      h(
        'ul',
        {},
        (['goal', 'did', 'happened', 'other'] as const).map((q) =>
          h('li', { text: ui.t(`reflection.${q}`) }),
        ),
      ),
      h('h4', { text: ui.t('debrief.reflectionOrg') }),
      h(
        'ul',
        { attrs: { 'data-reflection-org': true } },
        ORGANISATION_REFLECTION.map((q) => h('li', { text: ui.t(`reflection.org.${q}`) })),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      printButton(ui),
      h('button', {
        text: ui.t('group.exportFile'),
        attrs: { 'data-export-group': true },
        on: { click: exportFile },
      }),
      // A queued scenario comes next; a new session is then the quieter way out.
      view.upNext
        ? h('button', {
            class: 'primary',
            text: ui.t('group.upNext', { title: ui.local(view.upNext.title) }),
            attrs: { 'data-up-next': view.upNext.id },
            on: { click: () => ui.send({ type: 'group.continue' }) },
          })
        : null,
      h('button', {
        class: view.upNext ? '' : 'primary',
        text: ui.t('group.again'),
        on: { click: () => ui.send({ type: 'session.group' }) },
      }),
      navButton(ui, 'debrief.toTitle', { type: 'session.title' }),
    ),
  );
};
