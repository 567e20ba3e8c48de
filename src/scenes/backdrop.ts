import type Phaser from 'phaser';
import { type Backdrop, backdropKey, HEIGHT, WIDTH } from './assets.ts';

/** A full-stage background image, or a plain colour if the image failed to load. */
export const addBackdrop = (scene: Phaser.Scene, name: Backdrop, dim = 0): Phaser.GameObjects.Container => {
  const key = backdropKey(name);
  const layer = scene.add.container(0, 0);
  if (scene.textures.exists(key)) {
    layer.add(scene.add.image(WIDTH / 2, HEIGHT / 2, key).setDisplaySize(WIDTH, HEIGHT));
  } else {
    layer.add(scene.add.rectangle(WIDTH / 2, HEIGHT / 2, WIDTH, HEIGHT, 0x4b6c8c));
  }
  if (dim > 0) layer.add(scene.add.rectangle(WIDTH / 2, HEIGHT / 2, WIDTH, HEIGHT, 0x06131f, dim));
  return layer;
};
