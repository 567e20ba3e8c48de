import type { Audio } from '../adapters/audio.ts';
import type { Catalog } from '../adapters/scenario-catalog.ts';
import type { SessionView } from '../machines/session-view.ts';
import type { UiContext } from './context.ts';
import { h } from './dom.ts';
import { useTypeface } from './typeface.ts';
import { volumeControl } from './volume-control.ts';

/** The bar above every screen: the game's name, a notice of skipped scenario files, the volume and the sound button. */
export const renderTopbar = (
  ui: UiContext,
  view: SessionView,
  sound: { readonly audio: Audio; readonly muted: boolean; readonly toggle: () => void },
  catalog: Catalog,
  /** A stored group session was set aside at start: say so on the title screen. */
  roomSetAside = false,
) => {
  // Once per page; the boot may have declared it already (src/main.ts).
  useTypeface();
  const soundLabel = !sound.audio.available()
    ? ui.t('sound.unavailable')
    : sound.muted
      ? ui.t('sound.off')
      : ui.t('sound.on');
  return h(
    'header',
    { class: 'topbar' },
    view.screen === 'title' ? null : h('p', { class: 'brand', text: ui.t('app.title') }),
    view.screen === 'title' && catalog.broken.size > 0
      ? h('p', {
          class: 'notice',
          attrs: { role: 'status' },
          text: ui.t('choose.brokenNotice', { count: catalog.broken.size }),
        })
      : null,
    // During a play the player learns at once when it can no longer be kept on this device.
    (view.screen === 'playing' || view.screen === 'debrief') && ui.saving
      ? h('p', {
          class: 'notice',
          attrs: { role: 'status', 'data-not-saved': ui.saving.status },
          text:
            ui.saving.status === 'full'
              ? ui.t('progress.notSaved.full')
              : ui.t('progress.notSaved.forbidden'),
        })
      : null,
    view.screen === 'title' && roomSetAside
      ? h('p', { class: 'notice', attrs: { role: 'status' }, text: ui.t('room.setAside') })
      : null,
    h('span', { class: 'spacer' }),
    volumeControl(ui.t, sound.audio),
    h('button', {
      class: 'quiet',
      text: soundLabel,
      attrs: { 'aria-keyshortcuts': 'M', title: ui.t('sound.toggleHint'), 'data-mute': true },
      on: { click: sound.toggle },
    }),
  );
};
