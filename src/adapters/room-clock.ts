import type { RoomClock } from '../machines/group-machine.ts';

const TICK_MS = 250;

/**
 * Real time for the discussion timer, started by the group machine only while its timer runs. One
 * window keeps time, so two never count the same second twice: `keepsTime` says whether this one does.
 */
export const createRoomClock =
  (keepsTime: () => boolean, now: () => number = () => performance.now()): RoomClock =>
  (onTick) => {
    let last = now();
    const id = setInterval(() => {
      const current = now();
      if (keepsTime()) onTick(current - last);
      last = current;
    }, TICK_MS);
    return () => clearInterval(id);
  };
