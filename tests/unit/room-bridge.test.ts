import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { byChoice, byLetter, roomPhaseOf } from '../../src/adapters/room-bridge.ts';
import { decisionKey, readDecisionKey } from '../../src/domain/room-decision.ts';
import { DecisionSchema, PathSchema } from '../../src/domain/room-protocol.ts';
import { VOTE_LETTERS } from '../../src/domain/room-vote.ts';
import { createSessionPort } from '../../src/machines/session-port.ts';
import { loadValid, MINI, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

const library = [MINI, ...yamlFiles(SCENARIO_DIR)].map(loadValid);

describe('what the room server hears of a session', () => {
  it.each(library.map((s) => [s.id, s] as const))(
    '%s: every decision has a key the server accepts, and its counts go to letters and back unchanged',
    (_, scenario) => {
      for (const context of scenario.contexts) {
        for (const beat of Object.values(scenario.beats)) {
          if (beat.kind !== 'decision') continue;
          const key = decisionKey({ scenario: scenario.id, context: context.id, beat: beat.id });
          expect(v.is(DecisionSchema, key), key).toBe(true);
          expect(readDecisionKey(key)).toEqual({ scenario: scenario.id, context: context.id, beat: beat.id });
          const tally = Object.fromEntries(beat.decision.choices.map((c, i) => [c.id, i * 3 + 1]));
          const letters = byLetter(scenario, beat.id, tally);
          expect(Object.keys(letters)).toEqual(VOTE_LETTERS.slice(0, beat.decision.choices.length));
          expect(byChoice(scenario, beat.id, letters)).toEqual(tally);
        }
      }
    },
  );

  it('tells the room each phase of a played session, with the room’s path in letters the server accepts', () => {
    const mini = library[0]!;
    const port = createSessionPort([mini]);
    expect(roomPhaseOf(port.view())).toBeUndefined();
    port.send({ type: 'session.group' });
    expect(roomPhaseOf(port.view())).toEqual({ phase: 'lobby', decision: null, letters: [], path: [] });
    port.send({
      type: 'group.start',
      scenario: 'mini',
      context: 'met-mandaat',
      discussSeconds: 60,
      showMeters: true,
    });
    expect(roomPhaseOf(port.view())).toMatchObject({ phase: 'reading', decision: null, letters: [] });
    port.send({ type: 'group.next' });
    const decision = decisionKey({ scenario: 'mini', context: 'met-mandaat', beat: 'keuze' });
    expect(roomPhaseOf(port.view())).toEqual({ phase: 'present', decision, letters: ['A', 'B'], path: [] });
    for (const e of [{ type: 'group.next' }, { type: 'group.next' }] as const) port.send(e);
    port.send({ type: 'tally.set', choice: 'stil', count: 2 });
    port.send({ type: 'group.next' });
    port.send({ type: 'group.next' });
    const after = roomPhaseOf(port.view());
    expect(after).toMatchObject({ decision: null, path: [{ decision, letter: 'B' }] });
    expect(v.is(PathSchema, after?.path)).toBe(true);
    // Through the ending to the group debrief: the path stays for the phones' own debriefs.
    for (let i = 0; i < 10 && port.view().screen === 'group'; i++) port.send({ type: 'group.next' });
    expect(port.view().screen).toBe('groupDebrief');
    expect(roomPhaseOf(port.view())).toEqual({
      phase: 'finished',
      decision: null,
      letters: [],
      path: [{ decision, letter: 'B' }],
    });
    port.send({ type: 'session.title' });
    expect(roomPhaseOf(port.view())).toBeUndefined();
  });
});
