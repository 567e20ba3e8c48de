import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/domain/debrief.ts';
import {
  buildPhoneDebrief,
  phoneRows,
  stepsFromLetters,
  votesFromLetters,
} from '../../src/domain/phone-debrief.ts';
import type { Step } from '../../src/domain/play.ts';
import { decisionKey, letterOf } from '../../src/domain/room-decision.ts';
import type { Scenario } from '../../src/domain/scenario.ts';
import { completePlays } from '../support/paths.ts';
import { loadValid, MINI, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

const library = yamlFiles(SCENARIO_DIR).map(loadValid);
/** Every complete room path of every scenario in every context it has. */
const roomPlays = library.flatMap((scenario) =>
  scenario.contexts.flatMap((context) =>
    completePlays(scenario, context.id).map((play) => ({ scenario, context: context.id, play })),
  ),
);
const asVotes = (steps: readonly Step[]) => Object.fromEntries(steps.map((s) => [s.beat, s.choice]));
const choicesAt = (scenario: Scenario, beat: string) => {
  const b = scenario.beats[beat];
  return b?.kind === 'decision' ? b.decision.choices : [];
};

describe('a phone’s debrief over every complete room path of every scenario', () => {
  it('covers the library', () => {
    expect(library.length).toBeGreaterThanOrEqual(7);
    expect(roomPlays.length).toBeGreaterThan(1000);
  });

  it('leans on what the room leaned on when the phone always agreed, and follows the room’s story', () => {
    for (const { scenario, context, play } of roomPlays) {
      const room = buildDebrief(scenario, play.record);
      const phone = buildPhoneDebrief(scenario, context, play.record.steps, asVotes(play.record.steps));
      expect(phone.rows.map((r) => r.agreed)).toEqual(play.record.steps.map(() => true));
      expect(phone.voted).toBe(play.record.steps.length);
      expect(phone.agreed).toBe(play.record.steps.length);
      expect(phone.debrief.competencies).toEqual(room.competencies);
      expect(phone.debrief.strategies).toEqual(room.strategies);
      expect(phone.debrief.tensions).toEqual(room.tensions);
      expect(phone.debrief.ending).toEqual(room.ending);
      expect(phone.debrief.meters).toEqual(room.meters);
    }
  });

  it('leans on nothing when the phone never voted, while the story is still the room’s', () => {
    for (const { scenario, context, play } of roomPlays) {
      const room = buildDebrief(scenario, play.record);
      const phone = buildPhoneDebrief(scenario, context, play.record.steps, {});
      expect(phone.rows).toHaveLength(play.record.steps.length);
      expect(phone.rows.every((r) => r.mine === undefined && !r.agreed)).toBe(true);
      expect([phone.voted, phone.agreed]).toEqual([0, 0]);
      expect(phone.debrief.competencies).toEqual([]);
      expect(phone.debrief.strategies).toEqual([]);
      expect(phone.debrief.tensions).toEqual([]);
      expect(phone.debrief.decisions).toBe(0);
      expect(phone.debrief.ending).toEqual(room.ending);
      expect(phone.debrief.meters.end).toEqual(play.record.meters);
    }
  });

  it('goes through letters and decision keys and back unchanged', () => {
    for (const { scenario, context, play } of roomPlays) {
      const path = play.record.steps.map((s) => ({
        decision: decisionKey({ scenario: scenario.id, context, beat: s.beat }),
        letter: letterOf(scenario, s.beat, s.choice)!,
      }));
      expect(stepsFromLetters(scenario, context, path)).toEqual(play.record.steps);
      const votes = Object.fromEntries(path.map((p) => [p.decision, p.letter]));
      expect(votesFromLetters(scenario, context, votes)).toEqual(asVotes(play.record.steps));
    }
  });

  it('counts exactly the phone’s own votes, whatever they were', () => {
    const arbitrary = fc.record({
      at: fc.nat({ max: roomPlays.length - 1 }),
      picks: fc.array(fc.option(fc.nat({ max: 3 }), { nil: undefined }), { minLength: 12, maxLength: 12 }),
    });
    fc.assert(
      fc.property(arbitrary, ({ at, picks }) => {
        const { scenario, context, play } = roomPlays[at]!;
        const mine: Record<string, string> = {};
        play.record.steps.forEach((step, i) => {
          const choices = choicesAt(scenario, step.beat);
          const pick = picks[i];
          if (pick !== undefined) mine[step.beat] = choices[pick % choices.length]!.id;
        });
        const phone = buildPhoneDebrief(scenario, context, play.record.steps, mine);
        const chosen = play.record.steps.flatMap((s) => {
          const id = mine[s.beat];
          return id ? [choicesAt(scenario, s.beat).find((c) => c.id === id)!] : [];
        });
        expect(phone.voted).toBe(chosen.length);
        expect(phone.agreed).toBe(play.record.steps.filter((s) => mine[s.beat] === s.choice).length);
        expect(phone.debrief.competencies.reduce((n, c) => n + c.drawn, 0)).toBe(
          chosen.reduce((n, c) => n + c.draws.length, 0),
        );
        expect(phone.debrief.competencies.reduce((n, c) => n + c.setAside, 0)).toBe(
          chosen.reduce((n, c) => n + c.setsAside.length, 0),
        );
        expect(phone.debrief.strategies.flatMap((s) => s.choices).sort()).toEqual(
          chosen.map((c) => c.id).sort(),
        );
        // The room's story does not depend on how this phone voted.
        expect(phone.debrief.ending).toEqual(buildDebrief(scenario, play.record).ending);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the rows of a phone’s debrief', () => {
  const mini = loadValid(MINI);
  const decisions = Object.values(mini.beats).filter((b) => b.kind === 'decision');
  const first = decisions[0]!;
  const [a, b] = first.decision.choices;

  it('leave out votes for options the decision does not have, and votes off the room’s path', () => {
    const rows = phoneRows(mini, [{ beat: first.id, choice: a!.id }], {
      [first.id]: 'not-an-option',
      'not-a-beat': a!.id,
    });
    expect(rows).toEqual([{ beat: first.id, room: a!.id, agreed: false }]);
  });

  it('say where the phone voted otherwise', () => {
    expect(phoneRows(mini, [{ beat: first.id, choice: a!.id }], { [first.id]: b!.id })).toEqual([
      { beat: first.id, room: a!.id, mine: b!.id, agreed: false },
    ]);
  });

  it('leave out room steps that do not fit the scenario', () => {
    expect(phoneRows(mini, [{ beat: 'gone', choice: 'x' }], {})).toEqual([]);
    expect(buildPhoneDebrief(mini, 'met-mandaat', [{ beat: 'gone', choice: 'x' }], {}).rows).toEqual([]);
  });

  it('read only the entries of this scenario and context from what crossed the network', () => {
    const key = (context: string, scenario = mini.id) => decisionKey({ scenario, context, beat: first.id });
    const path = [
      { decision: key('met-mandaat'), letter: 'B' as const },
      { decision: key('elsewhere'), letter: 'A' as const },
      { decision: key('met-mandaat', 'other'), letter: 'A' as const },
      { decision: key('met-mandaat'), letter: 'D' as const },
    ];
    expect(stepsFromLetters(mini, 'met-mandaat', path)).toEqual([{ beat: first.id, choice: b!.id }]);
  });
});
