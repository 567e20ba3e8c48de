import type Phaser from 'phaser';
import type { Look } from './looks.ts';
import { arc, curve, fill, line, mirror, type Point, shade } from './shapes.ts';

type G = Phaser.GameObjects.Graphics;

/** The face: an ellipse around this centre; the eyes sit on its middle line. */
export const FACE = { x: 0, y: -40, rx: 58, ry: 68 } as const;
const { PI } = Math;

/** The top of the head from one temple to the other, closed by a hairline drawn right to left. */
const cap = (hairline: readonly Point[], grow = 5, from = PI + 0.12, to = 2 * PI - 0.12): Point[] => [
  ...arc(FACE.x, FACE.y, FACE.rx + grow, FACE.ry + grow, from, to),
  ...hairline,
];

const circles = (g: G, points: readonly Point[], r: number, colour: number) => {
  g.fillStyle(colour, 1);
  for (const [x, y] of points) g.fillCircle(x, y, r);
};

/** Hair, headscarf or cap behind the head (and over the shoulder). */
const back = (g: G, look: Look) => {
  const c = shade(look.hair, 0.86);
  switch (look.hairStyle) {
    case 'bob':
      fill(
        g,
        [
          ...arc(0, -44, 76, 80, PI, 2 * PI),
          [78, 4],
          ...curve([78, 4], [76, 36], [52, 38]),
          [-52, 38],
          ...curve([-52, 38], [-76, 36], [-78, 4]),
        ],
        c,
      );
      break;
    case 'bun':
      g.fillStyle(c, 1).fillCircle(0, -114, 30);
      break;
    case 'afro':
      g.fillStyle(c, 1).fillCircle(0, -58, 94);
      circles(g, arc(0, -58, 92, 90, PI * 0.85, PI * 2.15, 14), 26, c);
      break;
    case 'curls':
      circles(g, arc(0, -52, 66, 70, PI * 0.92, PI * 2.08, 12), 24, c);
      break;
    case 'hijab': {
      const scarf = look.accent ?? 0xd8c6ae;
      fill(
        g,
        [
          ...arc(0, -44, 80, 88, PI * 0.9, PI * 2.1),
          [88, 30],
          ...curve([96, 60], [84, 140], [0, 146]),
          ...curve([0, 146], [-84, 140], [-96, 60]),
          [-88, 30],
        ],
        shade(scarf, 0.92),
      );
      break;
    }
    case 'ponytail':
      fill(g, arc(0, -44, 68, 76, PI * 0.95, PI * 2.05), c);
      fill(
        g,
        [
          ...curve([44, -64], [100, -10], [84, 80]),
          ...curve([84, 80], [76, 130], [60, 148]),
          ...curve([60, 148], [66, 60], [40, 0]),
        ],
        look.hair,
      );
      break;
    default:
      break;
  }
};

/** Hair, cap or headscarf over the forehead. */
const front = (g: G, look: Look) => {
  const c = look.hair;
  switch (look.hairStyle) {
    case 'bob':
      fill(
        g,
        cap(
          [...curve([64, -30], [50, -92], [-10, -86]), ...curve([-10, -86], [-44, -84], [-64, -30])],
          8,
          PI - 0.1,
          2 * PI + 0.1,
        ),
        c,
      );
      break;
    case 'bun':
      fill(g, cap([...curve([62, -44], [44, -96], [0, -92]), ...curve([0, -92], [-44, -96], [-62, -44])]), c);
      break;
    case 'receding':
      fill(
        g,
        cap(
          [
            [60, -54],
            [44, -84],
            [22, -96],
            [0, -92],
            [-22, -96],
            [-44, -84],
            [-60, -54],
          ],
          3,
          PI + 0.2,
          2 * PI - 0.2,
        ),
        c,
      );
      fill(
        g,
        [
          [-62, -60],
          [-54, -60],
          [-56, -24],
          [-60, -24],
        ],
        c,
      );
      fill(
        g,
        [
          [62, -60],
          [54, -60],
          [56, -24],
          [60, -24],
        ],
        c,
      );
      break;
    case 'crop':
      fill(g, cap(curve([60, -50], [0, -110], [-60, -50]), 3), c);
      break;
    case 'afro':
      // A high hairline, so the brows show against the skin.
      fill(g, cap(curve([60, -60], [0, -112], [-60, -60]), 8), c);
      circles(g, curve([-52, -74], [0, -112], [52, -74], 8), 11, c);
      break;
    case 'parted':
      fill(
        g,
        cap([...curve([63, -46], [44, -98], [-14, -92]), ...curve([-14, -92], [-46, -88], [-63, -48])], 10),
        c,
      );
      line(g, curve([-14, -93], [-18, -104], [-26, -114], 6), 3, shade(c, 0.8), true);
      break;
    case 'curls':
      fill(g, cap(curve([60, -44], [0, -98], [-60, -44]), 8), c);
      circles(g, arc(0, -48, 64, 64, PI * 1.05, PI * 1.95, 9), 16, c);
      break;
    case 'flat-cap': {
      fill(
        g,
        [
          [-64, -78],
          [-54, -78],
          [-56, -20],
          [-62, -20],
        ],
        c,
      );
      fill(
        g,
        [
          [64, -78],
          [54, -78],
          [56, -20],
          [62, -20],
        ],
        c,
      );
      const hat = look.accent ?? 0x5d5246;
      // Worn high, so that the brim stays clear of the brows.
      fill(g, [...arc(0, -82, 70, 50, PI, 2 * PI), [70, -82], [-70, -82]], hat);
      g.fillStyle(shade(hat, 0.75), 1).fillEllipse(-6, -86, 150, 20);
      g.fillStyle(shade(hat, 1.2), 1).fillCircle(0, -130, 6);
      break;
    }
    case 'hijab': {
      const scarf = look.accent ?? 0xd8c6ae;
      fill(g, cap(curve([56, -56], [0, -112], [-56, -56]), 14, PI - 0.25, 2 * PI + 0.25), scarf);
      // The scarf frames the face and closes under the chin.
      line(g, arc(0, -40, 62, 72, PI * 0.03, PI * 0.97, 20), 12, scarf);
      fill(g, [...arc(0, -40, 66, 76, PI * 0.1, PI * 0.9, 16), [-30, 60], [30, 60]], scarf);
      line(g, curve([-40, 50], [0, 72], [40, 50]), 4, shade(scarf, 0.85));
      break;
    }
    case 'ponytail':
      fill(
        g,
        cap([...curve([62, -40], [30, -78], [-18, -98]), ...curve([-18, -98], [-52, -84], [-62, -40])], 6),
        c,
      );
      break;
    case 'quiff':
      fill(g, cap(curve([58, -58], [0, -100], [-58, -58]), 4), c);
      fill(
        g,
        [
          [-54, -84],
          ...curve([-54, -84], [-34, -140], [18, -134]),
          ...curve([18, -134], [58, -128], [56, -80]),
          [0, -88],
        ],
        c,
      );
      break;
  }
};

const facialHair = (g: G, look: Look) => {
  if (!look.facialHair) return;
  if (look.facialHair === 'moustache') {
    const half: Point[] = curve([-2, -8], [-16, -14], [-26, -2], 10);
    line(g, half, 9, look.hair, true);
    line(g, mirror(half), 9, look.hair, true);
    return;
  }
  const beard: Point[] = [
    ...arc(FACE.x, FACE.y, FACE.rx + 2, FACE.ry + 4, 0.1, PI - 0.1),
    ...curve([-58, -30], [-40, 14], [0, 14]),
    ...curve([0, 14], [40, 14], [58, -30]),
  ];
  fill(g, beard, look.hair, look.facialHair === 'stubble' ? 0.28 : 1);
  if (look.facialHair === 'beard') {
    fill(g, [...curve([-28, -2], [0, -20], [28, -2]), ...curve([28, -2], [0, -8], [-28, -2])], look.hair);
  }
};

/** Everything of the head that does not change with the mood. */
export const drawHead = (g: G, look: Look) => {
  back(g, look);
  if (look.hairStyle !== 'hijab') {
    g.fillStyle(look.skin, 1).fillCircle(-FACE.rx, -36, 13).fillCircle(FACE.rx, -36, 13);
    g.fillStyle(shade(look.skin, 0.86), 1).fillCircle(-FACE.rx, -36, 6).fillCircle(FACE.rx, -36, 6);
  }
  g.fillStyle(look.skin, 1).fillEllipse(FACE.x, FACE.y, FACE.rx * 2, FACE.ry * 2, 48);
  if (look.older) {
    const fold: Point[] = curve([-22, -18], [-30, -6], [-26, 8], 8);
    line(g, fold, 3, shade(look.skin, 0.84), true);
    line(g, mirror(fold), 3, shade(look.skin, 0.84), true);
  }
  facialHair(g, look);
  g.fillStyle(shade(look.skin, 0.86), 1).fillEllipse(0, -18, 18, 12);
  front(g, look);
  if (look.earrings) {
    g.fillStyle(0xd9b15a, 1)
      .fillCircle(-FACE.rx - 1, -18, 5)
      .fillCircle(FACE.rx + 1, -18, 5);
  }
};
