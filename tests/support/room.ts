import fc from 'fast-check';
import type { SessionEvent } from '../../src/machines/session-machine.ts';

/** From the title screen into a group session over the mini fixture, with a minute to discuss. */
export const ROOM_START: readonly SessionEvent[] = [
  { type: 'session.group' },
  { type: 'group.start', scenario: 'mini', context: 'met-mandaat', discussSeconds: 60, showMeters: true },
];

/** Values shaped like a persisted session, with anything inside. */
export const snapshotShaped = fc.record({
  status: fc.constant('active'),
  value: fc.jsonValue(),
  context: fc.jsonValue(),
  children: fc.jsonValue(),
});
