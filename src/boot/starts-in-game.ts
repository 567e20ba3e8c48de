import { STORAGE_KEYS } from '../adapters/storage-keys.ts';

/** What this device may keep of a play, progress or a group session. */
const KEPT = [STORAGE_KEYS.progress, STORAGE_KEYS.room, STORAGE_KEYS.roomServer];

export interface Opening {
  /** Load the game at once instead of on the first reach for a control. */
  readonly now: boolean;
  /** The trainer's presenter window, or a phone in the room: no drawn stage behind the words. */
  readonly presenter: boolean;
  readonly phone: boolean;
  /** The words fill the window (phone and presenter have no stage to leave room for). */
  readonly fill: boolean;
}

/**
 * Whether this page opens onto a fresh title screen, which the HTML already shows, or onto something
 * only the game can draw: a phone joining a room, the presenter, a play or group session kept on this
 * device (its resume button and notices), or the dev server, whose title lists broken files.
 */
export const startsInGame = (
  location: Pick<Location, 'search' | 'hash'>,
  storage: Pick<Storage, 'getItem'> | undefined,
  dev: boolean,
): Opening => {
  const phone = new URLSearchParams(location.search).has('join');
  const presenter = new URLSearchParams(location.hash.replace(/^#/, '')).has('presenter');
  let kept = false;
  try {
    kept = KEPT.some((key) => storage?.getItem(key) != null);
  } catch {
    // Storage that cannot be read keeps nothing this page could resume.
  }
  return { now: phone || presenter || kept || dev, presenter, phone, fill: phone || presenter };
};
