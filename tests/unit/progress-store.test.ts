import { describe, expect, it } from 'vitest';
import { createProgressStore, KEPT_ASIDE_PREFIX, PROGRESS_KEY } from '../../src/adapters/progress-store.ts';
import {
  EARLIEST_TIME,
  EMPTY_PROGRESS,
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  readProgress,
  writeProgress,
} from '../../src/domain/progress.ts';
import { memoryStorage } from '../support/memory-storage.ts';
import { finishedPlay, T } from '../support/progress-fixtures.ts';

const { startedAt: _s, finishedAt: _f, ...finished } = finishedPlay();
const play = (moves = 1) => ({
  scenario: 'mini',
  context: 'met-mandaat',
  moves: Array.from({ length: moves }, () => ({ type: 'beat.continue' as const })),
});
const keptAside = (data: Map<string, string>) =>
  [...data.keys()].filter((k) => k.startsWith(KEPT_ASIDE_PREFIX)).map((k) => data.get(k));

describe('the memory storage of the tests', () => {
  it('throws a QuotaExceededError when full and changes nothing, and never fills without a quota', () => {
    const m = memoryStorage({}, { quota: 10 });
    m.storage.setItem('ab', '12345678');
    expect(() => m.storage.setItem('c', 'x')).toThrow(
      expect.objectContaining({ name: 'QuotaExceededError' }),
    );
    expect(m.data.has('c')).toBe(false);
    m.storage.setItem('ab', '1234'); // replacing counts only the new value
    expect(m.storage.length).toBe(1);
    expect(m.storage.key(0)).toBe('ab');
    expect(() => memoryStorage().storage.setItem('k', 'x'.repeat(1e6))).not.toThrow();
  });
});

describe('writing to a full or forbidden storage', () => {
  it('says when the play in progress could not be saved, and what is not on the device', () => {
    const m = memoryStorage({}, { quota: 50 });
    const store = createProgressStore(m.storage, () => T);
    expect(store.lastWrite()).toEqual({ status: 'ok', unsaved: [] });
    expect(store.save(play())).toBe('full');
    expect(store.lastWrite()).toEqual({ status: 'full', unsaved: ['play'] });
    expect(m.data.has(PROGRESS_KEY)).toBe(false);
    // The game goes on in memory, and tells about every kind of change that is not stored.
    expect(store.progress().current?.moves).toHaveLength(1);
    expect(store.finish({ ...finished })).toBe('full');
    expect(store.lastWrite()).toEqual({ status: 'full', unsaved: ['play', 'finished'] });
    expect(store.progress().history).toHaveLength(1);
  });

  it('stores everything once there is room again, and then says all is well', () => {
    const m = memoryStorage({ filler: 'x'.repeat(400) }, { quota: 600 });
    const store = createProgressStore(m.storage, () => T);
    store.save(play());
    store.finish({ ...finished });
    expect(store.lastWrite().status).toBe('full');
    m.data.delete('filler');
    expect(store.save(play(2))).toBe('ok');
    expect(store.lastWrite()).toEqual({ status: 'ok', unsaved: [] });
    const stored = readProgress(m.data.get(PROGRESS_KEY)!);
    expect(stored.ok && stored.progress.history).toHaveLength(1);
    expect(stored.ok && stored.progress.current?.moves).toHaveLength(2);
  });

  it('tells a forbidden storage from a full one, and a missing storage is forbidden from the start', () => {
    const m = memoryStorage();
    const blocked = {
      ...m.storage,
      getItem: m.storage.getItem,
      setItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as Storage;
    const store = createProgressStore(blocked, () => T);
    expect(store.save(play())).toBe('forbidden');
    expect(store.lastWrite()).toEqual({ status: 'forbidden', unsaved: ['play'] });

    const none = createProgressStore(undefined, () => T);
    expect(none.lastWrite().status).toBe('forbidden');
    expect(none.replace(EMPTY_PROGRESS)).toBe('forbidden');
    expect(none.lastWrite()).toEqual({ status: 'forbidden', unsaved: ['import'] });
  });

  it('recognises the other browsers’ ways of saying the quota is used up', () => {
    for (const error of [
      { name: 'NS_ERROR_DOM_QUOTA_REACHED' },
      { name: 'Error', code: 22 },
      { name: 'Error', code: 1014 },
    ]) {
      const m = memoryStorage();
      const storage = {
        ...m.storage,
        setItem: () => {
          throw error;
        },
      } as Storage;
      expect(createProgressStore(storage, () => T).save(play())).toBe('full');
    }
  });

  it('writes nothing over stored progress it could not even read', () => {
    const m = memoryStorage({ [PROGRESS_KEY]: 'precious' });
    const storage = {
      ...m.storage,
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: m.storage.setItem,
    } as Storage;
    const store = createProgressStore(storage, () => T);
    expect(store.lastWrite().status).toBe('forbidden');
    expect(store.save(play())).toBe('forbidden');
    expect(m.data.get(PROGRESS_KEY)).toBe('precious');
  });
});

describe('unusable stored progress, kept aside', () => {
  it('does not claim it was kept aside when the copy could not be written, leaves it, and writes nothing over it', () => {
    const broken = `{broken${'x'.repeat(100)}`;
    const m = memoryStorage({ [PROGRESS_KEY]: broken }, { quota: 150 });
    const store = createProgressStore(m.storage, () => 42);
    expect(store.problem()).toEqual({ reason: 'unreadable' });
    expect(store.problem()).not.toHaveProperty('keptAs');
    expect(store.lastWrite()).toEqual({ status: 'full', unsaved: [] });
    expect(keptAside(m.data)).toEqual([]);
    expect(store.save(play())).toBe('full');
    expect(m.data.get(PROGRESS_KEY)).toBe(broken);
    expect(store.lastWrite()).toEqual({ status: 'full', unsaved: ['play'] });
  });

  it('copies it aside as soon as there is room, then saves, and only then says it was kept aside', () => {
    const broken = `{broken${'x'.repeat(100)}`;
    const m = memoryStorage({ [PROGRESS_KEY]: broken, filler: 'x'.repeat(450) }, { quota: 700 });
    let clock = 42;
    const store = createProgressStore(m.storage, () => clock++);
    expect(store.problem()?.keptAs).toBeUndefined();
    m.data.delete('filler');
    expect(store.save(play())).toBe('ok');
    const keptAs = store.problem()?.keptAs;
    expect(keptAs?.startsWith(KEPT_ASIDE_PREFIX)).toBe(true);
    expect(m.data.get(keptAs!)).toBe(broken);
    expect(readProgress(m.data.get(PROGRESS_KEY)!).ok).toBe(true);
  });

  it('keeps a given unusable value aside once, however often the page is loaded', () => {
    const m = memoryStorage({ [PROGRESS_KEY]: '{broken' });
    const first = createProgressStore(m.storage, () => 1);
    for (let load = 2; load <= 5; load++) {
      const again = createProgressStore(m.storage, () => load);
      expect(again.problem()).toEqual(first.problem());
    }
    expect(keptAside(m.data)).toEqual(['{broken']);
    // A different unusable value is a different copy; one stored at the same moment gets its own key.
    m.data.set(PROGRESS_KEY, '{other');
    expect(createProgressStore(m.storage, () => 1).problem()).toEqual({
      reason: 'unreadable',
      keptAs: `${KEPT_ASIDE_PREFIX}1-2`,
    });
    expect(keptAside(m.data).sort()).toEqual(['{broken', '{other']);
  });

  it('treats a kept-aside copy that does not read back as not kept', () => {
    const m = memoryStorage({ [PROGRESS_KEY]: '{broken' });
    const storage = {
      ...m.storage,
      setItem: (k: string, v: string) => m.storage.setItem(k, k === PROGRESS_KEY ? v : v.slice(1)),
    } as Storage;
    const store = createProgressStore(storage, () => 1);
    expect(store.problem()).toEqual({ reason: 'unreadable' });
    expect(store.save(play())).toBe('forbidden');
    expect(m.data.get(PROGRESS_KEY)).toBe('{broken');
  });
});

describe('times the store writes', () => {
  it('keeps them within the times stored progress may name, whatever the device clock says', () => {
    const m = memoryStorage();
    const store = createProgressStore(m.storage, () => 5);
    store.save(play());
    store.finish({ ...finished });
    const reading = readProgress(m.data.get(PROGRESS_KEY)!);
    expect(reading.ok).toBe(true);
    expect(reading.ok && reading.progress.history[0]!.finishedAt).toBe(EARLIEST_TIME);
  });
});

describe('an unfinished play of a scenario the game no longer has', () => {
  const gone = { scenario: 'verdwenen', context: 'gewoon', moves: [{ type: 'beat.continue' as const }] };
  const playable = (scenario: string) => scenario !== 'verdwenen';

  it('is put on the shelf, not replaced, when another play starts, and comes off when resumed', () => {
    const m = memoryStorage();
    let clock = T;
    const store = createProgressStore(m.storage, () => clock++, { playable });
    store.save(gone);
    store.save(play());
    expect(store.progress().current?.scenario).toBe('mini');
    expect(store.progress().shelved).toEqual([{ ...gone, startedAt: T, savedAt: T + 1 }]);
    // Stored, so it survives a reload.
    const reread = readProgress(m.data.get(PROGRESS_KEY)!);
    expect(reread.ok && reread.progress.shelved).toHaveLength(1);
    // Starting yet another play does not shelve a playable one, nor drop the shelf.
    store.save({ ...play(), context: 'zonder-mandaat' });
    expect(store.progress().shelved).toHaveLength(1);
    // Once the scenario is back and the play resumed, it is the play in progress again, with its start.
    const back = createProgressStore(m.storage, () => clock++);
    back.save(gone);
    expect(back.progress().shelved).toEqual([]);
    expect(back.progress().current).toMatchObject({ scenario: 'verdwenen', startedAt: T });
  });

  it('replaces a playable one as before, and an empty one of a missing scenario is not worth shelving', () => {
    const store = createProgressStore(memoryStorage().storage, () => T, { playable });
    store.save(play());
    store.save({ ...play(), context: 'zonder-mandaat' });
    store.save({ ...gone, moves: [] });
    store.save(play());
    expect(store.progress().shelved).toEqual([]);
  });

  it('reads version 2 progress, which had no shelf, as an empty shelf', () => {
    const v2 = JSON.stringify({
      format: PROGRESS_FORMAT,
      version: 2,
      meters: EMPTY_PROGRESS.meters,
      history: [],
    });
    expect(readProgress(v2)).toEqual({ ok: true, progress: EMPTY_PROGRESS, migratedFrom: 2 });
    expect(PROGRESS_VERSION).toBe(3);
    expect(JSON.parse(writeProgress(EMPTY_PROGRESS))).toMatchObject({ version: 3, shelved: [] });
  });
});
