import { isId } from './ids.ts';
import type { Step } from './play.ts';
import { METERS, type Meters } from './vocabulary.ts';

/**
 * What the game keeps on the device between visits: the play in progress (as the list of the player's
 * own moves, from which the statechart replays it exactly) and the finished plays. Plain data,
 * versioned; `readProgress` accepts only what it fully understands.
 */
export const PROGRESS_VERSION = 1;
export const PROGRESS_FORMAT = 'open-ambtenaar/progress';

/** One move of the player: read on, or make a choice. */
export type Move =
  | { readonly type: 'beat.continue' }
  | { readonly type: 'choice.select'; readonly choice: string };

export interface PlayInProgress {
  readonly scenario: string;
  readonly context: string;
  readonly moves: readonly Move[];
  readonly startedAt: number;
  readonly savedAt: number;
}

export interface FinishedPlay {
  readonly scenario: string;
  readonly context: string;
  readonly steps: readonly Step[];
  readonly ending: string;
  readonly meters: Meters;
  readonly flags: readonly string[];
  readonly startedAt: number;
  readonly finishedAt: number;
}

export interface Progress {
  readonly format: typeof PROGRESS_FORMAT;
  readonly version: typeof PROGRESS_VERSION;
  readonly current?: PlayInProgress;
  readonly history: readonly FinishedPlay[];
}

export const EMPTY_PROGRESS: Progress = { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, history: [] };

export type ProgressReading =
  | { readonly ok: true; readonly progress: Progress; readonly migratedFrom?: number }
  | {
      readonly ok: false;
      readonly reason: 'unreadable' | 'foreign' | 'newer' | 'damaged';
      readonly detail: string;
    };

type Data = Record<string, unknown>;
const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

const readMove = (v: unknown): Move | undefined => {
  if (!isObject(v)) return undefined;
  if (v.type === 'beat.continue') return { type: 'beat.continue' };
  if (v.type === 'choice.select' && isId(v.choice)) return { type: 'choice.select', choice: v.choice };
  return undefined;
};

const readMeters = (v: unknown): Meters | undefined => {
  if (!isObject(v)) return undefined;
  const ok = METERS.every(
    (m) => typeof v[m] === 'number' && (v[m] as number) >= 0 && (v[m] as number) <= 100,
  );
  return ok ? (Object.fromEntries(METERS.map((m) => [m, v[m]])) as unknown as Meters) : undefined;
};

const readCurrent = (v: unknown): PlayInProgress | undefined => {
  if (!isObject(v) || !isId(v.scenario) || !isId(v.context) || !Array.isArray(v.moves)) return undefined;
  if (!isTime(v.startedAt) || !isTime(v.savedAt)) return undefined;
  const moves = v.moves.map(readMove);
  if (moves.some((m) => !m)) return undefined;
  return {
    scenario: v.scenario,
    context: v.context,
    moves: moves as Move[],
    startedAt: v.startedAt,
    savedAt: v.savedAt,
  };
};

const readFinished = (v: unknown): FinishedPlay | undefined => {
  if (!isObject(v) || !isId(v.scenario) || !isId(v.context) || !isId(v.ending)) return undefined;
  if (!Array.isArray(v.steps) || !Array.isArray(v.flags) || !isTime(v.startedAt) || !isTime(v.finishedAt))
    return undefined;
  const steps = v.steps.map((s) =>
    isObject(s) && isId(s.beat) && isId(s.choice) ? { beat: s.beat, choice: s.choice } : undefined,
  );
  const meters = readMeters(v.meters);
  if (steps.some((s) => !s) || !meters || !v.flags.every(isId)) return undefined;
  return {
    scenario: v.scenario,
    context: v.context,
    steps: steps as Step[],
    ending: v.ending,
    meters,
    flags: v.flags as string[],
    startedAt: v.startedAt,
    finishedAt: v.finishedAt,
  };
};

/** Earlier versions, each lifted one step towards the current one. Version 0 had no `format` marker. */
const MIGRATIONS: Record<number, (data: Data) => Data> = {
  0: (data) => ({ ...data, format: PROGRESS_FORMAT, version: 1 }),
};

/** Reads stored or imported progress. Never throws; says plainly why something cannot be used. */
export const readProgress = (text: string): ProgressReading => {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      reason: 'unreadable',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  if (!isObject(data)) return { ok: false, reason: 'foreign', detail: 'not an object' };
  const version = data.version === undefined && Array.isArray(data.history) ? 0 : data.version;
  if (version !== 0 && data.format !== PROGRESS_FORMAT) {
    return { ok: false, reason: 'foreign', detail: `format ${JSON.stringify(data.format)}` };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, reason: 'damaged', detail: `version ${JSON.stringify(data.version)}` };
  }
  if (version > PROGRESS_VERSION) return { ok: false, reason: 'newer', detail: `version ${version}` };
  let current: Data = data;
  for (let v = version; v < PROGRESS_VERSION; v++) current = MIGRATIONS[v]!(current);
  if (!Array.isArray(current.history))
    return { ok: false, reason: 'damaged', detail: 'history is not a list' };
  const history = current.history.map(readFinished);
  const damaged = history.findIndex((h) => !h);
  if (damaged >= 0) return { ok: false, reason: 'damaged', detail: `history item ${damaged + 1}` };
  const play = current.current === undefined ? undefined : readCurrent(current.current);
  if (current.current !== undefined && !play)
    return { ok: false, reason: 'damaged', detail: 'play in progress' };
  return {
    ok: true,
    progress: { ...EMPTY_PROGRESS, history: history as FinishedPlay[], ...(play ? { current: play } : {}) },
    ...(version < PROGRESS_VERSION ? { migratedFrom: version } : {}),
  };
};

export const writeProgress = (progress: Progress): string => JSON.stringify(progress);

/** Both histories together, each finished play once (a play is known by scenario, context and times). */
export const mergeProgress = (mine: Progress, theirs: Progress): Progress => {
  const key = (p: FinishedPlay) => `${p.scenario}|${p.context}|${p.startedAt}|${p.finishedAt}`;
  const seen = new Set(mine.history.map(key));
  const history = [...mine.history, ...theirs.history.filter((p) => !seen.has(key(p)))].sort(
    (a, b) => a.finishedAt - b.finishedAt,
  );
  const current = mine.current ?? theirs.current;
  return { ...EMPTY_PROGRESS, history, ...(current ? { current } : {}) };
};
