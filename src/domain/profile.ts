import { buildDebrief } from './debrief.ts';
import type { PlayRecord } from './play.ts';
import type { Scenario } from './scenario.ts';
import {
  COMPETENCIES,
  COMPETENCY_LAYER,
  type Competency,
  type Layer,
  STRATEGIES,
  type Strategy,
} from './vocabulary.ts';

export interface Profile {
  readonly plays: number;
  readonly scenarios: number;
  readonly competencies: readonly { competency: Competency; layer: Layer; drawn: number; setAside: number }[];
  readonly strategies: readonly { strategy: Strategy; choices: number }[];
  readonly decisions: number;
}

/**
 * How a player tends to weigh over every finished play: a description of choices made in a game,
 * not of a person. Plays of scenarios that are no longer offered are left out.
 */
export const acrossPlays = (catalog: readonly Scenario[], plays: readonly PlayRecord[]): Profile => {
  const debriefs = plays.flatMap((p) => {
    const scenario = catalog.find((s) => s.id === p.scenario);
    return scenario ? [buildDebrief(scenario, p)] : [];
  });
  const count = (c: Competency, field: 'drawn' | 'setAside') =>
    debriefs.reduce((n, d) => n + (d.competencies.find((x) => x.competency === c)?.[field] ?? 0), 0);
  return {
    plays: debriefs.length,
    scenarios: new Set(debriefs.map((d) => d.scenario)).size,
    decisions: debriefs.reduce((n, d) => n + d.decisions, 0),
    competencies: COMPETENCIES.map((competency) => ({
      competency,
      layer: COMPETENCY_LAYER[competency],
      drawn: count(competency, 'drawn'),
      setAside: count(competency, 'setAside'),
    })).filter((c) => c.drawn + c.setAside > 0),
    strategies: STRATEGIES.map((strategy) => ({
      strategy,
      choices: debriefs.reduce(
        (n, d) => n + (d.strategies.find((s) => s.strategy === strategy)?.choices.length ?? 0),
        0,
      ),
    })).filter((s) => s.choices > 0),
  };
};
