import { describe, expect, it } from 'vitest';
import { createProgressStore, PROGRESS_KEY } from '../../src/adapters/progress-store.ts';
import { EMPTY_PROGRESS, readProgress, writeProgress } from '../../src/domain/progress.ts';
import { memoryStorage } from '../support/memory-storage.ts';

const memory = memoryStorage;

const finished = {
  scenario: 'mini',
  context: 'met-mandaat',
  steps: [{ beat: 'keuze', choice: 'open' }],
  ending: 'einde-alleen',
  meters: { vertrouwen: 60, steun: 20, energie: 50, voortgang: 50 },
  flags: ['open'],
  startedAt: 1000,
  finishedAt: 2000,
};
const valid = {
  ...EMPTY_PROGRESS,
  history: [finished],
  current: {
    scenario: 'mini',
    context: 'met-mandaat',
    moves: [{ type: 'beat.continue' }],
    startedAt: 3000,
    savedAt: 3001,
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
    ['a newer version', JSON.stringify({ ...EMPTY_PROGRESS, version: 2 }), 'newer'],
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
});

describe('the progress store on a device', () => {
  it('saves the play in progress, then moves it to the history when finished', () => {
    const m = memory();
    let clock = 100;
    const store = createProgressStore(m.storage, () => clock++);
    store.save({ scenario: 'mini', context: 'met-mandaat', moves: [{ type: 'beat.continue' }] });
    expect(readProgress(m.data.get(PROGRESS_KEY)!)).toMatchObject({
      ok: true,
      progress: { current: { moves: [{ type: 'beat.continue' }], startedAt: 100 } },
    });
    store.finish({ ...finished, ending: 'einde-alleen' });
    const after = createProgressStore(m.storage, () => 0).progress();
    expect(after.current).toBeUndefined();
    expect(after.history).toHaveLength(1);
    expect(after.history[0]).toMatchObject({ scenario: 'mini', startedAt: 100, ending: 'einde-alleen' });
  });

  it('keeps unreadable data aside under its own key, tells why, and starts afresh', () => {
    const m = memory({ [PROGRESS_KEY]: '{broken' });
    const store = createProgressStore(m.storage, () => 42);
    expect(store.problem).toEqual({ reason: 'unreadable', keptAs: 'open-ambtenaar:progress:kept-aside:42' });
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

  it('forgets an abandoned play but keeps the history', () => {
    const m = memory({ [PROGRESS_KEY]: writeProgress(valid as never) });
    const store = createProgressStore(m.storage, () => 1);
    store.abandon();
    expect(store.progress().current).toBeUndefined();
    expect(store.progress().history).toHaveLength(1);
  });
});
