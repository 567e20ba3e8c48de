import type { GroupView } from '../machines/group-view.ts';
import type { SessionEvent } from '../machines/session-machine.ts';

export type RoomAction =
  | SessionEvent
  | { type: 'ui.blank' }
  | { type: 'ui.fullscreen' }
  | { type: 'ui.help' }
  | { type: 'ui.presenter' };

/** The shortcuts of presentation software, mapped for the phase the room is in. */
export const roomKey = (
  key: string,
  view: GroupView,
  selected: string | undefined,
): RoomAction | undefined => {
  const choice = (n: number) => view.choices[n - 1]?.id;
  const digit = /^[1-4]$/.test(key) ? Number(key) : undefined;
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return { type: 'group.next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'group.back' };
    case 't':
    case 'T':
      return view.phase === 'discuss' ? { type: 'timer.toggle' } : undefined;
    case 'r':
    case 'R':
      return view.phase === 'tally' ? { type: 'group.next' } : undefined;
    case 'u':
    case 'U':
      return { type: 'group.undo' };
    case 'b':
    case 'B':
      return { type: 'ui.blank' };
    case 'f':
    case 'F':
      return { type: 'ui.fullscreen' };
    case '?':
      return { type: 'ui.help' };
    case 'p':
    case 'P':
      return { type: 'ui.presenter' };
    case '+':
    case '=':
    case '-':
    case '_': {
      const delta = key === '+' || key === '=' ? 1 : -1;
      if (view.phase === 'discuss') return { type: 'timer.adjust', seconds: 30 * delta };
      if (view.phase === 'tally' && selected) return { type: 'tally.adjust', choice: selected, delta };
      return undefined;
    }
  }
  if (digit && choice(digit)) {
    if (view.phase === 'tally') return { type: 'tally.adjust', choice: choice(digit)!, delta: 1 };
    if (view.phase === 'reveal') return { type: 'reveal.pick', choice: choice(digit)! };
  }
  return undefined;
};

export const SHORTCUTS = [
  ['→ / Space', 'next'],
  ['←', 'back'],
  ['T', 'timer'],
  ['+ / −', 'adjust'],
  ['1–4', 'tally'],
  ['R', 'reveal'],
  ['U', 'undo'],
  ['B', 'blank'],
  ['F', 'fullscreen'],
  ['P', 'presenter'],
  ['?', 'help'],
] as const;
