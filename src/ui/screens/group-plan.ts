import '../page-screen.css';
import { PLAN_MINUTES, sessionPlan } from '../../domain/session-plan.ts';
import type { SessionView } from '../../machines/session-view.ts';
import type { UiContext } from '../context.ts';
import { navButton } from '../controls.ts';
import { h } from '../dom.ts';
import { who } from '../respondent.ts';

type PlanView = Extract<SessionView, { screen: 'groupPlan' }>;

/** The trainer kit: an A4 session plan generated from the scenario file. */
export const renderGroupPlan = (ui: UiContext, view: PlanView): HTMLElement => {
  const { scenario, context } = view;
  const plan = sessionPlan(scenario, view.discussSeconds);
  const discuss = Math.round(view.discussSeconds / 60);
  return h(
    'main',
    { class: 'panel debrief-screen plan', attrs: { id: 'content', 'aria-labelledby': 'plan-heading' } },
    h('h2', {
      attrs: { id: 'plan-heading', tabindex: -1, 'data-autofocus': true },
      text: ui.t('plan.heading', { title: ui.local(scenario.title) }),
    }),
    h('p', { text: ui.local(scenario.summary) }),
    h(
      'ul',
      {},
      h('li', { text: `${ui.t('choose.role')}: ${ui.t(`role.${scenario.role}`)}` }),
      h('li', {
        text: `${ui.t('choose.context')}: ${scenario.contexts.length > 1 ? ui.local(context.title) : ui.local(scenario.setting.description)}`,
      }),
      h('li', {
        attrs: { 'data-plan-minutes': `${plan.minutes.min}-${plan.minutes.max}` },
        text: ui.t('plan.timing', {
          min: plan.minutes.min,
          max: plan.minutes.max,
          decisionsMin: plan.decisionRange.min,
          decisionsMax: plan.decisionRange.max,
          discuss,
        }),
      }),
    ),
    h('h3', { text: ui.t('plan.schedule') }),
    h(
      'ol',
      {},
      h('li', { text: ui.t('plan.opening', { minutes: PLAN_MINUTES.opening }) }),
      h('li', {
        text: ui.t('plan.perDecision', {
          read: PLAN_MINUTES.readPerDecision,
          discuss,
          vote: PLAN_MINUTES.votePerDecision,
        }),
      }),
      h('li', { text: ui.t('plan.debrief', { minutes: PLAN_MINUTES.debrief }) }),
    ),
    h('h3', { text: ui.t('plan.decisions') }),
    plan.decisions.map((beat, i) =>
      h(
        'section',
        { class: 'plan-decision', attrs: { 'data-plan-decision': beat.id } },
        h('h4', {
          text: `${i + 1}. ${ui.local(beat.decision.prompt)} — ${ui.t(`tension.${beat.decision.tension}`)}`,
        }),
        h(
          'ol',
          { attrs: { type: 'A' } },
          beat.decision.choices.map((c) =>
            h('li', { text: `${ui.local(c.text)} (${ui.t(`strategy.${c.strategy}`)})` }),
          ),
        ),
        h('p', { text: ui.local(beat.decision.facilitator.notes) }),
        h(
          'ul',
          {},
          beat.decision.facilitator.prompts.map((p) => h('li', { text: ui.local(p) })),
        ),
      ),
    ),
    h('h3', { text: ui.t('presenter.sources') }),
    h(
      'ul',
      {},
      scenario.sources.map((s) =>
        h(
          'li',
          {},
          ui.t('debrief.quoteBy', { who: who(ui, s.respondent), section: s.section }),
          s.quote ? h('blockquote', { attrs: { lang: 'nl' }, text: `“${s.quote.nl}”` }) : null,
        ),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', {
        class: 'primary',
        text: ui.t('debrief.print'),
        attrs: { 'data-print': true },
        on: { click: () => window.print() },
      }),
      navButton(ui, 'choose.back', { type: 'session.group' }),
    ),
  );
};
