import Phaser from 'phaser';
import { BACKGROUNDS, type Backdrop, backdropKey, HEIGHT, WIDTH } from './assets.ts';

/** Loads the drawings with a progress bar, then hands over to the stage controller. */
export class BootScene extends Phaser.Scene {
  constructor(private readonly onReady: () => void) {
    super('boot');
  }

  preload() {
    const bar = this.add.graphics();
    const frame = this.add.graphics();
    frame.lineStyle(4, 0xffffff, 1).strokeRoundedRect(WIDTH / 2 - 304, HEIGHT / 2 - 24, 608, 48, 12);
    this.load.on('progress', (p: number) => {
      bar
        .clear()
        .fillStyle(0xffd75e, 1)
        .fillRoundedRect(WIDTH / 2 - 296, HEIGHT / 2 - 16, 592 * p, 32, 8);
    });
    for (const [name, url] of Object.entries(BACKGROUNDS)) {
      this.load.svg(backdropKey(name as Backdrop), url, { width: WIDTH, height: HEIGHT });
    }
  }

  create() {
    this.onReady();
  }
}
