import type { Beat, Choice, Scenario } from '../domain/scenario.ts';
import { DEFAULT_MOOD, type Figure, type Meter, type Mood, type Place } from '../domain/vocabulary.ts';

/** Who stands on the stage while a beat is shown. */
export interface StageSpeaker {
  readonly id: string;
  readonly colour: string;
  /** The narrator and the player have no figure on the stage. */
  readonly narrator: boolean;
  /** Which of the drawn people to show; absent: one derived from the id. */
  readonly figure?: Figure;
  /** The face and posture to show; absent: neutraal. */
  readonly mood?: Mood;
}

/** What the canvas should draw behind the words. Presentation only: no game rules. */
export type StageView =
  | { readonly scene: 'title' | 'choose' | 'debrief' }
  | {
      readonly scene: 'play';
      readonly place: Place;
      readonly speaker: StageSpeaker;
      /** Meters that just moved, so the scene can animate them. */
      readonly change: Partial<Record<Meter, number>>;
      /** True while a choice's consequence is shown: the speaker reacts to it. */
      readonly consequence?: boolean;
    };

export interface Stage {
  show(view: StageView): void;
  setReducedMotion(reduced: boolean): void;
}

/** The choice just made and the variant of it that applied (-1 or absent: as written). */
export interface Landed {
  readonly choice: Choice;
  readonly variant?: number;
}

/**
 * The stage for a beat: its place, its speaker's figure and mood. While a consequence is shown
 * (`landed`), the mood is the applied variant's, else the choice's, else the beat's own.
 */
export const playStage = (
  scenario: Scenario,
  beat: Beat,
  change: Partial<Record<Meter, number>>,
  landed?: Landed,
): StageView => {
  const character = scenario.characters[beat.speaker];
  const variantMood =
    landed?.variant !== undefined ? landed.choice.variants[landed.variant]?.mood : undefined;
  const mood = (landed && (variantMood ?? landed.choice.mood)) ?? beat.mood ?? DEFAULT_MOOD;
  return {
    scene: 'play',
    place: beat.place,
    speaker: {
      id: beat.speaker,
      colour: character?.colour ?? '#5b6b7b',
      narrator: !character,
      ...(character ? { figure: character.figure } : {}),
      mood,
    },
    change,
    ...(landed ? { consequence: true } : {}),
  };
};

/**
 * How the page composes the stage (read from play-layout.css's custom properties on the stage box):
 * the share of the width the words take on the left, and of the height the status takes at the top.
 * The speaker stands in what is left.
 */
export interface Composition {
  readonly left: number;
  readonly top: number;
}

export const OPEN_STAGE: Composition = { left: 0, top: 0 };

/** A figure's extent around its origin at scale 1 (design pixels): the textures of head and body. */
export const FIGURE_BOX = { left: -200, right: 200, top: -190, bottom: 350 } as const;
/** A figure's origin stands this far above its feet (design pixels). */
export const FIGURE_FEET = 300;
/** Sizes are given for a stage this tall (assets.ts's DESIGN_HEIGHT). */
const DESIGN = 720;

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * Where the speaker stands on a stage of `width`×`height`: feet on the bottom edge, inside the part the
 * words leave free, as large as the design size allows. Without words beside it (a phone's picture),
 * right of centre as the backdrops are drawn for.
 */
export const speakerSpot = (
  width: number,
  height: number,
  composition: Composition = OPEN_STAGE,
): { x: number; y: number; s: number; box: Box } => {
  const left = Math.min(Math.max(composition.left, 0), 0.8);
  const top = Math.min(Math.max(composition.top, 0), 0.8);
  const free = (1 - left) * width;
  const tall = FIGURE_BOX.bottom - FIGURE_BOX.top;
  const wide = FIGURE_BOX.right - FIGURE_BOX.left;
  const s = Math.max(
    0.01,
    Math.min(
      height / DESIGN,
      ((1 - top) * height) / (tall - (FIGURE_BOX.bottom - FIGURE_FEET)),
      (0.94 * free) / wide,
    ),
  );
  const x = left > 0 ? left * width + free / 2 : Math.max(width - 270 * s, -FIGURE_BOX.left * s);
  const y = height - FIGURE_FEET * s;
  return {
    x,
    y,
    s,
    box: {
      left: x + FIGURE_BOX.left * s,
      right: x + FIGURE_BOX.right * s,
      top: y + FIGURE_BOX.top * s,
      bottom: Math.min(height, y + FIGURE_BOX.bottom * s),
    },
  };
};
