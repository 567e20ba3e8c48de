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
