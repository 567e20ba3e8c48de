import type { ShownNames } from '../domain/suggest.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';

/**
 * The names the game shows for each fixed id, in both languages, for the checker's "Did you mean …?":
 * an author who writes "Datavaardig" or "Involving residents" is pointed to `datatechnisch` or
 * `burgers-betrekken`. The keys are the kinds the checker names in its messages.
 */
const KINDS = {
  competency: 'competency',
  tension: 'tension',
  strategy: 'strategy',
  precondition: 'precondition',
  meter: 'meter',
  role: 'role',
  municipality: 'municipality',
  place: 'place',
  side: 'pole',
} as const;

type Section = Readonly<Record<string, string>>;

const namesOf = (section: keyof typeof KINDS): Record<string, string[]> => {
  const out: Record<string, string[]> = {};
  const add = (names: Section) => {
    for (const [id, name] of Object.entries(names)) out[id] = [...(out[id] ?? []), name];
  };
  for (const messages of [nl, en]) {
    add(messages[KINDS[section]] as Section);
    // A meter is also known by what it measures ("steun van wethouder …").
    if (section === 'meter') add(messages.meterExplain as Section);
  }
  return out;
};

export const SHOWN_NAMES: ShownNames = Object.fromEntries(
  (Object.keys(KINDS) as (keyof typeof KINDS)[]).map((kind) => [kind, namesOf(kind)]),
);
