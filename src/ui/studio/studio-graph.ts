import { reachableEndings } from '../../domain/reachable-endings.ts';
import type { Beat, Scenario } from '../../domain/scenario.ts';
import { scenarioGraph } from '../../domain/scenario-graph.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { BOX, curvePath, labelledLayout } from '../graph-layout.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** The nodes that are there, for `replaceChildren`. */
const present = (...nodes: (Node | null)[]): Node[] => nodes.filter((n): n is Node => n !== null);

/** The narrowest drawing: the branch map's narrow variant, for a column not (yet) laid out. */
const MIN_WIDTH = 340;

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

const svg = (name: string, attrs: Record<string, string | number>, text?: string) => {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
};

/** What a box says: its id, and for an ending its title, so the author sees which ending it is. */
const labelOf = (ui: UiContext, beat: Beat): string =>
  beat.kind === 'ending' ? `${beat.id}: ${ui.local(beat.ending.title)}` : beat.id;

export interface StudioGraph {
  readonly element: HTMLElement;
  readonly update: (scenario: Scenario | undefined) => void;
  /** Marks the beat the preview stands at. */
  readonly mark: (beat: string | undefined) => void;
}

/**
 * The scenario's beats top to bottom, laid out by dagre (graph-layout.ts), every box named by its id
 * in full; it fits the column by default and can be zoomed (then it scrolls). Below it, per context,
 * the endings a play there can reach by the game's own rules.
 */
export const createGraph = (ui: UiContext, pick: (beat: string) => void): StudioGraph => {
  let zoom: number | 'fit' = 'fit';
  let scenario: Scenario | undefined;
  let marked: string | undefined;
  let size = { width: 0, height: 0 };
  let drawnFor = 0;
  let drawnShape = '';
  let reachedFor = '';
  /** A new shape arrived while the drawing was out of sight. */
  let pending = false;
  const canvas = h('div', { class: 'studio-graph-canvas', attrs: { tabindex: 0, role: 'group' } });
  const zoomText = h('span', { class: 'small', attrs: { 'aria-live': 'polite' } });
  const endings = h('div', { class: 'studio-endings' });

  const applyZoom = () => {
    const picture = canvas.querySelector('svg');
    if (!picture) return;
    if (zoom === 'fit') {
      picture.style.width = '100%';
      picture.style.height = 'auto';
      // Never larger than drawn: a small scenario stays at its text size.
      picture.style.maxWidth = `${size.width}px`;
      zoomText.textContent = ui.t('studio.graph.fit');
    } else {
      picture.style.maxWidth = 'none';
      picture.style.width = `${Math.round(size.width * zoom)}px`;
      picture.style.height = `${Math.round(size.height * zoom)}px`;
      zoomText.textContent = ui.t('studio.graph.zoom', { percent: Math.round(zoom * 100) });
    }
  };
  const step = (dir: 1 | -1) => {
    const now = zoom === 'fit' ? Math.min(1, canvas.clientWidth / Math.max(1, size.width)) : zoom;
    const next =
      dir > 0 ? ZOOMS.find((z) => z > now + 0.01) : [...ZOOMS].reverse().find((z) => z < now - 0.01);
    zoom = next ?? zoom;
    applyZoom();
  };
  const button = (label: string, click: () => void) =>
    h('button', { class: 'quiet', text: label, attrs: { type: 'button' }, on: { click } });

  const draw = () => {
    if (!scenario) {
      canvas.replaceChildren();
      endings.replaceChildren();
      return;
    }
    const s = scenario;
    const { nodes, edges } = scenarioGraph(s);
    // Laying out a large scenario takes a while: only when its shape, its labels or its column
    // changed, and not while the drawing is out of sight (it is drawn when it comes into view).
    const shape = JSON.stringify([
      ui.lang,
      nodes.map((n) => labelOf(ui, s.beats[n.id]!)),
      edges.map((e) => [e.from, e.to]),
    ]);
    if (canvas.clientWidth === 0) {
      pending = true;
      return;
    }
    if (shape === drawnShape && Math.abs(canvas.clientWidth - drawnFor) <= 40) {
      mark(marked);
      return;
    }
    pending = false;
    drawnShape = shape;
    // As wide as the column it is shown in (a drawing unit is a pixel of 14 px type), so "fit"
    // keeps the labels at their size: a row of endings too wide is stacked over more rows instead.
    drawnFor = canvas.clientWidth;
    // Lines at least as long as the longest id, so no id is ever cut; an ending's title may take four.
    const longest = Math.max(...nodes.map((n) => n.id.length + 1));
    const { layout, lines } = labelledLayout(
      nodes.map((n) => ({
        id: n.id,
        text: labelOf(ui, s.beats[n.id]!),
        lines: s.beats[n.id]!.kind === 'ending' ? 4 : 2,
      })),
      edges,
      { chars: Math.max(24, longest), minChars: longest, maxWidth: Math.max(MIN_WIDTH, drawnFor - 4) },
    );
    size = { width: Math.ceil(layout.width), height: Math.ceil(layout.height) };
    const picture = svg('svg', {
      viewBox: `0 0 ${size.width} ${size.height}`,
      class: 'studio-graph-svg',
      'font-size': BOX.font,
      'aria-labelledby': 'studio-graph-h',
    });
    const paths = svg('g', { class: 'edges', 'aria-hidden': 'true' });
    for (const e of layout.edges) paths.append(svg('path', { d: curvePath(e.points) }));
    const boxes = svg('g', { class: 'nodes' });
    for (const n of layout.nodes) {
      const beat = s.beats[n.id]!;
      const text = lines.get(n.id) ?? [n.id];
      const label = ui.t('studio.graph.node', {
        kind: ui.t(`studio.graph.kind.${beat.kind}`),
        id: n.id,
        label: beat.kind === 'decision' ? ui.local(beat.decision.prompt) : ui.local(beat.text).slice(0, 80),
      });
      const g = svg('g', {
        class: `node ${beat.kind}${n.id === s.start ? ' start' : ''}`,
        'data-beat': n.id,
        role: 'button',
        tabindex: 0,
        'aria-label': label,
      });
      const [x, y] = [n.x - n.width / 2, n.y - n.height / 2];
      g.append(
        svg('rect', { x, y, width: n.width, height: n.height, rx: beat.kind === 'decision' ? 3 : 12 }),
      );
      const t = svg('text', { x: n.x, y: y + BOX.padY + BOX.line - 4.5, 'text-anchor': 'middle' });
      t.append(...text.map((line, i) => svg('tspan', { x: n.x, dy: i === 0 ? 0 : BOX.line }, line)));
      g.append(t);
      g.addEventListener('click', () => pick(n.id));
      g.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        pick(n.id);
      });
      boxes.append(g);
    }
    picture.append(paths, boxes);
    canvas.replaceChildren(picture);
    canvas.setAttribute('aria-label', ui.t('studio.graph.heading'));
    applyZoom();
    mark(marked);
  };

  /** The endings each context reaches: again only when the rules' input changed. */
  const reach = () => {
    if (!scenario) return;
    const rules = JSON.stringify([
      ui.lang,
      scenario.contexts,
      scenario.meters,
      scenario.start,
      scenario.beats,
    ]);
    if (rules === reachedFor) return;
    reachedFor = rules;
    drawEndings(scenario);
  };

  const drawEndings = (s: Scenario) => {
    const all = Object.values(s.beats).filter((b) => b.kind === 'ending');
    const title = (id: string) => {
      const b = s.beats[id];
      return b?.kind === 'ending' ? `${ui.local(b.ending.title)} (${id})` : id;
    };
    const reached = new Set<string>();
    const items = s.contexts.map((c) => {
      const { endings: found } = reachableEndings(s, c.id);
      for (const e of found) reached.add(e);
      const name = ui.local(c.title);
      return h('li', {
        attrs: { 'data-context': c.id },
        text: found.length
          ? ui.t('studio.graph.reaches', { org: name, endings: found.map(title).join('; ') })
          : ui.t('studio.graph.reachesNone', { org: name }),
      });
    });
    const never = all.filter((b) => !reached.has(b.id));
    endings.replaceChildren(
      ...present(
        h('h4', { text: ui.t('studio.graph.endings') }),
        h('ul', {}, items),
        never.length
          ? h('p', {
              class: 'notice',
              text: ui.t('studio.graph.unreachable', { endings: never.map((b) => title(b.id)).join('; ') }),
            })
          : null,
      ),
    );
  };

  const mark = (beat: string | undefined) => {
    marked = beat;
    for (const g of canvas.querySelectorAll('g.node')) {
      const here = g.getAttribute('data-beat') === beat;
      g.classList.toggle('current', here);
      if (here) g.setAttribute('aria-current', 'step');
      else g.removeAttribute('aria-current');
    }
  };

  const element = h(
    'section',
    { class: 'studio-graph', attrs: { 'aria-labelledby': 'studio-graph-h' } },
    h('h3', { attrs: { id: 'studio-graph-h' }, text: ui.t('studio.graph.heading') }),
    h('p', { class: 'small', text: ui.t('studio.graph.intro') }),
    h(
      'div',
      { class: 'studio-graph-tools' },
      button(ui.t('studio.graph.fit'), () => {
        zoom = 'fit';
        applyZoom();
      }),
      button(ui.t('studio.graph.zoomOut'), () => step(-1)),
      button(ui.t('studio.graph.zoomIn'), () => step(1)),
      zoomText,
    ),
    endings,
    canvas,
  );

  // Drawn again when its column changes width much (the window resized, the view switched to it).
  new ResizeObserver(() => {
    if (scenario && canvas.clientWidth > 0 && (pending || Math.abs(canvas.clientWidth - drawnFor) > 40))
      draw();
  }).observe(canvas);

  return {
    element,
    update: (next) => {
      scenario = next;
      if (!next) {
        drawnShape = '';
        reachedFor = '';
      }
      draw();
      reach();
    },
    mark,
  };
};
