import Phaser from 'phaser';
import { ART_HEIGHT, ART_WIDTH, BACKGROUNDS, type Backdrop, backdropKey } from './assets.ts';

/** Loads the drawings with a progress bar, then hands over to the stage controller. */
export class BootScene extends Phaser.Scene {
  constructor(private readonly onReady: () => void) {
    super('boot');
  }

  preload() {
    const { width, height } = this.scale;
    const barWidth = Math.min(600, width * 0.6);
    const left = (width - barWidth) / 2;
    const bar = this.add.graphics();
    this.add
      .graphics()
      .lineStyle(4, 0xffffff, 1)
      .strokeRoundedRect(left - 8, height / 2 - 24, barWidth + 16, 48, 12);
    this.load.on('progress', (p: number) => {
      bar
        .clear()
        .fillStyle(0xffd75e, 1)
        .fillRoundedRect(left, height / 2 - 16, barWidth * p, 32, 8);
    });
    for (const [name, url] of Object.entries(BACKGROUNDS)) {
      this.load.svg(backdropKey(name as Backdrop), url, { width: ART_WIDTH, height: ART_HEIGHT });
    }
  }

  create() {
    this.onReady();
  }
}
