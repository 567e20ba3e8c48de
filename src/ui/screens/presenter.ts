import { PRECONDITIONS } from '../../domain/vocabulary.ts';
import type { GroupView } from '../../machines/group-view.ts';
import type { SessionView } from '../../machines/session-view.ts';
import { clockText } from '../clock-text.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { who } from '../respondent.ts';
import { liveSlot, presenterPhones } from '../room-join.ts';
import { markerText } from './group-room.ts';

/** The trainer's own window: notes, prompts, sources, the live counts and what comes next; never projected. */
const presenterRoom = (ui: UiContext, view: GroupView) => {
  const beat = view.beat;
  const decision = beat.kind === 'decision' ? beat.decision : undefined;
  const sources = decision
    ? view.scenario.sources.filter((s) => decision.facilitator.sources.includes(s.id))
    : view.scenario.sources;
  return [
    h('p', {
      class: 'small',
      text: ui.t('presenter.phase', { phase: ui.t(`presenter.phases.${view.phase}`) }),
    }),
    view.marker.current > 0
      ? h('p', { class: 'marker', attrs: { 'data-marker': true }, text: markerText(ui, view.marker) })
      : null,
    h('h3', { text: decision ? ui.local(decision.prompt) : ui.local(beat.text) }),
    view.choices.length
      ? h(
          'table',
          { class: 'compare' },
          h(
            'tbody',
            {},
            view.choices.map((c) =>
              h(
                'tr',
                { attrs: { 'data-presenter-option': c.id } },
                h('th', { attrs: { scope: 'row' }, text: c.letter }),
                h('td', { text: ui.local(c.choice.text) }),
                h('td', { class: 'count', text: String(view.tally[c.id] ?? 0) }),
                h('td', { class: 'small', text: `${ui.t(`strategy.${c.choice.strategy}`)}` }),
              ),
            ),
          ),
        )
      : null,
    view.phase === 'tally' ? liveSlot(ui, 'votes') : null,
    view.phase === 'discuss'
      ? h(
          'p',
          { class: 'timer' },
          ui.t('group.discuss'),
          ' ',
          h('strong', { text: clockText(view.timer.leftMs) }),
        )
      : null,
    decision
      ? [
          h('h4', { text: ui.t('presenter.notes') }),
          h('p', { text: ui.local(decision.facilitator.notes) }),
          h('h4', { text: ui.t('presenter.prompts') }),
          h(
            'ul',
            {},
            decision.facilitator.prompts.map((p) => h('li', { text: ui.local(p) })),
          ),
        ]
      : null,
    h('h4', { text: ui.t('presenter.sources') }),
    h(
      'ul',
      {},
      sources.map((s) =>
        h(
          'li',
          {},
          ui.t('debrief.quoteBy', { who: who(ui, s.respondent), section: s.section }),
          s.quote ? h('blockquote', { attrs: { lang: 'nl' }, text: `“${s.quote.nl}”` }) : null,
          s.quote && ui.lang === 'en' ? h('p', { class: 'small', text: s.quote.en }) : null,
        ),
      ),
    ),
    view.context.preconditions.length < PRECONDITIONS.length
      ? h('p', {
          class: 'small',
          text: ui.t('presenter.contextNote', {
            missing: PRECONDITIONS.length - view.context.preconditions.length,
          }),
        })
      : null,
    h('p', {
      class: 'small',
      attrs: { 'data-next-up': true },
      text: ui.t('presenter.nextUp', { action: ui.t(`group.next.${view.phase}`) }),
    }),
  ];
};

export const renderPresenter = (
  ui: UiContext,
  view: SessionView,
  controls: (view: GroupView) => HTMLElement,
): HTMLElement =>
  h(
    'main',
    {
      class: 'panel debrief-screen presenter',
      attrs: { id: 'content', 'aria-labelledby': 'presenter-heading' },
    },
    h('h2', {
      attrs: { id: 'presenter-heading', tabindex: -1, 'data-autofocus': true },
      text: ui.t('presenter.heading'),
    }),
    view.screen === 'group'
      ? [h('p', { text: ui.local(view.scenario.title) }), presenterRoom(ui, view), controls(view)]
      : h('p', { text: ui.t('presenter.waiting') }),
    presenterPhones(ui),
  );
