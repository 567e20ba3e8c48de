import type { PlayRecord, Step } from '../domain/play.ts';
import type { Meter, Meters, Precondition } from '../domain/vocabulary.ts';

export type PlayerEvent = { type: 'beat.continue' } | { type: 'choice.select'; choice: string };

export interface PlayerInput {
  /** The preconditions of §4.4 that hold in the context being played; defaults to the scenario's setting. */
  readonly preconditions?: readonly Precondition[];
}

export interface PlayerContext {
  readonly scenario: string;
  readonly meters: Meters;
  readonly flags: readonly string[];
  readonly preconditions: readonly Precondition[];
  readonly steps: readonly Step[];
  /** How the meters actually moved with the last choice (after keeping them within 0–100). */
  readonly lastChange: Partial<Record<Meter, number>>;
  readonly ending?: string;
}

export type PlayerEmitted = { type: 'cue'; cue: 'consequence' };

export type PlayerOutput = PlayRecord;

/** Keys of the states the compiler generates; beat ids never contain "_", so these cannot collide. */
export const DONE_STATE = '_done';
export const CHOOSING = '_choosing';
export const choseState = (choice: string) => `_chose_${choice}`;
export const beatStateId = (beat: string) => `beat_${beat}`;
