import type { DecisionMarker } from '../../domain/decision-count.ts';
import { totalVotes } from '../../domain/room-vote.ts';
import { isBuiltInSpeaker, METERS } from '../../domain/vocabulary.ts';
import type { GroupChoiceView, GroupView } from '../../machines/group-view.ts';
import { clockText } from '../clock-text.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { isRevealMoment, REVEAL_CUE } from '../reveal-moment.ts';
import { liveSlot } from '../room-join.ts';
import '../room.css';

/** An option as the room sees it: a letter and a colour (never colour alone), and its text. */
const option = (ui: UiContext, c: GroupChoiceView, extra?: HTMLElement | null, className = '') =>
  h(
    'li',
    { class: `option option-${c.letter.toLowerCase()}${className}`, attrs: { 'data-option': c.id } },
    h('span', { class: 'letter', attrs: { 'aria-hidden': 'true' }, text: c.letter }),
    h('span', { class: 'visually-hidden', text: `${ui.t('group.option')} ${c.letter}: ` }),
    h('span', { class: 'option-text', text: ui.local(c.choice.text) }),
    extra ?? null,
  );

/** The options as bars that fill behind their text: the share of the votes, and the count. */
const revealChart = (ui: UiContext, view: GroupView, moment: boolean) => {
  const total = totalVotes(view.tally);
  const most = Math.max(0, ...view.choices.map((c) => view.tally[c.id] ?? 0));
  return h(
    'ol',
    {
      class: 'options reveal',
      attrs: { 'aria-label': ui.t('group.distribution'), 'data-moment': moment },
    },
    view.choices.map((c) => {
      const n = view.tally[c.id] ?? 0;
      const pct = total ? Math.round((n / total) * 100) : 0;
      const chosen = view.picked ? view.picked === c.id : n > 0 && n === most;
      return option(
        ui,
        c,
        h(
          'span',
          { class: 'result' },
          h('span', { class: 'fill', attrs: { 'aria-hidden': 'true', 'data-share': pct } }),
          h(
            'span',
            { class: 'count' },
            h('strong', { attrs: { 'aria-hidden': 'true' }, text: `${pct}%` }),
            h('span', { attrs: { 'aria-hidden': 'true' }, text: ui.t('projector.votes', { count: n }) }),
            h('span', { class: 'visually-hidden', text: ui.t('group.votes', { count: n, pct }) }),
          ),
        ),
        chosen ? ' leading' : '',
      );
    }),
  );
};

const letterOf = (view: GroupView, id: string) => view.choices.find((c) => c.id === id)?.letter ?? '?';

const outcomeLine = (ui: UiContext, view: GroupView) => {
  if (view.picked) {
    const picked = { letter: letterOf(view, view.picked) };
    // The words follow the rule the pick is recorded under, so a tie is never called a departure.
    if (view.pickRule === 'majority') return ui.t('group.majority', picked);
    if (view.pickRule === 'tie-break') return ui.t('group.tieBreak', picked);
    if (view.pickRule === 'no-votes') return ui.t('group.noVotesPick', picked);
    return ui.t('group.trainerPick', picked);
  }
  if (view.outcome.kind === 'majority')
    return ui.t('group.majority', { letter: letterOf(view, view.outcome.choice) });
  if (view.outcome.kind === 'tie')
    return ui.t('group.tie', { letters: view.outcome.tied.map((id) => letterOf(view, id)).join(', ') });
  return ui.t('group.noVotes');
};

/** "Beslismoment 2 van 4", or "2 van 3 à 4" where the room's path can still be shorter or longer. */
export const markerText = (ui: UiContext, marker: DecisionMarker): string =>
  marker.fewest === marker.most
    ? ui.t('projector.marker', { current: marker.current, total: marker.most })
    : ui.t('projector.markerRange', { current: marker.current, fewest: marker.fewest, most: marker.most });

/** Controls for the trainer; every shortcut has one. The presenter has no presenter button of its own. */
export const roomControls = (
  ui: UiContext,
  view: GroupView,
  where: 'projector' | 'presenter' = 'projector',
) => {
  const onProjector = where === 'projector';
  const button = (
    text: string,
    event: Parameters<UiContext['send']>[0],
    attrs: Record<string, string | boolean> = {},
  ) => h('button', { text, attrs, on: { click: () => ui.send(event) } });
  const next = h('button', {
    class: 'primary',
    text: ui.t(`group.next.${view.phase}`),
    attrs: {
      'data-next': true,
      // On the projector focus stays off the controls, so they stay out of the room's sight.
      'data-autofocus': !onProjector,
      'aria-keyshortcuts': 'ArrowRight Space',
    },
    on: { click: () => ui.send({ type: 'group.next' }) },
  });
  const extra: HTMLElement[] = [];
  if (view.phase === 'discuss') {
    extra.push(
      button(
        view.timer.running ? ui.t('group.pause') : ui.t('group.resume'),
        { type: 'timer.toggle' },
        { 'aria-keyshortcuts': 'T' },
      ),
      button('−30 s', { type: 'timer.adjust', seconds: -30 }, { 'aria-keyshortcuts': '-' }),
      button('+30 s', { type: 'timer.adjust', seconds: 30 }, { 'aria-keyshortcuts': '+' }),
    );
  }
  if (view.phase === 'tally') {
    for (const c of view.choices) {
      extra.push(
        h(
          'span',
          { class: 'tally-control' },
          button(`${c.letter} −`, { type: 'tally.adjust', choice: c.id, delta: -1 }),
          button(
            `${c.letter} +`,
            { type: 'tally.adjust', choice: c.id, delta: 1 },
            { 'aria-keyshortcuts': String(view.choices.indexOf(c) + 1) },
          ),
          // The quick majority is a presenter's shortcut; the projector keeps to + and −.
          onProjector
            ? null
            : button(ui.t('group.quickMajority', { letter: c.letter }), {
                type: 'tally.majority',
                choice: c.id,
              }),
        ),
      );
    }
  }
  if (view.phase === 'reveal') {
    for (const c of view.choices) {
      extra.push(
        button(
          ui.t('group.pick', { letter: c.letter }),
          { type: 'reveal.pick', choice: c.id },
          { 'data-pick': c.id },
        ),
      );
    }
  }
  const back =
    view.phase === 'present'
      ? null
      : button(ui.t('group.back'), { type: 'group.back' }, { 'aria-keyshortcuts': 'ArrowLeft' });
  const undo = view.canUndo
    ? button(ui.t('group.undo'), { type: 'group.undo' }, { 'aria-keyshortcuts': 'U' })
    : null;
  const presenter = onProjector
    ? h('button', {
        class: 'quiet',
        text: ui.t('presenter.open'),
        attrs: { 'aria-keyshortcuts': 'P', 'data-open-presenter': true },
        on: { click: () => ui.openPresenter() },
      })
    : null;
  const screenButtons = [
    ['ui.blank', 'room.buttons.blank', 'B'],
    ['ui.fullscreen', 'room.buttons.fullscreen', 'F'],
    ['ui.help', 'room.buttons.help', '?'],
  ] as const;
  const screenControls = screenButtons.map(([type, label, key]) =>
    h('button', {
      class: 'quiet',
      text: ui.t(label),
      attrs: { 'aria-keyshortcuts': key },
      on: { click: () => ui.roomUi(type) },
    }),
  );
  return h(
    'div',
    {
      class: `actions group-controls${onProjector ? ' room-autohide' : ''}`,
      attrs: { role: 'group', 'aria-label': ui.t('projector.controls'), 'data-room-controls': where },
    },
    back,
    next,
    extra,
    undo,
    presenter,
    screenControls,
  );
};

/** The discussion clock as a ring that empties calmly; the digits and a label say the same in words. */
const timerRing = (ui: UiContext, view: GroupView) => {
  const { leftMs, totalMs, running } = view.timer;
  const left = totalMs > 0 ? Math.min(1, leftMs / totalMs) : 0;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 100 100');
  svg.setAttribute('aria-hidden', 'true');
  for (const part of ['track', 'arc']) {
    const circle = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
    circle.setAttribute('class', part);
    circle.setAttribute('cx', '50');
    circle.setAttribute('cy', '50');
    circle.setAttribute('r', '44');
    circle.setAttribute('pathLength', '100');
    svg.append(circle);
  }
  const ring = h(
    'div',
    {
      class: `timer ring${leftMs === 0 ? ' done' : ''}${running ? '' : ' paused'}`,
      attrs: { role: 'timer', 'aria-live': 'off', 'data-total-ms': totalMs },
    },
    svg,
    h('span', { class: 'visually-hidden', text: `${ui.t('projector.timerLabel')}: ` }),
    h('strong', { text: clockText(leftMs) }),
    running ? null : h('span', { class: 'ring-note', text: ui.t('group.paused') }),
    leftMs === 0 ? h('span', { class: 'ring-note', text: ui.t('projector.timeUp') }) : null,
  );
  ring.style.setProperty('--left', left.toFixed(4));
  return ring;
};

/** How many answers are in, never how they split: hands counted, or votes cast on phones. */
const answersCount = (ui: UiContext, view: GroupView) =>
  h(
    'div',
    { class: 'answers', attrs: { 'data-counted': view.votesCounted } },
    h('strong', { text: String(view.votesCounted) }),
    h('span', { text: ui.t('projector.answers', { count: view.votesCounted }) }),
  );

const speakerLine = (ui: UiContext, view: GroupView) => {
  const beat = view.beat;
  if (isBuiltInSpeaker(beat.speaker)) return null;
  const c = view.scenario.characters[beat.speaker];
  return c
    ? h(
        'p',
        { class: 'speaker' },
        h('strong', { text: ui.local(c.name) }),
        h('span', { text: ` · ${ui.local(c.role)}` }),
      )
    : null;
};

/** The situation: who speaks, and what is said. */
const dilemma = (ui: UiContext, view: GroupView) =>
  h(
    'div',
    { class: 'room-dilemma' },
    speakerLine(ui, view),
    h('p', { class: 'beat-text', text: ui.local(view.beat.text) }),
  );

/** The question with its options, and beside the question what the phase adds: the clock or the count. */
const question = (ui: UiContext, view: GroupView, moment = false) => {
  const beat = view.beat;
  if (beat.kind !== 'decision') return null;
  const aside =
    view.phase === 'discuss' ? timerRing(ui, view) : view.phase === 'tally' ? answersCount(ui, view) : null;
  return h(
    'div',
    { class: 'room-question' },
    h(
      'div',
      { class: 'prompt-row' },
      h('h3', { class: 'prompt', text: ui.local(beat.decision.prompt) }),
      aside,
    ),
    view.phase === 'reveal'
      ? revealChart(ui, view, moment)
      : h(
          'ol',
          { class: 'options' },
          view.choices.map((c) => option(ui, c)),
        ),
    view.phase === 'discuss' || view.phase === 'tally' ? liveSlot(ui, 'votes') : null,
    view.phase === 'tally' ? h('p', { class: 'room-hint', text: ui.t('projector.answersHint') }) : null,
    view.phase === 'reveal'
      ? h('p', { class: 'outcome', attrs: { 'data-outcome': view.outcome.kind } }, outcomeLine(ui, view))
      : null,
  );
};

/** After the vote: the room's choice, the rule that settled it, what followed, and how the meters moved. */
const consequence = (ui: UiContext, view: GroupView, c: NonNullable<GroupView['consequence']>) => {
  const rule = view.votes.at(-1)?.rule;
  const changes = METERS.flatMap((m) => {
    const d = c.change[m] ?? 0;
    return d === 0 ? [] : [{ m, d }];
  });
  return h(
    'div',
    { class: 'room-consequence' },
    h(
      'p',
      { class: `room-choice option-${c.choice.letter.toLowerCase()}` },
      ui.t('group.roomChose', { letter: c.choice.letter, choice: ui.local(c.choice.choice.text) }),
      rule ? h('span', { class: 'room-rule', text: ` ${ui.t(`group.rule.${rule}`)}` }) : null,
    ),
    h('p', { class: 'beat-text', text: ui.local(c.text) }),
    view.showMeters && changes.length
      ? h(
          'ul',
          { class: 'meter-changes', attrs: { 'aria-label': ui.t('projector.meterChanges') } },
          changes.map(({ m, d }) =>
            h('li', {
              class: d > 0 ? 'up' : 'down',
              text: `${ui.t(`meter.${m}`)} ${d > 0 ? '▲ +' : '▼ −'}${Math.abs(d)}`,
            }),
          ),
        )
      : null,
  );
};

const panelBody = (ui: UiContext, view: GroupView, moment: boolean) => {
  const beat = view.beat;
  if (view.consequence) return consequence(ui, view, view.consequence);
  if (beat.kind === 'ending')
    return h(
      'div',
      { class: 'room-ending' },
      h('p', { class: 'ending-label', text: ui.t('projector.ending') }),
      h('h3', { class: 'ending-title', text: ui.local(beat.ending.title) }),
      h('p', { class: 'beat-text', text: ui.local(beat.text) }),
    );
  if (beat.kind !== 'decision' || view.phase === 'reading') return dilemma(ui, view);
  // While counting and revealing, the question gets the room; the situation was read just before.
  if (view.phase === 'tally' || view.phase === 'reveal') return question(ui, view, moment);
  return [
    dilemma(ui, view),
    question(ui, view),
    view.phase === 'present'
      ? h('p', { class: 'room-coming', text: ui.t('projector.coming', { count: view.choices.length }) })
      : null,
  ];
};

/**
 * The projector: only what the room needs, in type of one size from phase to phase. Where the
 * situation and the question do not fit together, fit-room.ts shows them one after the other.
 */
export const renderGroupRoom = (ui: UiContext, view: GroupView): HTMLElement => {
  const moment = isRevealMoment(view);
  if (moment) ui.audio.play(REVEAL_CUE);
  return h(
    'main',
    {
      class: 'group-screen',
      attrs: { id: 'content', 'aria-labelledby': 'group-title', 'data-phase': view.phase },
    },
    h(
      'header',
      { class: 'group-head' },
      h('h2', { attrs: { id: 'group-title' }, text: ui.local(view.scenario.title) }),
      view.marker.current > 0
        ? h('p', { class: 'marker', attrs: { 'data-marker': true }, text: markerText(ui, view.marker) })
        : null,
      view.showMeters
        ? h(
            'ul',
            { class: 'group-meters', attrs: { 'aria-label': ui.t('play.meters') } },
            METERS.map((m) =>
              h('li', {
                class: view.consequence?.change[m] ? 'changed' : '',
                text: `${ui.t(`meter.${m}`)} ${view.meters[m]}`,
              }),
            ),
          )
        : null,
      // Late joiners can still scan the code, in the corner of the heading, never over the options.
      liveSlot(ui, 'corner'),
    ),
    h(
      'section',
      { class: 'panel group-panel', attrs: { 'data-beat': view.beat.id } },
      panelBody(ui, view, moment),
    ),
    roomControls(ui, view),
  );
};
