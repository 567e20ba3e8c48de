import Phaser from 'phaser';
import { BootScene } from './boot-scene.ts';
import {
  BackdropScene,
  ChooseScene,
  DebriefScene,
  motion,
  PlayScene,
  SPEAKER_BOX,
  stageLayout,
  TitleScene,
} from './scenes.ts';
import { type StageSleep, sleepWhenIdle } from './sleep-when-idle.ts';
import {
  isSoftwareRenderer,
  PIXELS_IN_SOFTWARE,
  PIXELS_WITH_GPU,
  stageResolution,
} from './stage-resolution.ts';
import type { Box, Composition, Stage, StageView } from './stage-view.ts';

/** A share between 0 and 1 from one of the stage box's custom properties (play-layout.css), else 0. */
const share = (style: CSSStyleDeclaration, name: string) => {
  const value = Number.parseFloat(style.getPropertyValue(name));
  return Number.isFinite(value) && value > 0 && value < 1 ? value : 0;
};

/** How the page composes the stage now: `--words-share` of the width on the left, `--status-share` of the height on top. */
const compositionOf = (parent: HTMLElement): Composition => {
  const style = getComputedStyle(parent);
  return { left: share(style, '--words-share'), top: share(style, '--status-share') };
};

/**
 * Whether WebGL here runs without a graphics card (as on a laptop without a GPU driver): no context
 * without a major performance caveat, or one whose renderer names a software rasteriser.
 */
const drawsInSoftware = () => {
  const gl = document.createElement('canvas').getContext('webgl', { failIfMajorPerformanceCaveat: true });
  if (!gl) return true;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return isSoftwareRenderer(renderer);
};

/**
 * Starts Phaser behind the DOM layer and returns the stage port. Loaded as its own chunk after the
 * words are already on screen; until it is ready, views are remembered and the last one is drawn.
 * Once it is, the loop draws only while something moves (sleep-when-idle.ts).
 */
export const createStage = (parent: HTMLElement, reducedMotion: boolean): Stage => {
  motion.reduced = reducedMotion;
  let ready = false;
  let pending: StageView = { scene: 'title' };
  let current: string | undefined;
  let sleep: StageSleep | undefined;

  // Without a graphics card, WebGL in software costs several times what Phaser's Canvas renderer does
  // for these few flat layers (measured with scripts/bench-frames.ts), and fewer pixels are drawn.
  const software = drawsInSoftware();
  const budget = software ? PIXELS_IN_SOFTWARE : PIXELS_WITH_GPU;
  const resolution = () => {
    const box = parent.getBoundingClientRect();
    return stageResolution(box.width, box.height, window.devicePixelRatio, budget);
  };

  // A group session shows one beat through several phases: the same view, nothing to draw again.
  let drawn = '';
  const draw = (view: StageView) => {
    const key = JSON.stringify(view);
    if (key === drawn) return;
    drawn = key;
    stageLayout.composition = compositionOf(parent);
    if (view.scene === 'play' && current === 'play') {
      (game.scene.getScene('play') as PlayScene).show(view);
    } else {
      if (current) game.scene.stop(current);
      game.scene.start(view.scene, view);
      current = view.scene;
    }
    sleep?.wake();
  };

  const size = resolution();
  const game = new Phaser.Game({
    type: software ? Phaser.CANVAS : Phaser.AUTO,
    parent,
    width: size.width,
    height: size.height,
    backgroundColor: '#31577d',
    banner: false,
    // The stage takes no input, and inside an LMS's frame it must not pull focus from the page.
    autoFocus: false,
    // The drawing buffer's size is set below; the page stretches the canvas over the stage's box.
    scale: { mode: Phaser.Scale.NONE },
    render: { powerPreference: 'low-power' },
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scene: [
      new BootScene(() => {
        ready = true;
        game.scene.stop('boot');
        parent.classList.add('ready');
        sleep = sleepWhenIdle(game);
        draw(pending);
      }),
      TitleScene,
      ChooseScene,
      PlayScene,
      DebriefScene,
    ],
  });

  const fill = () => {
    game.canvas?.style.setProperty('width', '100%');
    game.canvas?.style.setProperty('height', '100%');
  };
  fill();
  // A new size is applied at the start of a frame, so that the frame redraws the emptied canvas.
  let resized = false;
  game.events.on(Phaser.Core.Events.PRE_STEP, () => {
    if (!resized) return;
    resized = false;
    const next = resolution();
    const before = stageLayout.composition;
    stageLayout.composition = compositionOf(parent);
    if (next.width !== game.scale.width || next.height !== game.scale.height)
      game.scale.resize(next.width, next.height);
    else if (
      current === 'play' &&
      (before.left !== stageLayout.composition.left || before.top !== stageLayout.composition.top)
    )
      (game.scene.getScene('play') as PlayScene).recompose();
    fill();
  });

  // Where the speaker stands, mirrored on the stage box in CSS pixels with the size it was worked out
  // for: read-only, so that layout tests can hold that no words cover the speaker.
  game.events.on(SPEAKER_BOX, (box: Box | undefined) => {
    if (!box) {
      delete parent.dataset.speakerBox;
      delete parent.dataset.speakerFor;
      return;
    }
    // Worked out for a drawing buffer the page has since resized: the next frame resizes it and tells again.
    const want = resolution();
    if (want.width !== game.scale.width || want.height !== game.scale.height) return;
    const css = parent.getBoundingClientRect();
    const k = css.width / game.scale.width;
    parent.dataset.speakerBox = [box.left, box.top, box.right, box.bottom]
      .map((v) => Math.round(v * k))
      .join(' ');
    parent.dataset.speakerFor = `${Math.round(css.width)} ${Math.round(css.height)}`;
  });
  new ResizeObserver(() => {
    resized = true;
    sleep?.wake();
  }).observe(parent);

  return {
    show(view) {
      pending = view;
      if (ready) draw(view);
    },
    setReducedMotion(reduced) {
      motion.reduced = reduced;
      if (!reduced || !ready) return;
      for (const scene of game.scene.getScenes(true)) if (scene instanceof BackdropScene) scene.settle();
      sleep?.wake();
    },
  };
};
