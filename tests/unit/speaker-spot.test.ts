import { describe, expect, it } from 'vitest';
import { speakerSpot } from '../../src/scenes/stage-view.ts';

const SIZES = [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
  [390, 236],
  [320, 390],
  [2560, 1080],
] as const;

describe('where the speaker stands on the stage', () => {
  for (const [width, height] of SIZES) {
    for (const composition of [
      { left: 0.6, top: 0.3 },
      { left: 0, top: 0.2 },
      { left: 0, top: 0 },
    ]) {
      it(`${width}x${height} beside words taking ${composition.left} of the width, ${composition.top} of the height`, () => {
        const { box, s } = speakerSpot(width, height, composition);
        // Inside the part the words leave free, feet on the bottom edge, never larger than designed.
        expect(box.left).toBeGreaterThanOrEqual(composition.left * width - 0.5);
        expect(box.right).toBeLessThanOrEqual(width + 0.5);
        expect(box.top).toBeGreaterThanOrEqual(composition.top * height - 0.5);
        expect(box.bottom).toBeCloseTo(height, 5);
        expect(s).toBeLessThanOrEqual(height / 720 + 1e-9);
        // Still a person one can see: at least a third of the stage's height.
        expect(box.bottom - box.top).toBeGreaterThan(height / 3);
      });
    }
  }

  it('stands where it always stood on an open stage of the design height: right of centre', () => {
    const { x, y, s } = speakerSpot(1280, 720);
    expect(s).toBe(1);
    expect(x).toBe(1280 - 270);
    expect(y).toBe(720 - 300);
  });
});
