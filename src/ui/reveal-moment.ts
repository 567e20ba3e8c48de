import type { Sound } from '../adapters/audio.ts';
import type { GroupView } from '../machines/group-view.ts';

/** The one short sting of the reveal. */
export const REVEAL_CUE: Sound = 'reveal';

let lastSeen: { readonly beat: string; readonly phase: GroupView['phase'] } | undefined;

/**
 * Whether this drawing of the room is the reveal itself: the count of this decision was shown just
 * before. Drawing the reveal again (a pick, a language switch, a refresh) is not a new moment.
 */
export const isRevealMoment = (view: Pick<GroupView, 'phase' | 'beat'>): boolean => {
  const moment = view.phase === 'reveal' && lastSeen?.phase === 'tally' && lastSeen.beat === view.beat.id;
  lastSeen = { beat: view.beat.id, phase: view.phase };
  return moment;
};
