import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/domain/debrief.ts';
import { COPING_STRATEGIES } from '../../src/domain/vocabulary.ts';
import { completePlays } from '../support/paths.ts';
import { checkFile, loadValid, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

const files = yamlFiles(SCENARIO_DIR);

describe('the scenario library', () => {
  it('has at least one scenario, and scenario ids are unique', () => {
    const ids = files.map((f) => loadValid(f).id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(files.map((f) => [f.replace(/^.*[\\/]/, ''), f]))('%s', (_name, file) => {
    it('passes the checker without a single problem', () => {
      expect(checkFile(file).problems).toEqual([]);
    });

    const scenario = loadValid(file);
    const decisions = Object.values(scenario.beats).filter((b) => b.kind === 'decision');
    const endings = Object.values(scenario.beats).filter((b) => b.kind === 'ending');

    it('stages at least 3 decisions and has at least 2 distinct endings', () => {
      expect(decisions.length).toBeGreaterThanOrEqual(3);
      expect(endings.length).toBeGreaterThanOrEqual(2);
      const plays = completePlays(scenario);
      expect(new Set(plays.map((p) => p.record.ending)).size).toBeGreaterThanOrEqual(2);
    });

    it('lets a player reach at least three of the four coping strategies', () => {
      const reached = new Set(
        completePlays(scenario).flatMap((p) =>
          buildDebrief(scenario, p.record).strategies.map((s) => s.strategy),
        ),
      );
      expect(COPING_STRATEGIES.filter((s) => reached.has(s)).length).toBeGreaterThanOrEqual(3);
    });

    it('cites its sources and gives the trainer notes and two prompts at every decision', () => {
      expect(scenario.sources.length).toBeGreaterThan(0);
      for (const beat of decisions) {
        if (beat.kind !== 'decision') continue;
        expect(beat.decision.facilitator.sources.length, beat.id).toBeGreaterThan(0);
        expect(beat.decision.facilitator.prompts.length, beat.id).toBeGreaterThanOrEqual(2);
      }
    });
  });
});
