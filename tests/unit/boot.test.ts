import { describe, expect, it } from 'vitest';
import { bootWordsJson, staticTitle } from '../../scripts/vite-title-plugin.ts';
import { BOOT_KEYS, readBootWords } from '../../src/boot/boot-words.ts';
import { startsInGame } from '../../src/boot/starts-in-game.ts';
import { en } from '../../src/locales/en.ts';
import { nl } from '../../src/locales/nl.ts';
import { memoryStorage } from '../support/memory-storage.ts';

const at = (search = '', hash = '') => ({ search, hash });
const word = (locale: typeof nl, key: string): string =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], locale) as string;

describe('which pages open straight into the game', () => {
  it('a fresh title waits for the player; the dev server never does', () => {
    expect(startsInGame(at(), memoryStorage().storage, false).now).toBe(false);
    expect(startsInGame(at(), memoryStorage().storage, true).now).toBe(true);
  });

  it('a phone joining a room, and the presenter, load at once and draw no stage', () => {
    expect(startsInGame(at('?join=ABC123'), undefined, false)).toMatchObject({
      now: true,
      phone: true,
      fill: true,
    });
    expect(startsInGame(at('', '#presenter&room=x'), undefined, false)).toMatchObject({
      now: true,
      presenter: true,
      fill: true,
    });
  });

  it.each(['open-ambtenaar:progress', 'open-ambtenaar:room:v2', 'open-ambtenaar:room-server:v1'])(
    'something kept under %s (a play to resume, a group session) loads at once',
    (key) => {
      expect(startsInGame(at(), memoryStorage({ [key]: '{}' }).storage, false).now).toBe(true);
    },
  );

  it('storage that throws keeps nothing, and the page still opens', () => {
    const hostile = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(startsInGame(at(), hostile, false).now).toBe(false);
  });
});

describe('the title in the page before any script', () => {
  it('carries every title word in Dutch, as the game draws them', () => {
    const html = staticTitle();
    // The sound button says "off" only for a player who muted it: the page's script puts that in.
    for (const key of BOOT_KEYS.filter((k) => k !== 'sound.off')) {
      const text = word(nl, key).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      expect(html, key).toContain(text.replace(/"/g, '&quot;'));
    }
  });

  it('carries both languages for the switch, and a damaged copy is ignored', () => {
    const json = bootWordsJson();
    for (const key of BOOT_KEYS) expect(readBootWords(json, 'en')?.[key]).toBe(word(en, key));
    expect(readBootWords(json, 'de')).toBeUndefined();
    expect(readBootWords('{"en": {"app.title": 3}}', 'en')).toBeUndefined();
    expect(readBootWords('not json', 'en')).toBeUndefined();
    expect(readBootWords(null, 'en')).toBeUndefined();
  });

  it('names for each control the one the game draws in its place', () => {
    const targets = [...staticTitle().matchAll(/data-boot=(?:"([^"]+)"|'([^']+)')/g)].map(
      (m) => m[1] ?? m[2],
    );
    expect(targets).toEqual([
      '[data-mute]',
      '[data-start]',
      '[data-group]',
      '[data-progress]',
      'button[lang="nl"]',
      'button[lang="en"]',
    ]);
  });
});
