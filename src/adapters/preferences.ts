import { isLang, type Lang } from '../domain/text.ts';
import { STORAGE_KEYS } from './storage-keys.ts';

export interface Preferences {
  readonly lang: Lang;
  readonly muted: boolean;
}

const KEY = STORAGE_KEYS.preferences;
const DEFAULTS: Preferences = { lang: 'nl', muted: false };

/**
 * Language and sound, remembered on this device only. Storage may be missing (private mode) or hold
 * something unreadable: then the defaults apply and what was there is left untouched.
 */
export const createPreferenceStore = (storage: Storage | undefined) => {
  const read = (): Preferences => {
    try {
      const raw = storage?.getItem(KEY);
      if (!raw) return DEFAULTS;
      const data: unknown = JSON.parse(raw);
      if (typeof data !== 'object' || data === null) return DEFAULTS;
      const { lang, muted } = data as Record<string, unknown>;
      return {
        lang: isLang(lang) ? lang : DEFAULTS.lang,
        muted: typeof muted === 'boolean' ? muted : DEFAULTS.muted,
      };
    } catch {
      return DEFAULTS;
    }
  };
  let current = read();
  return {
    get: (): Preferences => current,
    set(change: Partial<Preferences>): Preferences {
      current = { ...current, ...change };
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
