export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text written in both languages side by side, as scenario files carry them. */
export type LocalText = Readonly<Record<Lang, string>>;

export const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang);
