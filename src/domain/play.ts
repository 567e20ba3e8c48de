import type { Meters } from './vocabulary.ts';

/** One decision taken: the beat where it was taken and the choice made. */
export interface Step {
  readonly beat: string;
  readonly choice: string;
}

/** A finished (or unfinished) play of one scenario: plain data, safe to save and replay. */
export interface PlayRecord {
  readonly scenario: string;
  /** The organisational context it was played in. */
  readonly context: string;
  readonly steps: readonly Step[];
  readonly meters: Meters;
  readonly flags: readonly string[];
  /** The ending beat reached, when the play is complete. */
  readonly ending?: string;
}

/** One move of a player: read on, or make a choice. Plays are saved and replayed as lists of moves. */
export type Move =
  | { readonly type: 'beat.continue' }
  | { readonly type: 'choice.select'; readonly choice: string };
