import type { DecisionBeat, Scenario } from './scenario.ts';

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
    if (!beat) continue;
    const next =
      beat.kind === 'narration'
        ? beat.next
        : beat.kind === 'decision'
          ? beat.decision.choices.flatMap((c) => c.next)
          : [];
    for (const r of next) queue.push([r.go, depth + 1]);
  }
  const decisions = Object.values(scenario.beats)
    .filter((b): b is DecisionBeat => b.kind === 'decision')
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  // Decisions met along a play: the fewest and most over all routes through the (loop-free) beat graph.
  const memo = new Map<string, { min: number; max: number }>();
  const span = (id: string): { min: number; max: number } => {
    const known = memo.get(id);
    if (known) return known;
    const beat = scenario.beats[id];
    let result = { min: 0, max: 0 };
    if (beat && beat.kind !== 'ending') {
      const targets =
        beat.kind === 'narration'
          ? beat.next.map((r) => r.go)
          : beat.decision.choices.flatMap((c) => c.next.map((r) => r.go));
      const here = beat.kind === 'decision' ? 1 : 0;
      const spans = targets.map(span);
      result = {
        min: here + Math.min(...spans.map((x) => x.min)),
        max: here + Math.max(...spans.map((x) => x.max)),
      };
    }
    memo.set(id, result);
    return result;
  };
  const decisionRange = span(scenario.start);
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
