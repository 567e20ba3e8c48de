import type { Problem } from './problems.ts';

/**
 * What a scenario file must be before it is read as YAML: not too large, UTF-8, and text (no NUL).
 * The scenario script reads bytes and decodes them here; the game gets text that the bundler already
 * decoded (a bad byte then shows as U+FFFD), so for text only the size, NUL and U+FFFD checks apply.
 */

/** Our largest scenario is about 62 KB; four times that is room enough, and checks in well under a second. */
export const MAX_FILE_BYTES = 256 * 1024;

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** The offset of the first byte that does not start a valid UTF-8 sequence, or undefined when all are valid. */
export const firstBadByte = (bytes: Uint8Array): number | undefined => {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // The length of the sequence and the range its second byte must lie in (no overlong forms, no
    // surrogates, nothing above U+10FFFF); later bytes are 0x80–0xBF.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b === 0xe0) [length, low] = [3, 0xa0];
    else if (b === 0xed) [length, high] = [3, 0x9f];
    else if (b >= 0xe1 && b <= 0xef) length = 3;
    else if (b === 0xf0) [length, low] = [4, 0x90];
    else if (b === 0xf4) [length, high] = [4, 0x8f];
    else if (b >= 0xf1 && b <= 0xf3) length = 4;
    else return i;
    if (i + length > n) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += length;
  }
  return undefined;
};

/** Line and column (1-based, columns in UTF-16 code units as the YAML reader counts them) of an offset in a text. */
export const positionIn = (text: string, offset: number): { line: number; column: number } => {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
};

const problemAt = (
  file: string,
  text: string,
  offset: number,
  code: Problem['code'],
  params: Problem['params'] = {},
): Problem => ({ file, ...positionIn(text, offset), path: '', code, params });

const tooLarge = (file: string, bytes: number, max: number): Problem => ({
  file,
  line: 1,
  column: 1,
  path: '',
  code: 'file-too-large',
  params: { size: Math.ceil(bytes / 1024), max: Math.floor(max / 1024) },
});

/** The size of a text in UTF-8 bytes, without encoding it when the answer is plain. */
const utf8Length = (text: string, max: number): number =>
  text.length > max || text.length * 3 <= max ? text.length : new TextEncoder().encode(text).length;

/**
 * The first thing that keeps a decoded text from being read as a scenario: too large, a NUL character,
 * or U+FFFD (which a decoder puts where a byte was not valid UTF-8). Undefined when there is none.
 */
export const textProblem = (file: string, text: string, maxBytes = MAX_FILE_BYTES): Problem | undefined => {
  const size = utf8Length(text, maxBytes);
  if (size > maxBytes) return tooLarge(file, size, maxBytes);
  const nul = text.indexOf('\0');
  const replaced = text.indexOf('\uFFFD');
  if (nul === -1 && replaced === -1) return undefined;
  if (replaced === -1 || (nul !== -1 && nul < replaced)) return problemAt(file, text, nul, 'nul-byte');
  return problemAt(file, text, replaced, 'bad-encoding', { found: 'U+FFFD' });
};

/**
 * Decodes a scenario file's bytes as UTF-8 (a byte-order mark is dropped), or gives the problem at the
 * first byte that is not valid UTF-8 — a file saved as Latin-1 or Windows-1252, or not text at all.
 * Too large a file is refused before it is decoded. The decoded text is then checked with textProblem.
 */
export const decodeScenario = (
  file: string,
  bytes: Uint8Array,
  maxBytes = MAX_FILE_BYTES,
): { readonly text: string } | { readonly problem: Problem } => {
  if (bytes.length > maxBytes) return { problem: tooLarge(file, bytes.length, maxBytes) };
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const offset = firstBadByte(bytes) ?? 0;
    const before = lenient.decode(bytes.subarray(0, offset));
    const found = `0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    return { problem: problemAt(file, before, before.length, 'bad-encoding', { found }) };
  }
  const problem = textProblem(file, text, maxBytes);
  return problem ? { problem } : { text };
};
