import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRoomServer } from '../../server/room-server.ts';
import { bridgeRoom, roomPhaseOf } from '../../src/adapters/room-bridge.ts';
import {
  joinPhoneRoom,
  openTrainerRoom,
  type PhoneRoom,
  probeRoomServer,
} from '../../src/adapters/room-socket.ts';
import { decisionKey } from '../../src/domain/room-decision.ts';
import { createSessionPort, type SessionPort } from '../../src/machines/session-port.ts';
import { ROOM_START } from '../support/room.ts';
import { loadValid, MINI } from '../support/scenarios.ts';

/*
 * The projector's session, the room server and phones, all real: a session port bridged to a room on
 * a real socket.io server on 127.0.0.1, and phones joining it with the game's own client.
 */

const mini = loadValid(MINI);
const BUDGET_MS = 10_000;
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const startServer = async (on = 0) => {
  const root = mkdtempSync(join(tmpdir(), 'room-phones-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
  const server = createRoomServer({ root, host: '127.0.0.1', port: on, sweepMs: 0 });
  const { port } = await server.listen();
  cleanups.push(() => server.close());
  return { server, port, origin: `http://127.0.0.1:${port}` };
};

const until = async (what: string, check: () => boolean) => {
  const deadline = performance.now() + BUDGET_MS;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`still waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

const groupView = (port: SessionPort) => {
  const view = port.view();
  if (view.screen !== 'group') throw new Error(`not in the room but on ${view.screen}`);
  return view;
};

const device = (i: number) => `test-device-${String(i).padStart(8, '0')}`;

describe('phones in a room, through the real room server', () => {
  it('says a plain web server has no room for phones', async () => {
    // Nothing listens here: as with a static copy of dist/, the probe finds no room server.
    expect(await probeRoomServer('http://127.0.0.1:9', 1500)).toBe(false);
  });

  it('plays a decision: phones vote, the count joins the hands, the room’s choice reaches every phone', async () => {
    const { origin } = await startServer();
    expect(await probeRoomServer(origin)).toBe(true);
    const port = createSessionPort([mini]);
    const trainer = await openTrainerRoom(origin, undefined, 'authority');
    if (!trainer) throw new Error('the room did not open');
    cleanups.push(() => trainer.close());
    cleanups.push(bridgeRoom(port, trainer));

    const phones: PhoneRoom[] = [];
    for (let i = 0; i < 3; i++) {
      const phone = await joinPhoneRoom(origin, trainer.code, device(i));
      cleanups.push(() => phone.close());
      phones.push(phone);
    }
    await until('three phones in the lobby', () => phones.every((p) => p.state()?.phase === 'lobby'));
    await until('the projector to count them', () => trainer.live().participants === 3);

    for (const event of ROOM_START) port.send(event);
    port.send({ type: 'group.next' }); // read → present
    const decision = roomPhaseOf(port.view())?.decision;
    expect(decision).toBe(decisionKey({ scenario: 'mini', context: 'met-mandaat', beat: 'keuze' }));
    await until('the phones to see the decision', () =>
      phones.every((p) => p.state()?.decision === decision && p.state()?.phase === 'present'),
    );
    // Not yet open: a vote during the reading is refused.
    expect(await phones[0]!.vote('A')).toBe(false);

    port.send({ type: 'group.next' }); // discuss
    port.send({ type: 'group.next' }); // tally: the vote opens
    await until('the vote to open', () => phones.every((p) => p.state()?.open === true));
    // A for "open", B for "stil" (the order of the scenario's options).
    expect(await phones[0]!.vote('B')).toBe(true);
    expect(await phones[1]!.vote('B')).toBe(true);
    expect(await phones[2]!.vote('B')).toBe(true);
    expect(await phones[2]!.vote('A')).toBe(true); // changed its mind
    port.send({ type: 'tally.set', choice: 'open', count: 1 }); // a hand without a phone
    await until('the phones’ count in the session', () => groupView(port).phones.stil === 2);
    expect(groupView(port).tally).toEqual({ open: 2, stil: 2 });
    expect(trainer.live().cast).toBe(3);
    // The phones never see the split before the reveal.
    expect(phones.every((p) => p.state()?.tally === null)).toBe(true);

    port.send({ type: 'group.next' }); // reveal: the vote closes
    await until('the phones to see the split', () => phones.every((p) => p.state()?.tally != null));
    expect(phones[0]!.state()?.tally).toEqual({ A: 2, B: 2 });
    expect(phones[0]!.state()?.open).toBe(false);
    expect(await phones[0]!.vote('A')).toBe(false);
    expect(phones.map((p) => p.mine(decision!))).toEqual(['B', 'B', 'A']);

    // A tie: the trainer picks, and the room's path reaches the phones.
    port.send({ type: 'reveal.pick', choice: 'stil' });
    port.send({ type: 'group.next' });
    await until('the path on the phones', () => phones.every((p) => p.state()?.path.length === 1));
    expect(phones[1]!.state()?.path).toEqual([{ decision, letter: 'B' }]);
    expect(groupView(port).votes.at(-1)).toMatchObject({ phones: { open: 1, stil: 2 }, choice: 'stil' });
  });

  it('keeps a phone’s vote when its link drops, and lets a late joiner land on the current decision', async () => {
    const { origin } = await startServer();
    const port = createSessionPort([mini]);
    const trainer = await openTrainerRoom(origin, undefined, 'authority');
    if (!trainer) throw new Error('the room did not open');
    cleanups.push(() => trainer.close());
    cleanups.push(bridgeRoom(port, trainer));
    for (const event of ROOM_START) port.send(event);
    for (let i = 0; i < 3; i++) port.send({ type: 'group.next' }); // to the tally
    const decision = roomPhaseOf(port.view())!.decision!;

    const phone = await joinPhoneRoom(origin, trainer.code, device(7));
    cleanups.push(() => phone.close());
    await until('the late joiner on the open vote', () => phone.state()?.open === true);
    expect(phone.state()?.decision).toBe(decision);
    expect(await phone.vote('A')).toBe(true);
    phone.close();

    // The same phone comes back (a reload, or Wi-Fi that dropped): its vote is still there.
    const again = await joinPhoneRoom(origin, trainer.code, device(7));
    cleanups.push(() => again.close());
    await until('the phone back in the room', () => again.state()?.open === true);
    expect(again.mine(decision)).toBe('A');
    await until('the count in the session', () => groupView(port).phones.open === 1);
  });

  it('reopens the same room after a projector reload, with its phones', async () => {
    const { origin } = await startServer();
    const first = await openTrainerRoom(origin, undefined, 'authority');
    if (!first) throw new Error('the room did not open');
    const phone = await joinPhoneRoom(origin, first.code, device(3));
    cleanups.push(() => phone.close());
    await until('the phone in', () => phone.state() !== undefined);
    first.close();
    const reloaded = await openTrainerRoom(origin, { code: first.code, token: first.token }, 'authority');
    if (!reloaded) throw new Error('the room did not reopen');
    cleanups.push(() => reloaded.close());
    expect(reloaded.code).toBe(first.code);
    await until('the phone counted', () => reloaded.live().participants === 1);
    // Someone else's token does not reopen it.
    const thief = await openTrainerRoom(origin, { code: first.code, token: 'x'.repeat(32) }, 'authority');
    expect(thief).toBeUndefined();
  });

  it('survives a server restart: the projector reopens its room, phones rejoin by themselves, votes go on', async () => {
    const first = await startServer();
    const port = createSessionPort([mini]);
    const trainer = await openTrainerRoom(first.origin, undefined, 'authority');
    if (!trainer) throw new Error('the room did not open');
    cleanups.push(() => trainer.close());
    cleanups.push(bridgeRoom(port, trainer));
    for (const event of ROOM_START) port.send(event);
    for (let i = 0; i < 3; i++) port.send({ type: 'group.next' }); // to the tally
    const phone = await joinPhoneRoom(first.origin, trainer.code, device(5));
    cleanups.push(() => phone.close());
    await until('the phone on the open vote', () => phone.state()?.open === true);

    await first.server.close();
    await until('both to notice', () => phone.link() === 'offline' && trainer.link() === 'offline');
    await startServer(first.port); // the trainer starts it again: nothing of the room was kept there
    await until('the trainer back', () => trainer.link() === 'online');
    await until(
      'the phone back on the open vote',
      () => phone.link() === 'online' && phone.state()?.open === true,
    );
    expect(await phone.vote('B')).toBe(true);
    await until('the vote in the session', () => groupView(port).phones.stil === 1);
  });
});
