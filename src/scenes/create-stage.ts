import Phaser from 'phaser';
import { BootScene } from './boot-scene.ts';
import { ChooseScene, DebriefScene, motion, PlayScene, TitleScene } from './scenes.ts';
import type { Stage, StageView } from './stage-view.ts';

/**
 * Starts Phaser behind the DOM layer and returns the stage port. Loaded as its own chunk after the
 * words are already on screen; until it is ready, views are remembered and the last one is drawn.
 */
export const createStage = (parent: HTMLElement, reducedMotion: boolean): Stage => {
  motion.reduced = reducedMotion;
  let ready = false;
  let pending: StageView = { scene: 'title' };
  let current: string | undefined;

  const draw = (view: StageView) => {
    if (view.scene === 'play' && current === 'play') {
      (game.scene.getScene('play') as PlayScene).show(view);
      return;
    }
    if (current) game.scene.stop(current);
    game.scene.start(view.scene, view);
    current = view.scene;
  };

  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: '#31577d',
    banner: false,
    // The canvas takes the size of the frame the page lays out (4:3 to 16:9), at the screen's own pixels.
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scene: [
      new BootScene(() => {
        ready = true;
        game.scene.stop('boot');
        parent.classList.add('ready');
        draw(pending);
      }),
      TitleScene,
      ChooseScene,
      PlayScene,
      DebriefScene,
    ],
  });

  return {
    show(view) {
      pending = view;
      if (ready) draw(view);
    },
    setReducedMotion(reduced) {
      motion.reduced = reduced;
    },
  };
};
