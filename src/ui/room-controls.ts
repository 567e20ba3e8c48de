import type { SessionEvent } from '../machines/session-machine.ts';
import type { SessionView } from '../machines/session-view.ts';
import { type RoomAction, roomKey } from './group-keys.ts';
import type { RoomOverlay } from './room-overlay.ts';

interface RoomControlDeps {
  readonly send: (event: SessionEvent) => void;
  readonly overlay: RoomOverlay;
  /** This window is the presenter view (it has no presenter window of its own to open). */
  readonly presenter: boolean;
  readonly openPresenter: () => void;
  /** From the presenter: blanks the projector instead (false when no projector is open). */
  readonly blankProjector: () => boolean;
}

/** What a room shortcut or its button does: a screen-only action, or an event for the machines. */
export const createRoomControls = (deps: RoomControlDeps) => {
  /** The option the trainer last counted for, which + and − then adjust. */
  let selected: string | undefined;

  const apply = (action: RoomAction) => {
    switch (action.type) {
      case 'ui.blank':
        // The trainer's own screen is never the one to blank: the presenter blanks the projector.
        if (deps.presenter) deps.blankProjector();
        else deps.overlay.toggle('blank');
        return;
      case 'ui.help':
        deps.overlay.toggle('help');
        return;
      case 'ui.presenter':
        if (!deps.presenter) deps.openPresenter();
        return;
      case 'ui.fullscreen':
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
        return;
      default:
        if (action.type === 'tally.adjust') selected = action.choice;
        deps.send(action);
    }
  };

  /** Handles a key press on the projector or presenter; true when it was a room shortcut. */
  const onKey = (event: KeyboardEvent, view: SessionView): boolean => {
    if (view.screen !== 'group') return false;
    if (event.key === 'Escape' && deps.overlay.isOpen()) {
      deps.overlay.close();
      return true;
    }
    const onControl =
      (event.target as HTMLElement | null)?.closest('button, input, select') &&
      (event.key === ' ' || event.key === 'Enter');
    if (onControl) return false;
    const action = roomKey(event.key, view, selected);
    if (!action) return false;
    apply(action);
    return true;
  };

  return { apply, onKey };
};
