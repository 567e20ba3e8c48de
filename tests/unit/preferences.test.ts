import { describe, expect, it } from 'vitest';
import { createPreferenceStore } from '../../src/adapters/preferences.ts';
import { memoryStorage } from '../support/memory-storage.ts';

const memory = memoryStorage;
const KEY = 'open-ambtenaar:preferences';

describe('preferences on the device', () => {
  it('start in Dutch with sound on', () => {
    expect(createPreferenceStore(memory().storage).get()).toEqual({ lang: 'nl', muted: false });
  });

  it('remember language and sound', () => {
    const m = memory();
    createPreferenceStore(m.storage).set({ lang: 'en', muted: true });
    expect(createPreferenceStore(m.storage).get()).toEqual({ lang: 'en', muted: true });
  });

  it.each(['{not json', '"en"', '[1,2]', '{"lang":"fr","muted":"yes"}'])(
    'fall back to the defaults on %s',
    (raw) => {
      const m = memory({ [KEY]: raw });
      expect(createPreferenceStore(m.storage).get()).toEqual({ lang: 'nl', muted: false });
      expect(m.data.get(KEY)).toBe(raw);
    },
  );

  it('work without any storage at all, and when writing fails', () => {
    const none = createPreferenceStore(undefined);
    expect(none.set({ lang: 'en' })).toEqual({ lang: 'en', muted: false });
    const failing = {
      ...memory().storage,
      setItem: () => {
        throw new Error('quota');
      },
    } as Storage;
    expect(createPreferenceStore(failing).set({ muted: true }).muted).toBe(true);
  });
});
