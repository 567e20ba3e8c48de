import { describe, expect, it } from 'vitest';
import { everyPlay, start } from '../../src/domain/play-state.ts';
import { reachableEndings } from '../../src/domain/reachable-endings.ts';
import { loadValid, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

describe('the endings each context can reach (the studio’s structure view)', () => {
  it('are exactly the endings of every complete play, for each context of every library scenario', () => {
    for (const file of yamlFiles(SCENARIO_DIR)) {
      const scenario = loadValid(file);
      for (const context of scenario.contexts) {
        const plays = everyPlay(scenario, start(scenario, context.id)).complete;
        const expected = new Set(plays.map((trail) => trail.at(-1)!.ending));
        const found = reachableEndings(scenario, context.id);
        expect(found.complete).toBe(true);
        expect(new Set(found.endings), `${scenario.id} in ${context.id}`).toEqual(expected);
      }
    }
  });
});
