import Phaser from 'phaser';
import type { Meter } from '../domain/vocabulary.ts';
import { type Backdrop, DESIGN_HEIGHT } from './assets.ts';
import { BackdropLayer } from './backdrop.ts';
import { drawFigure } from './figure.ts';
import type { StageView } from './stage-view.ts';

type PlayStage = Extract<StageView, { scene: 'play' }>;

/** Shared by the scenes: whether to animate at all. */
export const motion = { reduced: false };
const duration = (ms: number) => (motion.reduced ? 0 : ms);

/** A scene with a backdrop that follows the stage's size (the stage fills the window, 4:3 to 16:9). */
abstract class BackdropScene extends Phaser.Scene {
  protected backdrop?: BackdropLayer;

  /** Puts a new backdrop behind everything; the previous one is left for the caller to fade out. */
  protected setBackdrop(name: Backdrop, dim = 0) {
    const previous = this.backdrop;
    this.backdrop = new BackdropLayer(this, name, dim);
    this.children.sendToBack(this.backdrop.container);
    return { next: this.backdrop, previous };
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

  constructor() {
    super('title');
  }

  create() {
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
      cloud.setPosition(width * (0.15 + i * 0.33), height * (0.11 + i * 0.04)).setScale(s);
      if (!motion.reduced) {
        this.tweens.add({
          targets: cloud,
          x: cloud.x + 120 * s,
          duration: 14000 + i * 3000,
          yoyo: true,
          repeat: -1,
          ease: 'Sine.InOut',
        });
      }
    }
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
  private figure?: Phaser.GameObjects.Container;
  private place?: string;
  private speaker?: string;

  constructor() {
    super('play');
  }

  create(view: PlayStage) {
    this.place = undefined;
    this.speaker = undefined;
    this.backdrop = undefined;
    this.figure = undefined;
    this.followResize();
    this.show(view);
  }

  /** Where the speaker stands: right of centre, feet at the bottom, sized to the stage's height. */
  private spot() {
    const { width, height } = this.scale;
    const s = height / DESIGN_HEIGHT;
    return { x: width - 270 * s, y: height - 300 * s, s };
  }

  protected override layout(width: number, height: number) {
    super.layout(width, height);
    const { x, y, s } = this.spot();
    if (this.figure) {
      this.tweens.killTweensOf(this.figure);
      this.figure.setPosition(x, y).setScale(s).setAlpha(1);
      this.idle(this.figure);
    }
  }

  private idle(fig: Phaser.GameObjects.Container) {
    if (motion.reduced) return;
    this.tweens.add({
      targets: fig,
      y: fig.y - 6 * fig.scale,
      duration: 2200,
      yoyo: true,
      repeat: -1,
      ease: 'Sine.InOut',
    });
  }

  show(view: PlayStage) {
    if (view.place !== this.place) {
      // The new place goes behind the old one, which fades away to reveal it.
      const { previous } = this.setBackdrop(view.place);
      if (previous) {
        this.tweens.add({
          targets: previous.container,
          alpha: 0,
          duration: duration(500),
          onComplete: () => previous.container.destroy(),
        });
      }
      this.place = view.place;
    }
    if (view.speaker.id !== this.speaker) {
      const old = this.figure;
      if (old) {
        this.tweens.killTweensOf(old);
        this.tweens.add({
          targets: old,
          alpha: 0,
          x: old.x + 60,
          duration: duration(250),
          onComplete: () => old.destroy(),
        });
      }
      this.figure = undefined;
      if (!view.speaker.narrator) {
        const { x, y, s } = this.spot();
        const fig = drawFigure(this, view.speaker.id, view.speaker.colour)
          .setPosition(x + 60 * s, y)
          .setScale(s)
          .setAlpha(0);
        this.tweens.add({
          targets: fig,
          alpha: 1,
          x,
          duration: duration(350),
          ease: 'Cubic.Out',
          onComplete: () => this.idle(fig),
        });
        this.figure = fig;
      }
      this.speaker = view.speaker.id;
    }
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
    if (motion.reduced) {
      this.time.delayedCall(900, () => ring.destroy());
      return;
    }
    this.tweens.add({
      targets: ring,
      scale: 1.8,
      alpha: 0,
      duration: 1100,
      ease: 'Cubic.Out',
      onComplete: () => ring.destroy(),
    });
  }
}
