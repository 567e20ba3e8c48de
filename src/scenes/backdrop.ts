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
