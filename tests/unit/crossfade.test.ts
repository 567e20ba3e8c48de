import { describe, expect, it } from 'vitest';
import { CROSSFADE_MS, crossfadeEnding } from '../../src/scenes/backdrop.ts';

/**
 * A crossfade as Phaser runs it under software rendering: frames come every `frameMs` of real time,
 * and the tween's own clock advances at most `tweenStep` per frame (Phaser's smoothing of slow frames).
 * The old backdrop is on screen until the tween completes; returns when that happened, in real time.
 */
const run = (frameMs: number, tweenStep: number, ms = CROSSFADE_MS) => {
  let clock = 0;
  const ending = crossfadeEnding(ms, () => clock);
  let progressed = 0;
  let completedAt: number | undefined;
  let completions = 0;
  const tween = {
    data: [{ isComplete: () => progressed >= ms }],
    complete: () => {
      completions++;
      completedAt ??= clock;
    },
  };
  for (let frame = 0; frame < 100 && completedAt === undefined; frame++) {
    clock += frameMs;
    progressed = Math.min(ms, progressed + Math.min(frameMs, tweenStep));
    // As Phaser does: the frame's update (with onUpdate), then, if every part reached its end, completion.
    ending.onUpdate(tween);
    if (completedAt === undefined && progressed >= ms) tween.complete();
  }
  return { completedAt, completions };
};

describe('a change of place', () => {
  it('leaves exactly one backdrop once the crossfade time has passed, however slow the frames', () => {
    for (const frameMs of [16.7, 83, 167, 233, 600]) {
      const { completedAt, completions } = run(frameMs, 33);
      expect(completions, `frames of ${frameMs} ms`).toBe(1);
      // Gone on the first frame at or after the crossfade's length: never a frame later.
      expect(completedAt, `frames of ${frameMs} ms`).toBeGreaterThanOrEqual(CROSSFADE_MS);
      expect(completedAt! - CROSSFADE_MS, `frames of ${frameMs} ms`).toBeLessThan(frameMs);
    }
  });

  it('ends as the tween itself would when frames come on time', () => {
    const { completedAt } = run(16.7, 1000);
    expect(completedAt).toBeCloseTo(Math.ceil(CROSSFADE_MS / 16.7) * 16.7, 5);
  });

  it('is short: a change of place is softened, not a scene of its own', () => {
    expect(CROSSFADE_MS).toBeLessThanOrEqual(400);
  });
});
