import type { PlayRecord } from '../domain/play.ts';
import {
  clampTime,
  EMPTY_PROGRESS,
  type Move,
  type PlayInProgress,
  type Progress,
  type ProgressReading,
  readProgress,
  writeProgress,
} from '../domain/progress.ts';
import { STORAGE_KEYS } from './storage-keys.ts';

export const PROGRESS_KEY = STORAGE_KEYS.progress;
export const KEPT_ASIDE_PREFIX = 'open-ambtenaar:progress:kept-aside:';

export type ProgressProblem = Extract<ProgressReading, { ok: false }>['reason'];

/** How a write to the device went: stored, refused for lack of room, or refused outright (no storage, blocked). */
export type WriteStatus = 'ok' | 'full' | 'forbidden';

/**
 * What a write was for, so the player can be told what is not on the device: the play in progress
 * (saved, or stopped), a finished play, an import, or old plays the player chose to remove.
 */
export type Unsaved = 'play' | 'finished' | 'import' | 'removal';

/** A write that did not reach the device, and what changed during this visit that is not there yet. */
export interface SaveFailure {
  readonly status: Exclude<WriteStatus, 'ok'>;
  readonly unsaved: readonly Unsaved[];
}

/** How saving stands: fine (every change is on the device), or failing since the last write that worked. */
export type SaveState = { readonly status: 'ok'; readonly unsaved: readonly [] } | SaveFailure;

export interface StoredProblem {
  readonly reason: ProgressProblem;
  /**
   * The key the unusable stored text was copied to. Absent while it could not be copied: then the text
   * is left where it is, nothing is written over it, and every write tries the copy again.
   */
  readonly keptAs?: string;
}

export interface ProgressStore {
  readonly progress: () => Progress;
  /** Set when stored progress could not be used: why, and whether (and where) it was kept aside. */
  readonly problem: () => StoredProblem | undefined;
  /** How the last write went and what is not stored because of it. */
  readonly lastWrite: () => SaveState;
  save(play: { scenario: string; context: string; moves: readonly Move[] }): WriteStatus;
  finish(play: PlayRecord): WriteStatus;
  abandon(): WriteStatus;
  /** Replaces everything (after an import the player confirmed, or old plays they chose to remove). */
  replace(progress: Progress, because?: Extract<Unsaved, 'import' | 'removal'>): WriteStatus;
}

export interface ProgressStoreOptions {
  /**
   * Whether the game can play this scenario in this context. A play in progress that cannot be played
   * is put on the shelf when another starts, instead of being replaced. Without it, every play can.
   */
  readonly playable?: (scenario: string, context: string) => boolean;
}

/** A failed `setItem`: the browsers' ways of saying the quota is used up, or anything else. */
const failure = (error: unknown): Exclude<WriteStatus, 'ok'> => {
  const { name, code } = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown;
    code?: unknown;
  };
  return name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
    ? 'full'
    : 'forbidden';
};

const sameUnfinished = (a: PlayInProgress, b: { scenario: string; context: string }) =>
  a.scenario === b.scenario && a.context === b.context;

/**
 * Progress on this device. Anything stored that cannot be read (corrupt, from another program, from a
 * newer version) is never overwritten: it is copied aside under its own key (once: the same text is
 * not copied twice) before starting afresh. Every write reports whether it reached the device, and
 * the store remembers what did not, so the player can be told.
 */
export const createProgressStore = (
  storage: Storage | undefined,
  now: () => number,
  options: ProgressStoreOptions = {},
): ProgressStore => {
  const playable = options.playable ?? (() => true);
  const time = () => clampTime(now());
  let progress: Progress = EMPTY_PROGRESS;
  let problem: StoredProblem | undefined;
  let state: SaveState = { status: storage ? 'ok' : 'forbidden', unsaved: [] };

  const attempt = (f: () => void): WriteStatus => {
    try {
      f();
      return 'ok';
    } catch (error) {
      return failure(error);
    }
  };
  const read = (key: string): string | null => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const keysAside = (): string[] => {
    try {
      const keys: string[] = [];
      for (let i = 0; i < (storage?.length ?? 0); i++) {
        const key = storage?.key(i);
        if (key?.startsWith(KEPT_ASIDE_PREFIX)) keys.push(key);
      }
      return keys;
    } catch {
      return [];
    }
  };
  /** Copies unusable text aside, or finds the copy made on an earlier visit; says why it could not. */
  const keepAside = (text: string): string | Exclude<WriteStatus, 'ok'> => {
    if (!storage) return 'forbidden';
    const earlier = keysAside().find((key) => read(key) === text);
    if (earlier) return earlier;
    const stamp = `${KEPT_ASIDE_PREFIX}${now()}`;
    let key = stamp;
    for (let n = 2; read(key) !== null; n++) key = `${stamp}-${n}`;
    const status = attempt(() => storage.setItem(key, text));
    if (status !== 'ok') return status;
    return read(key) === text ? key : 'forbidden';
  };

  let raw: string | null = null;
  let unreadable = false;
  try {
    raw = storage?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    // Not even readable (blocked): then nothing may be written over what might be there.
    unreadable = true;
    state = { status: 'forbidden', unsaved: [] };
  }
  if (raw !== null) {
    const reading = readProgress(raw);
    if (reading.ok) progress = reading.progress;
    else {
      const kept = keepAside(raw);
      const copied = kept !== 'full' && kept !== 'forbidden';
      problem = { reason: reading.reason, ...(copied ? { keptAs: kept } : {}) };
      if (!copied) state = { status: kept, unsaved: [] };
    }
  }

  const store = (next: Progress): WriteStatus => {
    if (!storage || unreadable) return 'forbidden';
    if (problem && problem.keptAs === undefined && raw !== null) {
      const kept = keepAside(raw);
      if (kept === 'full' || kept === 'forbidden') return kept;
      problem = { ...problem, keptAs: kept };
    }
    return attempt(() => storage.setItem(PROGRESS_KEY, writeProgress(next)));
  };
  const write = (next: Progress, what: Unsaved): WriteStatus => {
    progress = next;
    const status = store(next);
    const before: readonly Unsaved[] = state.unsaved;
    state =
      status === 'ok'
        ? { status, unsaved: [] }
        : { status, unsaved: before.includes(what) ? before : [...before, what] };
    return status;
  };

  return {
    progress: () => progress,
    problem: () => problem,
    lastWrite: () => state,
    save(play) {
      const { current } = progress;
      const earlier = [current, ...progress.shelved].find((p) => p && sameUnfinished(p, play));
      // A play that cannot be played here is not replaced by another: it waits on the shelf.
      const shelve =
        current &&
        !sameUnfinished(current, play) &&
        current.moves.length > 0 &&
        !playable(current.scenario, current.context)
          ? [current]
          : [];
      const shelved = [...progress.shelved.filter((p) => !sameUnfinished(p, play)), ...shelve].filter(
        (p, i, all) => all.findIndex((q) => sameUnfinished(q, p)) === i,
      );
      const startedAt = earlier?.startedAt ?? time();
      return write(
        { ...progress, shelved, current: { ...play, moves: [...play.moves], startedAt, savedAt: time() } },
        'play',
      );
    },
    finish(play) {
      if (!play.ending) return state.status;
      const { current: _, ...rest } = progress;
      return write(
        {
          ...rest,
          history: [
            ...progress.history,
            {
              scenario: play.scenario,
              context: play.context,
              steps: play.steps,
              ending: play.ending,
              meters: play.meters,
              flags: play.flags,
              startedAt: progress.current?.startedAt ?? time(),
              finishedAt: time(),
            },
          ],
        },
        'finished',
      );
    },
    abandon() {
      const { current: _, ...rest } = progress;
      return write(rest, 'play');
    },
    replace(next, because = 'import') {
      return write(next, because);
    },
  };
};
