/** The keys of the words the title screen shows before the game has loaded (scripts/vite-title-plugin.ts). */
export const BOOT_KEYS = [
  'app.title',
  'app.tagline',
  'title.intro',
  'title.basis',
  'title.start',
  'title.group',
  'title.language',
  'title.keys',
  'progress.heading',
  'sound.on',
  'sound.off',
  'sound.toggleHint',
  'lang.nl',
  'lang.en',
] as const;

export type BootKey = (typeof BOOT_KEYS)[number];
export type BootWords = Readonly<Record<BootKey, string>>;

const isBootWords = (value: unknown): value is BootWords =>
  typeof value === 'object' &&
  value !== null &&
  BOOT_KEYS.every((key) => typeof (value as Record<string, unknown>)[key] === 'string');

/** The page's words for a language, or undefined when the page carries none (or something unreadable). */
export const readBootWords = (json: string | null | undefined, lang: string): BootWords | undefined => {
  if (!json) return undefined;
  try {
    const words: unknown = (JSON.parse(json) as Record<string, unknown>)[lang];
    return isBootWords(words) ? words : undefined;
  } catch {
    return undefined;
  }
};
