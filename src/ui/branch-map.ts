import { choiceKey, type Explored } from '../domain/explored.ts';
import type { Scenario } from '../domain/scenario.ts';
import { scenarioGraph } from '../domain/scenario-graph.ts';
import type { UiContext } from './context.ts';

const SVG = 'http://www.w3.org/2000/svg';
const W = 150;
const H = 44;
const GX = 70;
const GY = 22;

const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
};

/**
 * The scenario's statechart as a map: what this player has been through is drawn solid and named,
 * the rest is dashed and unnamed, so nothing is given away before it is played.
 */
export const branchMap = (ui: UiContext, scenario: Scenario, seen: Explored): SVGSVGElement => {
  const { nodes, edges } = scenarioGraph(scenario);
  const pos = new Map(nodes.map((n) => [n.id, { x: 10 + n.layer * (W + GX), y: 10 + n.row * (H + GY) }]));
  const width = Math.max(...[...pos.values()].map((p) => p.x)) + W + 10;
  const height = Math.max(...[...pos.values()].map((p) => p.y)) + H + 10;
  const svg = el('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    class: 'branch-map',
    'aria-hidden': 'true',
  }) as SVGSVGElement;
  for (const e of edges) {
    const a = pos.get(e.from);
    const b = pos.get(e.to);
    if (!a || !b) continue;
    const taken =
      seen.beats.has(e.to) &&
      seen.beats.has(e.from) &&
      (!e.choice || seen.choices.has(choiceKey(e.from, e.choice)));
    const [x1, y1, x2, y2] = [a.x + W, a.y + H / 2, b.x, b.y + H / 2];
    svg.append(
      el('path', {
        d: `M${x1},${y1} C${(x1 + x2) / 2},${y1} ${(x1 + x2) / 2},${y2} ${x2},${y2}`,
        class: taken ? 'edge taken' : 'edge',
      }),
    );
  }
  for (const n of nodes) {
    const p = pos.get(n.id)!;
    const beat = scenario.beats[n.id]!;
    const known = seen.beats.has(n.id);
    const label = !known
      ? '?'
      : beat.kind === 'ending'
        ? ui.local(beat.ending.title)
        : beat.kind === 'decision'
          ? ui.t('play.decision')
          : '';
    const g = el('g', { class: `node ${beat.kind}${known ? ' known' : ''}`, 'data-beat': known ? n.id : '' });
    g.append(el('rect', { x: p.x, y: p.y, width: W, height: H, rx: 8 }));
    const text = el(
      'text',
      { x: p.x + W / 2, y: p.y + H / 2 + 5, 'text-anchor': 'middle' },
      label.length > 22 ? `${label.slice(0, 21)}…` : label,
    );
    g.append(text);
    svg.append(g);
  }
  return svg;
};
