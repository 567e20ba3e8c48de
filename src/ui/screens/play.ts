import type { Beat, Scenario } from '../../domain/scenario.ts';
import type { LocalText } from '../../domain/text.ts';
import { METERS, NARRATOR, PLAYER } from '../../domain/vocabulary.ts';
import type { SessionView } from '../../machines/session-view.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';

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

const decisionControls = (ui: UiContext, beat: Extract<Beat, { kind: 'decision' }>) => {
  const choices = beat.decision.choices;
  return [
    h('h3', { class: 'prompt', text: `${ui.t('play.decision')}: ${ui.local(beat.decision.prompt)}` }),
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
                'data-autofocus': i === 0,
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
    h('p', { class: 'small', text: ui.t('play.chooseHint', { count: choices.length }) }),
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

export const renderPlay = (ui: UiContext, view: PlayView): HTMLElement => {
  const scenario = view.scenario;
  const beat = scenario.beats[view.beat]!;
  const speaker = speakerLine(ui, scenario, beat);
  const showBeatText = view.phase !== 'consequence';
  let controls: (HTMLElement | HTMLElement[])[] = [];
  if (beat.kind === 'decision') {
    controls = view.phase === 'choosing' ? decisionControls(ui, beat) : consequenceControls(ui, view, beat);
  } else if (beat.kind === 'ending') {
    controls = [continueButton(ui, ui.t('play.toDebrief'))];
  } else {
    controls = [continueButton(ui, ui.t('play.continue'))];
  }
  return h(
    'main',
    { class: 'play-screen', attrs: { id: 'content', 'aria-labelledby': 'scenario-title' } },
    h(
      'div',
      { class: 'play-top' },
      meters(ui, view),
      h('span', { class: 'spacer' }),
      h(
        'div',
        { class: 'panel small' },
        h('h2', {
          class: 'visually-hidden',
          attrs: { id: 'scenario-title' },
          text: ui.local(scenario.title),
        }),
        h('p', { attrs: { 'aria-hidden': 'true' }, text: ui.local(scenario.title) }),
        scenario.contexts.length > 1
          ? h('p', { text: `${ui.t('choose.context')}: ${ui.local(view.context.title)}` })
          : null,
        h('p', { text: ui.t('play.progress', { count: view.decisionsTaken }) }),
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
    ),
    h(
      'section',
      {
        class: 'panel beat-panel',
        attrs: { 'aria-labelledby': 'speaker', 'data-beat': beat.id, 'data-phase': view.phase },
      },
      h(
        'p',
        { class: 'speaker', attrs: { id: 'speaker' } },
        speaker.name,
        speaker.role ? h('span', { class: 'role', text: ` · ${speaker.role}` }) : null,
        h('span', { class: 'visually-hidden', text: ` · ${ui.t(`place.${beat.place}`)}` }),
      ),
      beat.kind === 'ending'
        ? h('h3', { text: `${ui.t('play.ending')}: ${ui.local(beat.ending.title)}` })
        : null,
      showBeatText ? h('p', { class: 'beat-text', text: ui.local(beat.text) }) : null,
      controls,
    ),
  );
};
