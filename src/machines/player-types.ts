import type { PlayRecord, Step } from '../domain/play.ts';
import type { Move } from '../domain/progress.ts';
import type { Meter, Meters, Precondition } from '../domain/vocabulary.ts';

export type PlayerEvent = { type: 'beat.continue' } | { type: 'choice.select'; choice: string };

export interface PlayerInput {
  /** Id of the organisational context to play in; defaults to the scenario's first. */
  readonly context?: string;
}

export interface PlayerContext {
  readonly scenario: string;
  readonly context: string;
  readonly meters: Meters;
  readonly flags: readonly string[];
  readonly preconditions: readonly Precondition[];
  readonly steps: readonly Step[];
  /** Every move the player made, in order: replaying them rebuilds this play exactly (saved progress). */
  readonly moves: readonly Move[];
  /** How the meters actually moved with the last choice (after keeping them within 0–100). */
  readonly lastChange: Partial<Record<Meter, number>>;
  /** Which variant of the last choice applied in this context (-1: the choice as written). */
  readonly lastVariant: number;
  readonly ending?: string;
}

export type PlayerEmitted = { type: 'cue'; cue: 'consequence' };

export type PlayerOutput = PlayRecord;

/** Keys of the states the compiler generates; beat ids never contain "_", so these cannot collide. */
export const DONE_STATE = '_done';
export const CHOOSING = '_choosing';
export const choseState = (choice: string) => `_chose_${choice}`;
export const beatStateId = (beat: string) => `beat_${beat}`;
