import { buildDebrief, type CompetencyTally } from './debrief.ts';
import type { PlayRecord } from './play.ts';
import type { Scenario } from './scenario.ts';
import {
  COMPETENCIES,
  COMPETENCY_LAYER,
  type Competency,
  isCopingStrategy,
  type Strategy,
  type Tension,
} from './vocabulary.ts';

/** One scenario of a group session: what the room played and where it ended. */
export interface SessionPart {
  readonly scenario: Scenario;
  readonly play: PlayRecord;
}

/** What a whole group session leaned on, over every scenario it played: no score, only the pattern. */
export interface SessionDebrief {
  /** The scenarios in the order they were played, with the room's decisions and ending. */
  readonly parts: readonly {
    readonly scenario: string;
    readonly decisions: number;
    readonly ending?: string;
  }[];
  /** Tensions the room met, most often first; `scenarios` says in how many of them it came back. */
  readonly tensions: readonly {
    readonly tension: Tension;
    readonly decisions: number;
    readonly scenarios: number;
  }[];
  /** Strategies the room's choices resembled over the whole session, most often first. */
  readonly strategies: readonly {
    readonly strategy: Strategy;
    readonly coping: boolean;
    readonly choices: number;
  }[];
  /** Competencies drawn on and set aside over the whole session, by layer as in one debrief. */
  readonly competencies: readonly CompetencyTally[];
}

const byCount = <T extends { readonly count: number }>(a: T, b: T) => b.count - a.count;

/** The same debrief rules as one scenario (buildDebrief), summed over every scenario of the session. */
export const sessionDebrief = (parts: readonly SessionPart[]): SessionDebrief => {
  const debriefs = parts.map((p) => buildDebrief(p.scenario, p.play));
  const tensions = new Map<Tension, { decisions: number; scenarios: Set<number> }>();
  const strategies = new Map<Strategy, number>();
  const competencies = new Map<Competency, { drawn: number; setAside: number }>();
  debriefs.forEach((d, i) => {
    for (const t of d.tensions) {
      const seen = tensions.get(t.tension) ?? { decisions: 0, scenarios: new Set<number>() };
      seen.decisions += 1;
      seen.scenarios.add(i);
      tensions.set(t.tension, seen);
    }
    for (const s of d.strategies)
      strategies.set(s.strategy, (strategies.get(s.strategy) ?? 0) + s.choices.length);
    for (const c of d.competencies) {
      const sum = competencies.get(c.competency) ?? { drawn: 0, setAside: 0 };
      competencies.set(c.competency, { drawn: sum.drawn + c.drawn, setAside: sum.setAside + c.setAside });
    }
  });
  return {
    parts: debriefs.map((d) => ({
      scenario: d.scenario,
      decisions: d.decisions,
      ...(d.ending ? { ending: d.ending.beat } : {}),
    })),
    tensions: [...tensions]
      .map(([tension, t]) => ({
        tension,
        decisions: t.decisions,
        scenarios: t.scenarios.size,
        count: t.decisions,
      }))
      .sort(byCount)
      .map(({ count: _, ...t }) => t),
    strategies: [...strategies]
      .map(([strategy, choices]) => ({
        strategy,
        coping: isCopingStrategy(strategy),
        choices,
        count: choices,
      }))
      .sort(byCount)
      .map(({ count: _, ...s }) => s),
    competencies: COMPETENCIES.flatMap((competency) => {
      const c = competencies.get(competency);
      return c ? [{ competency, layer: COMPETENCY_LAYER[competency], ...c }] : [];
    }),
  };
};
