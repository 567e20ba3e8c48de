import { DEFAULT_DISCUSS_SECONDS } from '../../machines/group-machine.ts';
import type { UiContext } from '../context.ts';
import { navButton } from '../controls.ts';
import { h } from '../dom.ts';
import { liveSlot } from '../room-join.ts';
import '../setup.css';

const DEFAULT_MINUTES = DEFAULT_DISCUSS_SECONDS / 60;
const MIN_MINUTES = 1;
const MAX_MINUTES = 30;

const clampMinutes = (value: string) =>
  Math.min(MAX_MINUTES, Math.max(MIN_MINUTES, Math.round(Number(value) || DEFAULT_MINUTES)));

/** A checkbox drawn as the game draws it: the real input, and a box with a tick beside its words. */
const check = (input: HTMLInputElement, words: string, attrs: Record<string, string> = {}) =>
  h(
    'label',
    { class: 'check', attrs },
    input,
    h('span', { class: 'check-box', attrs: { 'aria-hidden': 'true' } }),
    h('span', { text: words }),
  );

/** The trainer picks a scenario and organisation, the discussion time, and whether meters are shown. */
export const renderGroupSetup = (ui: UiContext, ids: readonly string[]): HTMLElement => {
  const scenarios = ids.flatMap((id) => ui.catalog.scenarios.find((s) => s.id === id) ?? []);
  const choices = scenarios.flatMap((s) =>
    s.contexts.map((c) => ({
      value: `${s.id}|${c.id}`,
      scenario: s.id,
      label: s.contexts.length > 1 ? `${ui.local(s.title)} — ${ui.local(c.title)}` : ui.local(s.title),
    })),
  );
  const scenario = h(
    'select',
    { class: 'field', attrs: { id: 'group-scenario' } },
    choices.map((c) => h('option', { attrs: { value: c.value }, text: c.label })),
  );
  const minutes = h('input', {
    class: 'field',
    attrs: {
      id: 'group-minutes',
      type: 'number',
      inputmode: 'numeric',
      min: MIN_MINUTES,
      max: MAX_MINUTES,
      step: 1,
      value: DEFAULT_MINUTES,
    },
  });
  const step = (delta: number, label: string, sign: string) =>
    h('button', {
      class: 'stepper',
      text: sign,
      attrs: { type: 'button', 'aria-label': label, 'aria-controls': 'group-minutes' },
      on: {
        click: () => {
          minutes.value = String(clampMinutes(String(clampMinutes(minutes.value) + delta)));
        },
      },
    });
  const meters = h('input', { attrs: { id: 'group-meters', type: 'checkbox', checked: true } });
  const later = choices.map((c) => {
    const box = h('input', { attrs: { type: 'checkbox', value: c.value, 'data-then': c.value } });
    return { ...c, box, row: check(box, c.label) };
  });
  const queueEmpty = h('p', { class: 'small', text: ui.t('projector.setup.queueEmpty') });
  /** The scenario being set up is never offered again as one to play after it. */
  const offerQueue = () => {
    const [chosen] = scenario.value.split('|');
    for (const x of later) {
      const own = x.scenario === chosen;
      x.row.hidden = own;
      if (own) x.box.checked = false;
    }
    queueEmpty.hidden = later.some((x) => !x.row.hidden);
  };
  scenario.addEventListener('change', offerQueue);
  offerQueue();

  const settings = () => {
    const [id, context] = scenario.value.split('|');
    return {
      scenario: id!,
      context: context!,
      discussSeconds: clampMinutes(minutes.value) * 60,
      showMeters: meters.checked,
    };
  };
  const start = () => {
    const queue = later
      .filter((x) => x.box.checked && !x.row.hidden)
      .map((x) => {
        const [s, c] = x.value.split('|');
        return { scenario: s!, context: c! };
      });
    ui.send({ type: 'group.start', ...settings(), queue });
  };
  return h(
    'main',
    {
      class: 'panel choose-screen group-setup',
      attrs: { id: 'content', 'aria-labelledby': 'group-heading' },
    },
    h('h2', { attrs: { id: 'group-heading' }, text: ui.t('group.setupHeading') }),
    h('p', { text: ui.t('group.setupIntro') }),
    h(
      'div',
      { class: 'setup-columns' },
      h(
        'form',
        {
          class: 'group-form',
          on: {
            submit: (event) => {
              event.preventDefault();
              start();
            },
          },
        },
        h(
          'div',
          { class: 'setup-field' },
          h('label', { attrs: { for: 'group-scenario' }, text: ui.t('group.scenario') }),
          h('div', { class: 'select-wrap' }, scenario),
        ),
        h(
          'div',
          { class: 'setup-field' },
          h('label', { attrs: { for: 'group-minutes' }, text: ui.t('group.minutes') }),
          h(
            'div',
            { class: 'minutes' },
            step(-1, ui.t('projector.setup.fewer'), '−'),
            minutes,
            step(1, ui.t('projector.setup.more'), '+'),
            h('span', {
              class: 'unit',
              attrs: { 'aria-hidden': 'true' },
              text: ui.t('projector.setup.minutesUnit'),
            }),
          ),
        ),
        check(meters, ui.t('group.showMeters')),
        h(
          'fieldset',
          { class: 'then' },
          h('legend', { text: ui.t('group.later') }),
          later.map((x) => x.row),
          queueEmpty,
        ),
        h(
          'div',
          { class: 'actions' },
          h('button', {
            class: 'primary',
            attrs: { type: 'submit', 'data-autofocus': true },
            text: ui.t('group.start'),
          }),
          h('button', {
            class: 'quiet',
            attrs: { type: 'button', 'data-plan': true },
            text: ui.t('plan.open'),
            on: { click: () => ui.send({ type: 'group.plan', ...settings() }) },
          }),
          navButton(ui, 'choose.back', { type: 'session.title' }),
        ),
      ),
      // Beside the settings, so the room can scan while the trainer sets up.
      h('div', { class: 'setup-phones' }, liveSlot(ui, 'status')),
    ),
    h('p', { class: 'small keys-hint', text: ui.t('group.keysHint') }),
  );
};
