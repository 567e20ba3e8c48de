import Phaser from 'phaser';
import type { Meter } from '../domain/vocabulary.ts';
import { type Backdrop, DESIGN_HEIGHT } from './assets.ts';
import { BackdropLayer, CROSSFADE_MS, crossfadeEnding } from './backdrop.ts';
import { drawFigure, type Person } from './figure.ts';
import { type Box, type Composition, OPEN_STAGE, type StageView, speakerSpot } from './stage-view.ts';

type PlayStage = Extract<StageView, { scene: 'play' }>;

/** Shared by the scenes: whether to animate at all. */
export const motion = { reduced: false };

/** Shared by the scenes: how the page composes the stage around its words (set by create-stage.ts). */
export const stageLayout: { composition: Composition } = { composition: OPEN_STAGE };

/** The game event that tells where the speaker stands (canvas pixels), or that nobody does. */
export const SPEAKER_BOX = 'speaker-box';

/**
 * A scene with a backdrop that follows the stage's size (the stage fills the window, 4:3 to 16:9).
 * Every animation ends: the stage sleeps when nothing moves (sleep-when-idle.ts), so nothing loops.
 */
export abstract class BackdropScene extends Phaser.Scene {
  protected backdrop?: BackdropLayer;
  /** What is fading out: gone when its fade ends, or at once when the scene settles. */
  private readonly leaving = new Set<Phaser.GameObjects.GameObject>();

  /** Puts a new backdrop behind everything; the previous one fades out over it and is gone. */
  protected setBackdrop(name: Backdrop, dim = 0) {
    const previous = this.backdrop;
    this.backdrop = new BackdropLayer(this, name, dim);
    this.children.sendToBack(this.backdrop.container);
    if (previous) this.fadeOut(previous.container, CROSSFADE_MS, crossfadeEnding());
  }

  /** Fades an object out (over `ms`, with `extra` tweened alongside) and destroys it when done. */
  protected fadeOut(
    object: Phaser.GameObjects.GameObject,
    ms: number,
    extra: Phaser.Types.Tweens.TweenBuilderConfig | object = {},
  ) {
    this.tweens.killTweensOf(object);
    if (motion.reduced) {
      object.destroy();
      return;
    }
    this.leaving.add(object);
    // A scene that stops mid-fade kills its tweens (no onComplete) and destroys its display list,
    // but the scene object lives on into its next run: without this, the set would keep every
    // object that was still fading when a play ended.
    object.once(Phaser.GameObjects.Events.DESTROY, () => this.leaving.delete(object));
    this.tweens.add({
      ...extra,
      targets: object,
      alpha: 0,
      duration: ms,
      onComplete: () => this.gone(object),
    });
  }

  private gone(object: Phaser.GameObjects.GameObject) {
    this.leaving.delete(object);
    object.destroy();
  }

  /** Ends every animation at once, as it would end: for reduced motion switched on mid-way. */
  settle() {
    this.tweens.killAll();
    for (const object of [...this.leaving]) this.gone(object);
    this.layout(this.scale.width, this.scale.height);
  }

  protected followResize() {
    const onResize = (size: Phaser.Structs.Size) => this.layout(size.width, size.height);
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => this.scale.off('resize', onResize));
  }

  protected layout(width: number, height: number) {
    this.backdrop?.fit(width, height);
  }
}

export class TitleScene extends BackdropScene {
  private clouds: Phaser.GameObjects.Ellipse[] = [];
  /** Clouds drift in once as the title opens, then stand still: an idle title draws no frames. */
  private drifted = false;

  constructor() {
    super('title');
  }

  create() {
    this.drifted = false;
    this.setBackdrop('stadhuis');
    this.clouds = [0, 1, 2].map((i) => this.add.ellipse(0, 0, 220, 50, 0xffffff, 0.35).setData('i', i));
    this.followResize();
    this.layout(this.scale.width, this.scale.height);
  }

  protected override layout(width: number, height: number) {
    super.layout(width, height);
    const s = height / DESIGN_HEIGHT;
    this.tweens.killTweensOf(this.clouds);
    for (const cloud of this.clouds) {
      const i = cloud.getData('i') as number;
      // Beside the town-hall tower (at about 0.4 of the width), never across it.
      const x = width * [0.12, 0.6, 0.86][i]!;
      cloud.setPosition(x, height * (0.11 + i * 0.04)).setScale(s);
      if (!motion.reduced && !this.drifted) {
        cloud.setX(x - 60 * s);
        this.tweens.add({ targets: cloud, x, duration: 1800 + i * 300, ease: 'Sine.Out' });
      }
    }
    this.drifted = true;
  }
}

export class ChooseScene extends BackdropScene {
  constructor() {
    super('choose');
  }
  create() {
    this.setBackdrop('stadhuis', 0.45);
    this.followResize();
  }
}

export class DebriefScene extends BackdropScene {
  constructor() {
    super('debrief');
  }
  create() {
    this.setBackdrop('kantoor', 0.6);
    this.followResize();
  }
}

export class PlayScene extends BackdropScene {
  private figure?: Person;
  private place?: string;
  private speaker?: string;
  /** With reduced motion the meters' ring stands still until the next view. */
  private ring?: Phaser.GameObjects.Arc;

  constructor() {
    super('play');
  }

  create(view: PlayStage) {
    this.place = undefined;
    this.speaker = undefined;
    this.backdrop = undefined;
    this.figure = undefined;
    this.ring = undefined;
    this.followResize();
    this.events.once('shutdown', () => this.tellBox(undefined));
    this.show(view);
  }

  /** Where the speaker stands: in the part of the stage the words leave free, feet at the bottom. */
  private spot() {
    return speakerSpot(this.scale.width, this.scale.height, stageLayout.composition);
  }

  /** The page moved its words: the speaker steps into the part left free. */
  recompose() {
    this.layout(this.scale.width, this.scale.height);
  }

  /** Tells the page where the speaker stands at rest (for tests, and nothing else). */
  private tellBox(box: Box | undefined) {
    this.game.events.emit(SPEAKER_BOX, box);
  }

  protected override layout(width: number, height: number) {
    super.layout(width, height);
    const { x, y, s, box } = this.spot();
    if (this.figure) {
      this.tweens.killTweensOf(this.figure);
      this.figure.setPosition(x, y).setScale(s).setAlpha(1);
    }
    this.tellBox(this.figure ? box : undefined);
    this.ring
      ?.setPosition(x, y)
      .setRadius(160 * s)
      .setStrokeStyle(14 * s, this.ring.strokeColor, this.ring.strokeAlpha);
  }

  show(view: PlayStage) {
    this.ring?.destroy();
    this.ring = undefined;
    if (view.place !== this.place) {
      // The new place goes behind the old one, which fades away to reveal it.
      this.setBackdrop(view.place);
      this.place = view.place;
    }
    if (view.speaker.id !== this.speaker) {
      const old = this.figure;
      if (old) this.fadeOut(old, 250, { x: old.x + 60 * old.scale });
      this.figure = undefined;
      const { speaker } = view;
      if (!speaker.narrator && speaker.figure) {
        const { x, y, s } = this.spot();
        const fig = drawFigure(this, { ...speaker, figure: speaker.figure }, !motion.reduced)
          .setPosition(x, y)
          .setScale(s);
        if (!motion.reduced) {
          fig.setX(x + 60 * s).setAlpha(0);
          // After the previous speaker has mostly gone, so that two faces never overlap for long.
          const delay = old ? 150 : 0;
          this.tweens.add({ targets: fig, alpha: 1, x, delay, duration: 350, ease: 'Cubic.Out' });
        }
        this.figure = fig;
      }
      this.speaker = view.speaker.id;
      this.tellBox(this.figure ? this.spot().box : undefined);
    }
    this.figure?.show(view.speaker.mood ?? 'neutraal', view.consequence === true, !motion.reduced);
    this.pulse(view.change);
  }

  /** When the meters move, a soft ring spreads from the speaker: green when more rose than fell, orange otherwise. */
  private pulse(change: Partial<Record<Meter, number>>) {
    const values = Object.values(change);
    if (values.length === 0) return;
    const net = values.reduce((a, b) => a + b, 0);
    const colour = net >= 0 ? 0x8fe0a4 : 0xffb0a0;
    const { x, y, s } = this.spot();
    const ring = this.add
      .circle(x, y, 160 * s)
      .setStrokeStyle(14 * s, colour, 0.8)
      .setDepth(2);
    // Standing still, it stays until the next view, softer than the ring that spreads and fades.
    if (motion.reduced) this.ring = ring.setStrokeStyle(14 * s, colour, 0.45);
    else this.fadeOut(ring, 1100, { scale: 1.8, ease: 'Cubic.Out' });
  }
}
