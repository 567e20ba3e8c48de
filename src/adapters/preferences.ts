import { isLang, type Lang } from '../domain/text.ts';
import { STORAGE_KEYS } from './storage-keys.ts';

export interface Preferences {
  readonly lang: Lang;
  readonly muted: boolean;
  /** How loud the game's sounds play, from 0 to 1 in steps of a tenth. */
  readonly volume: number;
}

const KEY = STORAGE_KEYS.preferences;
export const DEFAULT_VOLUME = 0.8;
const DEFAULTS: Preferences = { lang: 'nl', muted: false, volume: DEFAULT_VOLUME };

/** A volume as stored: a number from 0 to 1, rounded to a tenth; anything else is not one. */
export const readVolume = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.round(Math.min(1, Math.max(0, value)) * 10) / 10
    : undefined;

/**
 * Language and sound, remembered on this device only. Storage may be missing (private mode) or hold
 * something unreadable: then the defaults apply and what was there is left untouched.
 */
export const createPreferenceStore = (storage: Storage | undefined) => {
  /** What storage holds now, or nothing when it holds nothing readable. */
  const stored = (): Preferences | undefined => {
    try {
      const raw = storage?.getItem(KEY);
      if (!raw) return undefined;
      const data: unknown = JSON.parse(raw);
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
      const { lang, muted, volume } = data as Record<string, unknown>;
      return {
        lang: isLang(lang) ? lang : DEFAULTS.lang,
        muted: typeof muted === 'boolean' ? muted : DEFAULTS.muted,
        volume: readVolume(volume) ?? DEFAULTS.volume,
      };
    } catch {
      return undefined;
    }
  };
  let current = stored() ?? DEFAULTS;
  return {
    get: (): Preferences => current,
    set(change: Partial<Preferences>): Preferences {
      // Read again first: another part of the game (the sound's volume) may have stored a change since.
      current = { ...(stored() ?? current), ...change };
      try {
        storage?.setItem(KEY, JSON.stringify(current));
      } catch {
        // Storage full or forbidden: the choice still holds for this visit.
      }
      return current;
    },
  };
};

export type PreferenceStore = ReturnType<typeof createPreferenceStore>;

export const browserStorage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};
