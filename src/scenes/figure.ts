import Phaser from 'phaser';
import { DEFAULT_MOOD, FIGURES, type Figure, type Mood } from '../domain/vocabulary.ts';
import { drawArms, drawBody } from './figures/body.ts';
import { drawFace } from './figures/face.ts';
import { drawHead } from './figures/head.ts';
import { LOOKS } from './figures/looks.ts';
import type { StageSpeaker } from './stage-view.ts';

/** Where the feet would be: the figure leans and steps around this point. */
const FEET = 300;
/** The head turns around the neck. */
const NECK = 16;

/** How the head sits in each mood: tilted (radians) and raised or lowered (design pixels). */
const POSE: Record<Mood, { readonly tilt: number; readonly drop: number }> = {
  neutraal: { tilt: 0, drop: 0 },
  blij: { tilt: -0.05, drop: -4 },
  bezorgd: { tilt: 0.07, drop: 5 },
  ontstemd: { tilt: -0.025, drop: 7 },
};

/** A figure for a speaker without one: the same for the same id. */
const fallbackFigure = (id: string): Figure =>
  FIGURES[[...id].reduce((n, ch) => (n * 31 + ch.charCodeAt(0)) >>> 0, 7) % FIGURES.length]!;

/**
 * One of the drawn people, in the speaker's colour: a standing bust whose face and arms show a mood.
 * The scene places, scales and fades the container; the person itself only leans, nods and shakes.
 */
export class Person extends Phaser.GameObjects.Container {
  private readonly rig: Phaser.GameObjects.Container;
  private readonly head: Phaser.GameObjects.Container;
  private readonly face: Phaser.GameObjects.Graphics;
  private readonly arms: Phaser.GameObjects.Graphics;
  private readonly look;
  private readonly colour: number;
  private mood: Mood;
  private reacting = false;

  constructor(scene: Phaser.Scene, speaker: StageSpeaker, animate: boolean) {
    super(scene, 0, 0);
    this.look = LOOKS[speaker.figure ?? fallbackFigure(speaker.id)];
    this.colour = Phaser.Display.Color.HexStringToColor(speaker.colour).color;
    this.mood = speaker.mood ?? DEFAULT_MOOD;
    const body = scene.add.graphics();
    drawBody(body, this.look, this.colour);
    const skull = scene.add.graphics();
    drawHead(skull, this.look);
    this.face = scene.add.graphics();
    this.head = scene.add.container(
      0,
      NECK,
      [skull, this.face].map((g) => g.setPosition(0, -NECK)),
    );
    this.arms = scene.add.graphics();
    // The rig's origin is at the feet, so that leaning tips the whole figure from the floor up.
    this.rig = scene.add.container(0, FEET, [body, this.head, this.arms]);
    for (const part of [body, this.head, this.arms]) part.y -= FEET;
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
    drawFace(this.face, this.look, mood);
    drawArms(this.arms, this.look, this.colour, mood);
    this.scene.tweens.killTweensOf([this.head, this.rig]);
    this.head.setRotation(POSE[mood].tilt).setY(NECK - FEET + POSE[mood].drop);
    this.rig.setRotation(0).setX(0);
  }

  /** A step in: the figure arrives leaning a little and straightens. */
  private enter() {
    this.rig.setRotation(0.05);
    this.scene.tweens.add({ targets: this.rig, rotation: 0, duration: 480, ease: 'Back.Out' });
  }

  /** Pleased or neutral: a nod; worried: a step back; annoyed: a short shake of the head. */
  private react(mood: Mood) {
    const { tweens } = this.scene;
    const { tilt } = POSE[mood];
    if (mood === 'ontstemd') {
      this.head.setRotation(tilt - 0.06);
      tweens.add({
        targets: this.head,
        rotation: tilt + 0.06,
        duration: 90,
        yoyo: true,
        repeat: 2,
        ease: 'Sine.InOut',
        onComplete: () => this.head.setRotation(tilt),
      });
      return;
    }
    if (mood === 'bezorgd') {
      tweens.add({
        targets: this.rig,
        x: 14,
        rotation: 0.025,
        duration: 260,
        yoyo: true,
        hold: 260,
        ease: 'Sine.Out',
      });
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
export const drawFigure = (scene: Phaser.Scene, speaker: StageSpeaker, animate: boolean): Person =>
  new Person(scene, speaker, animate);
