/** Votes of the room per choice id, counted by hand (a show of hands) or, later, from phones. */
export type Tally = Readonly<Record<string, number>>;

/** How the room's choice is settled; the trainer confirms ties and may override, always visibly. */
export type RoomRule = 'majority' | 'tie-break' | 'override' | 'no-votes';

export type RoomOutcome =
  | { readonly kind: 'majority'; readonly choice: string }
  | { readonly kind: 'tie'; readonly tied: readonly string[] }
  | { readonly kind: 'no-votes' };

export const totalVotes = (tally: Tally): number => Object.values(tally).reduce((n, v) => n + v, 0);

/** The option with the most votes; a tie among the most-voted, or no votes at all, needs the trainer. */
export const roomOutcome = (choices: readonly string[], tally: Tally): RoomOutcome => {
  const top = Math.max(0, ...choices.map((c) => tally[c] ?? 0));
  if (top === 0) return { kind: 'no-votes' };
  const leaders = choices.filter((c) => (tally[c] ?? 0) === top);
  return leaders.length === 1 ? { kind: 'majority', choice: leaders[0]! } : { kind: 'tie', tied: leaders };
};

/** Which rule a trainer's pick follows, given the votes: the majority itself, breaking a tie, or an override. */
export const ruleFor = (choices: readonly string[], tally: Tally, picked: string): RoomRule => {
  const outcome = roomOutcome(choices, tally);
  if (outcome.kind === 'no-votes') return 'no-votes';
  if (outcome.kind === 'tie') return outcome.tied.includes(picked) ? 'tie-break' : 'override';
  return outcome.choice === picked ? 'majority' : 'override';
};

/** How divided the room was: 0 when everyone agreed, approaching 1 as the votes spread evenly. */
export const division = (tally: Tally): number => {
  const total = totalVotes(tally);
  if (total === 0) return 0;
  return 1 - Math.max(...Object.values(tally)) / total;
};

export const VOTE_LETTERS = ['A', 'B', 'C', 'D'] as const;

/** For each vote, whether it was the one where the room was most divided (ties all marked; none if all agreed). */
export const mostDivided = (tallies: readonly Tally[]): boolean[] => {
  const divisions = tallies.map(division);
  const top = Math.max(0, ...divisions);
  return divisions.map((d) => d > 0 && d === top);
};

/** Bounds on what a room counts and times; a number outside them is a slip or a bad message, and is ignored. */
export const ROOM_LIMITS = {
  /** Votes for one option. */
  votes: 10_000,
  /** The discussion time, in seconds. */
  discussSeconds: 60 * 60,
} as const;

/** A whole number from `min` to `max`: the only kind of number a room accepts. */
export const isWhole = (n: unknown, min: number, max: number): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

/** A duration in milliseconds that a clock can honestly report. */
export const isDuration = (ms: unknown): ms is number =>
  typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 && ms <= ROOM_LIMITS.discussSeconds * 1000;
