import Phaser from 'phaser';
import { DEFAULT_MOOD, type Figure, type Mood } from '../domain/vocabulary.ts';
import { drawArms, drawBody } from './figures/body.ts';
import { drawFace } from './figures/face.ts';
import { drawHead } from './figures/head.ts';
import { LOOKS, type Look } from './figures/looks.ts';
import { createTextureBudget } from './figures/texture-budget.ts';
import type { StageSpeaker } from './stage-view.ts';

/** A speaker the stage draws: a character, whose figure the checked scenario always names (default-figure.ts). */
export type DrawnSpeaker = StageSpeaker & { readonly figure: Figure };

/** Where the feet would be: the figure leans and steps around this point. */
const FEET = 300;
/**
 * Each part is drawn once into a texture at this multiple of the design size (crisp up to a stage
 * about 1440 px high) and shown as an image: the vector shapes are not tessellated again every frame.
 */
const RESOLUTION = 2;

/** The rectangle (design pixels, the part's own origin) that holds each part. */
const AREA = {
  body: { x: -200, y: -10, w: 400, h: 360 },
  arms: { x: -200, y: 130, w: 400, h: 210 },
  head: { x: -135, y: -190, w: 270, h: 345 },
  face: { x: -70, y: -100, w: 140, h: 150 },
} as const;
type Area = (typeof AREA)[keyof typeof AREA];

/** How far the head sits raised (negative) or sunk between the shoulders in each mood (design pixels). */
const DROP: Record<Mood, number> = { neutraal: 0, blij: -4, bezorgd: 5, ontstemd: 7 };
/** The arms have three poses; pleased and neutral share one. */
const ARMS: Record<Mood, Mood> = {
  neutraal: 'neutraal',
  blij: 'neutraal',
  bezorgd: 'bezorgd',
  ontstemd: 'ontstemd',
};

/** Speakers whose coloured body and arms stay drawn (about 6 MB each). */
const colourings = createTextureBudget(8);

/** The texture of a part, drawn the first time it is asked for and kept for later plays, as an image. */
const baked = (
  scene: Phaser.Scene,
  key: string,
  area: Area,
  draw: (g: Phaser.GameObjects.Graphics) => void,
): Phaser.GameObjects.Image => {
  if (!scene.textures.exists(key)) {
    const g = scene.make.graphics({}, false);
    g.translateCanvas(-area.x * RESOLUTION, -area.y * RESOLUTION).scaleCanvas(RESOLUTION, RESOLUTION);
    draw(g);
    // Drawn into a canvas of its own, which then becomes the texture.
    const canvas = document.createElement('canvas');
    canvas.width = area.w * RESOLUTION;
    canvas.height = area.h * RESOLUTION;
    g.generateTexture(canvas, canvas.width, canvas.height);
    g.destroy();
    scene.textures.addCanvas(key, canvas);
  }
  return scene.add
    .image(area.x, area.y, key)
    .setOrigin(0)
    .setScale(1 / RESOLUTION);
};

/**
 * One of the drawn people, in the speaker's colour: a standing bust whose face and arms show a mood.
 * The scene places, scales and fades the container; the person itself only settles, nods, steps back
 * and shakes its head, all by moving, never by turning: turned images of these textures were drawn
 * with their features out of place (Phaser 4.2, seen in screenshots).
 */
export class Person extends Phaser.GameObjects.Container {
  private readonly rig: Phaser.GameObjects.Container;
  private readonly head: Phaser.GameObjects.Container;
  private readonly look: Look;
  private readonly figure: Figure;
  private readonly colour: number;
  private face?: Phaser.GameObjects.Image;
  private arms?: Phaser.GameObjects.Image;
  private mood: Mood;
  private reacting = false;

  constructor(scene: Phaser.Scene, speaker: DrawnSpeaker, animate: boolean) {
    super(scene, 0, 0);
    this.figure = speaker.figure;
    this.look = LOOKS[this.figure];
    this.colour = Phaser.Display.Color.HexStringToColor(speaker.colour).color;
    this.mood = speaker.mood ?? DEFAULT_MOOD;
    const tint = this.colour.toString(16);
    // Body and arms are drawn in the speaker's colour: let go of those of speakers long gone.
    const family = `person-${this.figure}-${tint}`;
    for (const gone of colourings.use(family))
      for (const key of scene.textures.getTextureKeys())
        if (key.startsWith(`${gone}-`)) scene.textures.remove(key);
    this.once(Phaser.GameObjects.Events.DESTROY, () => colourings.release(family));
    const body = baked(scene, `person-${this.figure}-${tint}-body`, AREA.body, (g) =>
      drawBody(g, this.look, this.colour),
    );
    const skull = baked(scene, `person-${this.figure}-head`, AREA.head, (g) => drawHead(g, this.look));
    this.head = scene.add.container(0, -FEET, [skull]);
    // The rig's origin is at the feet: the figure steps in and settles from the floor up.
    this.rig = scene.add.container(0, FEET, [body.setY(body.y - FEET), this.head]);
    this.add(this.rig);
    this.pose(this.mood);
    scene.add.existing(this);
    if (animate) this.enter();
  }

  /** Shows a mood; on a consequence the person reacts to the choice (once per consequence). */
  show(mood: Mood, consequence: boolean, animate: boolean) {
    const react = consequence && !this.reacting;
    this.reacting = consequence;
    if (mood === this.mood && !react) return;
    this.mood = mood;
    this.pose(mood);
    if (react && animate) this.react(mood);
  }

  private pose(mood: Mood) {
    const { scene, look, figure } = this;
    scene.tweens.killTweensOf([this.head, this.rig]);
    this.face?.destroy();
    this.face = baked(scene, `person-${figure}-face-${mood}`, AREA.face, (g) => drawFace(g, look, mood));
    this.head.add(this.face);
    this.arms?.destroy();
    const arms = ARMS[mood];
    this.arms = baked(scene, `person-${figure}-${this.colour.toString(16)}-arms-${arms}`, AREA.arms, (g) =>
      drawArms(g, look, this.colour, arms),
    );
    this.rig.add(this.arms.setY(this.arms.y - FEET));
    this.head.setPosition(0, -FEET + DROP[mood]);
    this.rig.setPosition(0, FEET);
  }

  /** A step in: the figure arrives a little low and settles. */
  private enter() {
    this.rig.setY(FEET + 12);
    this.scene.tweens.add({ targets: this.rig, y: FEET, duration: 480, ease: 'Back.Out' });
  }

  /** Pleased or neutral: a nod; worried: a step back; annoyed: a short shake of the head. */
  private react(mood: Mood) {
    const { tweens } = this.scene;
    if (mood === 'ontstemd') {
      this.head.setX(-5);
      tweens.add({
        targets: this.head,
        x: 5,
        duration: 80,
        yoyo: true,
        repeat: 2,
        ease: 'Sine.InOut',
        onComplete: () => this.head.setX(0),
      });
      return;
    }
    if (mood === 'bezorgd') {
      tweens.add({ targets: this.rig, x: 16, duration: 260, yoyo: true, hold: 260, ease: 'Sine.Out' });
      return;
    }
    const y = this.head.y;
    tweens.add({
      targets: this.head,
      y: y + 9,
      duration: 150,
      yoyo: true,
      repeat: mood === 'blij' ? 1 : 0,
      ease: 'Sine.InOut',
    });
  }
}

/** A person for a speaker, already in the scene (invisible until the scene places and fades it in). */
export const drawFigure = (scene: Phaser.Scene, speaker: DrawnSpeaker, animate: boolean): Person =>
  new Person(scene, speaker, animate);
