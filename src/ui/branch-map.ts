import './branch-map.css';
import { choiceKey, completion, explored } from '../domain/explored.ts';
import type { PlayRecord } from '../domain/play.ts';
import { followSteps } from '../domain/play-state.ts';
import type { Beat, Scenario } from '../domain/scenario.ts';
import { scenarioGraph } from '../domain/scenario-graph.ts';
import type { UiContext } from './context.ts';
import { h } from './dom.ts';
import { BOX, curvePath, labelledLayout, MAP_VARIANTS, wrapLabel } from './graph-layout.ts';

const SVG = 'http://www.w3.org/2000/svg';

const { font: FONT, line: LINE, padY: PAD_Y } = BOX;
/** Lines of a label: a story beat is named by its opening words only. */
const LINES = { narration: 2, decision: 3, ending: 3 } as const;

type Reach = 'current' | 'seen' | 'unseen';

const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
};

/** Every step from one beat to the next that these plays took, as `from>to`. */
const walked = (scenario: Scenario, plays: readonly PlayRecord[]): Set<string> => {
  const steps = new Set<string>();
  for (const play of plays) {
    const states = followSteps(scenario, play.context, play.steps);
    states.forEach((s, i) => {
      const before = states[i - 1];
      if (before && before.beat !== s.beat) steps.add(`${before.beat}>${s.beat}`);
    });
  }
  return steps;
};

/** A few words that name a beat once it has been seen. */
const labelOf = (ui: UiContext, beat: Beat): string => {
  switch (beat.kind) {
    case 'decision':
      return ui.local(beat.decision.prompt);
    case 'ending':
      return ui.local(beat.ending.title);
    case 'narration':
      return ui.local(beat.text);
  }
};

let drawn = 0;

/** How much of a scenario is discovered, in words. */
export const completionWords = (ui: UiContext, done: ReturnType<typeof completion>): string =>
  ui.t('debrief.completion', {
    choices: done.choices.seen,
    choicesTotal: done.choices.total,
    endings: done.endings.seen,
    endingsTotal: done.endings.total,
  });

/**
 * The scenario's beats as a map over every play of it on this device, laid out top to bottom by
 * dagre: the latest play highlighted, earlier plays drawn solid and named, the rest small and unnamed,
 * so nothing is given away before it is played. The same as a list for screen readers.
 */
export const branchMap = (ui: UiContext, scenario: Scenario, plays: readonly PlayRecord[]): HTMLElement => {
  const mine = plays.filter((p) => p.scenario === scenario.id);
  const seen = explored(scenario, mine);
  const latest = explored(scenario, mine.slice(-1));
  const steps = walked(scenario, mine);
  const lastSteps = walked(scenario, mine.slice(-1));
  const { nodes, edges } = scenarioGraph(scenario);
  const reach = (id: string): Reach =>
    latest.beats.has(id) ? 'current' : seen.beats.has(id) ? 'seen' : 'unseen';
  const stepReach = (key: string): Reach =>
    lastSteps.has(key) ? 'current' : steps.has(key) ? 'seen' : 'unseen';
  const summary = completionWords(ui, completion(scenario, seen));
  drawn++;

  const drawings = MAP_VARIANTS.map((variant) => {
    const { layout, lines: labels } = labelledLayout(
      nodes.map((n) =>
        reach(n.id) === 'unseen'
          ? { id: n.id }
          : { id: n.id, text: labelOf(ui, scenario.beats[n.id]!), lines: LINES[n.kind] },
      ),
      edges,
      variant,
    );
    const id = `bm${drawn}-${variant.name}`;
    const svg = el('svg', {
      viewBox: `0 0 ${Math.ceil(layout.width)} ${Math.ceil(layout.height)}`,
      class: `branch-map bm-${variant.name}`,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      'font-size': FONT,
      // At most as large as the text around it: one unit of the drawing is a pixel of 14 px type.
      style: `max-width: ${(layout.width / FONT).toFixed(2)}rem`,
    });
    svg.append(
      el('title', { id: `${id}-title` }, ui.t('debrief.explore')),
      el('desc', { id: `${id}-desc` }, summary),
    );
    const lines = el('g', { class: 'edges' });
    // Unexplored lines first, so the explored ones are drawn over them where they meet.
    const order: Reach[] = ['unseen', 'seen', 'current'];
    const routed = [...layout.edges].sort(
      (a, b) => order.indexOf(stepReach(`${a.from}>${a.to}`)) - order.indexOf(stepReach(`${b.from}>${b.to}`)),
    );
    for (const e of routed) {
      lines.append(el('path', { d: curvePath(e.points), class: `edge ${stepReach(`${e.from}>${e.to}`)}` }));
    }
    const boxes = el('g', { class: 'nodes' });
    for (const n of layout.nodes) {
      const beat = scenario.beats[n.id]!;
      const state = reach(n.id);
      const text = labels.get(n.id);
      const g = el('g', {
        class: `node ${beat.kind} ${state}${state === 'unseen' ? '' : ' known'}`,
        'data-beat': state === 'unseen' ? '' : n.id,
      });
      const [x, y] = [n.x - n.width / 2, n.y - n.height / 2];
      if (!text) {
        g.append(
          beat.kind === 'ending'
            ? el('rect', { x, y, width: n.width, height: n.height, rx: 3 })
            : el('circle', { cx: n.x, cy: n.y, r: n.width / 2 }),
        );
      } else {
        g.append(
          el('rect', { x, y, width: n.width, height: n.height, rx: beat.kind === 'decision' ? 4 : 10 }),
        );
        const label = el('text', { x: n.x, y: y + PAD_Y + LINE - 4.5, 'text-anchor': 'middle' });
        label.append(...text.map((line, i) => el('tspan', { x: n.x, dy: i === 0 ? 0 : LINE }, line)));
        g.append(label);
      }
      boxes.append(g);
    }
    svg.append(lines, boxes);
    return svg;
  });

  return h(
    'div',
    { class: 'bm' },
    drawings,
    h(
      'ol',
      { class: 'visually-hidden' },
      nodes
        .filter((n) => seen.beats.has(n.id))
        .map((n) => {
          const beat = scenario.beats[n.id]!;
          if (beat.kind === 'ending')
            return h('li', { text: `${ui.t('play.ending')}: ${ui.local(beat.ending.title)}` });
          if (beat.kind === 'narration')
            return h('li', { text: wrapLabel(ui.local(beat.text), 60, 1)[0] ?? '' });
          const chosen = beat.decision.choices.filter((c) => seen.choices.has(choiceKey(beat.id, c.id)));
          return h(
            'li',
            { text: `${ui.t('play.decision')}: ${ui.local(beat.decision.prompt)}` },
            h(
              'ul',
              {},
              chosen.map((c) => h('li', { text: ui.t('debrief.pathChoice', { choice: ui.local(c.text) }) })),
            ),
          );
        }),
    ),
  );
};
