/**
 * "Did you mean …?" for an id the checker does not know: the closest known ids, matched on the id itself
 * and on the names the game shows for it (in both languages), so that an author who writes the name
 * they saw on screen ("Datavaardig") is pointed to the id to write (`datatechnisch`).
 */

/** A known id with the names the game shows for it. */
export interface Candidate {
  readonly id: string;
  readonly names?: readonly string[];
}

/**
 * The names the game shows, per kind of id (`competency`, `tension`, `meter` …) and id: given by the
 * caller (src/locales/shown-names.ts builds them from the translations), as the rules import no texts.
 */
export type ShownNames = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** The most suggestions one message offers. */
const MAX_SUGGESTIONS = 3;

/** Case, accents, spaces, underscores and quotes do not count: "Inwoners betrekken" is "inwoners-betrekken". */
export const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/['‘’"`]/g, '')
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Edit distance with adjacent swaps (optimal string alignment): "tarnsparant" is one step from
 * "transparant". Stops early once every path is above `limit`, as ids are compared with many names.
 */
export const editDistance = (a: string, b: string, limit = Number.POSITIVE_INFINITY): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
};

/** How many edits still count as a typo: one for a short word, about a third of a longer one. */
export const typoLimit = (length: number): number => (length <= 4 ? 1 : Math.max(2, Math.floor(length / 3)));

/** How close `value` is to one name: 0 for the same word, a small number for a typo, else undefined. */
const closeness = (value: string, name: string): number | undefined => {
  const n = normalise(name);
  if (!n || !value) return undefined;
  if (n === value) return 0;
  const limit = typoLimit(Math.min(value.length, n.length));
  const d = editDistance(value, n, limit);
  if (d <= limit) return d;
  // A shown name written short ("mandaat" for "politiek mandaat"), or an id inside a longer name.
  const words = n.split('-');
  if (value.length >= 5 && (words.includes(value) || n.startsWith(`${value}-`))) return limit;
  return undefined;
};

/**
 * The known ids closest to `value` (at most three, closest first, the order of `candidates` breaking a
 * tie); empty when nothing is close enough to be a likely slip, or when `value` is itself known.
 */
export const suggest = (value: string, candidates: readonly Candidate[]): string[] => {
  const wanted = normalise(value);
  if (!wanted || candidates.some((c) => c.id === value)) return [];
  const scored = candidates.flatMap((c, order) => {
    const scores = [c.id, ...(c.names ?? [])].flatMap((name) => closeness(wanted, name) ?? []);
    return scores.length ? [{ id: c.id, score: Math.min(...scores), order }] : [];
  });
  if (!scored.length) return [];
  const best = Math.min(...scored.map((s) => s.score));
  return scored
    .filter((s) => s.score === best)
    .sort((x, y) => x.order - y.order)
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.id);
};

/** The candidates of one kind of id, with the names the game shows for each (when known). */
export const candidatesOf = (
  kind: string,
  ids: readonly string[],
  names: ShownNames | undefined,
): Candidate[] => ids.map((id) => ({ id, names: names?.[kind]?.[id] ?? [] }));
