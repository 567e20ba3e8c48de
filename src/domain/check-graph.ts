import { type Beat, successorsOf } from './scenario.ts';

/**
 * The shape of the beat graph: what each beat leads to, known even when a beat has other problems.
 * A Map, in the order of the file: beat ids are author text and must never meet `Object.prototype`.
 */
export type Skeleton = ReadonlyMap<string, { readonly ending: boolean; readonly next: readonly string[] }>;

export const skeletonOf = (beats: Readonly<Record<string, Beat>>): Skeleton =>
  new Map(Object.values(beats).map((b) => [b.id, { ending: b.kind === 'ending', next: successorsOf(b) }]));

export type GraphIssue =
  | { readonly code: 'unreachable'; readonly beat: string }
  | { readonly code: 'no-ending'; readonly beat: string }
  | { readonly code: 'cycle'; readonly beat: string; readonly path: readonly string[] };

/**
 * Checks the beat graph: every beat reachable from the start, no loops (a play always ends),
 * and an ending reachable from every beat. Targets that name no beat are reported elsewhere.
 * Every walk is iterative and linear in the size of the graph, so a long chain of beats cannot
 * overflow the call stack.
 */
export const checkGraph = (beats: Skeleton, start: string): GraphIssue[] => {
  const issues: GraphIssue[] = [];
  // Beats by number, in the order of the file; each beat's distinct successors that are beats
  // (a route repeated twice is one edge).
  const ids = [...beats.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const edges = [...beats.values()].map((b) => [
    ...new Set(b.next.flatMap((t) => (index.has(t) ? [index.get(t)!] : []))),
  ]);
  const n = ids.length;

  const reached = new Uint8Array(n);
  const first = index.get(start);
  const stack = first === undefined ? [] : [first];
  while (stack.length) {
    const b = stack.pop()!;
    if (reached[b]) continue;
    reached[b] = 1;
    for (const t of edges[b]!) if (!reached[t]) stack.push(t);
  }
  ids.forEach((id, b) => {
    if (!reached[b]) issues.push({ code: 'unreachable', beat: id });
  });

  // Depth-first search with colours finds each loop once, by the edge that closes it. The open beats
  // are an explicit stack (the trail), each with the index of its next successor to try.
  const OPEN = 1;
  const DONE = 2;
  const colour = new Uint8Array(n);
  const depth = new Int32Array(n);
  const trail: number[] = [];
  const tried: number[] = [];
  const open = (b: number) => {
    colour[b] = OPEN;
    depth[b] = trail.length;
    trail.push(b);
    tried.push(0);
  };
  for (let root = 0; root < n; root++) {
    if (colour[root]) continue;
    open(root);
    while (trail.length) {
      const top = trail.length - 1;
      const b = trail[top]!;
      const successors = edges[b]!;
      if (tried[top]! >= successors.length) {
        trail.pop();
        tried.pop();
        colour[b] = DONE;
        continue;
      }
      const t = successors[tried[top]!++]!;
      if (colour[t] === OPEN) {
        const loop = [...trail.slice(depth[t]), t].map((x) => ids[x]!);
        issues.push({ code: 'cycle', beat: ids[b]!, path: loop });
      } else if (!colour[t]) open(t);
    }
  }

  // Which beats can reach an ending: walk backwards from the endings along reversed edges.
  const before: number[][] = ids.map(() => []);
  edges.forEach((targets, b) => {
    for (const t of targets) before[t]!.push(b);
  });
  const endsWell = new Uint8Array(n);
  const back = [...beats.values()].flatMap((beat, b) => (beat.ending ? [b] : []));
  while (back.length) {
    const b = back.pop()!;
    if (endsWell[b]) continue;
    endsWell[b] = 1;
    for (const p of before[b]!) if (!endsWell[p]) back.push(p);
  }
  ids.forEach((id, b) => {
    if (!endsWell[b] && reached[b]) issues.push({ code: 'no-ending', beat: id });
  });
  return issues;
};
