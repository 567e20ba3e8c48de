import { type Beat, successorsOf } from './scenario.ts';

/** The shape of the beat graph: what each beat leads to, known even when a beat has other problems. */
export type Skeleton = Readonly<
  Record<string, { readonly ending: boolean; readonly next: readonly string[] }>
>;

export const skeletonOf = (beats: Readonly<Record<string, Beat>>): Skeleton =>
  Object.fromEntries(
    Object.values(beats).map((b) => [b.id, { ending: b.kind === 'ending', next: successorsOf(b) }]),
  );

export type GraphIssue =
  | { readonly code: 'unreachable'; readonly beat: string }
  | { readonly code: 'no-ending'; readonly beat: string }
  | { readonly code: 'cycle'; readonly beat: string; readonly path: readonly string[] };

/**
 * Checks the beat graph: every beat reachable from the start, no loops (a play always ends),
 * and an ending reachable from every beat. Targets that name no beat are reported elsewhere.
 */
export const checkGraph = (beats: Skeleton, start: string): GraphIssue[] => {
  const issues: GraphIssue[] = [];
  const next = (id: string) => (beats[id]?.next ?? []).filter((t) => t in beats);

  const reached = new Set<string>();
  const stack = start in beats ? [start] : [];
  while (stack.length) {
    const id = stack.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    stack.push(...next(id));
  }
  for (const id of Object.keys(beats)) if (!reached.has(id)) issues.push({ code: 'unreachable', beat: id });

  // Depth-first search with colours finds each loop once, by the edge that closes it.
  const colour = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (id: string) => {
    colour.set(id, 'open');
    trail.push(id);
    for (const t of next(id)) {
      if (colour.get(t) === 'open') {
        const loop = [...trail.slice(trail.indexOf(t)), t];
        issues.push({ code: 'cycle', beat: id, path: loop });
      } else if (!colour.has(t)) visit(t);
    }
    trail.pop();
    colour.set(id, 'done');
  };
  for (const id of Object.keys(beats)) if (!colour.has(id)) visit(id);

  const endsWell = new Set(Object.keys(beats).filter((id) => beats[id]?.ending));
  let grew = true;
  while (grew) {
    grew = false;
    for (const id of Object.keys(beats)) {
      if (!endsWell.has(id) && next(id).some((t) => endsWell.has(t))) {
        endsWell.add(id);
        grew = true;
      }
    }
  }
  for (const id of Object.keys(beats)) {
    if (!endsWell.has(id) && reached.has(id)) issues.push({ code: 'no-ending', beat: id });
  }
  return issues;
};
