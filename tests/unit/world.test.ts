import { describe, expect, it } from 'vitest';
import { describeClause, parseClause } from '../../src/domain/conditions.ts';
import {
  addFlags,
  applyEffects,
  chooseRoute,
  holds,
  meterChange,
  type World,
} from '../../src/domain/world.ts';

const world = (over: Partial<World> = {}): World => ({
  meters: { vertrouwen: 50, steun: 50, energie: 50, voortgang: 50 },
  flags: [],
  preconditions: [],
  ...over,
});

describe('meters', () => {
  it('move by the effects and stay within 0–100', () => {
    const m = applyEffects(
      { vertrouwen: 95, steun: 5, energie: 50, voortgang: 50 },
      { vertrouwen: 20, steun: -20, energie: 7 },
    );
    expect(m).toEqual({ vertrouwen: 100, steun: 0, energie: 57, voortgang: 50 });
  });

  it('report only what actually moved, after keeping them in range', () => {
    const before = { vertrouwen: 95, steun: 50, energie: 50, voortgang: 50 };
    expect(meterChange(before, applyEffects(before, { vertrouwen: 20, voortgang: 0 }))).toEqual({
      vertrouwen: 5,
    });
  });
});

describe('flags', () => {
  it('are added once, in the order they were first set', () => {
    expect(addFlags(['a'], ['b', 'a', 'c'])).toEqual(['a', 'b', 'c']);
  });
});

describe('conditions', () => {
  it.each([
    ['steun >= 60', true, false],
    ['steun < 60', false, true],
    ['vertrouwen == 50', true, true],
    ['flag:kaart', true, false],
    ['!flag:kaart', false, true],
    ['pre:mandaat', true, false],
    ['!pre:mandaat', false, true],
  ])('"%s" holds in the first world: %s, in the second: %s', (text, first, second) => {
    const clause = parseClause(text)!;
    expect(clause).toBeDefined();
    expect(describeClause(clause)).toBe(text);
    const a = world({
      meters: { vertrouwen: 50, steun: 60, energie: 50, voortgang: 50 },
      flags: ['kaart'],
      preconditions: ['mandaat'],
    });
    const b = world({ meters: { vertrouwen: 50, steun: 59, energie: 50, voortgang: 50 } });
    expect(holds(clause, a)).toBe(first);
    expect(holds(clause, b)).toBe(second);
  });

  it.each(['steun ~ 3', 'geluk > 3', 'flag:', 'pre:onbekend', 'steun >= veel', ''])(
    'rejects "%s"',
    (text) => {
      expect(parseClause(text)).toBeUndefined();
    },
  );

  it('take the first route whose clauses all hold', () => {
    const routes = [
      { when: [parseClause('steun >= 60')!, parseClause('flag:kaart')!], go: 'a' },
      { when: [parseClause('steun >= 60')!], go: 'b' },
      { when: [], go: 'c' },
    ];
    expect(chooseRoute(routes, world({ meters: { ...world().meters, steun: 70 }, flags: ['kaart'] }))).toBe(
      'a',
    );
    expect(chooseRoute(routes, world({ meters: { ...world().meters, steun: 70 } }))).toBe('b');
    expect(chooseRoute(routes, world())).toBe('c');
  });
});
