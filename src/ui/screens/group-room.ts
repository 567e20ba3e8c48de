import { totalVotes } from '../../domain/room-vote.ts';
import { isBuiltInSpeaker, METERS } from '../../domain/vocabulary.ts';
import type { GroupChoiceView, GroupView } from '../../machines/group-view.ts';
import { clockText } from '../clock-text.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { liveSlot } from '../room-join.ts';

/** An option as the room sees it: a letter and a colour (never colour alone), and its text. */
const option = (ui: UiContext, c: GroupChoiceView, extra?: HTMLElement | null) =>
  h(
    'li',
    { class: `option option-${c.letter.toLowerCase()}`, attrs: { 'data-option': c.id } },
    h('span', { class: 'letter', attrs: { 'aria-hidden': 'true' }, text: c.letter }),
    h('span', { class: 'visually-hidden', text: `${ui.t('group.option')} ${c.letter}: ` }),
    h('span', { class: 'option-text', text: ui.local(c.choice.text) }),
    extra ?? null,
  );

const revealChart = (ui: UiContext, view: GroupView) => {
  const total = totalVotes(view.tally);
  return h(
    'ol',
    { class: 'options reveal', attrs: { 'aria-label': ui.t('group.distribution') } },
    view.choices.map((c) => {
      const n = view.tally[c.id] ?? 0;
      const pct = total ? Math.round((n / total) * 100) : 0;
      return option(
        ui,
        c,
        h(
          'span',
          { class: 'result' },
          h('span', { class: 'bar', attrs: { 'aria-hidden': 'true', 'data-width': pct } }),
          h('span', { class: 'count', text: ui.t('group.votes', { count: n, pct }) }),
        ),
      );
    }),
  );
};

const outcomeLine = (ui: UiContext, view: GroupView) => {
  const letter = (id: string) => view.choices.find((c) => c.id === id)?.letter ?? '?';
  if (view.picked) {
    const picked = { letter: letter(view.picked) };
    // The words follow the rule the pick is recorded under, so a tie is never called a departure.
    if (view.pickRule === 'majority') return ui.t('group.majority', picked);
    if (view.pickRule === 'tie-break') return ui.t('group.tieBreak', picked);
    if (view.pickRule === 'no-votes') return ui.t('group.noVotesPick', picked);
    return ui.t('group.trainerPick', picked);
  }
  if (view.outcome.kind === 'majority')
    return ui.t('group.majority', { letter: letter(view.outcome.choice) });
  if (view.outcome.kind === 'tie')
    return ui.t('group.tie', { letters: view.outcome.tied.map(letter).join(', ') });
  return ui.t('group.noVotes');
};

/** Controls for the trainer; every shortcut has one. The presenter has no presenter button of its own. */
export const roomControls = (
  ui: UiContext,
  view: GroupView,
  where: 'projector' | 'presenter' = 'projector',
) => {
  const button = (
    text: string,
    event: Parameters<UiContext['send']>[0],
    attrs: Record<string, string | boolean> = {},
  ) => h('button', { text, attrs, on: { click: () => ui.send(event) } });
  const next = h('button', {
    class: 'primary',
    text: ui.t(`group.next.${view.phase}`),
    attrs: { 'data-next': true, 'data-autofocus': true, 'aria-keyshortcuts': 'ArrowRight Space' },
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
          button(ui.t('group.quickMajority', { letter: c.letter }), { type: 'tally.majority', choice: c.id }),
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
  const presenter =
    where === 'presenter'
      ? null
      : h('button', {
          class: 'quiet',
          text: ui.t('presenter.open'),
          attrs: { 'aria-keyshortcuts': 'P', 'data-open-presenter': true },
          on: { click: () => ui.openPresenter() },
        });
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
  return h('div', { class: 'actions group-controls' }, back, next, extra, undo, presenter, screenControls);
};

export const renderGroupRoom = (ui: UiContext, view: GroupView): HTMLElement => {
  const beat = view.beat;
  const speaker = isBuiltInSpeaker(beat.speaker)
    ? ''
    : (() => {
        const c = view.scenario.characters[beat.speaker];
        return c ? `${ui.local(c.name)} · ${ui.local(c.role)}` : '';
      })();
  const deciding = view.choices.length > 0 && view.phase !== 'reading';
  const body: (HTMLElement | null)[] = [];
  if (view.consequence) {
    body.push(
      h('p', {
        class: 'room-choice',
        text: ui.t('group.roomChose', {
          letter: view.consequence.choice.letter,
          choice: ui.local(view.consequence.choice.choice.text),
        }),
      }),
      h('p', { class: 'beat-text', text: ui.local(view.consequence.text) }),
    );
  } else if (view.phase !== 'tally' && view.phase !== 'reveal') {
    // While counting and revealing, the options get the room; the situation was read just before.
    if (speaker) body.push(h('p', { class: 'speaker', text: speaker }));
    body.push(h('p', { class: 'beat-text', text: ui.local(beat.text) }));
    if (beat.kind === 'ending')
      body.push(h('h3', { text: `${ui.t('play.ending')}: ${ui.local(beat.ending.title)}` }));
  }
  if (deciding && beat.kind === 'decision') {
    body.push(h('h3', { class: 'prompt', text: ui.local(beat.decision.prompt) }));
    body.push(
      view.phase === 'reveal'
        ? revealChart(ui, view)
        : h(
            'ol',
            { class: 'options' },
            view.choices.map((c) => option(ui, c)),
          ),
    );
  }
  const phaseLine =
    view.phase === 'discuss'
      ? h(
          'p',
          {
            class: `timer${view.timer.leftMs === 0 ? ' done' : ''}`,
            attrs: { role: 'timer', 'aria-live': 'off' },
          },
          ui.t('group.discuss'),
          ' ',
          h('strong', { text: clockText(view.timer.leftMs) }),
          view.timer.running ? '' : ` (${ui.t('group.paused')})`,
        )
      : view.phase === 'tally'
        ? [
            h(
              'p',
              { class: 'timer', attrs: { 'data-counted': view.votesCounted } },
              ui.t('group.counting', { count: view.votesCounted }),
            ),
            liveSlot(ui, 'votes'),
          ]
        : view.phase === 'reveal'
          ? h('p', { class: 'timer', attrs: { 'data-outcome': view.outcome.kind } }, outcomeLine(ui, view))
          : null;
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
      h('p', { text: ui.t('group.decisionNumber', { count: view.decisionNumber }) }),
      view.showMeters
        ? h(
            'ul',
            { class: 'group-meters', attrs: { 'aria-label': ui.t('play.meters') } },
            METERS.map((m) => h('li', { text: `${ui.t(`meter.${m}`)} ${view.meters[m]}` })),
          )
        : null,
      // Late joiners can still scan the code, in the corner of the heading, never over the options.
      liveSlot(ui, 'corner'),
    ),
    h('section', { class: 'panel group-panel', attrs: { 'data-beat': beat.id } }, body, phaseLine),
    roomControls(ui, view),
  );
};
