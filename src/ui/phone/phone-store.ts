import * as v from 'valibot';
import { EMPTY_PHONE_DATA, type PhoneData, PhoneDataSchema } from './phone-record.ts';

export const PHONE_KEY = 'open-ambtenaar:phone:v1';
export const PHONE_KEPT_ASIDE = 'open-ambtenaar:phone:v1:kept-aside';

/**
 * Why what this phone kept could not be used: `keptAside` when it was copied aside (and left there
 * for whoever wants to look), `left` when even that failed and nothing is written over it.
 */
export type PhoneStoreProblem = 'keptAside' | 'left';

export interface PhoneStore {
  readonly data: () => PhoneData;
  readonly problem: () => PhoneStoreProblem | undefined;
  /** False when the device would not keep it (private window, storage full): it holds for this visit only. */
  readonly saved: () => boolean;
  save(next: PhoneData): boolean;
}

/**
 * What this phone keeps of group sessions, in one versioned key of localStorage. What is read there is
 * a boundary: text that does not pass the schema is copied aside, never thrown on and never lost.
 */
export const createPhoneStore = (storage: Storage | undefined): PhoneStore => {
  let data: PhoneData = EMPTY_PHONE_DATA;
  let problem: PhoneStoreProblem | undefined;
  let saved = storage !== undefined;
  let raw: string | null = null;
  try {
    raw = storage?.getItem(PHONE_KEY) ?? null;
  } catch {
    saved = false;
  }
  if (raw !== null) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    const reading = v.safeParse(PhoneDataSchema, parsed);
    if (reading.success) data = reading.output;
    else problem = keepAside(storage, raw) ? 'keptAside' : 'left';
  }
  const writable = () => storage !== undefined && problem !== 'left';

  return {
    data: () => data,
    problem: () => problem,
    saved: () => saved,
    save(next) {
      data = next;
      saved = writable() && write(storage!, JSON.stringify(next));
      return saved;
    },
  };
};

const write = (storage: Storage, text: string): boolean => {
  try {
    storage.setItem(PHONE_KEY, text);
    return true;
  } catch {
    return false;
  }
};

/** Copies unusable text under a key of its own (a free one, or one that already holds the same text). */
const keepAside = (storage: Storage | undefined, text: string): boolean => {
  if (!storage) return false;
  try {
    for (let n = 1; n <= 20; n++) {
      const key = n === 1 ? PHONE_KEPT_ASIDE : `${PHONE_KEPT_ASIDE}-${n}`;
      const there = storage.getItem(key);
      if (there === text) return true;
      if (there !== null) continue;
      storage.setItem(key, text);
      return storage.getItem(key) === text;
    }
  } catch {
    // Full or forbidden: then the unusable text stays where it is.
  }
  return false;
};
