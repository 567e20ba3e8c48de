import { advance, movesAt, type PlayState, start } from './play-state.ts';
import type { Scenario } from './scenario.ts';

/** More distinct states than any scenario in the library has; a walk past it stops and says so. */
const MAX_STATES = 200_000;

const keyOf = (s: PlayState) =>
  `${s.beat}|${s.chosen ?? ''}|${s.done}|${Object.values(s.meters).join(',')}|${[...s.flags].sort().join(',')}`;

/**
 * The endings a play in this context can reach from the start, found by the game's own rule engine
 * (`advance`) over every distinct state (beat, choice, meters, flags), so conditions on meters, flags
 * and preconditions count exactly as in a play. `complete` is false when the walk had to stop early.
 */
export const reachableEndings = (
  scenario: Scenario,
  context: string,
): { readonly endings: readonly string[]; readonly complete: boolean } => {
  const first = start(scenario, context);
  const seen = new Set([keyOf(first)]);
  const queue = [first];
  const endings = new Set<string>();
  while (queue.length) {
    if (seen.size > MAX_STATES) return { endings: [...endings], complete: false };
    const state = queue.pop()!;
    if (state.ending) endings.add(state.ending);
    for (const move of movesAt(scenario, state)) {
      const next = advance(scenario, state, move);
      if (!next || seen.has(keyOf(next))) continue;
      seen.add(keyOf(next));
      queue.push(next);
    }
  }
  const order = Object.keys(scenario.beats);
  return { endings: [...endings].sort((a, b) => order.indexOf(a) - order.indexOf(b)), complete: true };
};
