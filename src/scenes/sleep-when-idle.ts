import Phaser from 'phaser';
import { createIdleCounter } from './idle-counter.ts';

/**
 * Frames drawn after the last movement, and after every wake, before the loop sleeps: the first
 * draws the change, the others cover a scene that starts a frame late.
 */
const SETTLE_FRAMES = 3;

/** A scene that changed its picture outside the loop asks for frames with `game.events.emit(STAGE_WAKE)`. */
export const STAGE_WAKE = 'stage-wake';

export interface StageSleep {
  /** Draws again from the next animation frame until nothing moves. */
  wake(): void;
  destroy(): void;
}

/** Whether any running scene has a tween in progress (an endless tween keeps the stage awake). */
const animating = (game: Phaser.Game) =>
  game.scene.getScenes(true).some((scene) => scene.tweens.getTweens().length > 0);

/**
 * Lets the game loop sleep when nothing on the stage moves, so an idle stage costs no frames: under
 * software rendering every frame is a full-window fill. The canvas keeps its last picture while the
 * loop sleeps. It wakes for whatever `wake` is called for, for a tab that becomes visible again and
 * for a WebGL context that comes back.
 */
export const sleepWhenIdle = (game: Phaser.Game): StageSleep => {
  const idle = createIdleCounter(SETTLE_FRAMES);
  let scheduled = 0;

  const onDrawn = () => {
    if (idle.drawn(animating(game))) game.loop.sleep();
  };
  const resume = () => {
    scheduled = 0;
    if (game.loop.running) return;
    // Tweens keep time by the wall clock; without this, a tween made while asleep would start by
    // skipping up to half a second (Phaser smooths only longer gaps).
    const now = Date.now();
    for (const scene of game.scene.getScenes(true)) {
      const slept = now - scene.tweens.prevTime;
      if (slept > 0) {
        scene.tweens.startTime += slept;
        scene.tweens.prevTime += slept;
      }
    }
    game.loop.wake();
  };
  const wake = () => {
    idle.wake();
    if (!game.loop.running && !scheduled) scheduled = requestAnimationFrame(resume);
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible') wake();
  };

  game.events.on(Phaser.Core.Events.POST_RENDER, onDrawn);
  game.events.on(STAGE_WAKE, wake);
  game.renderer?.on(Phaser.Renderer.Events.RESTORE_WEBGL, wake);
  document.addEventListener('visibilitychange', onVisibility);

  return {
    wake,
    destroy() {
      if (scheduled) cancelAnimationFrame(scheduled);
      game.events.off(Phaser.Core.Events.POST_RENDER, onDrawn);
      game.events.off(STAGE_WAKE, wake);
      game.renderer?.off(Phaser.Renderer.Events.RESTORE_WEBGL, wake);
      document.removeEventListener('visibilitychange', onVisibility);
    },
  };
};
