import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/machines/session-machine.ts';
import { createSessionPort, type SessionPort } from '../../src/machines/session-port.ts';
import type { SessionView } from '../../src/machines/session-view.ts';
import { loadValid, MINI } from '../support/scenarios.ts';

const mini = loadValid(MINI);

/** A port with its publishes and local changes counted. */
const watched = (port: SessionPort = createSessionPort([mini])) => {
  const published: SessionView[] = [];
  let local = 0;
  port.subscribe((v) => published.push(v));
  port.onLocalChange(() => local++);
  return {
    port,
    published,
    local: () => local,
    /** Sends one event and says how many views were published for it. */
    send(event: SessionEvent) {
      const before = published.length;
      port.send(event);
      return published.length - before;
    },
  };
};

const toGroup: SessionEvent[] = [
  { type: 'session.group' },
  { type: 'group.start', scenario: 'mini', context: 'met-mandaat', discussSeconds: 60, showMeters: true },
];

describe('the session port', () => {
  it('publishes exactly one view per event, however many machines it moves', () => {
    const w = watched();
    expect(w.send({ type: 'session.start' })).toBe(1);
    expect(w.send({ type: 'scenario.pick', scenario: 'mini', context: 'met-mandaat' })).toBe(1);
    // Each move changes the player (a child actor) and the session alike: still one view.
    expect(w.send({ type: 'beat.continue' })).toBe(1);
    expect(w.send({ type: 'choice.select', choice: 'open' })).toBe(1);
    expect(w.send({ type: 'beat.continue' })).toBe(1);
    expect(w.send({ type: 'beat.continue' })).toBe(1);
    expect(w.port.view().screen).toBe('debrief');

    const g = watched();
    for (const e of toGroup) expect(g.send(e)).toBe(1);
    for (const e of [
      { type: 'group.next' },
      { type: 'group.next' },
      { type: 'timer.tick', ms: 1000 },
      { type: 'group.next' },
      { type: 'tally.adjust', choice: 'open', delta: 1 },
      { type: 'group.undo' },
    ] satisfies SessionEvent[]) {
      expect(g.send(e), e.type).toBe(1);
    }
  });

  it('hands every listener the same view it gives on asking, built once until something changes', () => {
    const w = watched();
    w.port.send({ type: 'session.start' });
    expect(w.published.at(-1)).toBe(w.port.view());
    expect(w.port.view()).toBe(w.port.view());
    w.port.send({ type: 'session.title' });
    expect(w.port.view().screen).toBe('title');
    expect(w.published.at(-1)).toBe(w.port.view());
  });

  it('restores a persisted session in another port exactly, publishing once and not as a local change', () => {
    const first = watched();
    for (const e of toGroup) first.port.send(e);
    first.port.send({ type: 'group.next' });
    first.port.send({ type: 'group.next' });
    const second = watched();
    second.port.restore(JSON.parse(JSON.stringify(first.port.persisted())));
    expect(second.published).toHaveLength(1);
    expect(second.local()).toBe(0);
    const view = second.port.view();
    expect(view.screen === 'group' && view.phase).toBe('discuss');
    expect(view).toEqual(first.port.view());
    // The restored session goes on from where it was.
    second.port.send({ type: 'group.next' });
    const after = second.port.view();
    expect(after.screen === 'group' && after.phase).toBe('tally');
  });

  it('starts afresh on the title screen when a snapshot cannot be read', () => {
    const w = watched();
    w.port.send({ type: 'session.start' });
    w.port.restore({ status: 'active', value: 'no-such-state', context: null, children: {} });
    expect(w.port.view().screen).toBe('title');
    w.port.send({ type: 'session.start' });
    expect(w.port.view().screen).toBe('choosing');
  });

  it('lets a relay take an event instead, and applies it itself when the relay declines', () => {
    const w = watched();
    const relayed: SessionEvent[] = [];
    let accept = true;
    w.port.relayTo((event) => {
      relayed.push(event);
      return accept;
    });
    expect(w.send({ type: 'session.start' })).toBe(0);
    expect(w.port.view().screen).toBe('title');
    expect(w.local()).toBe(0);
    accept = false;
    expect(w.send({ type: 'session.start' })).toBe(1);
    expect(w.port.view().screen).toBe('choosing');
    expect(w.local()).toBe(1);
    expect(relayed.map((e) => e.type)).toEqual(['session.start', 'session.start']);
  });

  it('counts the discussion time from its clock, one view and one local change per tick, only while it runs', () => {
    const ticks = new Set<(ms: number) => void>();
    const port = createSessionPort([mini], {
      clock: (onTick) => {
        ticks.add(onTick);
        return () => ticks.delete(onTick);
      },
    });
    const w = watched(port);
    for (const e of toGroup) port.send(e);
    port.send({ type: 'group.next' });
    expect(ticks.size).toBe(0);
    port.send({ type: 'group.next' });
    expect(ticks.size).toBe(1);
    const [before, local] = [w.published.length, w.local()];
    for (const tick of ticks) tick(15_000);
    expect(w.published.length - before).toBe(1);
    expect(w.local() - local).toBe(1);
    const view = port.view();
    expect(view.screen === 'group' && view.timer.leftMs).toBe(45_000);
    port.send({ type: 'timer.toggle' });
    expect(ticks.size).toBe(0);
  });

  it('reports each move of a play for saving, and the finished play', () => {
    const port = createSessionPort([mini]);
    const events: string[] = [];
    port.onProgress((e) => events.push(e.type === 'play.saved' ? `saved:${e.play.moves.length}` : e.type));
    port.send({ type: 'session.start' });
    port.send({ type: 'scenario.pick', scenario: 'mini', context: 'met-mandaat' });
    for (const move of [
      { type: 'beat.continue' },
      { type: 'choice.select', choice: 'open' },
      { type: 'beat.continue' },
      { type: 'beat.continue' },
    ] satisfies SessionEvent[])
      port.send(move);
    expect(events).toEqual(['saved:1', 'saved:2', 'saved:3', 'play.finished']);
  });
});
