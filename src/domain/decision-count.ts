import { type Beat, type Scenario, successorsOf } from './scenario.ts';

/** How many decisions a route from a beat can still hold: the fewest and the most. */
export interface Span {
  readonly fewest: number;
  readonly most: number;
}

/** Where a play stands among its decisions: "decision `current` of `fewest`–`most`" (the same twice when every path agrees). */
export interface DecisionMarker extends Span {
  readonly current: number;
}

const NONE: Span = { fewest: 0, most: 0 };

const widest = (spans: readonly Span[]): Span =>
  spans.length === 0
    ? NONE
    : {
        fewest: Math.min(...spans.map((s) => s.fewest)),
        most: Math.max(...spans.map((s) => s.most)),
      };

/**
 * The decisions ahead of each beat, counting the beat itself when it is one, over every route whatever
 * its conditions: an honest range, since which routes hold depends on what is still to be chosen.
 * A beat met again on its own route (a loop the checker would report) counts as no further decisions.
 */
export const decisionsAhead = (scenario: Scenario): ReadonlyMap<string, Span> => {
  const known = new Map<string, Span>();
  const visiting = new Set<string>();
  const ahead = (id: string): Span => {
    const done = known.get(id);
    if (done) return done;
    const beat = scenario.beats[id];
    if (!beat || visiting.has(id)) return NONE;
    visiting.add(id);
    const after = widest(successorsOf(beat).map(ahead));
    visiting.delete(id);
    const own = beat.kind === 'decision' ? 1 : 0;
    const span = { fewest: after.fewest + own, most: after.most + own };
    known.set(id, span);
    return span;
  };
  for (const id of Object.keys(scenario.beats)) ahead(id);
  return known;
};

const afterChoice = (beat: Beat, chosen: string, spans: ReadonlyMap<string, Span>): Span => {
  if (beat.kind !== 'decision') return NONE;
  const choice = beat.decision.choices.find((c) => c.id === chosen);
  return widest((choice?.next ?? []).map((r) => spans.get(r.go) ?? NONE));
};

/**
 * The progress marker of a play standing at `beatId` after `taken` decisions (with `chosen`, while that
 * choice's consequence is read). At a decision it is that decision's number; while reading towards one,
 * the number of the next; at an ending, the last one taken.
 */
export const decisionMarker = (
  scenario: Scenario,
  beatId: string,
  taken: number,
  chosen?: string,
  spans: ReadonlyMap<string, Span> = decisionsAhead(scenario),
): DecisionMarker => {
  const beat = scenario.beats[beatId];
  if (!beat || beat.kind === 'ending') return { current: taken, fewest: taken, most: taken };
  if (beat.kind === 'decision' && chosen !== undefined) {
    const rest = afterChoice(beat, chosen, spans);
    return { current: taken, fewest: taken + rest.fewest, most: taken + rest.most };
  }
  const rest = spans.get(beatId) ?? NONE;
  const current = rest.most > 0 ? taken + 1 : taken;
  return { current, fewest: Math.max(current, taken + rest.fewest), most: taken + rest.most };
};
