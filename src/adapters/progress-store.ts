import type { PlayRecord } from '../domain/play.ts';
import {
  EMPTY_PROGRESS,
  type Move,
  type Progress,
  type ProgressReading,
  readProgress,
  writeProgress,
} from '../domain/progress.ts';

export const PROGRESS_KEY = 'open-ambtenaar:progress';
const KEPT_ASIDE_PREFIX = 'open-ambtenaar:progress:kept-aside:';

export type ProgressProblem = Extract<ProgressReading, { ok: false }>['reason'];

export interface ProgressStore {
  readonly progress: () => Progress;
  /** Set when stored progress could not be used: why, and under which key it was kept. */
  readonly problem?: { readonly reason: ProgressProblem; readonly keptAs: string };
  save(play: { scenario: string; context: string; moves: readonly Move[] }): void;
  finish(play: PlayRecord): void;
  abandon(): void;
  /** Replaces everything (after an import the player confirmed). */
  replace(progress: Progress): void;
}

/**
 * Progress on this device. Anything stored that cannot be read (corrupt, from another program, from a
 * newer version) is never overwritten: it is copied aside under its own key before starting afresh.
 */
export const createProgressStore = (storage: Storage | undefined, now: () => number): ProgressStore => {
  let progress: Progress = EMPTY_PROGRESS;
  let problem: ProgressStore['problem'];
  const raw = safely(() => storage?.getItem(PROGRESS_KEY) ?? null, null);
  if (raw !== null) {
    const reading = readProgress(raw);
    if (reading.ok) progress = reading.progress;
    else {
      const keptAs = `${KEPT_ASIDE_PREFIX}${now()}`;
      safely(() => storage?.setItem(keptAs, raw), undefined);
      problem = { reason: reading.reason, keptAs };
    }
  }
  const write = (next: Progress) => {
    progress = next;
    // If the stored text was unreadable and could not be kept aside, leave it rather than lose it.
    if (problem && safely(() => storage?.getItem(problem!.keptAs) !== raw, true)) return;
    safely(() => storage?.setItem(PROGRESS_KEY, writeProgress(next)), undefined);
  };
  return {
    progress: () => progress,
    ...(problem ? { problem } : {}),
    save(play) {
      const startedAt =
        progress.current?.scenario === play.scenario && progress.current.context === play.context
          ? progress.current.startedAt
          : now();
      write({ ...progress, current: { ...play, moves: [...play.moves], startedAt, savedAt: now() } });
    },
    finish(play) {
      if (!play.ending) return;
      const { current: _, ...rest } = progress;
      write({
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
            startedAt: progress.current?.startedAt ?? now(),
            finishedAt: now(),
          },
        ],
      });
    },
    abandon() {
      const { current: _, ...rest } = progress;
      write(rest);
    },
    replace(next) {
      write(next);
    },
  };
};

const safely = <T>(f: () => T, fallback: T): T => {
  try {
    return f();
  } catch {
    return fallback;
  }
};
