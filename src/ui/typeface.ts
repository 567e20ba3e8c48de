import latinRegular from '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-400-normal.woff2?url';
import latinBold from '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-700-normal.woff2?url';
import latinExtRegular from '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-ext-400-normal.woff2?url';
import latinExtBold from '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-ext-700-normal.woff2?url';

/** The game's one typeface, Atkinson Hyperlegible Next (SIL OFL), served with the game: no font service. */
export const TYPEFACE = 'Atkinson Hyperlegible Next';

// The ranges fontsource gives its `latin` and `latin-ext` files: Dutch needs only the first
// (é, ë, ï, ’ are in it); the second loads only for a text that uses one of its letters.
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

/** Regular and bold only: 800 shows as bold, italics are slanted by the browser. */
const FACES: readonly (readonly [weight: number, url: string, range: string])[] = [
  [400, latinRegular, LATIN],
  [400, latinExtRegular, LATIN_EXT],
  [700, latinBold, LATIN],
  [700, latinExtBold, LATIN_EXT],
];

/** The @font-face rules: swap, so words show at once in a system font and change when the typeface is there. */
export const typefaceRules = (): string =>
  FACES.map(
    ([weight, url, range]) =>
      `@font-face{font-family:"${TYPEFACE}";font-style:normal;font-weight:${weight};font-display:swap;` +
      `src:url("${url}") format("woff2");unicode-range:${range}}`,
  ).join('\n');

/**
 * Declares the typeface for the page, once. Meant to be called by the boot (src/main.ts), so the
 * title index.html carries and the phone screens use it too; the game's top bar also calls it.
 * The rules are added by script rather than in the inlined title stylesheet, whose addresses would
 * be relative to the wrong place; the stylesheet names the family first, so nothing waits for it:
 * the browser fetches a file only once a word needs it.
 */
export const useTypeface = (doc: Document = document): void => {
  if (doc.getElementById('typeface')) return;
  const style = doc.createElement('style');
  style.id = 'typeface';
  style.textContent = typefaceRules();
  doc.head.append(style);
};
