import type { Audio } from '../adapters/audio.ts';
import type { Catalog } from '../adapters/scenario-catalog.ts';
import type { SessionView } from '../machines/session-view.ts';
import type { UiContext } from './context.ts';
import { h } from './dom.ts';
import { useTypeface } from './typeface.ts';
import { volumeControl } from './volume-control.ts';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A loudspeaker, with waves when the sound is on and a cross when it is off or missing: what the sound
 * button shows on a narrow screen, where its words are there only for screen readers (src/ui/title.css).
 */
const soundIcon = (on: boolean): SVGSVGElement => {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'sound-icon');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const speaker = document.createElementNS(SVG, 'path');
  speaker.setAttribute('d', 'M3 9h4l5-4v14l-5-4H3z');
  const sign = document.createElementNS(SVG, 'path');
  sign.setAttribute('class', 'sound-sign');
  sign.setAttribute('d', on ? 'M15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13' : 'M16 9l6 6M22 9l-6 6');
  svg.append(speaker, sign);
  return svg;
};

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
    h(
      'button',
      {
        class: 'quiet sound',
        attrs: { 'aria-keyshortcuts': 'M', title: ui.t('sound.toggleHint'), 'data-mute': true },
        on: { click: sound.toggle },
      },
      soundIcon(sound.audio.available() && !sound.muted),
      h('span', { class: 'sound-label', text: soundLabel }),
    ),
  );
};
