import { afterEach, describe, expect, it } from 'vitest';
import { connectRoom } from '../../src/adapters/room-sync.ts';
import { createSessionPort, type SessionPort } from '../../src/machines/session-port.ts';
import type { SessionView } from '../../src/machines/session-view.ts';
import { isRoomScreen } from '../../src/ui/screens/index.ts';
import { memoryStorage } from '../support/memory-storage.ts';
import { loadValid, MINI } from '../support/scenarios.ts';

const mini = loadValid(MINI);
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
  port.send({ type: 'session.group' });
  port.send({
    type: 'group.start',
    scenario: 'mini',
    context: 'met-mandaat',
    discussSeconds: 60,
    showMeters: true,
  });
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
