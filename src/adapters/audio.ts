import { Howl, Howler } from 'howler';
import consequenceUrl from '../../assets/audio/consequence.wav?url';
import debriefUrl from '../../assets/audio/debrief.wav?url';
import selectUrl from '../../assets/audio/select.wav?url';

export type Sound = 'select' | 'consequence' | 'debrief';

const URLS: Record<Sound, string> = { select: selectUrl, consequence: consequenceUrl, debrief: debriefUrl };

export interface Audio {
  play(sound: Sound): void;
  setMuted(muted: boolean): void;
  readonly available: () => boolean;
}

/**
 * Short cues through howler. Nothing is loaded or played before the first user gesture (browsers
 * forbid it and it would startle a room); if audio fails, the game plays on silently.
 */
export const createAudio = (initiallyMuted: boolean, target: EventTarget = window): Audio => {
  let muted = initiallyMuted;
  let unlocked = false;
  let failed = false;
  const howls = new Map<Sound, Howl>();

  const unlock = () => {
    unlocked = true;
    target.removeEventListener('pointerdown', unlock);
    target.removeEventListener('keydown', unlock);
  };
  target.addEventListener('pointerdown', unlock);
  target.addEventListener('keydown', unlock);

  const howl = (sound: Sound): Howl | undefined => {
    if (failed) return undefined;
    try {
      let h = howls.get(sound);
      if (!h) {
        h = new Howl({ src: [URLS[sound]], volume: 0.6, onloaderror: () => (failed = true) });
        howls.set(sound, h);
      }
      return h;
    } catch {
      failed = true;
      return undefined;
    }
  };

  return {
    play(sound) {
      if (muted || !unlocked || Howler.noAudio) return;
      try {
        howl(sound)?.play();
      } catch {
        failed = true;
      }
    },
    setMuted(value) {
      muted = value;
      try {
        Howler.mute(value);
      } catch {
        failed = true;
      }
    },
    available: () => !failed && !Howler.noAudio,
  };
};
