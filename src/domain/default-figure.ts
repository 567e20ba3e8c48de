import { FIGURES, type Figure } from './vocabulary.ts';

type FigureRole = Figure extends `${infer R}-${'vrouw' | 'man'}` ? R : never;

/**
 * Words in a character's id and role that say which kind of figure fits, checked in this order
 * (a "teamleider Data & Analyse" leads a team; a "raadslid, partij van de vorige wethouder" sits in
 * the council). Anyone else is a colleague.
 */
const ROLE_WORDS: readonly (readonly [FigureRole, RegExp])[] = [
  ['raadslid', /raadslid|gemeenteraad|statenlid|council/],
  ['wethouder', /wethouder|burgemeester|gedeputeerde|alderman|mayor/],
  ['teamleider', /teamleider|leidinggevende|hoofd|manager|directeur|secretaris|team lead/],
  ['dataspecialist', /data|gis|geo|analist|informatie|statistic|statistiek/],
  ['inwoner', /bewoner|inwoner|vereniging|wijkraad|dorpsraad|resident/],
];

export const figureRoleOf = (words: string): FigureRole =>
  ROLE_WORDS.find(([, pattern]) => pattern.test(words.toLowerCase()))?.[0] ?? 'collega';

/**
 * The figure of a character that names none: the kind its id and role point to, then the first of
 * that kind's two figures (vrouw, man) not yet taken in this scenario; when both are taken, the first
 * free figure of the whole set, so that no two speakers look alike while there are figures left.
 * `taken` holds the figures of the characters listed before it, given or derived.
 */
export const defaultFigure = (words: string, taken: readonly Figure[]): Figure => {
  const role = figureRoleOf(words);
  const own = [`${role}-vrouw`, `${role}-man`] as const satisfies readonly Figure[];
  return own.find((f) => !taken.includes(f)) ?? FIGURES.find((f) => !taken.includes(f)) ?? own[0];
};
