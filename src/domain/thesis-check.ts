import type { At, YamlReader } from './yaml-reader.ts';

/** The thesis as the checker uses it: its text, and the numbered sections it has ("4.3.1", "5"). */
export interface ThesisIndex {
  readonly text: string;
  readonly sections: readonly string[];
}

/**
 * Sections are the numbered headings (`### 4.3.1: …`, `## 4.2 Benodigde …`) and the chapters
 * (`# HOOFDSTUK 5: …`); one line of the text file is one paragraph (docs/research/README.md).
 */
export const thesisIndex = (text: string): ThesisIndex => {
  const sections = new Set<string>();
  for (const m of text.matchAll(/^#+ (?:\*\*)?(?:HOOFDSTUK )?(\d+(?:\.\d+)*)\b/gm)) sections.add(m[1]!);
  for (const s of [...sections]) sections.add(s.split('.')[0]!);
  return { text, sections: [...sections].sort(bySectionNumber) };
};

const bySectionNumber = (a: string, b: string): number => {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d) return d;
  }
  return 0;
};

/** Where a quote stops being verbatim: the first word that differs, and what the thesis has there. */
export interface QuoteDifference {
  /** 1-based number of the first word that is not in the thesis in this order. */
  readonly index: number;
  readonly word: string;
  /** The thesis's word in that place, when the words before it were found. */
  readonly thesis?: string;
}

/**
 * `undefined` when the quote is verbatim in the thesis; otherwise the first word where it stops being
 * so: the longest run of its opening words that the thesis holds, and the word after it.
 */
export const quoteDifference = (quote: string, thesis: string): QuoteDifference | undefined => {
  if (thesis.includes(quote)) return undefined;
  const words = quote.split(/\s+/).filter(Boolean);
  let found = 0;
  let at = -1;
  while (found < words.length) {
    const next = thesis.indexOf(words.slice(0, found + 1).join(' '));
    if (next < 0) break;
    found += 1;
    at = next;
  }
  const word = words[found] ?? words.at(-1) ?? quote;
  if (found === 0) return { index: 1, word };
  const after = thesis.slice(at + words.slice(0, found).join(' ').length);
  const thesisWord = /^\s*(\S+)/.exec(after)?.[1];
  return { index: found + 1, word, ...(thesisWord ? { thesis: thesisWord } : {}) };
};

/** Reports a quote that is not verbatim in the thesis, at the quote. */
export const checkQuote = (r: YamlReader, at: At, quote: string, thesis: ThesisIndex): void => {
  const difference = quoteDifference(quote, thesis.text);
  if (difference) r.reportAt(at, 'quote-not-in-thesis', { ...difference });
};
