import Phaser from 'phaser';
import type { Meter } from '../domain/vocabulary.ts';
import { HEIGHT, WIDTH } from './assets.ts';
import { addBackdrop } from './backdrop.ts';
import { drawFigure } from './figure.ts';
import type { StageView } from './stage-view.ts';

type PlayStage = Extract<StageView, { scene: 'play' }>;

/** Shared by the scenes: whether to animate at all. */
export const motion = { reduced: false };
const duration = (ms: number) => (motion.reduced ? 0 : ms);

export class TitleScene extends Phaser.Scene {
  constructor() {
    super('title');
  }
  create() {
    addBackdrop(this, 'stadhuis');
    if (motion.reduced) return;
    for (let i = 0; i < 3; i++) {
      const cloud = this.add.ellipse(200 + i * 420, 80 + i * 30, 220, 50, 0xffffff, 0.35);
      this.tweens.add({
        targets: cloud,
        x: cloud.x + 120,
        duration: 14000 + i * 3000,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.InOut',
      });
    }
  }
}

export class ChooseScene extends Phaser.Scene {
  constructor() {
    super('choose');
  }
  create() {
    addBackdrop(this, 'stadhuis', 0.45);
  }
}

export class DebriefScene extends Phaser.Scene {
  constructor() {
    super('debrief');
  }
  create() {
    addBackdrop(this, 'kantoor', 0.6);
  }
}

export class PlayScene extends Phaser.Scene {
  private backdrop?: Phaser.GameObjects.Container;
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
    this.show(view);
  }

  show(view: PlayStage) {
    if (view.place !== this.place) {
      const old = this.backdrop;
      this.backdrop = addBackdrop(this, view.place)
        .setAlpha(old ? 0 : 1)
        .setDepth(0);
      this.sendToBack(this.backdrop);
      if (old) {
        this.tweens.add({ targets: this.backdrop, alpha: 1, duration: duration(500) });
        this.tweens.add({ targets: old, alpha: 0, duration: duration(500), onComplete: () => old.destroy() });
      }
      this.place = view.place;
    }
    if (view.speaker.id !== this.speaker) {
      const old = this.figure;
      if (old)
        this.tweens.add({
          targets: old,
          alpha: 0,
          x: old.x + 60,
          duration: duration(250),
          onComplete: () => old.destroy(),
        });
      this.figure = undefined;
      if (!view.speaker.narrator) {
        const fig = drawFigure(this, view.speaker.id, view.speaker.colour).setPosition(1010, 420).setDepth(1);
        fig.setAlpha(0).setX(1070);
        this.tweens.add({ targets: fig, alpha: 1, x: 1010, duration: duration(350), ease: 'Cubic.Out' });
        if (!motion.reduced) {
          this.tweens.add({
            targets: fig,
            y: 414,
            duration: 2200,
            yoyo: true,
            repeat: -1,
            ease: 'Sine.InOut',
          });
        }
        this.figure = fig;
      }
      this.speaker = view.speaker.id;
    }
    this.pulse(view.change);
  }

  private sendToBack(obj: Phaser.GameObjects.Container) {
    this.children.sendToBack(obj);
  }

  /** When the meters move, a soft ring spreads from the speaker: green when more rose than fell, orange otherwise. */
  private pulse(change: Partial<Record<Meter, number>>) {
    const values = Object.values(change);
    if (values.length === 0) return;
    const net = values.reduce((a, b) => a + b, 0);
    const colour = net >= 0 ? 0x8fe0a4 : 0xffb0a0;
    const ring = this.add.circle(1010, 420, 160).setStrokeStyle(14, colour, 0.8).setDepth(2);
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

export const STAGE_SIZE = { width: WIDTH, height: HEIGHT };
