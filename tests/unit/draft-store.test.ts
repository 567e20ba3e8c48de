import { describe, expect, it } from 'vitest';
import { createDraftStore, DRAFTS_KEY } from '../../src/adapters/draft-store.ts';
import { memoryStorage } from '../support/memory-storage.ts';

const clock = (start = 1_000) => {
  let t = start;
  return () => t++;
};

describe('the studio’s drafts on this device', () => {
  it('keeps a draft and gives it back after a reload, newest first, with its own-scenario mark', () => {
    const { storage } = memoryStorage();
    const first = createDraftStore(storage, clock());
    expect(first.put({ name: 'een.yaml', text: 'id: een\n' })).toEqual({ ok: true });
    expect(first.put({ name: 'twee.yaml', text: 'id: twee\n', own: true })).toEqual({ ok: true });
    const again = createDraftStore(storage, clock(5_000));
    expect(again.list().map((d) => [d.name, d.own])).toEqual([
      ['twee.yaml', true],
      ['een.yaml', false],
    ]);
    expect(again.get('een.yaml')?.text).toBe('id: een\n');
    expect(again.problem()).toBeUndefined();
  });

  it('replaces a draft of the same name and keeps its own-scenario mark unless told otherwise', () => {
    const { storage } = memoryStorage();
    const store = createDraftStore(storage, clock());
    store.put({ name: 'een.yaml', text: 'a', own: true });
    store.put({ name: 'een.yaml', text: 'b' });
    expect(store.list()).toHaveLength(1);
    expect(store.get('een.yaml')).toMatchObject({ text: 'b', own: true });
    store.put({ name: 'een.yaml', text: 'c', own: false });
    expect(store.get('een.yaml')?.own).toBe(false);
  });

  it('refuses names that are not a plain scenario file name', () => {
    const store = createDraftStore(memoryStorage().storage, clock());
    for (const name of ['../x.yaml', 'x.yml', 'X.yaml', 'a/b.yaml', '.yaml', 'x.yaml.js', ''])
      expect(store.put({ name, text: 'x' }), name).toEqual({ ok: false, reason: 'name' });
    expect(store.list()).toEqual([]);
  });

  it('sets a corrupt store aside under its own key, says so, and starts empty without throwing', () => {
    for (const raw of [
      '{not json',
      JSON.stringify({ version: 1, drafts: [{ name: '../evil.yaml', text: 1 }] }),
    ]) {
      const { storage, data } = memoryStorage({ [DRAFTS_KEY]: raw });
      const store = createDraftStore(storage, () => 42);
      expect(store.list()).toEqual([]);
      const problem = store.problem();
      expect(problem).toMatchObject({ reason: 'corrupt', keptAside: true });
      const key = problem?.reason === 'corrupt' ? problem.key : undefined;
      expect(key && data.get(key)).toBe(raw);
      expect(data.has(DRAFTS_KEY)).toBe(false);
      // The author can go on: a new draft is kept beside the set-aside copy.
      expect(store.put({ name: 'nieuw.yaml', text: 'id: nieuw' })).toEqual({ ok: true });
      expect(data.get(key!)).toBe(raw);
    }
  });

  it('never writes over a corrupt store it could not set aside', () => {
    const { storage, data } = memoryStorage({ [DRAFTS_KEY]: '{broken' });
    const refusing = {
      ...storage,
      getItem: (k: string) => storage.getItem(k),
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: (k: string) => storage.removeItem(k),
    };
    const store = createDraftStore(refusing, clock());
    expect(store.problem()).toEqual({ reason: 'corrupt', keptAside: false });
    expect(store.put({ name: 'x.yaml', text: 'x' })).toEqual({ ok: false, reason: 'unavailable' });
    expect(data.get(DRAFTS_KEY)).toBe('{broken');
  });

  it('says when the device is full or keeps nothing, and keeps what it had', () => {
    const { storage } = memoryStorage({}, { quota: 200 });
    const store = createDraftStore(storage, clock());
    expect(store.put({ name: 'klein.yaml', text: 'id: klein' })).toEqual({ ok: true });
    expect(store.put({ name: 'groot.yaml', text: 'x'.repeat(500) })).toEqual({ ok: false, reason: 'full' });
    expect(store.list().map((d) => d.name)).toEqual(['klein.yaml']);
    const none = createDraftStore(undefined, clock());
    expect(none.problem()).toEqual({ reason: 'unavailable' });
    expect(none.put({ name: 'x.yaml', text: 'x' })).toEqual({ ok: false, reason: 'unavailable' });
  });
});
