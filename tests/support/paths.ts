import type { AnyStateMachine, SnapshotFrom } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import type { Scenario } from '../../src/domain/scenario.ts';
import { compileScenario } from '../../src/machines/compile-scenario.ts';
import type { PlayerEvent } from '../../src/machines/player-types.ts';

/** Every event a scenario's machine can receive; guards decide which apply where. */
export const eventsOf = (scenario: Scenario): PlayerEvent[] => [
  { type: 'beat.continue' },
  ...Object.values(scenario.beats).flatMap((beat) =>
    beat.kind === 'decision'
      ? beat.decision.choices.map((c) => ({ type: 'choice.select' as const, choice: c.id }))
      : [],
  ),
];

// The choices made determine meters and flags, so state value plus steps identify a state.
const serializeState = (s: { value: unknown; context: { steps: unknown } }) =>
  JSON.stringify([s.value, s.context.steps]);

const generate = (scenario: Scenario, context?: string) => {
  const machine = compileScenario(scenario);
  const input = context ? { context } : {};
  // xstate's graph utilities explore the statechart; a walk over that graph lists every complete play.
  // (getSimplePaths does the same but searches once per state, quadratic in the size of the graph.)
  type Snap = SnapshotFrom<typeof machine>;
  type Node = { state: Snap; transitions: Record<string, { event: PlayerEvent; state: Snap }> };
  const adjacency = getAdjacencyMap(machine as AnyStateMachine, {
    events: eventsOf(scenario),
    input,
    serializeState,
  }) as unknown as Record<string, Node>;
  type Step = { state: Snap; event: PlayerEvent | { type: 'xstate.init' } };
  const start = Object.keys(adjacency)[0]!;
  const plays: { state: Snap; steps: Step[] }[] = [];
  const walk = (key: string, steps: Step[], seen: Set<string>) => {
    const node = adjacency[key]!;
    if (node.state.status === 'done') {
      plays.push({ state: node.state, steps });
      return;
    }
    for (const { event, state } of Object.values(node.transitions)) {
      const next = serializeState(state);
      if (seen.has(next) || !(next in adjacency)) continue;
      walk(next, [...steps, { state, event }], new Set(seen).add(next));
    }
  };
  walk(start, [{ state: adjacency[start]!.state, event: { type: 'xstate.init' } }], new Set([start]));
  return plays;
};

const cache = new Map<string, ReturnType<typeof generate>>();

/** Every complete play of a scenario in one of its contexts (default: the first), generated from its statechart. */
export const completePlays = (scenario: Scenario, context?: string) => {
  const key = `${scenario.file}|${context ?? ''}`;
  let plays = cache.get(key);
  if (!plays) {
    plays = generate(scenario, context);
    cache.set(key, plays);
  }
  return plays;
};
