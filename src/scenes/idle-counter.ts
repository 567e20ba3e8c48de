/**
 * Decides, frame by frame, when the stage may stop drawing. It keeps drawing while something
 * animates, and for `settle` frames after that (and after every wake), so the picture the last
 * change left is on screen before the loop sleeps. Pure: the Phaser wiring is in sleep-when-idle.ts.
 */
export interface IdleCounter {
  /** Something changed: draw at least `frames` more frames (default: the settle count). */
  wake(frames?: number): void;
  /** One frame was drawn; `animating` says whether anything still moves. True: the loop may sleep. */
  drawn(animating: boolean): boolean;
}

const atLeastOne = (n: number) => (Number.isFinite(n) ? Math.max(1, Math.floor(n)) : 1);

export const createIdleCounter = (settle: number): IdleCounter => {
  const floor = atLeastOne(settle);
  let left = floor;
  return {
    wake(frames = floor) {
      left = Math.max(left, atLeastOne(frames));
    },
    drawn(animating) {
      if (animating) {
        left = floor;
        return false;
      }
      left = Math.max(0, left - 1);
      return left === 0;
    },
  };
};
