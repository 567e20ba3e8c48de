import Phaser from 'phaser';

const SKIN = [0xf1c7a5, 0xd9a47f, 0xa8714f, 0x7a4b32];
const HAIR = [0x2b2018, 0x6b4a2b, 0xb08a4a, 0x8c8c8c];

/** A simple standing figure for a speaker, its look derived from the speaker's id and colour. */
export const drawFigure = (scene: Phaser.Scene, id: string, colour: string): Phaser.GameObjects.Container => {
  const seed = [...id].reduce((n, ch) => (n * 31 + ch.charCodeAt(0)) >>> 0, 7);
  const jacket = Phaser.Display.Color.HexStringToColor(colour).color;
  const g = scene.add.graphics();
  // Shadow, body, collar, head, hair.
  g.fillStyle(0x000000, 0.25).fillEllipse(0, 292, 260, 40);
  g.fillStyle(jacket, 1).fillRoundedRect(-120, 40, 240, 260, { tl: 90, tr: 90, bl: 10, br: 10 });
  g.fillStyle(0xffffff, 0.9).fillTriangle(-34, 44, 34, 44, 0, 110);
  g.fillStyle(SKIN[seed % SKIN.length]!, 1).fillRect(-22, 10, 44, 40);
  g.fillCircle(0, -40, 66);
  // Eyes and a calm mouth, so the figure reads as a person listening.
  g.fillStyle(0x1d1d1d, 1).fillCircle(-22, -38, 6).fillCircle(22, -38, 6);
  g.lineStyle(5, 0x6b3b2a, 1)
    .beginPath()
    .arc(0, -16, 16, Phaser.Math.DegToRad(20), Phaser.Math.DegToRad(160))
    .strokePath();
  g.fillStyle(HAIR[(seed >> 3) % HAIR.length]!, 1);
  if ((seed >> 5) % 2 === 0) g.fillEllipse(0, -82, 140, 60);
  else g.slice(0, -44, 70, Phaser.Math.DegToRad(180), Phaser.Math.DegToRad(360), false).fillPath();
  return scene.add.container(0, 0, [g]);
};
