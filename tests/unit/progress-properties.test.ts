import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createProgressStore, PROGRESS_KEY } from '../../src/adapters/progress-store.ts';
import type { PlayRecord } from '../../src/domain/play.ts';
import {
  EARLIEST_TIME,
  EMPTY_PROGRESS,
  type FinishedPlay,
  LATEST_TIME,
  type Move,
  mergeProgress,
  type PlayInProgress,
  type Progress,
  type ProgressReading,
  readProgress,
  writeProgress,
} from '../../src/domain/progress.ts';
import { METER_MAX, METER_MIN, METERS, type Meters } from '../../src/domain/vocabulary.ts';
import { formatWhen } from '../../src/ui/screens/progress.ts';
import { memoryStorage } from '../support/memory-storage.ts';

/*
 * Generated hostile input for stored progress and imported files: random JSON, random text, our own
 * valid progress with random mutations (huge numbers, wrong types, deep nesting, prototype names), and
 * the store run over all of it with and without a full storage. Nothing may throw; a valid progress
 * always reads back as it was written. Each property counts the cases it ran.
 */

/** Generated tests set their own time budget (see vite.config.ts): these run thousands of cases. */
const GENERATED_BUDGET = 180_000;
const ran: Record<string, number> = {};
const counted =
  <A extends unknown[]>(name: string, check: (...args: A) => void) =>
  (...args: A) => {
    ran[name] = (ran[name] ?? 0) + 1;
    check(...args);
  };
afterAll(() => {
  const total = Object.values(ran).reduce((a, b) => a + b, 0);
  console.info(`progress properties: ${total} generated cases`, ran);
});

// ---- our own valid data ----------------------------------------------------------------------------

/** Ids: mostly from a pool (generating each one is slow), sometimes fresh; every one matches ID_PATTERN. */
const word = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
  minLength: 1,
  maxLength: 8,
});
const freshId = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join('-'));
const ID_POOL = [
  'mini',
  'met-mandaat',
  'zonder-mandaat',
  'keuze',
  'open',
  'einde-alleen',
  'de-nieuwe-wethouder',
  'a',
  '0',
  'x1-y2-z3',
  ...fc.sample(freshId, { numRuns: 40, seed: 1 }),
];
const id = fc.oneof({ arbitrary: fc.constantFrom(...ID_POOL), weight: 9 }, { arbitrary: freshId, weight: 1 });
const time = fc.integer({ min: EARLIEST_TIME, max: LATEST_TIME });
const meterValue = fc.oneof(
  fc.integer({ min: METER_MIN, max: METER_MAX }),
  fc.double({ min: METER_MIN, max: METER_MAX, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0),
);
const meters: fc.Arbitrary<Meters> = fc.record(
  Object.fromEntries(METERS.map((m) => [m, meterValue])) as Record<keyof Meters, fc.Arbitrary<number>>,
);
const move: fc.Arbitrary<Move> = fc.oneof(
  fc.constant({ type: 'beat.continue' } as const),
  id.map((choice) => ({ type: 'choice.select', choice }) as const),
);
const unfinished: fc.Arbitrary<PlayInProgress> = fc.record({
  scenario: id,
  context: id,
  moves: fc.array(move, { maxLength: 12 }),
  startedAt: time,
  savedAt: time,
});
const finished: fc.Arbitrary<FinishedPlay> = fc.record({
  scenario: id,
  context: id,
  steps: fc.array(fc.record({ beat: id, choice: id }), { maxLength: 8 }),
  ending: id,
  meters,
  flags: fc.array(id, { maxLength: 4 }),
  startedAt: time,
  finishedAt: time,
});
const progress: fc.Arbitrary<Progress> = fc
  .record({
    history: fc.array(finished, { maxLength: 8 }),
    shelved: fc.array(unfinished, { maxLength: 3 }),
    current: fc.option(unfinished, { nil: undefined }),
  })
  .map(({ current, ...rest }) => ({ ...EMPTY_PROGRESS, ...rest, ...(current ? { current } : {}) }));

// ---- hostile input ---------------------------------------------------------------------------------

/** Stand-ins replaced in the text after `JSON.stringify`, for what a JavaScript value cannot carry. */
const DEEP = '__deep__';
const BEYOND = '__beyond__';
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(DEEP, BEYOND),
  fc.constantFrom(
    1e300,
    -1e300,
    -1,
    0,
    0.5,
    2 ** 53 + 2,
    LATEST_TIME + 1,
    EARLIEST_TIME - 1,
    null,
    true,
    '',
    '1e300',
    '2024-01-01',
    [],
    {},
    '__proto__',
    'constructor',
    DEEP,
    BEYOND,
  ),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 20 }),
  fc.nat(15_000).map((n) => 'x'.repeat(5_000 + n)),
  fc.jsonValue({ maxDepth: 3 }),
);
const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'toString',
  'format',
  'version',
  'current',
  'x',
);

type Mutation =
  | { readonly op: 'set'; readonly at: number; readonly value: unknown }
  | { readonly op: 'delete'; readonly at: number }
  | { readonly op: 'add'; readonly at: number; readonly key: string; readonly value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: hostileValue }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('add' as const), at: fc.nat(), key: hostileKey, value: hostileValue }),
);

type Json = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Json => typeof v === 'object' && v !== null;
/** Every place in the tree a value sits: its container and key. */
const slots = (root: Json): [Json, string | number][] => {
  const found: [Json, string | number][] = [];
  const visit = (node: Json) => {
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      found.push([node, key]);
      const child = (node as Record<string | number, unknown>)[key];
      if (isContainer(child)) visit(child);
    }
  };
  visit(root);
  return found;
};
const mutate = (value: Progress, mutations: readonly Mutation[]): string => {
  const root = JSON.parse(writeProgress(value)) as Json;
  for (const m of mutations) {
    const all = slots(root);
    const containers = [
      root,
      ...all.map(([c, k]) => (c as Record<string | number, unknown>)[k]).filter(isContainer),
    ];
    if (m.op === 'add') {
      const target = containers[m.at % containers.length]!;
      // An own property even for `__proto__`, as JSON.parse makes it.
      if (Array.isArray(target)) target.push(m.value);
      else
        Object.defineProperty(target, m.key, {
          value: m.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      continue;
    }
    if (all.length === 0) continue;
    const [container, key] = all[m.at % all.length]!;
    if (m.op === 'delete') {
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete container[key as string];
    } else (container as Record<string | number, unknown>)[key] = m.value;
  }
  return JSON.stringify(root)
    .replaceAll(`"${DEEP}"`, `${'['.repeat(20_000)}${']'.repeat(20_000)}`)
    .replaceAll(`"${BEYOND}"`, '1e400');
};

/** Stored or imported text of every kind: random JSON, random characters, and our data mutated. */
const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.json({ maxDepth: 4 }), weight: 2 },
  { arbitrary: fc.string({ maxLength: 200 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 1 },
  { arbitrary: progress.map(writeProgress).map((t) => t.slice(0, t.length - 1)), weight: 1 },
  {
    arbitrary: fc
      .tuple(progress, fc.array(mutation, { minLength: 1, maxLength: 4 }))
      .map(([p, ms]) => mutate(p, ms)),
    weight: 10,
  },
);

const REASONS = ['unreadable', 'foreign', 'newer', 'damaged'];
/** A reading the game can act on: ok with data safe to show, or a known reason and a short detail. */
const expectWellFormed = (reading: ProgressReading) => {
  if (!reading.ok) {
    expect(REASONS).toContain(reading.reason);
    expect(typeof reading.detail).toBe('string');
    expect(reading.detail.length).toBeLessThan(300);
    return;
  }
  const p = reading.progress;
  const plays = [...p.history, ...p.shelved, ...(p.current ? [p.current] : [])];
  for (const play of plays) {
    for (const t of [play.startedAt, 'finishedAt' in play ? play.finishedAt : play.savedAt]) {
      expect(t).toBeGreaterThanOrEqual(EARLIEST_TIME);
      expect(t).toBeLessThanOrEqual(LATEST_TIME);
      // What "Mijn voortgang" does with it must work.
      expect(() =>
        new Intl.DateTimeFormat('nl', { dateStyle: 'medium', timeStyle: 'short' }).format(t),
      ).not.toThrow();
    }
  }
  // What was read is written and read again unchanged.
  expect(readProgress(writeProgress(p))).toEqual({ ok: true, progress: p });
};

describe('reading generated progress', () => {
  it(
    'reads every valid progress back exactly as it was written',
    () => {
      fc.assert(
        fc.property(
          progress,
          counted('valid progress reads back', (p) => {
            expect(readProgress(writeProgress(p))).toEqual({ ok: true, progress: p });
          }),
        ),
        { numRuns: 500 },
      );
    },
    GENERATED_BUDGET,
  );

  it(
    'never throws on hostile text, and what it accepts is safe to show and write',
    () => {
      fc.assert(
        fc.property(
          hostileText,
          counted('hostile text', (text) => {
            let reading: ProgressReading | undefined;
            expect(() => {
              reading = readProgress(text);
            }).not.toThrow();
            expectWellFormed(reading!);
          }),
        ),
        { numRuns: 1500 },
      );
    },
    GENERATED_BUDGET,
  );

  it(
    'merges any two valid progresses into one that reads back, each finished play once',
    () => {
      fc.assert(
        fc.property(
          progress,
          progress,
          counted('merge', (mine, theirs) => {
            const merged = mergeProgress(mine, { ...theirs, history: [...theirs.history, ...mine.history] });
            expect(merged.added + merged.known).toBe(theirs.history.length + mine.history.length);
            expect(merged.progress.history).toHaveLength(mine.history.length + merged.added);
            const times = merged.progress.history.map((p) => p.finishedAt);
            expect(times).toEqual([...times].sort((a, b) => a - b));
            expect(readProgress(writeProgress(merged.progress))).toEqual({
              ok: true,
              progress: merged.progress,
            });
          }),
        ),
        { numRuns: 300 },
      );
    },
    GENERATED_BUDGET,
  );
});

describe('the store over generated storage', () => {
  const record: fc.Arbitrary<PlayRecord> = fc.record({
    scenario: id,
    context: id,
    steps: fc.array(fc.record({ beat: id, choice: id }), { maxLength: 4 }),
    meters,
    flags: fc.array(id, { maxLength: 3 }),
    ending: id,
  });
  type Op =
    | { op: 'save'; scenario: string; moves: Move[] }
    | { op: 'finish'; play: PlayRecord }
    | { op: 'abandon' }
    | { op: 'replace'; progress: Progress };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ op: fc.constant('save' as const), scenario: id, moves: fc.array(move, { maxLength: 6 }) }),
    fc.record({ op: fc.constant('finish' as const), play: record }),
    fc.constant({ op: 'abandon' as const }),
    fc.record({ op: fc.constant('replace' as const), progress }),
  );

  it(
    'never throws, never writes over what it could not keep aside, and what it says is stored reads back',
    () => {
      fc.assert(
        fc.property(
          hostileText,
          fc.option(fc.integer({ min: 0, max: 6000 }), { nil: undefined }),
          fc.array(op, { maxLength: 6 }),
          fc.integer({ min: -1e15, max: 1e16 }),
          counted('store', (text, quota, ops, clock) => {
            const m = memoryStorage({ [PROGRESS_KEY]: text }, quota === undefined ? {} : { quota });
            const store = createProgressStore(m.storage, () => clock, {
              playable: (scenario) => scenario.length % 2 === 0,
            });
            for (const o of ops) {
              if (o.op === 'save') store.save({ scenario: o.scenario, context: 'c', moves: o.moves });
              else if (o.op === 'finish') store.finish(o.play);
              else if (o.op === 'abandon') store.abandon();
              else store.replace(o.progress);
              const problem = store.problem();
              if (problem?.keptAs) expect(m.data.get(problem.keptAs)).toBe(text);
              if (problem && !problem.keptAs) expect(m.data.get(PROGRESS_KEY)).toBe(text);
              if (store.lastWrite().status === 'ok' && ops.length > 0) {
                expect(readProgress(m.data.get(PROGRESS_KEY)!)).toEqual({
                  ok: true,
                  progress: store.progress(),
                });
              } else expect(store.lastWrite().unsaved.length > 0 || ops.length === 0 || !!problem).toBe(true);
            }
          }),
        ),
        { numRuns: 500 },
      );
    },
    GENERATED_BUDGET,
  );
});

describe('times that cannot be shown', () => {
  const base = { ...EMPTY_PROGRESS };
  const play = {
    scenario: 'mini',
    context: 'met-mandaat',
    steps: [],
    ending: 'einde',
    meters: { vertrouwen: 50, steun: 50, energie: 50, voortgang: 50 },
    flags: [],
    startedAt: EARLIEST_TIME,
    finishedAt: EARLIEST_TIME,
  };

  it.each([
    ['a time far beyond any date', 1e300],
    ['a time past the year 2200', LATEST_TIME + 1],
    ['a time before 2000', EARLIEST_TIME - 1],
    ['a negative time', -1],
    ['a time that is not a whole thing', '2024-01-01'],
  ])('refuses %s in stored data or an import as damaged', (_name, finishedAt) => {
    const text = JSON.stringify({ ...base, history: [{ ...play, finishedAt }] });
    expect(readProgress(text)).toMatchObject({ ok: false, reason: 'damaged' });
    const current = {
      scenario: 'mini',
      context: 'c',
      moves: [],
      startedAt: finishedAt,
      savedAt: EARLIEST_TIME,
    };
    expect(readProgress(JSON.stringify({ ...base, current }))).toMatchObject({
      ok: false,
      reason: 'damaged',
    });
  });

  it('takes the first and last moments of the range', () => {
    const text = JSON.stringify({ ...base, history: [play, { ...play, finishedAt: LATEST_TIME }] });
    expect(readProgress(text).ok).toBe(true);
  });

  it(
    'formats dates on the screen without ever throwing',
    () => {
      expect(formatWhen({ lang: 'nl' }, 1e300)).toBe('—');
      expect(formatWhen({ lang: 'en' }, Number.NaN)).toBe('—');
      expect(formatWhen({ lang: 'nl' }, LATEST_TIME)).toMatch(/2200/);
      fc.assert(
        fc.property(
          fc.oneof(fc.double(), time),
          counted('date formatting', (t) => {
            expect(() => formatWhen({ lang: 'nl' }, t)).not.toThrow();
          }),
        ),
        { numRuns: 500 },
      );
    },
    GENERATED_BUDGET,
  );
});
