import dagre from '@dagrejs/dagre';

/**
 * Top-to-bottom layout of a directed graph by dagre, for the branch map and the authors' diagrams.
 * No DOM: sizes come in, positions and routed edges come out, so the game and the graphs script
 * draw the same picture.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LayoutNode {
  readonly id: string;
  readonly width: number;
  readonly height: number;
}

export interface LayoutEdge {
  readonly from: string;
  readonly to: string;
}

/** A node with its centre. */
export interface PlacedNode extends LayoutNode {
  readonly x: number;
  readonly y: number;
}

/** An edge as the polyline dagre routed around the nodes, from the border of `from` to the border of `to`. */
export interface PlacedEdge extends LayoutEdge {
  readonly points: readonly Point[];
}

export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly PlacedEdge[];
}

export interface LayoutOptions {
  /** When the picture comes out wider, endings that sit side by side are staggered over more rows. */
  readonly maxWidth?: number;
  readonly nodeGap?: number;
  readonly rankGap?: number;
  readonly margin?: number;
}

interface Spec extends LayoutEdge {
  readonly minlen?: number;
  readonly weight?: number;
}

type Options = Required<Omit<LayoutOptions, 'maxWidth'>>;
type Align = 'UL' | 'UR' | 'DL' | 'DR';

/** One dagre run: the nodes placed, and each given edge's route (by `from>to`). */
const run = (nodes: readonly LayoutNode[], edges: readonly Spec[], o: Options, align?: Align) => {
  const g = new dagre.graphlib.Graph();
  g.setGraph({
    rankdir: 'TB',
    nodesep: o.nodeGap,
    ranksep: o.rankGap,
    edgesep: o.nodeGap / 2,
    marginx: o.margin,
    marginy: o.margin,
    ...(align ? { align } : {}),
  });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: n.width, height: n.height });
  for (const e of edges) g.setEdge(e.from, e.to, { minlen: e.minlen ?? 1, weight: e.weight ?? 1 });
  dagre.layout(g);
  const at = (id: string) => g.node(id) as { x: number; y: number };
  const levels = [...new Set(nodes.map((n) => at(n.id).y))].sort((a, b) => a - b);
  // Every line leaves through the bottom of its box and arrives through the top: dagre aims a steep
  // line at the box's centre, which can leave through a side and cross the box next to it.
  const snap = (id: string, towards: Point | undefined, side: 1 | -1): Point => {
    const { x, y } = at(id);
    const { width, height } = g.node(id) as { width: number; height: number };
    const inset = Math.min(width / 2, 6);
    const tx = towards?.x ?? x;
    return {
      x: Math.min(x + width / 2 - inset, Math.max(x - width / 2 + inset, tx)),
      y: y + (side * height) / 2,
    };
  };
  const routes = new Map(
    edges.map((e) => {
      const points = ((g.edge(e.from, e.to) as { points?: Point[] }).points ?? []).map(({ x, y }) => ({
        x,
        y,
      }));
      const inner = points.slice(1, -1);
      return [
        key(e),
        [snap(e.from, inner[0] ?? points.at(-1), 1), ...inner, snap(e.to, inner.at(-1) ?? points[0], -1)],
      ];
    }),
  );
  return {
    width: g.graph().width ?? 0,
    height: g.graph().height ?? 0,
    placed: new Map(nodes.map((n) => [n.id, { ...n, x: at(n.id).x, y: at(n.id).y }])),
    // dagre keeps ranks to itself; nodes of one rank share the rank's middle line.
    rankOf: new Map(nodes.map((n) => [n.id, levels.indexOf(at(n.id).y)])),
    routes,
  };
};

/** Lays a graph out top to bottom. Edges to unknown nodes and repeated edges are left out. */
export const layoutGraph = (
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  options: LayoutOptions = {},
): GraphLayout => {
  const o = { nodeGap: 16, rankGap: 36, margin: 8, ...options };
  const known = new Set(nodes.map((n) => n.id));
  const seen = new Set<string>();
  const unique = edges.filter((e) => {
    if (!known.has(e.from) || !known.has(e.to) || e.from === e.to || seen.has(key(e))) return false;
    seen.add(key(e));
    return true;
  });
  const first = run(nodes, unique, o);
  const sinks = new Set(nodes.map((n) => n.id).filter((id) => !unique.some((e) => e.from === id)));
  let best = first;
  let rows = new Map<string, number>();
  // Too wide (a row of seven endings on a phone): the endings of a row are packed into as many rows
  // below one another as it takes, hanging from a trunk line, tighter on each try, as the lines need room too.
  let budget = (options.maxWidth ?? 0) - 2 * o.margin;
  for (let tries = 0; tries < 8 && options.maxWidth && best.width > options.maxWidth; tries++) {
    rows = packRows(first, budget, o.nodeGap);
    const [all, specs] = [
      [...nodes, ...trunkNodes(unique, rows, sinks)],
      withTrunks(first.rankOf, unique, rows, sinks),
    ];
    // dagre's balanced placement can drift rows sideways; one of its four one-sided alignments is narrower.
    best = ([undefined, 'UL', 'UR', 'DL', 'DR'] as const)
      .map((align) => run(all, specs, o, align))
      .reduce((a, b) => (b.width < a.width ? b : a));
    budget *= 0.85;
  }
  const placed = nodes.map((n) => best.placed.get(n.id)!);
  const routed = unique.map((e) => ({
    from: e.from,
    to: e.to,
    points: routeOf(best, e, sinks.has(e.to) ? (rows.get(e.to) ?? 0) : 0, o.rankGap),
  }));
  return { width: best.width, height: best.height, nodes: placed, edges: routed };
};

/**
 * For each node of a row too wide for `budget`, the row below its own it moves to (0: stays), packing
 * the row left to right. Endings (nodes without successors) move down a trunk line; other nodes take
 * their descendants along.
 */
const packRows = (first: ReturnType<typeof run>, budget: number, gap: number): Map<string, number> => {
  const ranks = new Map<number, PlacedNode[]>();
  for (const n of first.placed.values()) {
    const r = first.rankOf.get(n.id)!;
    ranks.set(r, [...(ranks.get(r) ?? []), n]);
  }
  const rows = new Map<string, number>();
  for (const rank of ranks.values()) {
    if (rank.length < 2 || rank.reduce((sum, n) => sum + n.width + gap, 0) <= budget) continue;
    let used = 0;
    let line = 0;
    for (const n of [...rank].sort((a, b) => a.x - b.x)) {
      if (used > 0 && used + n.width > budget) {
        line++;
        used = 0;
      }
      used += n.width + gap;
      rows.set(n.id, line);
    }
  }
  return rows;
};

const TRUNK = '\u0001';
const trunk = (from: string, row: number) => `${from}${TRUNK}${row}`;

/** The invisible points of each trunk: one per row it passes, below the node the endings hang from. */
const trunkNodes = (
  edges: readonly LayoutEdge[],
  rows: ReadonlyMap<string, number>,
  sinks: ReadonlySet<string>,
): LayoutNode[] => {
  const depth = new Map<string, number>();
  for (const e of edges) {
    if (sinks.has(e.to)) depth.set(e.from, Math.max(depth.get(e.from) ?? 0, rows.get(e.to) ?? 0));
  }
  return [...depth].flatMap(([from, d]) =>
    Array.from({ length: d }, (_, i) => ({ id: trunk(from, i + 1), width: 0, height: 0 })),
  );
};

/** The edges with endings moved down: each runs from its node down the trunk to the ending's row. */
const withTrunks = (
  rankOf: ReadonlyMap<string, number>,
  edges: readonly LayoutEdge[],
  rows: ReadonlyMap<string, number>,
  sinks: ReadonlySet<string>,
): Spec[] => {
  const out = new Map<string, Spec>();
  const add = (s: Spec) => out.set(key(s), s);
  for (const e of edges) {
    const row = rows.get(e.to);
    if (row !== undefined && !sinks.has(e.to)) {
      // Held to its row by a heavy edge; else dagre would pull the whole row down after the moved ones.
      add({ ...e, minlen: rankOf.get(e.to)! + row - rankOf.get(e.from)!, weight: 10 });
      continue;
    }
    if (!row) {
      add(e);
      continue;
    }
    // The first trunk point sits in the ending's original row, the next ones one row lower each.
    add({ from: e.from, to: trunk(e.from, 1), minlen: rankOf.get(e.to)! - rankOf.get(e.from)! });
    for (let i = 1; i < row; i++) add({ from: trunk(e.from, i), to: trunk(e.from, i + 1) });
    add({ from: trunk(e.from, row), to: e.to });
  }
  return [...out.values()];
};

/**
 * An edge's route: its own, or down the trunk. From each trunk point the line drops to the gap above
 * the next row, runs along that gap and drops again, so it passes no box on the way.
 */
const routeOf = (best: ReturnType<typeof run>, e: LayoutEdge, row: number, rankGap: number): Point[] => {
  if (row === 0) return best.routes.get(key(e)) ?? [];
  const stops = [
    ...Array.from({ length: row }, (_, i) => best.placed.get(trunk(e.from, i + 1))!),
    best.placed.get(e.to)!,
  ];
  const points = [...(best.routes.get(key({ from: e.from, to: trunk(e.from, 1) })) ?? [])];
  for (const [i, next] of stops.slice(1).entries()) {
    const here = stops[i]!;
    const top = Math.min(
      ...[...best.placed.values()].filter((n) => n.y === next.y).map((n) => n.y - n.height / 2),
    );
    const gap = top - rankGap / 2;
    points.push({ x: here.x, y: gap }, { x: next.x, y: gap }, { x: next.x, y: next.y - next.height / 2 });
  }
  return points.filter((p, i) => i === 0 || p.x !== points[i - 1]!.x || p.y !== points[i - 1]!.y);
};

const key = (e: LayoutEdge) => `${e.from}\u0000${e.to}`;

/**
 * A smooth SVG path through a routed polyline: straight to the first midpoint, then quadratic curves
 * through each bend's midpoints, so the curve stays inside the corridor dagre left between nodes.
 */
export const curvePath = (points: readonly Point[]): string => {
  const r = (v: number) => Math.round(v * 10) / 10;
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  let d = `M${r(first!.x)},${r(first!.y)}`;
  if (rest.length === 1) return `${d} L${r(rest[0]!.x)},${r(rest[0]!.y)}`;
  for (let i = 0; i < rest.length - 1; i++) {
    const p = rest[i]!;
    const q = rest[i + 1]!;
    const end = i === rest.length - 2 ? q : { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
    d += ` Q${r(p.x)},${r(p.y)} ${r(end.x)},${r(end.y)}`;
  }
  return d;
};

/** Average glyph width as a share of the font size, generous for a legible sans-serif. */
export const GLYPH = 0.6;

const wrapAt = (text: string, chars: number, lines: number): string[] => {
  const out: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const fitted = word.length > chars ? `${word.slice(0, chars - 1)}…` : word;
    if (line && line.length + 1 + fitted.length <= chars) line += ` ${fitted}`;
    else {
      if (line) out.push(line);
      line = fitted;
    }
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  // Room for the ellipsis: drop the last word; a last line of one long word goes, unless it is the only one.
  if (kept.at(-1)!.length + 1 > chars && !kept.at(-1)!.includes(' ') && kept.length > 1) kept.pop();
  let last = kept.at(-1)!;
  if (last.length + 1 > chars) {
    last = last.includes(' ') ? last.slice(0, last.lastIndexOf(' ')) : last.slice(0, chars - 1);
  }
  kept[kept.length - 1] = `${last.replace(/[\s,.;:–-]+$/, '')}…`;
  return kept;
};

/**
 * A label broken over at most `lines` lines of at most `chars` characters, at spaces, with lines of
 * about even length; what does not fit ends in an ellipsis, and a word longer than a line is cut.
 */
export const wrapLabel = (text: string, chars: number, lines: number): string[] => {
  const words = text.trim().split(/\s+/).join(' ');
  const whole = (ls: readonly string[]) => ls.join(' ') === words;
  const full = wrapAt(text, chars, lines);
  if (!whole(full) || full.length < 2) return full;
  // The narrowest width that still needs no more lines: "Waar steek je je / uren in?", not "… uren / in?".
  for (let c = Math.ceil(words.length / full.length); c < chars; c++) {
    const even = wrapAt(text, c, lines);
    if (even.length === full.length && whole(even)) return even;
  }
  return full;
};

/** Sizes of a labelled box in drawing units (1 unit = 1 px at 14 px type). */
export const BOX = { font: 14, line: 17, padX: 9, padY: 7, mark: 14 } as const;

/** The two drawings of the branch map: for a box narrower than 600 px and for a wider one. */
export const MAP_VARIANTS = [
  { name: 'narrow', maxWidth: 340, chars: 17 },
  { name: 'wide', maxWidth: 820, chars: 24 },
] as const;

/** A node named by a text on at most `lines` lines, or (no text) a small unnamed mark. */
export interface LabelledNode {
  readonly id: string;
  readonly text?: string;
  readonly lines?: number;
}

/** The size of a box around these lines of text; a mark when there are none. */
export const boxSize = (lines: readonly string[] | undefined): { width: number; height: number } =>
  lines?.length
    ? {
        width: Math.ceil(Math.max(6, ...lines.map((l) => l.length)) * BOX.font * GLYPH + 2 * BOX.padX),
        height: lines.length * BOX.line + 2 * BOX.padY,
      }
    : { width: BOX.mark, height: BOX.mark };

/** Narrowest line length tried for labels before the drawing is left to be scaled down. */
const MIN_CHARS = 11;

/**
 * Lays out boxes sized to their labels, wrapped at `chars` characters a line and more narrowly (down
 * to `minChars`) when the picture would otherwise be wider than `maxWidth`. Returns the lines it used
 * for each node.
 */
export const labelledLayout = (
  nodes: readonly LabelledNode[],
  edges: readonly LayoutEdge[],
  {
    chars,
    maxWidth,
    minChars = MIN_CHARS,
  }: { readonly chars: number; readonly maxWidth?: number; readonly minChars?: number },
): { layout: GraphLayout; lines: ReadonlyMap<string, readonly string[]> } => {
  let result: { layout: GraphLayout; lines: Map<string, string[]> } | undefined;
  for (let c = chars; c >= Math.min(chars, minChars); c -= 2) {
    const lines = new Map(
      nodes.flatMap((n) =>
        n.text === undefined ? [] : [[n.id, wrapLabel(n.text, c, n.lines ?? 3)] as const],
      ),
    );
    const layout = layoutGraph(
      nodes.map((n) => ({ id: n.id, ...boxSize(lines.get(n.id)) })),
      edges,
      { nodeGap: 14, rankGap: 26, ...(maxWidth ? { maxWidth } : {}) },
    );
    if (!result || layout.width < result.layout.width) result = { layout, lines };
    if (!maxWidth || layout.width <= maxWidth) break;
  }
  return result!;
};
