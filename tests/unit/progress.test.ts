import { describe, expect, it } from 'vitest';
import { createProgressStore, PROGRESS_KEY } from '../../src/adapters/progress-store.ts';
import {
  EMPTY_PROGRESS,
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  readProgress,
  writeProgress,
} from '../../src/domain/progress.ts';
import { METER_START, METERS } from '../../src/domain/vocabulary.ts';
import { memoryStorage } from '../support/memory-storage.ts';
import { finishedPlay, T } from '../support/progress-fixtures.ts';

const memory = memoryStorage;
const finished = finishedPlay(1000, 1000);
const valid = {
  ...EMPTY_PROGRESS,
  history: [finished],
  current: {
    scenario: 'mini',
    context: 'met-mandaat',
    moves: [{ type: 'beat.continue' }],
    startedAt: T + 3000,
    savedAt: T + 3001,
  },
};

describe('reading saved progress', () => {
  it('reads back what it wrote', () => {
    const reading = readProgress(writeProgress(valid as never));
    expect(reading).toEqual({ ok: true, progress: valid });
  });

  it.each([
    ['corrupt text', '{"format": "open-ambtenaar/progress", "version": 1, "hist', 'unreadable'],
    ['truncated to nothing', '', 'unreadable'],
    [
      'another program’s data',
      JSON.stringify({ format: 'some-other-app', version: 1, history: [] }),
      'foreign',
    ],
    ['a plain list', '[1, 2, 3]', 'foreign'],
    ['a newer version', JSON.stringify({ ...EMPTY_PROGRESS, version: PROGRESS_VERSION + 1 }), 'newer'],
    [
      'a history item with a made-up choice id',
      JSON.stringify({
        ...EMPTY_PROGRESS,
        history: [{ ...finished, steps: [{ beat: 'x', choice: 'NOT AN ID' }] }],
      }),
      'damaged',
    ],
    [
      'meters out of range',
      JSON.stringify({
        ...EMPTY_PROGRESS,
        history: [{ ...finished, meters: { ...finished.meters, steun: 140 } }],
      }),
      'damaged',
    ],
    [
      'an unknown move',
      JSON.stringify({ ...valid, current: { ...valid.current, moves: [{ type: 'cheat' }] } }),
      'damaged',
    ],
  ])('refuses %s, saying why', (_name, text, reason) => {
    const reading = readProgress(text);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.reason).toBe(reason);
  });

  it('migrates version 0 (no format marker) to the current version', () => {
    const reading = readProgress(JSON.stringify({ history: [finished] }));
    expect(reading).toEqual({
      ok: true,
      progress: { ...EMPTY_PROGRESS, history: [finished] },
      migratedFrom: 0,
    });
  });

  it('migrates version 0 holding only a play in progress', () => {
    const reading = readProgress(JSON.stringify({ history: [], current: valid.current }));
    expect(reading).toEqual({
      ok: true,
      progress: { ...EMPTY_PROGRESS, current: valid.current },
      migratedFrom: 0,
    });
  });

  it('migrates version 1 (meters not named) to the current version', () => {
    const v1 = { format: PROGRESS_FORMAT, version: 1, history: [finished], current: valid.current };
    expect(readProgress(JSON.stringify(v1))).toEqual({ ok: true, progress: valid, migratedFrom: 1 });
  });

  it('writes the meters it was written with', () => {
    expect(JSON.parse(writeProgress(valid as never))).toMatchObject({
      version: PROGRESS_VERSION,
      meters: [...METERS],
    });
  });

  it.each([
    ['an empty history and nothing else', { history: [] }],
    ['an empty history and version 0', { version: 0, history: [] }],
    ['a history of things that are not plays', { history: [{ id: 1, title: 'x' }] }],
    ['an empty history and some other current', { history: [], current: { page: 3 } }],
    ['plays of ours under another format marker', { format: 'some-other-app', history: [finished] }],
  ])('takes data without our format marker and with %s for another program’s, not version 0', (_n, d) => {
    const reading = readProgress(JSON.stringify(d));
    expect(reading).toMatchObject({ ok: false, reason: 'foreign' });
  });
});

/** The game as it will be after a developer adds, removes or renames a meter: a meter list other than today's. */
const withAdded = [...METERS, 'moed'];
const withRemoved = METERS.filter((m) => m !== 'energie');
const withRenamed = METERS.map((m) => (m === 'steun' ? 'draagvlak' : m));
const { energie: _, ...metersWithoutEnergie } = finished.meters;

describe('reading progress saved under other meters', () => {
  const saved = writeProgress(valid as never);

  it('gives a meter added since its stated start and keeps every play', () => {
    const older = { ...finished, startedAt: T + 10, finishedAt: T + 20 };
    const text = writeProgress({ ...valid, history: [older, finished] } as never);
    const reading = readProgress(text, withAdded);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.progress.meters).toEqual(withAdded);
    expect(reading.progress.history).toEqual([
      { ...older, meters: { ...finished.meters, moed: METER_START } },
      { ...finished, meters: { ...finished.meters, moed: METER_START } },
    ]);
    expect(reading.progress.current).toEqual(valid.current);
    expect(reading).not.toHaveProperty('migratedFrom');
  });

  it('reads data written with fewer meters than today, filling the missing one', () => {
    const fewer = METERS.filter((m) => m !== 'energie');
    const text = JSON.stringify({
      ...valid,
      meters: fewer,
      history: [{ ...finished, meters: metersWithoutEnergie }],
    });
    expect(readProgress(text)).toEqual({
      ok: true,
      progress: {
        ...valid,
        history: [{ ...finished, meters: { ...finished.meters, energie: METER_START } }],
      },
    });
  });

  it('fills a meter added since in version 1 data too, which named no meters', () => {
    const v1 = JSON.stringify({ format: PROGRESS_FORMAT, version: 1, history: [finished] });
    const reading = readProgress(v1, withAdded);
    expect(reading).toMatchObject({ ok: true, migratedFrom: 1 });
    expect(reading.ok && reading.progress.history[0]!.meters).toEqual({
      ...finished.meters,
      moed: METER_START,
    });
  });

  it('drops a meter that no longer exists', () => {
    const reading = readProgress(saved, withRemoved);
    expect(reading.ok).toBe(true);
    expect(reading.ok && reading.progress.history[0]!.meters).toEqual(metersWithoutEnergie);
    // and data written with a meter today's game no longer has reads under the real list
    const text = JSON.stringify({
      ...valid,
      meters: [...METERS, 'oud'],
      history: [{ ...finished, meters: { ...finished.meters, oud: 70 } }],
    });
    expect(readProgress(text)).toEqual({ ok: true, progress: valid });
  });

  it('carries a renamed meter’s value over when told its former name, else starts it', () => {
    const told = readProgress(saved, withRenamed, { draagvlak: { start: METER_START, formerly: ['steun'] } });
    const { steun, ...rest } = finished.meters;
    expect(told.ok && told.progress.history[0]!.meters).toEqual({ ...rest, draagvlak: steun });
    const untold = readProgress(saved, withRenamed);
    expect(untold.ok && untold.progress.history[0]!.meters).toEqual({ ...rest, draagvlak: METER_START });
  });

  it('uses the start stated for a new meter', () => {
    const reading = readProgress(saved, withAdded, { moed: { start: 30 } });
    expect(reading.ok && reading.progress.history[0]!.meters).toMatchObject({ moed: 30 });
  });

  it.each([
    ['a meter value that is not a number', { ...finished.meters, steun: 'hoog' }, METERS],
    ['a meter value below the range', { ...finished.meters, steun: -1 }, METERS],
    ['a recorded meter missing from a play', metersWithoutEnergie, METERS],
    [
      'an invalid value of a meter that no longer exists',
      { ...finished.meters, oud: 140 },
      [...METERS, 'oud'],
    ],
  ])('still refuses %s as damaged', (_name, meters, recorded) => {
    const text = JSON.stringify({ ...valid, meters: recorded, history: [{ ...finished, meters }] });
    expect(readProgress(text)).toMatchObject({ ok: false, reason: 'damaged' });
    expect(readProgress(text, withAdded)).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it.each([
    ['missing', undefined],
    ['not a list', 'vertrouwen'],
    ['with a name that is not an id', ['Vertrouwen!']],
    ['with a meter twice', ['steun', 'steun']],
  ])('refuses a list of meters %s as damaged', (_name, meters) => {
    const text = JSON.stringify({ ...valid, meters });
    expect(readProgress(text)).toMatchObject({ ok: false, reason: 'damaged', detail: 'list of meters' });
  });
});

describe('the progress store on a device', () => {
  it('saves the play in progress, then moves it to the history when finished', () => {
    const m = memory();
    let clock = T + 100;
    const store = createProgressStore(m.storage, () => clock++);
    store.save({ scenario: 'mini', context: 'met-mandaat', moves: [{ type: 'beat.continue' }] });
    expect(readProgress(m.data.get(PROGRESS_KEY)!)).toMatchObject({
      ok: true,
      progress: { current: { moves: [{ type: 'beat.continue' }], startedAt: T + 100 } },
    });
    store.finish({ ...finished, ending: 'einde-alleen' });
    const after = createProgressStore(m.storage, () => 0).progress();
    expect(after.current).toBeUndefined();
    expect(after.history).toHaveLength(1);
    expect(after.history[0]).toMatchObject({ scenario: 'mini', startedAt: T + 100, ending: 'einde-alleen' });
  });

  it('keeps unreadable data aside under its own key, tells why, and starts afresh', () => {
    const m = memory({ [PROGRESS_KEY]: '{broken' });
    const store = createProgressStore(m.storage, () => 42);
    expect(store.problem()).toEqual({
      reason: 'unreadable',
      keptAs: 'open-ambtenaar:progress:kept-aside:42',
    });
    expect(m.data.get('open-ambtenaar:progress:kept-aside:42')).toBe('{broken');
    expect(store.progress()).toEqual(EMPTY_PROGRESS);
    store.save({ scenario: 'mini', context: 'met-mandaat', moves: [] });
    expect(m.data.get('open-ambtenaar:progress:kept-aside:42')).toBe('{broken');
  });

  it('never overwrites data it could not keep aside', () => {
    const m = memory({ [PROGRESS_KEY]: '{broken' });
    const storage = {
      ...m.storage,
      setItem: () => {
        throw new Error('quota');
      },
      getItem: m.storage.getItem,
    } as Storage;
    const store = createProgressStore(storage, () => 1);
    store.save({ scenario: 'mini', context: 'met-mandaat', moves: [] });
    expect(m.data.get(PROGRESS_KEY)).toBe('{broken');
  });

  it('keeps another program’s data with an empty history aside instead of overwriting it', () => {
    const theirs = JSON.stringify({ history: [], theme: 'dark' });
    const m = memory({ [PROGRESS_KEY]: theirs });
    const store = createProgressStore(m.storage, () => 7);
    expect(store.problem()).toEqual({ reason: 'foreign', keptAs: 'open-ambtenaar:progress:kept-aside:7' });
    expect(m.data.get('open-ambtenaar:progress:kept-aside:7')).toBe(theirs);
  });

  it('keeps the history of version 1 and saves it in the current version', () => {
    const v1 = JSON.stringify({ format: PROGRESS_FORMAT, version: 1, history: [finished] });
    const m = memory({ [PROGRESS_KEY]: v1 });
    const store = createProgressStore(m.storage, () => 5);
    expect(store.problem()).toBeUndefined();
    store.save({ scenario: 'mini', context: 'met-mandaat', moves: [] });
    expect(JSON.parse(m.data.get(PROGRESS_KEY)!)).toMatchObject({
      version: PROGRESS_VERSION,
      meters: [...METERS],
      history: [finished],
    });
  });

  it('forgets an abandoned play but keeps the history', () => {
    const m = memory({ [PROGRESS_KEY]: writeProgress(valid as never) });
    const store = createProgressStore(m.storage, () => 1);
    store.abandon();
    expect(store.progress().current).toBeUndefined();
    expect(store.progress().history).toHaveLength(1);
  });
});
