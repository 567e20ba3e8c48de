import { describe, expect, it } from 'vitest';
import { candidatesOf, editDistance, normalise, suggest, typoLimit } from '../../src/domain/suggest.ts';
import {
  COMPETENCIES,
  METERS,
  PLACES,
  PRECONDITIONS,
  STRATEGIES,
  TENSIONS,
} from '../../src/domain/vocabulary.ts';
import { SHOWN_NAMES } from '../../src/locales/shown-names.ts';

const ids = (list: readonly string[]) => list.map((id) => ({ id }));
const shown = (kind: string, list: readonly string[]) => candidatesOf(kind, list, SHOWN_NAMES);

describe('normalise', () => {
  it('ignores case, accents, spaces, underscores and quotes', () => {
    expect(normalise('Inwoners  betrekken')).toBe('inwoners-betrekken');
    expect(normalise('Café_Oké')).toBe('cafe-oke');
    expect(normalise(' ‘open’ ')).toBe('open');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and a swap of two neighbours as one edit each', () => {
    expect(editDistance('steun', 'steun')).toBe(0);
    expect(editDistance('stun', 'steun')).toBe(1);
    expect(editDistance('steunn', 'steun')).toBe(1);
    expect(editDistance('stein', 'steun')).toBe(1);
    expect(editDistance('stuen', 'steun')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops early above the limit, never below the true distance', () => {
    expect(editDistance('vertrouwen', 'energie', 2)).toBe(3);
    expect(editDistance('vertrouwen', 'vertrouwn', 2)).toBe(1);
  });

  it('allows one edit for short words and about a third of longer ones', () => {
    expect(typoLimit(3)).toBe(1);
    expect(typoLimit(6)).toBe(2);
    expect(typoLimit(12)).toBe(4);
  });
});

describe('suggest ("Did you mean …?")', () => {
  it('finds the id behind a name the game shows, in Dutch and in English', () => {
    expect(suggest('Datavaardig', shown('competency', COMPETENCIES))).toEqual(['datatechnisch']);
    expect(suggest('Inwoners betrekken', shown('competency', COMPETENCIES))).toEqual(['burgers-betrekken']);
    expect(suggest('Data skills', shown('competency', COMPETENCIES))).toEqual(['datatechnisch']);
    expect(suggest('Involving residents', shown('competency', COMPETENCIES))).toEqual(['burgers-betrekken']);
    expect(suggest('Gaan waar de energie is', shown('strategy', STRATEGIES))).toEqual(['waar-de-energie-is']);
    expect(suggest('Bureaucratie tegenover innovatie', shown('tension', TENSIONS))).toEqual([
      'bureaucratie-innovatie',
    ]);
    expect(suggest('De raadszaal', shown('place', PLACES))).toEqual(['raadszaal']);
    expect(suggest('politiek mandaat', shown('precondition', PRECONDITIONS))).toEqual(['mandaat']);
    expect(suggest('Support', shown('meter', METERS))).toEqual(['steun']);
  });

  it('finds the id behind a typo in the id itself', () => {
    expect(suggest('tarnsparant', ids(COMPETENCIES))).toEqual(['transparant']);
    expect(suggest('datatechniek', ids(COMPETENCIES))).toEqual(['datatechnisch']);
    expect(suggest('kleine-succesen', ids(STRATEGIES))).toEqual(['kleine-successen']);
    expect(suggest('Opgeven', ids(STRATEGIES))).toEqual(['opgeven']);
    expect(suggest('einde_samen', ids(['einde-alleen', 'einde-samen']))).toEqual(['einde-samen']);
  });

  it('finds a short form of a longer name', () => {
    expect(suggest('energie', ids(['waar-de-energie-is', 'geen']))).toEqual(['waar-de-energie-is']);
  });

  it('names every id that is equally close, at most three, in the order they are known', () => {
    expect(suggest('einde', ids(['einde-a', 'einde-b']))).toEqual(['einde-a', 'einde-b']);
    expect(suggest('beat-x', ids(['beat-a', 'beat-b', 'beat-c', 'beat-d']))).toEqual([
      'beat-a',
      'beat-b',
      'beat-c',
    ]);
  });

  it('suggests nothing when nothing is close, when the value is empty, or when it is known', () => {
    expect(suggest('geluk', shown('meter', METERS))).toEqual([]);
    expect(suggest('   ', ids(METERS))).toEqual([]);
    expect(suggest('steun', ids(METERS))).toEqual([]);
    expect(suggest('xyz', [])).toEqual([]);
  });
});
