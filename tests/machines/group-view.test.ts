import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/machines/session-machine.ts';
import { createSessionPort } from '../../src/machines/session-port.ts';
import { ROOM_START } from '../support/room.ts';
import { loadValid, MINI } from '../support/scenarios.ts';

const mini = loadValid(MINI);
const next: SessionEvent = { type: 'group.next' };

/** The projector's view after counting these votes, revealing, and the trainer picking `pick`. */
const pickAfter = (tally: Record<string, number>, pick: string) => {
  const port = createSessionPort([mini]);
  for (const e of [...ROOM_START, next, next, next]) port.send(e);
  for (const [choice, count] of Object.entries(tally)) port.send({ type: 'tally.set', choice, count });
  port.send(next);
  port.send({ type: 'reveal.pick', choice: pick });
  const view = port.view();
  if (view.screen !== 'group') throw new Error(`not in the room but on ${view.screen}`);
  return view;
};

describe('the trainer’s pick after the reveal', () => {
  it('is named by the rule it follows: majority, tie-break, override or no votes', () => {
    expect(pickAfter({ open: 5, stil: 2 }, 'open').pickRule).toBe('majority');
    expect(pickAfter({ open: 4, stil: 4 }, 'stil').pickRule).toBe('tie-break');
    expect(pickAfter({ open: 5, stil: 2 }, 'stil').pickRule).toBe('override');
    expect(pickAfter({}, 'stil').pickRule).toBe('no-votes');
  });
});
