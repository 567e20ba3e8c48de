import type { TFunction } from 'i18next';
import type { Audio } from '../adapters/audio.ts';
import { createAnnouncer } from './announcer.ts';
import { h } from './dom.ts';
import { isTypingOrModified, volumeKey } from './keyboard.ts';

const percent = (volume: number) => Math.round(volume * 100);

/** Shows a volume on the slider, wherever it is drawn now. */
const showVolume = (slider: HTMLInputElement, volume: number, t: TFunction) => {
  slider.value = String(Math.round(volume * 10));
  slider.setAttribute('aria-valuetext', t('sound.volumeValue', { percent: percent(volume) }));
};

/** The words of the screen drawn last: the keys answer in the language on screen. */
let words: TFunction | undefined;
const listening = new WeakSet<Audio>();

/**
 * `[` and `]` change the volume on any screen, unless a text field has the key or the screen already
 * used it; the slider follows and a screen reader hears the new volume.
 */
const listenForVolumeKeys = (audio: Audio) => {
  if (listening.has(audio)) return;
  listening.add(audio);
  const region = document.getElementById('announcer');
  const announce = region ? createAnnouncer(region) : () => undefined;
  document.addEventListener('keydown', (event) => {
    const step = volumeKey(event.key);
    if (!step || event.defaultPrevented || !words) return;
    // On the slider itself [ and ] work too; in a text field they are letters.
    const onSlider = (event.target as Element | null)?.matches?.('input[data-volume]') ?? false;
    if (event.ctrlKey || event.metaKey || event.altKey || (!onSlider && isTypingOrModified(event))) return;
    event.preventDefault();
    const volume = audio.setVolume(audio.volume() + step / 10);
    const slider = document.querySelector<HTMLInputElement>('input[data-volume]');
    if (slider) showVolume(slider, volume, words);
    announce(words('sound.volumeNow', { percent: percent(volume) }));
  });
};

/** A slider for the volume, from silent to full in tenths; arrows, Home and End work on it as on any slider. */
export const volumeControl = (t: TFunction, audio: Audio): HTMLElement => {
  words = t;
  listenForVolumeKeys(audio);
  const slider = h('input', {
    attrs: {
      type: 'range',
      min: 0,
      max: 10,
      step: 1,
      'data-volume': true,
      'aria-keyshortcuts': '[ ]',
      title: t('sound.volumeHint'),
      disabled: !audio.available(),
    },
    on: {
      input: (event) => {
        const input = event.currentTarget as HTMLInputElement;
        showVolume(input, audio.setVolume(Number(input.value) / 10), t);
      },
    },
  });
  showVolume(slider, audio.volume(), t);
  return h(
    'label',
    { class: 'volume' },
    h('span', { class: 'volume-label', text: t('sound.volume') }),
    slider,
  );
};
