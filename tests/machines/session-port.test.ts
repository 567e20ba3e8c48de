import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/machines/session-machine.ts';
import { createSessionPort, type SessionPort } from '../../src/machines/session-port.ts';
import type { SessionView } from '../../src/machines/session-view.ts';
import { ROOM_START, snapshotShaped } from '../support/room.ts';
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

const toGroup = ROOM_START;

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

  it('refuses a snapshot it cannot run or show, and goes on as it was', () => {
    const w = watched();
    w.port.send({ type: 'session.start' });
    const published = w.published.length;
    for (const bad of [
      null,
      'text',
      42,
      {
        status: 'active',
        value: 'no-such-state',
        context: { scenarios: [], playsFinished: 0 },
        children: {},
      },
      { status: 'active', value: 'title', context: null, children: {} },
      { status: 'done', value: 'title', context: { scenarios: [], playsFinished: 0 } },
    ]) {
      expect(w.port.restore(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(w.published.length).toBe(published);
    expect(w.port.view().screen).toBe('choosing');
    w.port.send({ type: 'scenario.pick', scenario: 'mini' });
    expect(w.port.view().screen).toBe('playing');
  });

  it('never throws on a generated snapshot, and always has a view to show afterwards', () => {
    const port = createSessionPort([mini]);
    const good = (() => {
      const p = createSessionPort([mini]);
      for (const e of toGroup) p.send(e);
      return JSON.parse(JSON.stringify(p.persisted())) as Record<string, unknown>;
    })();
    const snapshots = fc.oneof(
      fc.jsonValue(),
      snapshotShaped,
      // Our own snapshot with one part replaced by something else.
      fc
        .tuple(fc.constantFrom(...Object.keys(good)), fc.jsonValue())
        .map(([key, value]) => ({ ...good, [key]: value })),
    );
    let runs = 0;
    fc.assert(
      fc.property(snapshots, (snapshot) => {
        runs++;
        expect(typeof port.restore(snapshot)).toBe('boolean');
        expect(typeof port.view().screen).toBe('string');
      }),
      { numRuns: 500 },
    );
    console.info(`${runs} generated snapshots`);
  });

  it('refuses a session of a scenario this build no longer has', () => {
    const other = { ...mini, id: 'later-removed' };
    const before = createSessionPort([mini, other]);
    before.send({ type: 'session.group' });
    before.send({
      type: 'group.start',
      scenario: other.id,
      context: 'met-mandaat',
      discussSeconds: 60,
      showMeters: true,
    });
    expect(before.view().screen).toBe('group');
    const after = createSessionPort([mini]);
    expect(after.restore(JSON.parse(JSON.stringify(before.persisted())))).toBe(false);
    expect(after.view().screen).toBe('title');
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
