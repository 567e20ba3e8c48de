import { DEFAULT_DISCUSS_SECONDS } from '../../machines/group-machine.ts';
import type { UiContext } from '../context.ts';
import { navButton } from '../controls.ts';
import { h } from '../dom.ts';
import { liveSlot } from '../room-join.ts';

const DEFAULT_MINUTES = DEFAULT_DISCUSS_SECONDS / 60;

/** The trainer picks a scenario and organisation, the discussion time, and whether meters are shown. */
export const renderGroupSetup = (ui: UiContext, ids: readonly string[]): HTMLElement => {
  const scenarios = ids.flatMap((id) => ui.catalog.scenarios.find((s) => s.id === id) ?? []);
  const options = scenarios.flatMap((s) =>
    s.contexts.map((c) =>
      h('option', {
        attrs: { value: `${s.id}|${c.id}` },
        text: s.contexts.length > 1 ? `${ui.local(s.title)} — ${ui.local(c.title)}` : ui.local(s.title),
      }),
    ),
  );
  const scenario = h('select', { attrs: { id: 'group-scenario' } }, options);
  const minutes = h('input', {
    attrs: { id: 'group-minutes', type: 'number', min: 1, max: 30, step: 1, value: DEFAULT_MINUTES },
  });
  const meters = h('input', { attrs: { id: 'group-meters', type: 'checkbox', checked: true } });
  const later = scenarios.flatMap((s) =>
    s.contexts.map((c) => ({
      value: `${s.id}|${c.id}`,
      box: h('input', {
        attrs: { type: 'checkbox', value: `${s.id}|${c.id}`, 'data-then': `${s.id}|${c.id}` },
      }),
      label: s.contexts.length > 1 ? `${ui.local(s.title)} — ${ui.local(c.title)}` : ui.local(s.title),
    })),
  );
  const settings = () => {
    const [id, context] = scenario.value.split('|');
    const value = Math.min(30, Math.max(1, Math.round(Number(minutes.value) || DEFAULT_MINUTES)));
    return { scenario: id!, context: context!, discussSeconds: value * 60, showMeters: meters.checked };
  };
  const start = () => {
    const queue = later
      .filter((x) => x.box.checked && x.value !== scenario.value)
      .map((x) => {
        const [s, c] = x.value.split('|');
        return { scenario: s!, context: c! };
      });
    ui.send({ type: 'group.start', ...settings(), queue });
  };
  return h(
    'main',
    { class: 'panel choose-screen', attrs: { id: 'content', 'aria-labelledby': 'group-heading' } },
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
        h('label', { attrs: { for: 'group-scenario' }, text: ui.t('group.scenario') }),
        scenario,
        h('label', { attrs: { for: 'group-minutes' }, text: ui.t('group.minutes') }),
        minutes,
        h('label', { class: 'check' }, meters, ui.t('group.showMeters')),
        h(
          'fieldset',
          { class: 'then' },
          h('legend', { text: ui.t('group.later') }),
          later.map((x) => h('label', { class: 'check' }, x.box, x.label)),
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
            attrs: { type: 'button', 'data-plan': true },
            text: ui.t('plan.open'),
            on: { click: () => ui.send({ type: 'group.plan', ...settings() }) },
          }),
          navButton(ui, 'choose.back', { type: 'session.title' }),
        ),
      ),
      // Beside the settings, so the room can scan while the trainer sets up.
      liveSlot(ui, 'status'),
    ),
    h('p', { class: 'small', text: ui.t('group.keysHint') }),
  );
};
