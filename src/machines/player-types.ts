import type { Move, PlayRecord } from '../domain/play.ts';
import type { PlayState } from '../domain/play-state.ts';

/** What a player sends: read on, or make a choice; the same moves the rule engine folds. */
export type PlayerEvent = Move;

export interface PlayerInput {
  /** Id of the organisational context to play in; defaults to the scenario's first. */
  readonly context?: string;
}

/** The statechart's context is the rule engine's state of the play. */
export type PlayerContext = PlayState;

export type PlayerEmitted = { type: 'cue'; cue: 'consequence' };

export type PlayerOutput = PlayRecord;

/** Keys of the states the compiler generates; beat ids never contain "_", so these cannot collide. */
export const DONE_STATE = '_done';
export const CHOOSING = '_choosing';
export const choseState = (choice: string) => `_chose_${choice}`;
export const beatStateId = (beat: string) => `beat_${beat}`;
