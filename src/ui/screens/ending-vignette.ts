import type { Mood } from '../../domain/vocabulary.ts';

const SVG = 'http://www.w3.org/2000/svg';

const el = (tag: string, attrs: Record<string, string | number>, ...children: SVGElement[]): SVGElement => {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
};

/** The evening sky of the ending, by how it ends: the backdrops' dusk, golden when pleased, greyer when worried or annoyed. */
const SKIES: Record<Mood, readonly [string, string, string, string]> = {
  neutraal: ['#4a6792', '#8099bd', '#d8b9b0', '#f0cfa6'],
  blij: ['#5a6fa0', '#b59ab8', '#f2b98f', '#ffd99a'],
  bezorgd: ['#3b4f6e', '#6c7f9c', '#a9adb9', '#c9c2b6'],
  ontstemd: ['#3a3f5c', '#66607e', '#a88c8f', '#c9a38c'],
};

/** Lit windows of the town hall and the houses: fewer as the evening turns out worse. */
const WINDOWS: Record<Mood, number> = { blij: 14, neutraal: 11, bezorgd: 8, ontstemd: 6 };

const WINDOW_SPOTS: readonly (readonly [number, number])[] = [
  [196, 176],
  [226, 176],
  [256, 176],
  [376, 176],
  [406, 176],
  [436, 176],
  [211, 206],
  [421, 206],
  [486, 190],
  [540, 204],
  [584, 186],
  [60, 200],
  [104, 186],
  [128, 214],
];

/**
 * The picture of an ending: the town hall by the canal at dusk, a colleague walking home along the
 * quay. Drawn for this project in the backdrops' palette; the sky and the lit windows follow the mood
 * the scenario gives its ending. Decoration only: the ending's words say what happened.
 */
export const endingVignette = (mood: Mood): SVGElement => {
  const [top, upper, lower, bottom] = SKIES[mood];
  const lit = WINDOW_SPOTS.slice(0, WINDOWS[mood]);
  return el(
    'svg',
    {
      class: 'ending-vignette',
      viewBox: '0 0 640 300',
      'aria-hidden': 'true',
      focusable: 'false',
      preserveAspectRatio: 'xMidYMid slice',
      'data-mood': mood,
    },
    el(
      'defs',
      {},
      el(
        'linearGradient',
        { id: 'ending-sky', x1: 0, y1: 0, x2: 0, y2: 1 },
        el('stop', { offset: 0, 'stop-color': top }),
        el('stop', { offset: 0.45, 'stop-color': upper }),
        el('stop', { offset: 0.75, 'stop-color': lower }),
        el('stop', { offset: 1, 'stop-color': bottom }),
      ),
      el(
        'radialGradient',
        { id: 'ending-sun' },
        el('stop', { offset: 0, 'stop-color': '#fbe0b0', 'stop-opacity': 0.9 }),
        el('stop', { offset: 1, 'stop-color': '#fbe0b0', 'stop-opacity': 0 }),
      ),
      el(
        'linearGradient',
        { id: 'ending-water', x1: 0, y1: 0, x2: 0, y2: 1 },
        el('stop', { offset: 0, 'stop-color': '#7186a8' }),
        el('stop', { offset: 1, 'stop-color': '#3d5075' }),
      ),
    ),
    el('rect', { width: 640, height: 300, fill: 'url(#ending-sky)' }),
    el('circle', { cx: 500, cy: 232, r: mood === 'blij' ? 170 : 130, fill: 'url(#ending-sun)' }),
    el(
      'g',
      { fill: '#e6c9c4', opacity: 0.5 },
      el('ellipse', { cx: 120, cy: 70, rx: 80, ry: 5 }),
      el('ellipse', { cx: 470, cy: 92, rx: 70, ry: 4 }),
      el('ellipse', { cx: 560, cy: 60, rx: 50, ry: 3 }),
    ),
    // Canal houses, left and right of the town hall.
    el('path', {
      d: 'M0 236 V196 H30 V180 L48 166 L66 180 V192 H92 V172 C100 166 104 156 112 152 C120 156 124 166 132 172 V236 Z',
      fill: '#8e8398',
    }),
    el('path', {
      d: 'M470 236 V184 H494 V168 L510 156 L526 168 V180 H560 V166 H568 V158 H588 V166 H596 V178 H640 V236 Z',
      fill: '#8e8398',
    }),
    // The town hall with its tower.
    el('polygon', { points: '170,236 470,236 470,170 446,150 194,150 170,170', fill: '#4f596b' }),
    el('rect', { x: 300, y: 92, width: 40, height: 70, fill: '#5b6478' }),
    el('polygon', { points: '296,94 320,52 344,94', fill: '#4b5366' }),
    el('circle', { cx: 320, cy: 116, r: 11, fill: '#dccbaa' }),
    el('rect', { x: 306, y: 196, width: 28, height: 40, rx: 12, fill: '#353a4a' }),
    el(
      'g',
      { fill: '#f0c476', opacity: 0.9 },
      ...lit.map(([x, y]) => el('rect', { x, y, width: 10, height: 14 })),
    ),
    // Quay, water and the lights' reflections.
    el('rect', { y: 236, width: 640, height: 10, fill: '#7a7275' }),
    el('rect', { y: 246, width: 640, height: 54, fill: 'url(#ending-water)' }),
    el(
      'g',
      { fill: '#f0c476', opacity: 0.35 },
      ...lit
        .slice(0, 6)
        .map(([x], i) => el('rect', { x: x - 2, y: 254 + (i % 3) * 9, width: 14, height: 2 })),
    ),
    // Someone walking home along the quay, bag in hand.
    el(
      'g',
      { fill: '#2e3344' },
      el('circle', { cx: 556, cy: 204, r: 6 }),
      el('path', { d: 'M549 212 h14 l3 24 h-6 l-2 -12 l-3 12 h-6 z' }),
      el('rect', { x: 563, y: 220, width: 8, height: 7, rx: 1 }),
    ),
  );
};
