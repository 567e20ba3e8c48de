import { isId } from './ids.ts';
import type { Move, Step } from './play.ts';
import { advance, start } from './play-state.ts';
import type { Scenario } from './scenario.ts';
import { METER_MAX, METER_MIN, METER_START, METERS, type Meter, type Meters } from './vocabulary.ts';

/**
 * What the game keeps on the device between visits: the play in progress (as the list of the player's
 * own moves, from which the statechart replays it exactly) and the finished plays. Plain data,
 * versioned; `readProgress` accepts only what it fully understands.
 *
 * Two kinds of change, two mechanisms:
 * - The SHAPE of the stored data changes: raise `PROGRESS_VERSION` and add a step to `MIGRATIONS`.
 * - The VOCABULARY changes. Of the vocabulary, only the meters are stored with a play (a finished play
 *   keeps its end meters); strategies and competencies are never stored, they are derived from the
 *   scenario by the step ids, so a new strategy needs nothing here. The stored data names the meters it
 *   was written with (`meters`), so reading it under today's `METERS` is an extension, not a loss:
 *
 *   TO ADD A METER: add it to `METERS` in vocabulary.ts, then give it a line in `METER_ORIGINS` below
 *   (the compiler insists). `{ start: METER_START }` means plays saved before it existed read it at
 *   the neutral start. To rename a meter, give the new name `formerly: ['old-name']` so old plays carry
 *   their value over. A meter removed from `METERS` needs nothing: its stored values are dropped on
 *   reading. None of this needs a new `PROGRESS_VERSION`.
 *
 * What is read must be safe to show: times are moments a `Date` can format (see `EARLIEST_TIME`), and
 * an imported file is refused unread above `MAX_IMPORT_BYTES`.
 */
export const PROGRESS_VERSION = 3;
export const PROGRESS_FORMAT = 'open-ambtenaar/progress';

export type { Move };

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
  /** The meters every finished play's `meters` holds: `METERS` as it was when this was written. */
  readonly meters: readonly Meter[];
  readonly current?: PlayInProgress;
  readonly history: readonly FinishedPlay[];
  /**
   * Unfinished plays put on the shelf when another play started while their scenario (or context)
   * could not be played — a scenario file removed or renamed. Kept, one per scenario and context,
   * until it can be played again; only version 3 and later have it.
   */
  readonly shelved: readonly PlayInProgress[];
}

export const EMPTY_PROGRESS: Progress = {
  format: PROGRESS_FORMAT,
  version: PROGRESS_VERSION,
  meters: METERS,
  history: [],
  shelved: [],
};

/**
 * The moments stored data may name: 1 January 2000 to 1 January 2200 (UTC). Anything else (a negative
 * time, `1e300`) is not a time this game wrote, and a `Date` might not even format it.
 */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
export const LATEST_TIME = Date.UTC(2200, 0, 1);

/** A clock reading brought within the times stored data may name (a device clock can be far off). */
export const clampTime = (time: number): number =>
  Number.isFinite(time) ? Math.min(LATEST_TIME, Math.max(EARLIEST_TIME, time)) : EARLIEST_TIME;

/**
 * The largest file taken as an import, in bytes. A history of 1,000 plays of today's scenarios is
 * about 0.45 MB, so this holds more than 4,000 plays; a larger file is refused before it is read.
 */
export const MAX_IMPORT_BYTES = 2_000_000;

/** Where a meter's value comes from in a play saved before the meter had that name (or existed). */
export interface MeterOrigin {
  /** The value such a play reads: the stated start for a meter it never had. */
  readonly start: number;
  /** Earlier names of this meter, newest first: a play that recorded one of them keeps its value. */
  readonly formerly?: readonly string[];
}

/**
 * THE PLACE TO EDIT WHEN `METERS` CHANGES (see the comment at the top of this file). One line per meter
 * of today; typed by `Meter`, so a meter added to `METERS` does not compile until it has its line.
 */
export const METER_ORIGINS: Readonly<Record<Meter, MeterOrigin>> = {
  vertrouwen: { start: METER_START },
  steun: { start: METER_START },
  energie: { start: METER_START },
  voortgang: { start: METER_START },
};

export type ProgressReading =
  | { readonly ok: true; readonly progress: Progress; readonly migratedFrom?: number }
  | {
      readonly ok: false;
      readonly reason: 'unreadable' | 'foreign' | 'newer' | 'damaged';
      readonly detail: string;
    };

type Data = Record<string, unknown>;
const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= EARLIEST_TIME && v <= LATEST_TIME;

/** A short, safe description of any parsed value for a message: never deep, never long, never throws. */
const briefly = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  return Array.isArray(v) ? 'a list' : 'an object';
};

const readMove = (v: unknown): Move | undefined => {
  if (!isObject(v)) return undefined;
  if (v.type === 'beat.continue') return { type: 'beat.continue' };
  if (v.type === 'choice.select' && isId(v.choice)) return { type: 'choice.select', choice: v.choice };
  return undefined;
};

const isMeterValue = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= METER_MIN && v <= METER_MAX;

/** How stored meters become today's: which meters were recorded, which exist now, where new ones come from. */
interface MeterReading {
  readonly recorded: readonly string[];
  readonly wanted: readonly string[];
  readonly origins: Readonly<Record<string, MeterOrigin>>;
}

/**
 * One play's meters. Every recorded meter must be there with a value in range (else damaged); a meter
 * of today that was not recorded comes from an earlier name or its stated start; the rest is dropped.
 */
const readMeters = (v: unknown, { recorded, wanted, origins }: MeterReading): Meters | undefined => {
  if (!isObject(v) || !recorded.every((m) => Object.hasOwn(v, m) && isMeterValue(v[m]))) return undefined;
  const value = (m: string): number => {
    if (recorded.includes(m)) return v[m] as number;
    const origin: MeterOrigin = Object.hasOwn(origins, m) ? origins[m]! : { start: METER_START };
    const former = origin.formerly?.find((f) => recorded.includes(f));
    return former === undefined ? origin.start : (v[former] as number);
  };
  return Object.fromEntries(wanted.map((m) => [m, value(m)])) as unknown as Meters;
};

/** The list of meters stored data says it was written with: distinct ids, or undefined. */
const readMeterList = (v: unknown): readonly string[] | undefined =>
  Array.isArray(v) && v.every(isId) && new Set(v).size === v.length ? (v as string[]) : undefined;

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

const readFinished = (v: unknown, meterReading: MeterReading): FinishedPlay | undefined => {
  if (!isObject(v) || !isId(v.scenario) || !isId(v.context) || !isId(v.ending)) return undefined;
  if (!Array.isArray(v.steps) || !Array.isArray(v.flags) || !isTime(v.startedAt) || !isTime(v.finishedAt))
    return undefined;
  const steps = v.steps.map((s) =>
    isObject(s) && isId(s.beat) && isId(s.choice) ? { beat: s.beat, choice: s.choice } : undefined,
  );
  const meters = readMeters(v.meters, meterReading);
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

/**
 * The meters of versions 0 and 1, which did not name them. Fixed here, never `METERS`: that is what
 * those versions were written with, whatever `METERS` becomes later.
 */
const METERS_BEFORE_VERSION_2 = ['vertrouwen', 'steun', 'energie', 'voortgang'] as const;

/**
 * Earlier versions, each lifted one step towards the current one. Version 0 had no `format` marker;
 * version 1 did not name its meters; version 2 had no shelf of unfinished plays.
 */
const MIGRATIONS: Record<number, (data: Data) => Data> = {
  0: (data) => ({ ...data, format: PROGRESS_FORMAT, version: 1 }),
  1: (data) => ({ ...data, version: 2, meters: [...METERS_BEFORE_VERSION_2] }),
  2: (data) => ({ ...data, version: 3, shelved: [] }),
};

/** A play as version 0 kept it (`list` is `steps` when finished, `moves` in progress), by its identifying fields. */
const looksLikeOurPlay = (v: unknown, list: 'steps' | 'moves'): boolean =>
  isObject(v) && isId(v.scenario) && isId(v.context) && Array.isArray(v[list]);

/**
 * Version 0 had no `format` marker, so it is told apart from other programs' data by its contents: a
 * `history` list, and at least one play of ours in it or as `current`. An object with no marker and
 * nothing of ours (say, another program's `{ "history": [] }`) is foreign, and kept aside.
 */
const isVersion0 = (data: Data): boolean =>
  data.format === undefined &&
  (data.version === undefined || data.version === 0) &&
  Array.isArray(data.history) &&
  (data.history.some((p) => looksLikeOurPlay(p, 'steps')) || looksLikeOurPlay(data.current, 'moves'));

/**
 * Reads stored or imported progress. Never throws; says plainly why something cannot be used.
 * `meters` is today's list of meters; only tests pass another, to read data as a later version of the
 * game would (one with a meter added or removed).
 */
export const readProgress = (
  text: string,
  meters: readonly string[] = METERS,
  origins: Readonly<Record<string, MeterOrigin>> = METER_ORIGINS,
): ProgressReading => {
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
  const v0 = isVersion0(data);
  const version = v0 ? 0 : data.version;
  if (!v0 && data.format !== PROGRESS_FORMAT) {
    return { ok: false, reason: 'foreign', detail: `format ${briefly(data.format)}` };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, reason: 'damaged', detail: `version ${briefly(data.version)}` };
  }
  if (version > PROGRESS_VERSION) return { ok: false, reason: 'newer', detail: `version ${version}` };
  let current: Data = data;
  for (let v = version; v < PROGRESS_VERSION; v++) current = MIGRATIONS[v]!(current);
  const recorded = readMeterList(current.meters);
  if (!recorded) return { ok: false, reason: 'damaged', detail: 'list of meters' };
  if (!Array.isArray(current.history))
    return { ok: false, reason: 'damaged', detail: 'history is not a list' };
  const meterReading: MeterReading = { recorded, wanted: meters, origins };
  const history = current.history.map((h) => readFinished(h, meterReading));
  const damaged = history.findIndex((h) => !h);
  if (damaged >= 0) return { ok: false, reason: 'damaged', detail: `history item ${damaged + 1}` };
  const play = current.current === undefined ? undefined : readCurrent(current.current);
  if (current.current !== undefined && !play)
    return { ok: false, reason: 'damaged', detail: 'play in progress' };
  if (!Array.isArray(current.shelved))
    return { ok: false, reason: 'damaged', detail: 'shelved plays are not a list' };
  const shelved = current.shelved.map(readCurrent);
  const badShelf = shelved.findIndex((p) => !p);
  if (badShelf >= 0) return { ok: false, reason: 'damaged', detail: `shelved play ${badShelf + 1}` };
  return {
    ok: true,
    progress: {
      ...EMPTY_PROGRESS,
      meters: meters as readonly Meter[],
      history: history as FinishedPlay[],
      shelved: shelved as PlayInProgress[],
      ...(play ? { current: play } : {}),
    },
    ...(version < PROGRESS_VERSION ? { migratedFrom: version } : {}),
  };
};

export const writeProgress = (progress: Progress): string => JSON.stringify(progress);

/** What a merge did: the progress to keep, and how many of the incoming finished plays it added. */
export interface Merged {
  readonly progress: Progress;
  /** Incoming finished plays that were not here yet. */
  readonly added: number;
  /** Incoming finished plays that were here already (or twice in the file). */
  readonly known: number;
  /** The incoming file had a play in progress other than the one here, and it was put on the shelf. */
  readonly shelvedTheirs: boolean;
}

const playKey = (p: FinishedPlay) => `${p.scenario}|${p.context}|${p.startedAt}|${p.finishedAt}`;
const unfinishedKey = (p: PlayInProgress) => `${p.scenario}|${p.context}`;
const byFinish = (a: FinishedPlay, b: FinishedPlay) => a.finishedAt - b.finishedAt;
const inOrder = (plays: readonly FinishedPlay[]): readonly FinishedPlay[] =>
  plays.every((p, i) => i === 0 || plays[i - 1]!.finishedAt <= p.finishedAt)
    ? plays
    : [...plays].sort(byFinish);

/**
 * Both histories together, each finished play once (a play is known by scenario, context and times),
 * oldest first. Linear in the two lists once each is in order (they are, as this game writes them).
 * The play in progress here stays; a different one from the file is put on the shelf, not dropped.
 */
export const mergeProgress = (mine: Progress, theirs: Progress): Merged => {
  const seen = new Set(mine.history.map(playKey));
  const fresh = inOrder(
    theirs.history.filter((p) => {
      const key = playKey(p);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  );
  const ours = inOrder(mine.history);
  const history: FinishedPlay[] = [];
  let i = 0;
  let j = 0;
  while (i < ours.length || j < fresh.length) {
    const takeOurs = j >= fresh.length || (i < ours.length && ours[i]!.finishedAt <= fresh[j]!.finishedAt);
    history.push(takeOurs ? ours[i++]! : fresh[j++]!);
  }
  const current = mine.current ?? theirs.current;
  const theirsAside =
    mine.current && theirs.current && unfinishedKey(mine.current) !== unfinishedKey(theirs.current)
      ? [theirs.current]
      : [];
  const shelf = new Map<string, PlayInProgress>();
  for (const p of [...mine.shelved, ...theirs.shelved, ...theirsAside]) {
    const key = unfinishedKey(p);
    const there = shelf.get(key);
    if (!there || there.savedAt < p.savedAt) shelf.set(key, p);
  }
  if (current) shelf.delete(unfinishedKey(current));
  return {
    progress: { ...EMPTY_PROGRESS, history, shelved: [...shelf.values()], ...(current ? { current } : {}) },
    added: fresh.length,
    known: theirs.history.length - fresh.length,
    shelvedTheirs: theirsAside.length > 0 && shelf.get(unfinishedKey(theirsAside[0]!)) === theirsAside[0],
  };
};

/** How far a saved play can be resumed in the scenario as it is now. */
export interface Resumable {
  /** The saved moves that still apply, in order, up to the first that does not. */
  readonly moves: readonly Move[];
  /** Decisions taken within those moves. */
  readonly decisions: number;
  /** False when some saved moves no longer apply (the scenario file was edited since). */
  readonly fits: boolean;
}

/** The saved moves of a play that still fit the scenario, each checked by the rule engine. */
export const resumable = (scenario: Scenario, play: PlayInProgress): Resumable => {
  let state = start(scenario, play.context);
  let fitting = 0;
  for (const move of play.moves) {
    const next = advance(scenario, state, move);
    if (!next) break;
    state = next;
    fitting++;
  }
  const moves = play.moves.slice(0, fitting);
  return {
    moves,
    decisions: moves.filter((m) => m.type === 'choice.select').length,
    fits: fitting === play.moves.length,
  };
};
