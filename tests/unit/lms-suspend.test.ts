import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeSuspend,
  encodeSuspend,
  MAX_SUSPEND_MOVES,
  SUSPEND_LIMITS,
} from '../../src/adapters/lms-suspend.ts';
import { ID_PATTERN } from '../../src/domain/ids.ts';
import type { Move } from '../../src/domain/play.ts';
import { allPlays } from '../support/paths.ts';
import { loadValid, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

const id = fc.stringMatching(ID_PATTERN).filter((s) => s.length <= 40);
const move: fc.Arbitrary<Move> = fc.oneof(
  fc.constant({ type: 'beat.continue' } as const),
  id.map((choice) => ({ type: 'choice.select', choice }) as const),
);

describe('the play in progress as suspend_data', () => {
  it('reads back exactly the play it wrote, for any scenario, context and moves', () => {
    fc.assert(
      fc.property(id, id, fc.array(move, { maxLength: 200 }), (scenario, context, moves) => {
        const reading = decodeSuspend(encodeSuspend({ scenario, context, moves }));
        expect(reading).toEqual({ ok: true, play: { scenario, context, moves } });
      }),
    );
  });

  it('writes runs of reading on as one short token, and only plain text', () => {
    const text = encodeSuspend({
      scenario: 'de-nieuwe-wethouder',
      context: 'gemeente',
      moves: [
        { type: 'beat.continue' },
        { type: 'beat.continue' },
        { type: 'choice.select', choice: 'ga-in-gesprek' },
        { type: 'beat.continue' },
      ],
    });
    expect(text).toBe('oa1|de-nieuwe-wethouder|gemeente|.2,ga-in-gesprek,.1');
  });

  it('refuses anything else without throwing: empty, damaged, hostile, or from a newer format', () => {
    expect(decodeSuspend('')).toMatchObject({ ok: false, reason: 'empty' });
    expect(decodeSuspend(undefined)).toMatchObject({ ok: false, reason: 'empty' });
    expect(decodeSuspend('oa2|a|b|.1')).toMatchObject({ ok: false, reason: 'newer' });
    for (const text of [
      'oa1|a|b',
      'oa1|a|b|.1|extra',
      'oa1|A|b|.1',
      'oa1|a|b|.0',
      'oa1|a|b|..1',
      'oa1|a|b|x,,y',
      'oa1|a|b|<script>',
      '{"scenario":"a"}',
      `oa1|a|b|${Array.from({ length: 3 }, () => '.9999').join(',')}`,
      'x'.repeat(SUSPEND_LIMITS['2004'] + 1),
    ]) {
      expect(decodeSuspend(text), text.slice(0, 40)).toMatchObject({ ok: false, reason: 'damaged' });
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const reading = decodeSuspend(text);
        if (reading.ok) expect(reading.play.moves.length).toBeLessThanOrEqual(MAX_SUSPEND_MOVES);
      }),
    );
  });

  it("keeps the longest play of every scenario in the library within SCORM 1.2's 4,096 characters", () => {
    for (const file of yamlFiles(SCENARIO_DIR)) {
      const scenario = loadValid(file);
      const longest = Math.max(
        ...scenario.contexts.flatMap((c) =>
          allPlays(scenario, c.id).complete.map(
            (p) => encodeSuspend({ scenario: scenario.id, context: c.id, moves: p.moves }).length,
          ),
        ),
      );
      console.info(`${scenario.id}: longest suspend_data ${longest} characters`);
      expect(longest, scenario.id).toBeLessThanOrEqual(SUSPEND_LIMITS['1.2']);
    }
  }, 120_000);
});
