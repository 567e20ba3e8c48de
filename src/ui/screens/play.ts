import {
  type DecisionMarker,
  decisionMarker,
  decisionsAhead,
  type Span,
} from '../../domain/decision-count.ts';
import type { Beat, Scenario } from '../../domain/scenario.ts';
import type { LocalText } from '../../domain/text.ts';
import { DEFAULT_MOOD, METERS, NARRATOR, PLAYER } from '../../domain/vocabulary.ts';
import type { SessionView } from '../../machines/session-view.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';
import '../play-layout.css';
import { endingVignette } from './ending-vignette.ts';

type PlayView = Extract<SessionView, { screen: 'playing' }>;

const signed = (n: number) => (n > 0 ? `+${n}` : `−${Math.abs(n)}`);

export const speakerLine = (ui: UiContext, scenario: Scenario, beat: Beat) => {
  if (beat.speaker === NARRATOR) return { name: ui.t('play.speakerNarrator'), role: '' };
  if (beat.speaker === PLAYER) return { name: ui.t('play.speakerPlayer'), role: '' };
  const c = scenario.characters[beat.speaker];
  return c ? { name: ui.local(c.name), role: ui.local(c.role) } : { name: beat.speaker, role: '' };
};

const meters = (ui: UiContext, view: PlayView) =>
  h(
    'ul',
    { class: 'panel meters', attrs: { 'aria-label': ui.t('play.meters') } },
    METERS.map((m) => {
      const value = view.meters[m];
      const change = view.change[m];
      const label = ui.t(`meter.${m}`);
      return h(
        'li',
        {
          class: `meter-row${change ? (change > 0 ? ' up' : ' down') : ''}`,
          attrs: { title: ui.t(`meterExplain.${m}`), 'data-meter': m },
        },
        h('span', { text: label }),
        h('span', { text: change ? `${value} (${signed(change)})` : String(value) }),
        h(
          'span',
          {
            class: 'meter-bar',
            attrs: {
              role: 'meter',
              'aria-label': label,
              'aria-valuemin': 0,
              'aria-valuemax': 100,
              'aria-valuenow': value,
            },
          },
          h('span', { attrs: { style: `width:${value}%` } }),
        ),
      );
    }),
  );

/**
 * Where a phone has no room for the situation and every option at once (play-layout.css holds the same
 * query): a decision is read first, then its options are shown together, below the picture.
 */
export const COMPACT_QUERY = '(max-width: 599px), (max-height: 499px)';
const compact = () => typeof window.matchMedia === 'function' && window.matchMedia(COMPACT_QUERY).matches;

/** The decision whose options the player has opened on a compact screen: kept when the screen is drawn again. */
let openedOptions = '';
const optionsKey = (view: PlayView) => `${view.scenario.id}|${view.beat}|${view.decisionsTaken}`;

const decisionControls = (
  ui: UiContext,
  view: PlayView,
  beat: Extract<Beat, { kind: 'decision' }>,
  panel: () => HTMLElement,
) => {
  const choices = beat.decision.choices;
  const key = optionsKey(view);
  const opened = openedOptions === key;
  const readFirst = compact() && !opened;
  const show = (step: 'read' | 'choose', focus: HTMLElement | null) => {
    openedOptions = step === 'choose' ? key : '';
    panel().dataset.step = step;
    focus?.focus({ preventScroll: true });
    panel().closest('.ui')?.scrollTo({ top: 0 });
  };
  return [
    h('p', { class: 'beat-text situation', attrs: { tabindex: -1 }, text: ui.local(beat.text) }),
    h('h3', { class: 'prompt', text: `${ui.t('play.decision')}: ${ui.local(beat.decision.prompt)}` }),
    h(
      'div',
      { class: 'actions to-options' },
      h('button', {
        class: 'primary',
        text: ui.t('solo.toOptions', { count: choices.length }),
        attrs: { 'data-to-options': true, 'data-autofocus': readFirst },
        on: { click: () => show('choose', panel().querySelector<HTMLElement>('[data-choice]')) },
      }),
    ),
    h(
      'ol',
      { class: 'choices', attrs: { 'data-arrow-nav': true, 'aria-label': ui.local(beat.decision.prompt) } },
      choices.map((choice, i) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              attrs: {
                'data-choice': choice.id,
                'aria-keyshortcuts': String(i + 1),
                'data-autofocus': i === 0 && !readFirst,
              },
              on: {
                click: () => {
                  ui.audio.play('select');
                  ui.send({ type: 'choice.select', choice: choice.id });
                },
              },
            },
            h('span', { class: 'key', attrs: { 'aria-hidden': 'true' }, text: String(i + 1) }),
            h('span', { text: ui.local(choice.text) }),
          ),
        ),
      ),
    ),
    h('p', { class: 'small choose-hint', text: ui.t('play.chooseHint', { count: choices.length }) }),
    h(
      'div',
      { class: 'actions reread' },
      h('button', {
        class: 'quiet',
        text: ui.t('solo.reread'),
        attrs: { 'data-reread': true },
        on: { click: () => show('read', panel().querySelector<HTMLElement>('.situation')) },
      }),
    ),
  ];
};

/** What the choice just made led to, while its consequence is shown. */
export const consequenceOf = (view: PlayView): LocalText | undefined => {
  const beat = view.scenario.beats[view.beat];
  if (view.phase !== 'consequence' || beat?.kind !== 'decision') return undefined;
  const choice = beat.decision.choices.find((c) => c.id === view.choice);
  return choice ? (choice.variants[view.variant]?.consequence ?? choice.consequence) : undefined;
};

const consequenceControls = (ui: UiContext, view: PlayView, beat: Extract<Beat, { kind: 'decision' }>) => {
  const choice = beat.decision.choices.find((c) => c.id === view.choice);
  const consequence = consequenceOf(view);
  if (!choice || !consequence) return [];
  const moved = METERS.filter((m) => view.change[m]);
  return [
    h('p', { class: 'small', text: ui.t('debrief.yourChoice', { choice: ui.local(choice.text) }) }),
    h('h3', { text: ui.t('play.consequence') }),
    h('p', { class: 'beat-text', attrs: { id: 'consequence-text' }, text: ui.local(consequence) }),
    moved.length
      ? h(
          'ul',
          { class: 'changes', attrs: { 'aria-label': ui.t('play.changes') } },
          moved.map((m) =>
            h('li', {
              class: (view.change[m] ?? 0) > 0 ? 'up' : 'down',
              text: ui.t('play.meterChange', {
                label: ui.t(`meter.${m}`),
                change: signed(view.change[m] ?? 0),
              }),
            }),
          ),
        )
      : h('p', { class: 'small', text: ui.t('play.noChange') }),
    continueButton(ui, ui.t('play.continue'), 'consequence-text'),
  ];
};

const continueButton = (ui: UiContext, label: string, describedBy?: string) =>
  h(
    'div',
    { class: 'actions' },
    h('button', {
      class: 'primary',
      text: label,
      // On a consequence, a screen reader landing on the button hears what it follows.
      attrs: { 'data-continue': true, 'data-autofocus': true, 'aria-describedby': describedBy },
      on: { click: () => ui.send({ type: 'beat.continue' }) },
    }),
  );

/**
 * Stopping once something was chosen asks first: the play is kept on this device (and offered again on the title), or thrown
 * away for another scenario, or not stopped after all.
 */
const quitControls = (ui: UiContext) => {
  const box = h('div', { class: 'quit' });
  const ask: HTMLButtonElement = h('button', {
    class: 'quiet',
    text: ui.t('play.quit'),
    attrs: { 'data-quit': true },
    on: {
      click: () => {
        box.replaceChildren(confirm);
        keep.focus();
      },
    },
  });
  const keep = h('button', {
    text: ui.t('play.quitKeep'),
    attrs: { 'data-quit-keep': true },
    on: { click: () => ui.send({ type: 'session.title' }) },
  });
  const confirm = h(
    'div',
    { attrs: { role: 'group', 'aria-labelledby': 'quit-question' } },
    h('p', { attrs: { id: 'quit-question' }, text: ui.t('play.quitQuestion') }),
    keep,
    h('button', {
      class: 'quiet',
      text: ui.t('play.quitDiscard'),
      attrs: { 'data-quit-discard': true },
      on: { click: () => ui.send({ type: 'play.quit' }) },
    }),
    h('button', {
      class: 'quiet',
      text: ui.t('play.quitCancel'),
      on: {
        click: () => {
          box.replaceChildren(ask);
          ask.focus();
        },
      },
    }),
  );
  box.append(ask);
  return box;
};

/** The decisions ahead of each beat, worked out once per scenario. */
const spansOf = new WeakMap<Scenario, ReadonlyMap<string, Span>>();
const markerOf = (view: PlayView): DecisionMarker => {
  let spans = spansOf.get(view.scenario);
  if (!spans) {
    spans = decisionsAhead(view.scenario);
    spansOf.set(view.scenario, spans);
  }
  const chosen = view.phase === 'consequence' ? view.choice : undefined;
  return decisionMarker(view.scenario, view.beat, view.decisionsTaken, chosen, spans);
};

const markerText = (ui: UiContext, view: PlayView, m: DecisionMarker) => {
  if (view.phase === 'ending') return ui.t('solo.markerEnd', { count: m.current });
  return m.fewest === m.most
    ? ui.t('solo.marker', { current: m.current, total: m.most })
    : ui.t('solo.markerRange', { current: m.current, fewest: m.fewest, most: m.most });
};

const speakerParagraph = (ui: UiContext, scenario: Scenario, beat: Beat) => {
  const speaker = speakerLine(ui, scenario, beat);
  return h(
    'p',
    { class: 'speaker', attrs: { id: 'speaker' } },
    speaker.name,
    speaker.role ? h('span', { class: 'role', text: ` · ${speaker.role}` }) : null,
    h('span', { class: 'visually-hidden', text: ` · ${ui.t(`place.${beat.place}`)}` }),
  );
};

/** An ending is a moment of its own: its picture and its title, then on to the debrief. */
const endingCard = (ui: UiContext, view: PlayView, beat: Extract<Beat, { kind: 'ending' }>, marker: string) =>
  h(
    'section',
    {
      class: 'panel beat-panel ending-card',
      attrs: { 'aria-labelledby': 'ending-title', 'data-beat': beat.id, 'data-phase': view.phase },
    },
    endingVignette(beat.mood ?? DEFAULT_MOOD),
    h(
      'div',
      { class: 'ending-words' },
      h('p', { class: 'kicker', text: `${ui.t('solo.endingKicker')} · ${marker}` }),
      h('h3', {
        class: 'ending-title',
        attrs: { id: 'ending-title' },
        text: ui.local(beat.ending.title),
      }),
      speakerParagraph(ui, view.scenario, beat),
      h('p', { class: 'beat-text', text: ui.local(beat.text) }),
      continueButton(ui, ui.t('play.toDebrief')),
    ),
  );

/** The meters and the way out: beside the picture on a wide screen, below the words on a phone. */
const status = (ui: UiContext, view: PlayView) =>
  h(
    'div',
    { class: 'play-top', attrs: { role: 'region', 'aria-label': ui.t('solo.status') } },
    meters(ui, view),
    h(
      'div',
      { class: 'panel small play-info' },
      view.decisionsTaken > 0
        ? quitControls(ui)
        : // Nothing chosen yet, so nothing to keep or lose: stopping needs no question.
          h('button', {
            class: 'quiet',
            text: ui.t('play.quit'),
            attrs: { 'data-quit': true },
            on: { click: () => ui.send({ type: 'play.quit' }) },
          }),
    ),
  );

/** Where the play stands: which decision of how many, in which scenario (and organisation). */
const markerLine = (ui: UiContext, view: PlayView, marker: string) =>
  h(
    'p',
    { class: 'marker' },
    h('strong', { attrs: { 'data-marker': true }, text: marker }),
    h('span', {
      attrs: { 'aria-hidden': 'true' },
      text: ` · ${ui.local(view.scenario.title)}${
        view.scenario.contexts.length > 1 ? ` (${ui.local(view.context.title)})` : ''
      }`,
    }),
    view.scenario.contexts.length > 1
      ? h('span', {
          class: 'visually-hidden',
          text: ` · ${ui.t('choose.context')}: ${ui.local(view.context.title)}`,
        })
      : null,
  );

export const renderPlay = (ui: UiContext, view: PlayView): HTMLElement => {
  const scenario = view.scenario;
  const beat = scenario.beats[view.beat]!;
  const marker = markerText(ui, view, markerOf(view));
  let panel: HTMLElement | undefined;
  const panelOf = () => panel!;
  let body: (HTMLElement | null | HTMLElement[])[] = [];
  if (beat.kind === 'decision') {
    body =
      view.phase === 'choosing'
        ? decisionControls(ui, view, beat, panelOf)
        : consequenceControls(ui, view, beat);
  } else if (beat.kind === 'narration') {
    body = [
      h('p', { class: 'beat-text', text: ui.local(beat.text) }),
      continueButton(ui, ui.t('play.continue')),
    ];
  }
  panel =
    beat.kind === 'ending'
      ? endingCard(ui, view, beat, marker)
      : h(
          'section',
          {
            class: 'panel beat-panel',
            attrs: {
              'aria-labelledby': 'speaker',
              'data-beat': beat.id,
              'data-phase': view.phase,
              'data-step':
                beat.kind === 'decision' && view.phase === 'choosing'
                  ? openedOptions === optionsKey(view)
                    ? 'choose'
                    : 'read'
                  : undefined,
            },
          },
          markerLine(ui, view, marker),
          speakerParagraph(ui, scenario, beat),
          body,
        );
  return h(
    'main',
    {
      class: 'play-screen',
      attrs: { id: 'content', 'aria-labelledby': 'scenario-title', 'data-kind': beat.kind },
    },
    h('h2', { class: 'visually-hidden', attrs: { id: 'scenario-title' }, text: ui.local(scenario.title) }),
    panel,
    status(ui, view),
  );
};
