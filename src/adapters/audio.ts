import { Howl, Howler } from 'howler';
import consequenceUrl from '../../assets/audio/consequence.wav?url';
import debriefUrl from '../../assets/audio/debrief.wav?url';
import revealOggUrl from '../../assets/audio/reveal.ogg?url';
import revealWavUrl from '../../assets/audio/reveal.wav?url';
import buurthuisUrl from '../../assets/audio/room-buurthuis.ogg?url';
import kantoorUrl from '../../assets/audio/room-kantoor.ogg?url';
import raadszaalUrl from '../../assets/audio/room-raadszaal.ogg?url';
import vergaderzaalUrl from '../../assets/audio/room-vergaderzaal.ogg?url';
import selectUrl from '../../assets/audio/select.wav?url';
import type { Place } from '../domain/vocabulary.ts';
import { browserStorage, createPreferenceStore, readVolume } from './preferences.ts';

export type Sound = 'select' | 'consequence' | 'debrief' | 'reveal';

/** Each cue's files, the first the browser can play wins (Ogg Opus is smaller; WAV plays everywhere). */
const CUES: Record<Sound, readonly string[]> = {
  select: [selectUrl],
  consequence: [consequenceUrl],
  debrief: [debriefUrl],
  reveal: [revealOggUrl, revealWavUrl],
};

/** A room tone per place: six-second seamless loops (scripts/make-sounds.mjs). */
export const ROOM_TONES: Record<Place, string> = {
  kantoor: kantoorUrl,
  vergaderzaal: vergaderzaalUrl,
  raadszaal: raadszaalUrl,
  buurthuis: buurthuisUrl,
};

/** Cues at this share of the volume; the room tone far below them, as atmosphere only. */
const CUE_LEVEL = 0.6;
export const AMBIENCE_LEVEL = 0.25;
/** How long one room tone takes to give way to the next. */
export const AMBIENCE_FADE_MS = 1200;

export interface Audio {
  play(sound: Sound): void;
  setMuted(muted: boolean): void;
  /** The room tone to loop (none: `undefined`); a change of place crossfades. Atmosphere only: it says nothing. */
  ambience(place: Place | undefined): void;
  /** The volume, 0 to 1 in tenths, as remembered on this device. */
  volume(): number;
  /** Sets and remembers the volume (clamped to 0–1, rounded to a tenth); returns what it became. */
  setVolume(volume: number): number;
  readonly available: () => boolean;
}

/** Where the volume is remembered: the device's preferences. */
export interface VolumeStore {
  get(): { readonly volume: number };
  set(change: { readonly volume: number }): unknown;
}

/**
 * Sounds through howler. Nothing is loaded or played before the first user gesture (browsers
 * forbid it and it would startle a room); if audio fails, the game plays on silently: no error
 * leaves this adapter. A room tone that fails stops room tones only; the cues go on.
 */
export const createAudio = (
  initiallyMuted: boolean,
  target: EventTarget = window,
  store: VolumeStore = createPreferenceStore(browserStorage()),
): Audio => {
  let muted = initiallyMuted;
  let volume = readVolume(store.get().volume) ?? 1;
  let unlocked = false;
  let failed = false;
  let ambienceFailed = false;
  const cues = new Map<Sound, Howl>();
  const tones = new Map<Place, Howl>();
  /** The place whose tone should sound, and the one that does. */
  let wanted: Place | undefined;
  let playing: { readonly place: Place; readonly howl: Howl; readonly id: number } | undefined;

  const safely = (action: () => void, onFailure: () => void) => {
    try {
      action();
    } catch {
      onFailure();
    }
  };
  const silent = () => !unlocked || muted || Howler.noAudio;

  const cue = (sound: Sound): Howl | undefined => {
    let h = cues.get(sound);
    if (!h) {
      h = new Howl({ src: [...CUES[sound]], volume: CUE_LEVEL, onloaderror: () => (failed = true) });
      cues.set(sound, h);
    }
    return h;
  };

  const tone = (place: Place): Howl => {
    let h = tones.get(place);
    if (!h) {
      h = new Howl({
        src: [ROOM_TONES[place]],
        loop: true,
        volume: 0,
        onloaderror: () => stopAmbience(),
        onplayerror: () => stopAmbience(),
      });
      tones.set(place, h);
    }
    return h;
  };

  /** Fades the sounding tone out and stops it once silent. */
  const fadeOutTone = () => {
    const leaving = playing;
    playing = undefined;
    if (!leaving) return;
    safely(
      () => {
        leaving.howl.once('fade', () => leaving.howl.stop(leaving.id), leaving.id);
        leaving.howl.fade(AMBIENCE_LEVEL, 0, AMBIENCE_FADE_MS, leaving.id);
      },
      () => leaving.howl.stop(),
    );
  };

  const stopAmbience = () => {
    ambienceFailed = true;
    for (const h of tones.values())
      safely(
        () => h.stop(),
        () => undefined,
      );
    playing = undefined;
  };

  /** Brings the sounding tone in line with the wanted place: crossfades, starts or stops. */
  const followPlace = () => {
    if (ambienceFailed) return;
    const place = silent() ? undefined : wanted;
    if (playing?.place === place) return;
    fadeOutTone();
    if (!place) return;
    safely(
      () => {
        const howl = tone(place);
        const id = howl.play();
        howl.fade(0, AMBIENCE_LEVEL, AMBIENCE_FADE_MS, id);
        if (!ambienceFailed) playing = { place, howl, id };
      },
      () => stopAmbience(),
    );
  };

  const unlock = () => {
    unlocked = true;
    target.removeEventListener('pointerdown', unlock);
    target.removeEventListener('keydown', unlock);
    safely(
      () => {
        Howler.volume(volume);
        Howler.mute(muted);
      },
      () => (failed = true),
    );
    followPlace();
  };
  target.addEventListener('pointerdown', unlock);
  target.addEventListener('keydown', unlock);

  return {
    play(sound) {
      if (silent() || failed) return;
      safely(
        () => cue(sound)?.play(),
        () => (failed = true),
      );
    },
    setMuted(value) {
      muted = value;
      if (unlocked)
        safely(
          () => Howler.mute(value),
          () => (failed = true),
        );
      followPlace();
    },
    ambience(place) {
      wanted = place;
      followPlace();
    },
    volume: () => volume,
    setVolume(value) {
      volume = readVolume(value) ?? volume;
      safely(
        () => store.set({ volume }),
        () => undefined,
      );
      if (unlocked)
        safely(
          () => Howler.volume(volume),
          () => (failed = true),
        );
      return volume;
    },
    available: () => !failed && !Howler.noAudio,
  };
};
