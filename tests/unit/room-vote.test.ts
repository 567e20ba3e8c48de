import { describe, expect, it } from 'vitest';
import { division, mostDivided, roomOutcome, ruleFor } from '../../src/domain/room-vote.ts';

const choices = ['a', 'b', 'c'];

describe('the room’s choice', () => {
  it('is the option with the most votes', () => {
    expect(roomOutcome(choices, { a: 3, b: 7, c: 2 })).toEqual({ kind: 'majority', choice: 'b' });
  });
  it('is a tie among the most-voted when they are level', () => {
    expect(roomOutcome(choices, { a: 5, b: 5, c: 2 })).toEqual({ kind: 'tie', tied: ['a', 'b'] });
  });
  it('has no outcome without votes, and ignores votes for options not offered', () => {
    expect(roomOutcome(choices, {})).toEqual({ kind: 'no-votes' });
    expect(roomOutcome(choices, { z: 9 })).toEqual({ kind: 'no-votes' });
  });
  it.each([
    [{ a: 3, b: 7 }, 'b', 'majority'],
    [{ a: 3, b: 7 }, 'a', 'override'],
    [{ a: 5, b: 5 }, 'a', 'tie-break'],
    [{ a: 5, b: 5 }, 'c', 'override'],
    [{}, 'c', 'no-votes'],
  ] as const)('names the rule of a pick: %o, %s → %s', (tally, pick, rule) => {
    expect(ruleFor(choices, tally, pick)).toBe(rule);
  });
  it('measures how divided the room was', () => {
    expect(division({ a: 10 })).toBe(0);
    expect(division({ a: 5, b: 5 })).toBe(0.5);
    expect(division({})).toBe(0);
  });
});

describe('the most divided decisions', () => {
  it('marks the votes where the room was most split, and none when it always agreed', () => {
    expect(
      mostDivided([
        { a: 9, b: 1 },
        { a: 5, b: 5 },
        { a: 1, b: 1 },
      ]),
    ).toEqual([false, true, true]);
    expect(mostDivided([{ a: 4 }, { b: 7 }])).toEqual([false, false]);
  });
});
