import type Phaser from 'phaser';
import type { Mood } from '../../domain/vocabulary.ts';
import type { Look } from './looks.ts';
import { curve, fill, line, mirror, type Point, shade } from './shapes.ts';

type G = Phaser.GameObjects.Graphics;

/** The figure is cut off by the bottom of the stage below this line. */
const BOTTOM = 330;
const SHOULDER_Y = 56;

const torso = (w: number): Point[] => {
  const h = w / 2;
  return [
    [-h - 6, BOTTOM],
    [-h, 150],
    ...curve([-h, 150], [-h + 2, SHOULDER_Y + 4], [-h + 74, SHOULDER_Y]),
    ...curve([h - 74, SHOULDER_Y], [h - 2, SHOULDER_Y + 4], [h, 150]),
    [h + 6, BOTTOM],
  ];
};

/** Neck, torso and clothes: what stays the same whatever the mood. */
export const drawBody = (g: G, look: Look, colour: number) => {
  const w = look.shoulders;
  const dark = shade(colour, 0.8);
  const light = shade(colour, 1.15);
  g.fillStyle(0x000000, 0.16).fillEllipse(0, BOTTOM - 14, w + 90, 46);
  if (look.top === 'hoodie') g.fillStyle(dark, 1).fillEllipse(0, SHOULDER_Y + 2, 150, 54);
  g.fillStyle(look.skin, 1).fillRect(-21, 0, 42, 70);
  g.fillStyle(shade(look.skin, 0.82), 1).fillRect(-21, 14, 42, 14);
  fill(g, torso(w), colour);
  switch (look.top) {
    case 'blazer':
    case 'suit': {
      fill(
        g,
        [
          [-30, SHOULDER_Y - 2],
          [30, SHOULDER_Y - 2],
          [0, 176],
        ],
        look.under,
      );
      if (look.tie !== undefined) tie(g, look.tie);
      else
        fill(
          g,
          [
            [-16, SHOULDER_Y - 2],
            [16, SHOULDER_Y - 2],
            [0, 96],
          ],
          look.skin,
        );
      const lapel: Point[] = [
        [-30, SHOULDER_Y - 4],
        [-52, SHOULDER_Y + 6],
        [-40, 104],
        [-54, 112],
        [0, 186],
        [-4, 168],
      ];
      fill(g, lapel, dark);
      fill(g, mirror(lapel), dark);
      g.fillStyle(shade(colour, 0.65), 1).fillCircle(0, 226, 5).fillCircle(0, 268, 5);
      break;
    }
    case 'shirt': {
      fill(
        g,
        [
          [-18, SHOULDER_Y - 2],
          [18, SHOULDER_Y - 2],
          [0, 92],
        ],
        look.skin,
      );
      line(
        g,
        [
          [0, 92],
          [0, BOTTOM],
        ],
        4,
        dark,
      );
      g.fillStyle(light, 1);
      for (const y of [128, 176, 224, 272]) g.fillCircle(0, y, 4);
      const collar: Point[] = [
        [-24, SHOULDER_Y - 8],
        [-2, SHOULDER_Y + 2],
        [-8, 90],
        [-34, 78],
      ];
      fill(g, collar, light);
      fill(g, mirror(collar), light);
      break;
    }
    case 'sweater': {
      line(g, curve([-40, SHOULDER_Y - 2], [0, SHOULDER_Y + 34], [40, SHOULDER_Y - 2]), 12, dark);
      break;
    }
    case 'cardigan': {
      fill(
        g,
        [
          [-34, SHOULDER_Y - 2],
          [34, SHOULDER_Y - 2],
          [0, 190],
        ],
        look.under,
      );
      const collar: Point[] = [
        [-22, SHOULDER_Y - 6],
        [-2, SHOULDER_Y + 2],
        [-10, 80],
        [-30, 72],
      ];
      fill(g, collar, shade(look.under, 1.08));
      fill(g, mirror(collar), shade(look.under, 1.08));
      if (look.tie !== undefined) tie(g, look.tie);
      line(
        g,
        [
          [-34, SHOULDER_Y - 2],
          [0, 190],
        ],
        10,
        dark,
      );
      line(
        g,
        [
          [34, SHOULDER_Y - 2],
          [0, 190],
        ],
        10,
        dark,
      );
      line(
        g,
        [
          [0, 190],
          [0, BOTTOM],
        ],
        8,
        dark,
      );
      g.fillStyle(shade(colour, 0.6), 1);
      for (const y of [214, 252, 290]) g.fillCircle(-10, y, 5);
      break;
    }
    case 'coat': {
      fill(
        g,
        [
          [-24, SHOULDER_Y - 2],
          [24, SHOULDER_Y - 2],
          [0, 110],
        ],
        look.under,
      );
      const collar: Point[] = [
        [-26, SHOULDER_Y - 10],
        [-64, SHOULDER_Y + 4],
        [-46, 126],
        [-4, 112],
      ];
      fill(g, collar, dark);
      fill(g, mirror(collar), dark);
      line(
        g,
        [
          [0, 112],
          [0, BOTTOM],
        ],
        5,
        shade(colour, 0.7),
      );
      if (look.accent !== undefined) {
        line(g, curve([-44, SHOULDER_Y - 2], [0, SHOULDER_Y + 40], [44, SHOULDER_Y - 2]), 30, look.accent);
        fill(
          g,
          [
            [6, 80],
            [36, 76],
            [44, 196],
            [16, 200],
          ],
          shade(look.accent, 0.85),
        );
      }
      break;
    }
    case 'hoodie': {
      line(g, curve([-30, SHOULDER_Y], [0, SHOULDER_Y + 24], [30, SHOULDER_Y]), 8, dark);
      line(
        g,
        [
          [-14, SHOULDER_Y + 14],
          [-18, 150],
        ],
        5,
        look.under,
      );
      line(
        g,
        [
          [14, SHOULDER_Y + 14],
          [18, 140],
        ],
        5,
        look.under,
      );
      g.fillStyle(dark, 1).fillRoundedRect(-84, 244, 168, 90, 24);
      break;
    }
    case 'overshirt': {
      fill(
        g,
        [
          [-46, SHOULDER_Y],
          [46, SHOULDER_Y],
          [50, BOTTOM],
          [-50, BOTTOM],
        ],
        look.under,
      );
      line(
        g,
        curve([-26, SHOULDER_Y - 2], [0, SHOULDER_Y + 20], [26, SHOULDER_Y - 2]),
        8,
        shade(look.under, 0.85),
      );
      const collar: Point[] = [
        [-30, SHOULDER_Y - 8],
        [-46, SHOULDER_Y + 4],
        [-48, 100],
        [-62, 60],
      ];
      fill(g, collar, dark);
      fill(g, mirror(collar), dark);
      line(
        g,
        [
          [-48, 96],
          [-50, BOTTOM],
        ],
        6,
        dark,
      );
      line(
        g,
        [
          [48, 96],
          [50, BOTTOM],
        ],
        6,
        dark,
      );
      g.fillStyle(dark, 1).fillRoundedRect(-w / 2 + 34, 132, 46, 40, 6);
      break;
    }
  }
  if (look.lanyard) {
    line(
      g,
      [
        [-20, SHOULDER_Y],
        [-6, 178],
      ],
      5,
      0x2f5f8f,
    );
    line(
      g,
      [
        [20, SHOULDER_Y],
        [6, 178],
      ],
      5,
      0x2f5f8f,
    );
    g.fillStyle(0xf6f6f2, 1).fillRoundedRect(-20, 176, 40, 50, 5);
    g.fillStyle(0x2f5f8f, 1).fillRect(-20, 176, 40, 12);
  }
  if (look.necklace) {
    g.fillStyle(0xf3efe6, 1);
    for (const [x, y] of curve([-24, SHOULDER_Y + 2], [0, SHOULDER_Y + 42], [24, SHOULDER_Y + 2], 10))
      g.fillCircle(x, y, 4.5);
  }
};

const tie = (g: G, colour: number) => {
  fill(
    g,
    [
      [-9, SHOULDER_Y - 2],
      [9, SHOULDER_Y - 2],
      [6, SHOULDER_Y + 20],
      [-6, SHOULDER_Y + 20],
    ],
    shade(colour, 0.85),
  );
  fill(
    g,
    [
      [-6, SHOULDER_Y + 20],
      [6, SHOULDER_Y + 20],
      [13, 168],
      [0, 184],
      [-13, 168],
    ],
    colour,
  );
};

/**
 * The arms carry the posture: hanging for neutraal and blij, hands clasped in front for bezorgd,
 * folded across the chest for ontstemd. Drawn over the body, so the sleeves read at a distance.
 */
export const drawArms = (g: G, look: Look, colour: number, mood: Mood) => {
  const h = look.shoulders / 2;
  const sleeve = shade(colour, 0.9);
  const seam = shade(colour, 0.74);
  const hand = look.skin;
  const knuckle = shade(look.skin, 0.8);
  // Upper arms along the sides, in every mood.
  line(g, curve([-h + 38, 150], [-h + 34, 200], [-h + 44, BOTTOM]), 4, seam);
  line(g, curve([h - 38, 150], [h - 34, 200], [h - 44, BOTTOM]), 4, seam);
  if (mood === 'bezorgd') {
    line(g, curve([-h + 20, 220], [-h + 60, 268], [-16, 262]), 44, sleeve);
    line(g, curve([h - 20, 220], [h - 60, 268], [16, 262]), 44, sleeve);
    g.fillStyle(hand, 1).fillEllipse(-8, 250, 40, 34).fillEllipse(10, 254, 40, 34);
    line(g, curve([-12, 240], [2, 246], [0, 264]), 3, knuckle);
    line(g, curve([6, 242], [20, 248], [18, 266]), 3, knuckle);
  } else if (mood === 'ontstemd') {
    line(
      g,
      [
        [-h + 16, 196],
        [h - 40, 218],
      ],
      50,
      shade(colour, 0.84),
    );
    g.fillStyle(hand, 1).fillEllipse(h - 38, 196, 34, 30);
    line(
      g,
      [
        [h - 16, 200],
        [-h + 40, 226],
      ],
      50,
      sleeve,
    );
    g.fillStyle(hand, 1).fillEllipse(-h + 40, 206, 32, 28);
    line(
      g,
      [
        [-h + 34, 198],
        [-h + 44, 212],
      ],
      3,
      knuckle,
    );
  }
};
