import type { Place } from '../domain/vocabulary.ts';
import type { SessionView } from '../machines/session-view.ts';
import type { Audio } from './audio.ts';

/** Where the story is: the place of the beat on screen, alone or in the room; elsewhere, nowhere. */
export const placeOf = (view: SessionView): Place | undefined => {
  if (view.screen === 'playing') return view.scenario.beats[view.beat]?.place;
  if (view.screen === 'group') return view.beat.place;
  return undefined;
};

/**
 * Keeps the room tone with the place on screen: a quiet loop per place, crossfading when the story
 * moves, and silence on every other screen. Returns the unsubscribe function.
 */
export const followPlaces = (
  port: { subscribe(listener: (view: SessionView) => void): () => void; view(): SessionView },
  audio: Pick<Audio, 'ambience'>,
): (() => void) => {
  audio.ambience(placeOf(port.view()));
  return port.subscribe((view) => audio.ambience(placeOf(view)));
};
