import { type Beat, type Clause, routesOf, type Scenario } from './scenario.ts';

export interface GraphNode {
  readonly id: string;
  readonly kind: Beat['kind'];
  /** Column: the longest number of steps from the start (the beat graph has no loops). */
  readonly layer: number;
  /** Row within the column. */
  readonly row: number;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  /** The choice that leads here, for edges out of a decision. */
  readonly choice?: string;
  readonly when: readonly Clause[];
}

/** The beats and transitions of a scenario laid out in columns, for diagrams and branch maps. */
export const scenarioGraph = (scenario: Scenario): { nodes: GraphNode[]; edges: GraphEdge[] } => {
  const outgoing = (beat: Beat): GraphEdge[] =>
    routesOf(beat).map(({ route, choice }) => ({
      from: beat.id,
      to: route.go,
      ...(choice ? { choice } : {}),
      when: route.when,
    }));
  const edges = Object.values(scenario.beats).flatMap(outgoing);
  const layer = new Map<string, number>([[scenario.start, 0]]);
  // Longest-path layering by relaxing edges in breadth-first order; terminates because there are no loops.
  const queue = [scenario.start];
  while (queue.length) {
    const id = queue.shift()!;
    for (const e of edges.filter((x) => x.from === id)) {
      const candidate = (layer.get(id) ?? 0) + 1;
      if ((layer.get(e.to) ?? -1) < candidate) {
        layer.set(e.to, candidate);
        queue.push(e.to);
      }
    }
  }
  const rows = new Map<number, number>();
  const nodes = [...layer.entries()]
    .sort((a, b) => a[1] - b[1])
    .map(([id, l]) => {
      const row = rows.get(l) ?? 0;
      rows.set(l, row + 1);
      return { id, kind: scenario.beats[id]!.kind, layer: l, row };
    });
  return { nodes, edges };
};
