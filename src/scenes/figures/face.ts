import type Phaser from 'phaser';
import type { Mood } from '../../domain/vocabulary.ts';
import type { Look } from './looks.ts';
import { arc, curve, fill, line, mirror, type Point, shade } from './shapes.ts';

type G = Phaser.GameObjects.Graphics;

const EYE_X = 24;
const EYE_Y = -42;
const PUPIL = 0x261d19;

/** A colour between two others. */
const mix = (a: number, b: number, t: number): number => {
  const ch = (shift: number) => Math.round(((a >> shift) & 0xff) * (1 - t) + ((b >> shift) & 0xff) * t);
  return (ch(16) << 16) | (ch(8) << 8) | ch(0);
};

/** Relative lightness of a colour, 0 (black) to 1 (white). */
const luminance = (c: number): number =>
  (0.2126 * ((c >> 16) & 0xff) + 0.7152 * ((c >> 8) & 0xff) + 0.0722 * (c & 0xff)) / 255;

/** Left brow for each mood, from its outer end to its inner end; the right one mirrors it. */
const BROWS: Record<Mood, readonly [Point, Point, Point]> = {
  neutraal: [
    [-42, -62],
    [-28, -70],
    [-13, -64],
  ],
  blij: [
    [-42, -70],
    [-28, -82],
    [-13, -73],
  ],
  bezorgd: [
    [-42, -62],
    [-30, -64],
    [-14, -78],
  ],
  ontstemd: [
    [-44, -72],
    [-30, -68],
    [-12, -57],
  ],
};

const eyes = (g: G, look: Look, mood: Mood) => {
  for (const side of [-1, 1]) {
    const x = side * EYE_X;
    if (mood === 'blij') {
      // Smiling eyes: the lower lid pushed up by the cheeks.
      fill(g, arc(x, EYE_Y + 3, 7.5, 9, Math.PI, 2 * Math.PI, 12), PUPIL);
      continue;
    }
    const big = mood === 'bezorgd' ? 1.12 : 1;
    g.fillStyle(PUPIL, 1).fillEllipse(x, EYE_Y, 13 * big, 16 * big);
    g.fillStyle(0xffffff, 0.9).fillCircle(x + 2.5, EYE_Y - 3.5, 2.6 * big);
    if (mood === 'ontstemd') {
      // Narrowed: the upper lid comes down, lower towards the nose.
      const inner = -side * 7;
      const outer = side * 7;
      fill(
        g,
        [
          [x + outer, EYE_Y - 12],
          [x + outer, EYE_Y - 4],
          [x + inner, EYE_Y + 1],
          [x + inner, EYE_Y - 12],
        ],
        look.skin,
      );
      line(
        g,
        [
          [x + outer, EYE_Y - 4],
          [x + inner, EYE_Y + 1],
        ],
        3,
        PUPIL,
      );
    }
  }
};

const glasses = (g: G) => {
  g.lineStyle(3.5, 0x2c2a2a, 1);
  for (const side of [-1, 1]) g.strokeRoundedRect(side * EYE_X - 18, EYE_Y - 14, 36, 27, 9);
  line(g, curve([-6, EYE_Y - 4], [0, EYE_Y - 8], [6, EYE_Y - 4], 6), 3, 0x2c2a2a);
  line(
    g,
    [
      [-EYE_X - 18, EYE_Y - 6],
      [-56, EYE_Y - 8],
    ],
    3,
    0x2c2a2a,
  );
  line(
    g,
    [
      [EYE_X + 18, EYE_Y - 6],
      [56, EYE_Y - 8],
    ],
    3,
    0x2c2a2a,
  );
};

const mouth = (g: G, look: Look, mood: Mood) => {
  // Lips that stand out from the skin: reddish on light skin, darker on dark skin.
  const lip =
    luminance(look.skin) > 0.4 ? mix(shade(look.skin, 0.5), 0x8a3328, 0.45) : mix(look.skin, 0x1e0d0a, 0.7);
  const inside = mix(shade(look.skin, 0.3), 0x4a1410, 0.5);
  switch (mood) {
    case 'neutraal':
      line(g, curve([-15, 4], [0, 8], [15, 3], 10), 5, lip);
      break;
    case 'blij': {
      const top = curve([-25, -1], [0, 6], [25, -1], 12);
      const bottom = curve([25, -1], [0, 36], [-25, -1], 12);
      fill(g, [...top, ...bottom], inside);
      fill(g, [...top, ...curve([22, 1], [0, 12], [-22, 1], 10)], 0xffffff);
      g.fillStyle(0xe8836f, 0.3).fillCircle(-36, -16, 11).fillCircle(36, -16, 11);
      break;
    }
    case 'bezorgd': {
      // A small wavering mouth, a little open.
      fill(g, [...curve([-13, 8], [0, 0], [13, 8], 10), ...curve([13, 8], [0, 15], [-13, 8], 10)], inside);
      line(g, curve([-14, 9], [0, 0], [14, 9], 10), 3.5, lip);
      break;
    }
    case 'ontstemd':
      line(g, curve([-19, 10], [-2, 2], [17, 7], 10), 6, lip);
      break;
  }
};

const creases = (g: G, look: Look, mood: Mood) => {
  const c = shade(look.skin, 0.78);
  if (mood === 'ontstemd') {
    line(
      g,
      [
        [-5, -64],
        [-3, -54],
      ],
      3,
      c,
    );
    line(
      g,
      [
        [5, -64],
        [3, -54],
      ],
      3,
      c,
    );
  }
  if (mood === 'bezorgd') line(g, curve([-14, -86], [0, -90], [14, -86], 8), 3, c, true);
};

/** Eyes, brows and mouth for a mood; glasses between eyes and brows so the brows stay readable. */
export const drawFace = (g: G, look: Look, mood: Mood) => {
  creases(g, look, mood);
  eyes(g, look, mood);
  if (look.glasses) glasses(g);
  const brow = curve(...BROWS[mood], 12);
  line(g, brow, 9, look.brow, true);
  line(g, mirror(brow), 9, look.brow, true);
  mouth(g, look, mood);
};
