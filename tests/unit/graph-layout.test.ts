import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/domain/scenario.ts';
import { scenarioGraph } from '../../src/domain/scenario-graph.ts';
import {
  type GraphLayout,
  type LabelledNode,
  labelledLayout,
  layoutGraph,
  MAP_VARIANTS,
  type PlacedNode,
  type Point,
  wrapLabel,
} from '../../src/ui/graph-layout.ts';
import { loadValid, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

const scenarios = yamlFiles(SCENARIO_DIR).map((f) => [f.replace(/^.*[\\/]/, ''), loadValid(f)] as const);

/** Every beat named, in the language whose texts are longer: the worst case for the width. */
const allNamed = (scenario: Scenario): LabelledNode[] => {
  const texts = (lang: 'nl' | 'en') =>
    scenarioGraph(scenario).nodes.map((n) => {
      const beat = scenario.beats[n.id]!;
      const text =
        beat.kind === 'decision'
          ? beat.decision.prompt
          : beat.kind === 'ending'
            ? beat.ending.title
            : beat.text;
      return { id: n.id, text: text[lang], lines: beat.kind === 'narration' ? 2 : 3 };
    });
  const length = (ns: LabelledNode[]) => ns.reduce((sum, n) => sum + (n.text?.length ?? 0), 0);
  return length(texts('nl')) >= length(texts('en')) ? texts('nl') : texts('en');
};

/** What a first play leaves: one path named, everything else a mark. */
const onePath = (scenario: Scenario): LabelledNode[] => {
  const { edges } = scenarioGraph(scenario);
  const path = new Set([scenario.start]);
  for (let at = scenario.start; ; ) {
    const next = edges.find((e) => e.from === at)?.to;
    if (!next) break;
    path.add(next);
    at = next;
  }
  return allNamed(scenario).map((n) => (path.has(n.id) ? n : { id: n.id }));
};

const inside = (p: Point, n: PlacedNode, margin = 0) =>
  Math.abs(p.x - n.x) < n.width / 2 - margin && Math.abs(p.y - n.y) < n.height / 2 - margin;

const onBorder = (p: Point, n: PlacedNode) =>
  Math.abs(p.x - n.x) <= n.width / 2 + 1 && Math.abs(p.y - n.y) <= n.height / 2 + 1;

const expectSound = (layout: GraphLayout, scenario: Scenario) => {
  const { nodes, edges } = scenarioGraph(scenario);
  // Every beat placed once, inside the picture.
  expect(layout.nodes.map((n) => n.id).sort()).toEqual(nodes.map((n) => n.id).sort());
  for (const n of layout.nodes) {
    expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
    expect(n.y - n.height / 2).toBeGreaterThanOrEqual(0);
    expect(n.x + n.width / 2).toBeLessThanOrEqual(layout.width);
    expect(n.y + n.height / 2).toBeLessThanOrEqual(layout.height);
  }
  // No two boxes overlap.
  for (const [i, a] of layout.nodes.entries()) {
    for (const b of layout.nodes.slice(i + 1)) {
      const apart =
        Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
      expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
    }
  }
  // One line per pair of beats a route joins, from the one to the other, downwards.
  const pairs = [...new Set(edges.map((e) => `${e.from}>${e.to}`))].sort();
  expect(layout.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(pairs);
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  for (const e of layout.edges) {
    const [from, to] = [at.get(e.from)!, at.get(e.to)!];
    expect(e.points.length).toBeGreaterThanOrEqual(2);
    expect(onBorder(e.points[0]!, from), `${e.from}>${e.to} starts at ${e.from}`).toBe(true);
    expect(onBorder(e.points.at(-1)!, to), `${e.from}>${e.to} ends at ${e.to}`).toBe(true);
    expect(e.points.at(-1)!.y).toBeGreaterThan(e.points[0]!.y);
    // Routed around the other boxes: no point of the line, sampled along it, inside one of them.
    for (const [k, p] of e.points.slice(1).entries()) {
      const q = e.points[k]!;
      for (let t = 0; t <= 1; t += 0.1) {
        const s = { x: q.x + (p.x - q.x) * t, y: q.y + (p.y - q.y) * t };
        for (const n of layout.nodes) {
          if (n.id === e.from || n.id === e.to) continue;
          expect(inside(s, n, 1), `${e.from}>${e.to} runs through ${n.id}`).toBe(false);
        }
      }
    }
  }
};

describe('the branch map layout', () => {
  for (const variant of MAP_VARIANTS) {
    it.each(scenarios)(
      `%s: ${variant.name}, every beat named, fits ${variant.maxWidth} units`,
      (_name, scenario) => {
        const { layout } = labelledLayout(allNamed(scenario), scenarioGraph(scenario).edges, variant);
        expect(layout.width).toBeLessThanOrEqual(variant.maxWidth);
        expectSound(layout, scenario);
      },
    );
    it.each(scenarios)(
      `%s: ${variant.name}, after one play, fits ${variant.maxWidth} units`,
      (_name, scenario) => {
        const { layout } = labelledLayout(onePath(scenario), scenarioGraph(scenario).edges, variant);
        expect(layout.width).toBeLessThanOrEqual(variant.maxWidth);
        expectSound(layout, scenario);
      },
    );
  }

  it('staggers a row of endings that would be too wide, and leaves a graph that fits alone', () => {
    const nodes = [
      { id: 'a', width: 60, height: 30 },
      ...'bcdefg'.split('').map((id) => ({ id, width: 100, height: 30 })),
    ];
    const edges = 'bcdefg'.split('').map((to) => ({ from: 'a', to }));
    const free = layoutGraph(nodes, edges);
    expect(new Set(free.nodes.filter((n) => n.id !== 'a').map((n) => n.y)).size).toBe(1);
    expect(free.width).toBeGreaterThan(300);
    const tight = layoutGraph(nodes, edges, { maxWidth: 300 });
    expect(tight.width).toBeLessThanOrEqual(300);
    expect(new Set(tight.nodes.filter((n) => n.id !== 'a').map((n) => n.y)).size).toBeGreaterThan(1);
    expect(layoutGraph(nodes, edges, { maxWidth: free.width })).toEqual(free);
  });

  it('leaves out repeated lines and lines to beats it was not given', () => {
    const layout = layoutGraph(
      [
        { id: 'a', width: 10, height: 10 },
        { id: 'b', width: 10, height: 10 },
      ],
      [
        { from: 'a', to: 'b' },
        { from: 'a', to: 'b' },
        { from: 'a', to: 'x' },
      ],
    );
    expect(layout.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['a>b']);
  });
});

describe('labels', () => {
  it('keeps a short text whole on one line', () => {
    expect(wrapLabel('Hoe ga je verder?', 17, 3)).toEqual(['Hoe ga je verder?']);
  });

  it('breaks at spaces into lines of about even length, every word kept', () => {
    const lines = wrapLabel('Waar steek je je uren in?', 17, 3);
    expect(lines.join(' ')).toBe('Waar steek je je uren in?');
    expect(lines.length).toBe(2);
    expect(Math.abs(lines[0]!.length - lines[1]!.length)).toBeLessThanOrEqual(3);
  });

  it('ends a text that does not fit in an ellipsis, within the line length', () => {
    const text = 'Vier jaar lang trok je als informatiemanager op met wethouder Van Dam.';
    for (const [chars, max] of [
      [17, 2],
      [24, 2],
      [10, 3],
    ] as const) {
      const lines = wrapLabel(text, chars, max);
      expect(lines.length).toBeLessThanOrEqual(max);
      expect(lines.at(-1)!.endsWith('…')).toBe(true);
      for (const l of lines) expect(l.length).toBeLessThanOrEqual(chars);
      expect(text.startsWith(lines.join(' ').replace(/…$/, ''))).toBe(true);
    }
  });

  it('cuts a word longer than a line', () => {
    const lines = wrapLabel('Informatiehuishoudingsbeleidsplan', 12, 2);
    expect(lines).toEqual(['Informatieh…']);
  });
});
