import { describe, expect, it } from 'vitest';
import { METERS } from '../../src/domain/vocabulary.ts';
import type { GroupView } from '../../src/machines/group-view.ts';
import type { SessionEvent } from '../../src/machines/session-machine.ts';
import { createSessionPort } from '../../src/machines/session-port.ts';
import { isRevealMoment } from '../../src/ui/reveal-moment.ts';
import { ROOM_START } from '../support/room.ts';
import { loadValid, MINI } from '../support/scenarios.ts';

const mini = loadValid(MINI);
const next: SessionEvent = { type: 'group.next' };

/** Every view the projector is given along these events, from the real machines. */
const viewsAlong = (...events: SessionEvent[]): GroupView[] => {
  const port = createSessionPort([mini]);
  for (const e of ROOM_START) port.send(e);
  const views: GroupView[] = [];
  for (const e of events) {
    port.send(e);
    const view = port.view();
    if (view.screen === 'group') views.push(view);
  }
  return views;
};

/** Read to the decision, discuss, count one hand for the first option, reveal, settle. */
const oneDecision = (): SessionEvent[] => {
  const start = createSessionPort([mini]);
  for (const e of ROOM_START) start.send(e);
  const view = start.view();
  if (view.screen !== 'group') throw new Error('no room');
  const reads: SessionEvent[] = [];
  for (
    let i = 0;
    i < 10 && start.view().screen === 'group' && (start.view() as GroupView).phase === 'reading';
    i++
  ) {
    start.send(next);
    reads.push(next);
  }
  const first = (start.view() as GroupView).choices[0]!.id;
  return [...reads, next, next, { type: 'tally.adjust', choice: first, delta: 1 }, next, next];
};

describe('the projector’s view of a decision', () => {
  const views = viewsAlong(...oneDecision());
  const at = (phase: GroupView['phase']) => views.filter((v) => v.phase === phase);

  it('names the decision the room is at, of how many its path can hold', () => {
    for (const view of [...at('present'), ...at('discuss'), ...at('tally'), ...at('reveal')]) {
      expect(view.marker.current).toBe(1);
      expect(view.marker.fewest).toBeGreaterThanOrEqual(1);
      expect(view.marker.most).toBeGreaterThanOrEqual(view.marker.fewest);
    }
  });

  it('shows with the consequence exactly how the meters moved with the room’s choice', () => {
    const reveal = at('reveal').at(-1)!;
    const after = views.find((v) => v.consequence)!;
    expect(after, 'the consequence is shown after the vote').toBeDefined();
    for (const m of METERS)
      expect(after.consequence!.change[m] ?? 0).toBe(after.meters[m] - reveal.meters[m]);
    expect(METERS.some((m) => (after.consequence!.change[m] ?? 0) !== 0)).toBe(true);
  });
});

describe('the reveal as a moment', () => {
  const views = viewsAlong(...oneDecision());
  const tally = views.find((v) => v.phase === 'tally')!;
  const reveal = views.find((v) => v.phase === 'reveal')!;

  it('is the reveal right after this decision’s count, once', () => {
    isRevealMoment(tally);
    expect(isRevealMoment(reveal)).toBe(true);
    // Drawn again (a pick, a language switch): no second sting, no second growth.
    expect(isRevealMoment(reveal)).toBe(false);
  });

  it('is not a moment when the projector opens on a reveal already made', () => {
    const reading = views.find((v) => v.phase === 'reading')!;
    isRevealMoment(reading);
    expect(isRevealMoment(reveal)).toBe(false);
  });

  it('is not a moment after another decision’s count', () => {
    isRevealMoment({ ...tally, beat: { ...tally.beat, id: 'elsewhere' } });
    expect(isRevealMoment(reveal)).toBe(false);
  });
});
