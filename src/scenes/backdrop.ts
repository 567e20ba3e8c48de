import type Phaser from 'phaser';
import { ART_HEIGHT, ART_WIDTH, type Backdrop, backdropKey } from './assets.ts';

/** A background that covers the whole stage at any size, or a plain colour if the image failed to load. */
export class BackdropLayer {
  readonly container: Phaser.GameObjects.Container;
  private readonly image?: Phaser.GameObjects.Image;
  private readonly plain?: Phaser.GameObjects.Rectangle;
  private readonly shade?: Phaser.GameObjects.Rectangle;

  constructor(scene: Phaser.Scene, name: Backdrop, dim = 0) {
    this.container = scene.add.container(0, 0);
    const key = backdropKey(name);
    if (scene.textures.exists(key)) this.image = scene.add.image(0, 0, key);
    else this.plain = scene.add.rectangle(0, 0, 1, 1, 0x4b6c8c).setOrigin(0);
    if (dim > 0) this.shade = scene.add.rectangle(0, 0, 1, 1, 0x06131f, dim).setOrigin(0);
    this.container.add([this.image ?? this.plain!, ...(this.shade ? [this.shade] : [])]);
    this.fit(scene.scale.width, scene.scale.height);
  }

  fit(width: number, height: number) {
    const scale = Math.max(width / ART_WIDTH, height / ART_HEIGHT);
    this.image?.setPosition(width / 2, height / 2).setScale(scale);
    this.plain?.setSize(width, height);
    this.shade?.setSize(width, height);
  }
}

/**
 * How long the old place takes to fade off the new one. Short: a change of place is a cut softened,
 * not a scene of its own. With reduced motion there is no fade at all (the fade-out destroys at once).
 */
export const CROSSFADE_MS = 300;

/** Just what the crossfade needs of a running tween: its parts (each knows whether it reached its end). */
interface Ending {
  complete(): unknown;
  readonly data: readonly { isComplete(): boolean }[];
}

/**
 * The crossfade's extra tween settings: eased, and ended by the wall clock. Phaser's tweens keep
 * their own time and smooth over slow frames (a frame over half a second counts as 33 ms), so under
 * software rendering a 300 ms fade could take a second or more and leave two places on screen; this
 * completes the tween (its onComplete destroys the old backdrop) on the first frame at or after
 * `ms` of real time, so exactly one backdrop is left.
 */
export const crossfadeEnding = (ms = CROSSFADE_MS, now: () => number = () => performance.now()) => {
  const started = now();
  let ended = false;
  return {
    ease: 'Sine.InOut',
    onUpdate: (tween: Ending) => {
      if (ended || now() - started < ms) return;
      ended = true;
      // On its own last frame the tween completes by itself, right after this: completing it here
      // too would run its onComplete twice.
      if (tween.data.every((part) => part.isComplete())) return;
      tween.complete();
    },
  };
};
