import { describe, expect, it } from 'vitest';
import type { Move } from '../../src/domain/play.ts';
import {
  advance,
  decisionAt,
  everyPlay,
  followSteps,
  phaseOf,
  replay,
  start,
} from '../../src/domain/play-state.ts';
import type { Scenario } from '../../src/domain/scenario.ts';
import { loadValid, MINI } from '../support/scenarios.ts';

const mini = loadValid(MINI);
const go: Move = { type: 'beat.continue' };
const pick = (choice: string): Move => ({ type: 'choice.select', choice });

describe('the rule engine', () => {
  it('reads, chooses, shows the consequence, routes on the meters, and ends', () => {
    let s = start(mini, 'met-mandaat');
    expect([s.beat, phaseOf(mini, s)]).toEqual(['begin', 'reading']);
    s = advance(mini, s, go)!;
    expect([s.beat, phaseOf(mini, s), decisionAt(mini, s)?.id]).toEqual(['keuze', 'choosing', 'keuze']);
    s = advance(mini, s, pick('open'))!;
    expect([phaseOf(mini, s), s.chosen, s.lastChange]).toEqual([
      'consequence',
      'open',
      { vertrouwen: 10, steun: -20 },
    ]);
    expect(s.flags).toEqual(['open']);
    s = advance(mini, s, go)!;
    // steun 40 − 20 = 20 < 30: the first route holds.
    expect([s.beat, phaseOf(mini, s), s.ending]).toEqual(['einde-alleen', 'ending', 'einde-alleen']);
    s = advance(mini, s, go)!;
    expect([phaseOf(mini, s), s.done, s.steps]).toEqual(['done', true, [{ beat: 'keuze', choice: 'open' }]]);
    expect(advance(mini, s, go)).toBeUndefined();
  });

  it('lands a choice differently where a variant’s context holds', () => {
    const without = replay(mini, 'zonder-mandaat', [go, pick('open')]);
    expect([without.lastVariant, without.lastChange]).toEqual([0, { vertrouwen: 10, steun: -30 }]);
    expect(replay(mini, 'met-mandaat', [go, pick('open')]).lastVariant).toBe(-1);
  });

  it('refuses moves that do not apply: a choice not offered, reading on while a choice waits', () => {
    const at = replay(mini, undefined, [go]);
    expect(advance(mini, at, pick('verzonnen'))).toBeUndefined();
    expect(advance(mini, at, go)).toBeUndefined();
    expect(advance(mini, start(mini), pick('open'))).toBeUndefined();
  });

  it('replays a list of moves as a fold over advance, skipping moves that do not apply', () => {
    const moves: Move[] = [go, pick('stil'), go];
    const folded = moves.reduce((s, m) => advance(mini, s, m)!, start(mini));
    expect(replay(mini, undefined, moves)).toEqual(folded);
    expect(replay(mini, undefined, [go, go, pick('nee'), pick('stil'), go])).toEqual(
      replay(mini, undefined, [go, pick('stil'), go]),
    );
  });

  it('follows recorded steps, and stops where they no longer fit the scenario', () => {
    const full = followSteps(mini, 'met-mandaat', [{ beat: 'keuze', choice: 'stil' }]);
    expect(full.map((s) => s.beat)).toEqual(['begin', 'keuze', 'keuze', 'einde-samen', 'einde-samen']);
    expect(full.at(-1)?.done).toBe(true);
    const stale = followSteps(mini, 'met-mandaat', [{ beat: 'weg', choice: 'stil' }]);
    expect(stale.map((s) => s.beat)).toEqual(['begin', 'keuze']);
  });

  it('finds every complete play, and reports a play that gets stuck instead of dropping it', () => {
    const plays = everyPlay(mini, start(mini, 'met-mandaat'));
    expect(plays.complete.map((p) => p.at(-1)!.ending).sort()).toEqual(['einde-alleen', 'einde-samen']);
    expect(plays.stuck).toEqual([]);
    // A route that can never be taken (the checker would not let this file through): the play gets stuck.
    const begin = mini.beats.begin!;
    const stuck: Scenario = {
      ...mini,
      beats: {
        ...mini.beats,
        begin: {
          ...begin,
          kind: 'narration',
          next: [{ when: [{ kind: 'flag', flag: 'nooit', negated: false }], go: 'keuze' }],
        },
      },
    };
    const found = everyPlay(stuck, start(stuck));
    expect(found.complete).toEqual([]);
    expect(found.stuck.map((p) => p.map((s) => s.beat))).toEqual([['begin']]);
  });
});
