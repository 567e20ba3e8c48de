import { describe, expect, it } from 'vitest';
import { createPreferenceStore, DEFAULT_VOLUME } from '../../src/adapters/preferences.ts';
import { memoryStorage } from '../support/memory-storage.ts';

const memory = memoryStorage;
const KEY = 'open-ambtenaar:preferences';
const DEFAULTS = { lang: 'nl', muted: false, volume: DEFAULT_VOLUME };

describe('preferences on the device', () => {
  it('start in Dutch with sound on at the default volume', () => {
    expect(createPreferenceStore(memory().storage).get()).toEqual(DEFAULTS);
  });

  it('remember language, sound and volume', () => {
    const m = memory();
    createPreferenceStore(m.storage).set({ lang: 'en', muted: true, volume: 0.3 });
    expect(createPreferenceStore(m.storage).get()).toEqual({ lang: 'en', muted: true, volume: 0.3 });
  });

  it.each(['{not json', '"en"', '[1,2]', '{"lang":"fr","muted":"yes","volume":"loud"}'])(
    'fall back to the defaults on %s',
    (raw) => {
      const m = memory({ [KEY]: raw });
      expect(createPreferenceStore(m.storage).get()).toEqual(DEFAULTS);
      expect(m.data.get(KEY)).toBe(raw);
    },
  );

  it.each([
    [2, 1],
    [-1, 0],
    [0.44, 0.4],
    [null, DEFAULT_VOLUME],
    ['0.5', DEFAULT_VOLUME],
  ])('read a stored volume of %s as %s', (stored, read) => {
    const m = memory({ [KEY]: JSON.stringify({ lang: 'en', muted: false, volume: stored }) });
    expect(createPreferenceStore(m.storage).get()).toEqual({ lang: 'en', muted: false, volume: read });
  });

  it('keep what another store on the same device wrote in between', () => {
    const m = memory();
    const screens = createPreferenceStore(m.storage);
    const sound = createPreferenceStore(m.storage);
    sound.set({ volume: 0.2 });
    screens.set({ muted: true });
    expect(createPreferenceStore(m.storage).get()).toEqual({ lang: 'nl', muted: true, volume: 0.2 });
  });

  it('work without any storage at all, and when writing fails', () => {
    const none = createPreferenceStore(undefined);
    expect(none.set({ lang: 'en' })).toEqual({ ...DEFAULTS, lang: 'en' });
    expect(none.set({ volume: 0.5 })).toEqual({ ...DEFAULTS, lang: 'en', volume: 0.5 });
    const failing = {
      ...memory().storage,
      setItem: () => {
        throw new Error('quota');
      },
    } as Storage;
    expect(createPreferenceStore(failing).set({ muted: true }).muted).toBe(true);
  });
});
