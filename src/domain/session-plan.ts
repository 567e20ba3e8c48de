import { everyPlay, start } from './play-state.ts';
import { type DecisionBeat, type Scenario, successorsOf } from './scenario.ts';

/** Minutes a trainer plans for each part of a group session; the discussion time is the trainer's. */
export const PLAN_MINUTES = { opening: 3, readPerDecision: 1, votePerDecision: 2, debrief: 8 } as const;

export interface SessionPlan {
  /** The decisions in the order a play meets them (shortest route from the start first). */
  readonly decisions: readonly DecisionBeat[];
  /** The fewest and most decisions a room can meet in one play. */
  readonly decisionRange: { readonly min: number; readonly max: number };
  readonly minutes: { readonly min: number; readonly max: number };
}

/** A session plan drawn from the scenario file itself, so it never drifts from the game. */
export const sessionPlan = (scenario: Scenario, discussSeconds: number): SessionPlan => {
  const order = new Map<string, number>();
  const queue: [string, number][] = [[scenario.start, 0]];
  while (queue.length) {
    const [id, depth] = queue.shift()!;
    if (order.has(id)) continue;
    order.set(id, depth);
    const beat = scenario.beats[id];
    for (const next of beat ? successorsOf(beat) : []) queue.push([next, depth + 1]);
  }
  const decisions = Object.values(scenario.beats)
    .filter((b): b is DecisionBeat => b.kind === 'decision')
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  // Decisions met along a play: the fewest and most over every play the rules allow, in any context.
  const counts = scenario.contexts.flatMap((c) =>
    everyPlay(scenario, start(scenario, c.id)).complete.map((states) => states.at(-1)!.steps.length),
  );
  const decisionRange = { min: Math.min(...counts), max: Math.max(...counts) };
  const per = PLAN_MINUTES.readPerDecision + PLAN_MINUTES.votePerDecision + discussSeconds / 60;
  const fixed = PLAN_MINUTES.opening + PLAN_MINUTES.debrief;
  return {
    decisions,
    decisionRange,
    minutes: {
      min: Math.round(fixed + decisionRange.min * per),
      max: Math.round(fixed + decisionRange.max * per),
    },
  };
};
