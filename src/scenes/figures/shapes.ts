import Phaser from 'phaser';

export type Point = readonly [number, number];
type G = Phaser.GameObjects.Graphics;

const v = (x: number, y: number) => new Phaser.Math.Vector2(x, y);

/** Points along a quadratic curve from `a` to `b`, pulled towards `c`. */
export const curve = (a: Point, c: Point, b: Point, steps = 14): Point[] =>
  Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const u = 1 - t;
    return [u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]];
  });

/** Points along an ellipse, from one angle to another (radians, clockwise on screen). */
export const arc = (cx: number, cy: number, rx: number, ry: number, from: number, to: number, steps = 24) =>
  Array.from({ length: steps + 1 }, (_, i): Point => {
    const a = from + ((to - from) * i) / steps;
    return [cx + rx * Math.cos(a), cy + ry * Math.sin(a)];
  });

export const fill = (g: G, points: readonly Point[], colour: number, alpha = 1) =>
  g.fillStyle(colour, alpha).fillPoints(
    points.map(([x, y]) => v(x, y)),
    true,
  );

/**
 * A line drawn as a filled band, so thick strokes keep clean ends at any scale: rounded ends, or
 * tapered ones (thin at both ends, like a brush) for brows and lids.
 */
export const line = (g: G, points: readonly Point[], width: number, colour: number, taper = false) => {
  const n = points.length;
  const left: Point[] = [];
  const right: Point[] = [];
  points.forEach(([x, y], i) => {
    const [px, py] = points[Math.max(0, i - 1)]!;
    const [nx, ny] = points[Math.min(n - 1, i + 1)]!;
    const dx = nx - px;
    const dy = ny - py;
    const len = Math.hypot(dx, dy) || 1;
    const t = i / (n - 1);
    const half = (width / 2) * (taper ? 0.35 + 0.65 * Math.sin(Math.PI * t) : 1);
    left.push([x - (dy / len) * half, y + (dx / len) * half]);
    right.push([x + (dy / len) * half, y - (dx / len) * half]);
  });
  fill(g, [...left, ...right.reverse()], colour);
  if (!taper) {
    g.fillCircle(points[0]![0], points[0]![1], width / 2);
    g.fillCircle(points[n - 1]![0], points[n - 1]![1], width / 2);
  }
};

/** A colour made darker (amount < 1) or lighter (amount > 1), channel by channel. */
export const shade = (colour: number, amount: number): number => {
  const ch = (shift: number) => Math.max(0, Math.min(255, Math.round(((colour >> shift) & 0xff) * amount)));
  return (ch(16) << 16) | (ch(8) << 8) | ch(0);
};

/** Mirrors points in the figure's vertical axis. */
export const mirror = (points: readonly Point[]): Point[] => points.map(([x, y]) => [-x, y]);
