import * as v from 'valibot';
import { MAX_FILE_BYTES } from '../domain/text-bytes.ts';

/** Where the studio keeps drafts on this device; the set-aside copies of an unreadable store get their own keys. */
export const DRAFTS_KEY = 'open-ambtenaar:studio-drafts:v1';
const SET_ASIDE_PREFIX = 'open-ambtenaar:studio-drafts:set-aside:';

/** Where the studio posts a file to write it into scenarios/; only `npm run dev` answers (scripts/vite-studio-plugin.ts). */
export const DEV_SAVE_ROUTE = '/__studio/save';

/** A scenario file name the studio keeps, downloads or writes: lower case, digits and dashes, `.yaml`. */
export const SCENARIO_FILE_NAME = /^[a-z0-9][a-z0-9-]{0,63}\.yaml$/;
export const isScenarioFileName = (name: string): boolean => SCENARIO_FILE_NAME.test(name);

/** Where an own scenario stands in the catalog: a folder of its own, so it never shadows a bundled file. */
export const ownFile = (name: string) => `own/${name}`;

/** One scenario file the author is writing, kept on this device. */
export interface Draft {
  readonly name: string;
  readonly text: string;
  /** Offered in this device's game ("own scenarios") besides the bundled ones. */
  readonly own: boolean;
  /** When it was last kept (ms since 1970). */
  readonly saved: number;
}

const DraftSchema = v.object({
  name: v.pipe(v.string(), v.regex(SCENARIO_FILE_NAME)),
  text: v.pipe(v.string(), v.maxLength(MAX_FILE_BYTES)),
  own: v.boolean(),
  saved: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
const StoredSchema = v.object({ version: v.literal(1), drafts: v.array(DraftSchema) });

export type DraftProblem =
  /** What was kept could not be read; it is kept aside under its own key (or could not be, `keptAside` false). */
  | { readonly reason: 'corrupt'; readonly keptAside: boolean; readonly key?: string }
  /** This device keeps nothing (a private window, storage turned off). */
  | { readonly reason: 'unavailable' };

export type PutResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'unavailable' | 'full' | 'name' | 'size' };

export interface DraftStore {
  /** The drafts kept here, newest first. */
  readonly list: () => readonly Draft[];
  /** Why what was kept could not be used, if it could not. */
  readonly problem: () => DraftProblem | undefined;
  readonly get: (name: string) => Draft | undefined;
  /** Keeps a draft (replacing one of the same name); `own` as given, or as it was. */
  readonly put: (draft: {
    readonly name: string;
    readonly text: string;
    readonly own?: boolean;
  }) => PutResult;
  readonly remove: (name: string) => PutResult;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The studio's drafts in the browser's storage. Everything read is validated; a store that cannot be
 * read is moved aside under a key of its own (never thrown away, never thrown past this adapter) and
 * reported, and the author starts with an empty list.
 */
export const createDraftStore = (storage: Storage | undefined, now: () => number): DraftStore => {
  let problem: DraftProblem | undefined;
  let drafts: Draft[] = [];

  const setAside = (raw: string): DraftProblem => {
    const key = `${SET_ASIDE_PREFIX}${now()}`;
    try {
      storage?.setItem(key, raw);
      storage?.removeItem(DRAFTS_KEY);
      return { reason: 'corrupt', keptAside: true, key };
    } catch {
      return { reason: 'corrupt', keptAside: false };
    }
  };

  const load = () => {
    if (!storage) {
      problem = { reason: 'unavailable' };
      return;
    }
    let raw: string | null;
    try {
      raw = storage.getItem(DRAFTS_KEY);
    } catch {
      problem = { reason: 'unavailable' };
      return;
    }
    if (raw === null) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      problem = setAside(raw);
      return;
    }
    const result = v.safeParse(StoredSchema, parsed);
    if (!result.success) {
      problem = setAside(raw);
      return;
    }
    drafts = [...result.output.drafts];
  };

  const write = (next: Draft[]): PutResult => {
    if (!storage) return { ok: false, reason: 'unavailable' };
    // A store set aside but not removable stays where it is: writing over it would lose it.
    if (problem?.reason === 'corrupt' && !problem.keptAside) return { ok: false, reason: 'unavailable' };
    try {
      storage.setItem(DRAFTS_KEY, JSON.stringify({ version: 1, drafts: next }));
    } catch (error) {
      const full = error instanceof DOMException && /quota/i.test(error.name);
      return { ok: false, reason: full ? 'full' : 'unavailable' };
    }
    drafts = next;
    return { ok: true };
  };

  load();
  return {
    list: () => [...drafts].sort((a, b) => b.saved - a.saved || a.name.localeCompare(b.name)),
    problem: () => problem,
    get: (name) => drafts.find((d) => d.name === name),
    put: ({ name, text, own }) => {
      if (!isScenarioFileName(name)) return { ok: false, reason: 'name' };
      if (text.length > MAX_FILE_BYTES) return { ok: false, reason: 'size' };
      const before = drafts.find((d) => d.name === name);
      const draft: Draft = { name, text, own: own ?? before?.own ?? false, saved: now() };
      return write([...drafts.filter((d) => d.name !== name), draft]);
    },
    remove: (name) => write(drafts.filter((d) => d.name !== name)),
  };
};
