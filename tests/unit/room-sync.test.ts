import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { connectRoom, type RoomTransport, SET_ASIDE_KEY } from '../../src/adapters/room-sync.ts';
import { createSessionPort, type SessionPort } from '../../src/machines/session-port.ts';
import type { SessionView } from '../../src/machines/session-view.ts';
import { isRoomScreen } from '../../src/ui/screens/index.ts';
import { memoryStorage } from '../support/memory-storage.ts';
import { ROOM_START, snapshotShaped } from '../support/room.ts';
import { loadValid, MINI } from '../support/scenarios.ts';

const mini = loadValid(MINI);
const GENERATED = 2000;
/** Messages a misbehaving window could post: any JSON, and near-misses of our own shapes. */
const hostileMessage = fc.oneof(
  fc.jsonValue(),
  fc.record({
    kind: fc.constantFrom('state', 'event', 'projector-alive', 'presenter-hello', 'x'),
    revision: fc.jsonValue(),
    snapshot: fc.jsonValue(),
    event: fc.jsonValue(),
  }),
  fc.record({
    kind: fc.constant('event'),
    event: fc.record({
      type: fc.constantFrom(
        'group.next',
        'group.back',
        'group.undo',
        'timer.tick',
        'timer.adjust',
        'tally.set',
        'tally.adjust',
        'tally.majority',
        'reveal.pick',
        'play.resume',
        'session.title',
      ),
      choice: fc.oneof(fc.constantFrom('open', 'stil'), fc.string()),
      count: fc.oneof(fc.integer(), fc.double(), fc.string()),
      delta: fc.oneof(fc.integer(), fc.double()),
      seconds: fc.oneof(fc.integer(), fc.double()),
      ms: fc.oneof(fc.integer(), fc.double()),
    }),
  }),
  fc.record({
    kind: fc.constant('state'),
    revision: fc.oneof(fc.nat(), fc.double()),
    snapshot: fc.oneof(fc.jsonValue(), snapshotShaped),
  }),
);
const open: { close(): void }[] = [];
afterEach(() => {
  for (const room of open.splice(0)) room.close();
});

/** A window of the game on this machine: its own port, joined to the room over a real BroadcastChannel. */
const window_ = (storage: Storage, role: 'projector' | 'presenter') => {
  const port = createSessionPort([mini]);
  const room = connectRoom(port, storage, role, isRoomScreen);
  open.push(room);
  return { port, room };
};

/** Waits for messages between windows to arrive; fails with what was seen if they do not within the budget. */
const until = async (what: string, check: () => boolean, budgetMs = 5000) => {
  const deadline = performance.now() + budgetMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`still waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

const phase = (port: SessionPort) => {
  const view: SessionView = port.view();
  return view.screen === 'group' ? view.phase : view.screen;
};

const startGroup = (port: SessionPort) => {
  for (const event of ROOM_START) port.send(event);
};

describe('a room over two windows', () => {
  it('keeps the presenter in step with the projector, and the projector applies what the presenter presses', async () => {
    const { storage } = memoryStorage();
    const projector = window_(storage, 'projector');
    const presenter = window_(storage, 'presenter');
    startGroup(projector.port);
    await until('the presenter to see the group session', () => phase(presenter.port) === 'reading');

    await until('the presenter to hear the projector', () => presenter.room.projectorAlive());
    presenter.port.send({ type: 'group.next' });
    // The presenter's key press travels to the projector, the one authority, and comes back as state.
    await until('the projector to apply it', () => phase(projector.port) === 'present');
    await until('the presenter to follow', () => phase(presenter.port) === 'present');
  });

  it('keeps a presenter on another device in step by applied events, the whole state only on joining or a gap', async () => {
    // Two devices with nothing shared but a wire (the room socket), which this test can watch and cut.
    const wire = new Set<(data: unknown) => void>();
    const sent: { from: string; kind: string }[] = [];
    let cut = false;
    const end = (name: string): RoomTransport => {
      let mine: ((data: unknown) => void) | undefined;
      return {
        post: (message) => {
          sent.push({ from: name, kind: message.kind });
          const copy = structuredClone(message);
          if (!cut) for (const l of wire) if (l !== mine) queueMicrotask(() => l(copy));
        },
        listen(onMessage) {
          mine = onMessage;
          wire.add(onMessage);
          return () => wire.delete(onMessage);
        },
        close: () => undefined,
      };
    };
    let ticks: ((ms: number) => void) | undefined;
    const projectorPort = createSessionPort([mini], {
      clock: (onTick) => {
        ticks = onTick;
        return () => (ticks = undefined);
      },
    });
    const projector = connectRoom(projectorPort, memoryStorage().storage, 'projector', isRoomScreen, [
      end('projector'),
    ]);
    open.push(projector);
    startGroup(projectorPort);
    const presenterPort = createSessionPort([mini]);
    const presenter = connectRoom(presenterPort, memoryStorage().storage, 'presenter', isRoomScreen, [
      end('presenter'),
    ]);
    open.push(presenter);
    await until('the presenter to get the room on joining', () => phase(presenterPort) === 'reading');
    await until('the presenter to hear the projector', () => presenter.projectorAlive());

    presenterPort.send({ type: 'group.next' });
    presenterPort.send({ type: 'group.next' });
    await until('both to be in the discussion', () => phase(presenterPort) === 'discuss');
    const statesBefore = sent.filter((m) => m.from === 'projector' && m.kind === 'state').length;
    for (let i = 0; i < 20; i++) ticks?.(1000);
    const left = () => (projectorPort.view() as { timer: { leftMs: number } }).timer.leftMs;
    await until(
      'the presenter’s clock to follow',
      () => (presenterPort.view() as { timer: { leftMs: number } }).timer.leftMs === left(),
    );
    expect(left()).toBe((projectorPort.view() as { timer: { totalMs: number } }).timer.totalMs - 20_000);
    // Twenty ticks went as twenty small events, not as twenty copies of the session.
    expect(sent.filter((m) => m.from === 'projector' && m.kind === 'state').length).toBe(statesBefore);
    expect(sent.filter((m) => m.from === 'projector' && m.kind === 'applied').length).toBeGreaterThanOrEqual(
      20,
    );

    // The presenter misses some steps: the next one it hears shows the gap, and it asks for the state.
    cut = true;
    projectorPort.send({ type: 'group.next' });
    projectorPort.send({ type: 'tally.adjust', choice: 'open', delta: 2 });
    cut = false;
    projectorPort.send({ type: 'tally.adjust', choice: 'stil', delta: 1 });
    await until('the presenter to resync', () => {
      const view = presenterPort.view();
      return (
        view.screen === 'group' && view.phase === 'tally' && view.tally.open === 2 && view.tally.stil === 1
      );
    });
    expect(sent.some((m) => m.from === 'presenter' && m.kind === 'resync')).toBe(true);
  });

  it('lets the presenter blank the projector, and only the projector', async () => {
    const { storage } = memoryStorage();
    const projector = window_(storage, 'projector');
    const presenter = window_(storage, 'presenter');
    const heard: string[] = [];
    projector.room.onScreenAction((action) => heard.push(`projector:${action}`));
    presenter.room.onScreenAction((action) => heard.push(`presenter:${action}`));
    expect(projector.room.blankProjector()).toBe(false);
    await until('the presenter to hear the projector', () => presenter.room.projectorAlive());
    expect(presenter.room.blankProjector()).toBe(true);
    await until('the projector to blank', () => heard.length > 0);
    expect(heard).toEqual(['projector:blank']);
  });

  it('has only the oldest projector tab keep time, and the next take over when it closes', async () => {
    const { storage } = memoryStorage();
    const first = window_(storage, 'projector');
    await new Promise((r) => setTimeout(r, 5)); // a later start, so the two are told apart by age
    const second = window_(storage, 'projector');
    const presenter = window_(storage, 'presenter');
    await until('the second tab to hear the first', () => !second.room.keepsTime());
    expect(first.room.keepsTime()).toBe(true);
    await until('the presenter to hear a projector', () => presenter.room.projectorAlive());
    expect(presenter.room.keepsTime()).toBe(false);
    first.room.close();
    await until('the second tab to take over the time', () => second.room.keepsTime(), 10_000);
  }, 20_000);

  it('lets a window opened later, or refreshed, pick up the room from storage', async () => {
    const { storage, data } = memoryStorage();
    const projector = window_(storage, 'projector');
    startGroup(projector.port);
    projector.port.send({ type: 'group.next' });
    expect([...data.keys()]).toContain('open-ambtenaar:room:v2');
    projector.room.close();
    const refreshed = window_(storage, 'projector');
    expect(phase(refreshed.port)).toBe('present');
  });

  it('forgets the room once the session leaves it, and ignores a room kept by an older build', () => {
    const { storage, data } = memoryStorage({ 'open-ambtenaar:room': '{"revision":3,"snapshot":null}' });
    const projector = window_(storage, 'projector');
    expect(data.has('open-ambtenaar:room')).toBe(false);
    expect(phase(projector.port)).toBe('title');
    startGroup(projector.port);
    expect(data.has('open-ambtenaar:room:v2')).toBe(true);
    projector.port.send({ type: 'session.title' });
    expect(data.has('open-ambtenaar:room:v2')).toBe(false);
  });

  it('sets aside a stored room it cannot restore, once, and starts afresh', () => {
    for (const raw of [
      '{"revision":3,"snapshot":null}',
      '{"revision":"x","snapshot":{}}',
      'not json',
      '{"revision":2,"snapshot":{"status":"active","value":"group","context":null,"children":{}}}',
    ]) {
      const { storage, data } = memoryStorage({ 'open-ambtenaar:room:v2': raw });
      const first = window_(storage, 'projector');
      expect(phase(first.port), raw).toBe('title');
      expect(first.room.roomSetAside()).toBe(true);
      expect(data.get(SET_ASIDE_KEY)).toBe(raw);
      expect(data.has('open-ambtenaar:room:v2')).toBe(false);
      // The next load finds nothing to restore and sets nothing aside again.
      const second = window_(storage, 'projector');
      expect(second.room.roomSetAside()).toBe(false);
      startGroup(second.port);
      expect(phase(second.port)).toBe('reading');
    }
  });

  it('ignores garbage on the channel, and stays in the session', async () => {
    const { storage } = memoryStorage();
    const projector = window_(storage, 'projector');
    startGroup(projector.port);
    projector.port.send({ type: 'group.next' });
    const rogue = new BroadcastChannel('open-ambtenaar-room');
    const garbage: unknown[] = [
      null,
      'state',
      42,
      { kind: 'state', revision: Number.NaN, snapshot: {} },
      { kind: 'state', revision: 10 ** 6, snapshot: { status: 'active', value: 'title', context: null } },
      { kind: 'state', revision: 10 ** 6, snapshot: 'x' },
      { kind: 'event', event: null },
      { kind: 'event', event: { type: 'play.resume', scenario: 'mini', context: 'met-mandaat', moves: [] } },
      { kind: 'event', event: { type: 'session.title' } },
      { kind: 'event', event: { type: 'tally.adjust', choice: 'open', delta: 'veel' } },
      { kind: 'event', event: { type: 'timer.adjust', seconds: Number.POSITIVE_INFINITY } },
      { kind: 'nonsense' },
    ];
    for (const message of garbage) rogue.postMessage(message);
    // A message that is ours arrives after all the garbage: when it is applied, the garbage was handled.
    rogue.postMessage({ kind: 'event', event: { type: 'group.next' } });
    await until('the valid event after the garbage', () => phase(projector.port) === 'discuss');
    rogue.close();
    const view = projector.port.view();
    expect(view.screen === 'group' && view.timer.leftMs).toBe(60_000);
  });

  it('never throws past the channel, whatever arrives (generated messages)', async () => {
    const { storage } = memoryStorage();
    const projector = window_(storage, 'projector');
    startGroup(projector.port);
    const received: unknown[] = [];
    const listener = new BroadcastChannel('open-ambtenaar-room');
    const rogue = new BroadcastChannel('open-ambtenaar-room');
    listener.onmessage = (e) => received.push(e.data);
    const samples = fc.sample(hostileMessage, { numRuns: GENERATED, seed: 14 });
    for (const message of samples) rogue.postMessage(message);
    rogue.postMessage({ kind: 'presenter-hello' });
    // The projector answers a hello; once it has, it has read everything sent before it.
    await until(
      'the projector to answer after the generated messages',
      () => received.some((m) => (m as { kind?: string } | null)?.kind === 'projector-alive'),
      10_000,
    );
    rogue.close();
    listener.close();
    expect(['title', 'reading', 'present', 'discuss', 'tally', 'reveal']).toContain(phase(projector.port));
    // And the session still works.
    projector.port.send({ type: 'session.title' });
    expect(phase(projector.port)).toBe('title');
    console.info(`${samples.length} generated channel messages`);
  });

  it('has the presenter drive alone at once when the projector says it is leaving', async () => {
    const { storage } = memoryStorage();
    const projector = window_(storage, 'projector');
    const presenter = window_(storage, 'presenter');
    startGroup(projector.port);
    await until('the presenter to hear the projector', () => presenter.room.projectorAlive());
    projector.room.leaving();
    await until('the presenter to stop waiting for it', () => !presenter.room.projectorAlive());
    await until('the presenter to see the session', () => phase(presenter.port) === 'reading');
    presenter.port.send({ type: 'group.next' });
    expect(phase(presenter.port)).toBe('present');
  });

  it('has a presenter left alone carry on by itself', async () => {
    const { storage } = memoryStorage();
    const presenter = window_(storage, 'presenter');
    expect(presenter.room.projectorAlive()).toBe(false);
    startGroup(presenter.port);
    expect(phase(presenter.port)).toBe('reading');
    presenter.port.send({ type: 'group.next' });
    expect(phase(presenter.port)).toBe('present');
  });
});
