import { describe, expect, it } from 'vitest';
import { createIdleCounter } from '../../src/scenes/idle-counter.ts';
import {
  isSoftwareRenderer,
  PIXELS_IN_SOFTWARE,
  PIXELS_WITH_GPU,
  stageResolution,
} from '../../src/scenes/stage-resolution.ts';

/** Frames drawn until the counter lets the loop sleep, given whether each frame still animates. */
const framesUntilSleep = (
  counter: ReturnType<typeof createIdleCounter>,
  animating: (frame: number) => boolean,
) => {
  for (let frame = 1; frame <= 1000; frame++) if (counter.drawn(animating(frame))) return frame;
  return Number.POSITIVE_INFINITY;
};

describe('the stage sleeps when nothing moves', () => {
  it('draws the settle frames after a wake, then sleeps', () => {
    const counter = createIdleCounter(3);
    expect(framesUntilSleep(counter, () => false)).toBe(3);
    counter.wake();
    expect(framesUntilSleep(counter, () => false)).toBe(3);
  });

  it('stays awake while something animates, and settles after the last movement', () => {
    const counter = createIdleCounter(3);
    // A 40-frame animation: the loop sleeps three frames after its last moving frame.
    expect(framesUntilSleep(counter, (frame) => frame <= 40)).toBe(43);
  });

  it('never sleeps during an endless animation', () => {
    expect(framesUntilSleep(createIdleCounter(3), () => true)).toBe(Number.POSITIVE_INFINITY);
  });

  it('a wake for no sensible number of frames still draws one, and the loop still sleeps', () => {
    const counter = createIdleCounter(2);
    counter.wake(Number.NaN);
    expect(framesUntilSleep(counter, () => false)).toBe(2);
  });

  it('a longer wake is kept, a shorter one does not cut it', () => {
    const counter = createIdleCounter(2);
    counter.wake(10);
    counter.wake(1);
    expect(framesUntilSleep(counter, () => false)).toBe(10);
  });

  it('draws at least one frame, whatever settle count it is given', () => {
    for (const settle of [0, -4, 0.5, Number.NaN]) {
      const counter = createIdleCounter(settle);
      expect(counter.drawn(false), `settle ${settle}`).toBe(true);
    }
  });
});

describe('the stage draws a sensible number of pixels', () => {
  it('draws every CSS pixel at 1280×720 on a plain screen, with or without a graphics card', () => {
    expect(stageResolution(1280, 720, 1, PIXELS_IN_SOFTWARE)).toEqual({ width: 1280, height: 720 });
    expect(stageResolution(1280, 720, 1, PIXELS_WITH_GPU)).toEqual({ width: 1280, height: 720 });
  });

  it('in software, a full-HD projector draws no more pixels than 1280×720, in the same shape', () => {
    const r = stageResolution(1920, 1080, 1, PIXELS_IN_SOFTWARE);
    expect(r.width * r.height).toBeLessThanOrEqual(PIXELS_IN_SOFTWARE);
    expect(r.width / r.height).toBeCloseTo(1920 / 1080, 2);
    expect(r.width).toBeGreaterThan(1270);
  });

  it('with a graphics card, a sharp screen gets its own pixels up to twice the CSS size, within the budget', () => {
    expect(stageResolution(1280, 720, 2, PIXELS_WITH_GPU)).toEqual({ width: 2560, height: 1440 });
    expect(stageResolution(1280, 720, 4, PIXELS_WITH_GPU)).toEqual({ width: 2560, height: 1440 });
    const phone = stageResolution(390, 844, 3, PIXELS_WITH_GPU);
    expect(phone).toEqual({ width: 780, height: 1688 });
    const big = stageResolution(2560, 1440, 2, PIXELS_WITH_GPU);
    expect(big.width * big.height).toBeLessThanOrEqual(PIXELS_WITH_GPU);
    expect(big.width / big.height).toBeCloseTo(16 / 9, 2);
  });

  it('a hidden or unmeasurable box still gets a drawable canvas', () => {
    for (const [w, h, ratio] of [
      [0, 0, 1],
      [Number.NaN, 720, 1],
      [1280, 720, 0],
      [1280, 720, Number.NaN],
    ] as const) {
      const r = stageResolution(w, h, ratio, PIXELS_IN_SOFTWARE);
      expect(r.width, `${w}×${h}@${ratio}`).toBeGreaterThanOrEqual(1);
      expect(r.height, `${w}×${h}@${ratio}`).toBeGreaterThanOrEqual(1);
      expect(Number.isInteger(r.width) && Number.isInteger(r.height)).toBe(true);
    }
  });
});

describe('a laptop without a graphics card is recognised by its WebGL renderer', () => {
  it('names software rasterisers as software', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
    ])
      expect(isSoftwareRenderer(name), name).toBe(true);
  });

  it('names real graphics cards as hardware', () => {
    for (const name of [
      'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Apple M1',
      'Mesa Intel(R) Xe Graphics (TGL GT2)',
      'Adreno (TM) 640',
    ])
      expect(isSoftwareRenderer(name), name).toBe(false);
  });
});
