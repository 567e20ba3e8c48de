import type { Socket } from 'socket.io-client';
import { describe, expect, it, vi } from 'vitest';
import {
  CODE_ALPHABET,
  MAX_MESSAGE_BYTES,
  MAX_SYNC_BYTES,
  OUTGOING,
  type PublicState,
  ROOM_PHASES,
  readOutgoing,
  readReply,
} from '../../src/domain/room-protocol.ts';
import { GROUP_PHASES } from '../../src/machines/group-machine.ts';
import {
  ask,
  BUDGET,
  client,
  connected,
  deviceId,
  heardOf,
  joinRoom,
  next,
  openRoom,
  type Phone,
  recorder,
  roundTrip,
  secondWindow,
  startServer,
} from './helpers.ts';

const T = 20_000;
const DECISION = 'de-nieuwe-wethouder/besluit-een';

/**
 * A room on a fresh server: the projector that opened it, and what it says, each as one call. The
 * trainer events go out with the room's code and token (or with another connection, `as`).
 */
const room = async (options: Parameters<typeof startServer>[0] = {}) => {
  const { url, server } = await startServer(options);
  const trainer = await openRoom(url);
  const { auth } = trainer;
  const say = (socket: Socket = trainer.socket) => ({
    phase: (phase: string, decision: string | null, letters: string[], path: unknown[] = []) =>
      ask(socket, 'room.phase', { ...auth, phase, decision, letters, path }),
    open: (letters: string[], decision = DECISION) =>
      ask(socket, 'vote.open', { ...auth, decision, letters }),
    close: () => ask(socket, 'vote.close', auth),
    reveal: (tally: Record<string, number>, decision = DECISION) =>
      ask(socket, 'vote.reveal', { ...auth, decision, tally }),
    sync: (message: unknown) => ask(socket, 'room.sync', { ...auth, message }),
  });
  return {
    url,
    server,
    trainer,
    auth,
    ...say(),
    as: say,
    join: (device?: string) => joinRoom(url, trainer.code, device),
    vote: (phone: Phone, letter: string, decision = DECISION) =>
      ask(phone.socket, 'vote.cast', { decision, letter }),
  };
};

describe('room server: one room, phones voting', () => {
  it(
    'opens a room with an unambiguous code and a secret token',
    async () => {
      const { url } = await startServer();
      const { code, token } = await openRoom(url);
      expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
      expect(code).not.toMatch(/[01ILO]/);
      expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      const other = await openRoom(url);
      expect(other.code).not.toBe(code);
      expect(other.token).not.toBe(token);
    },
    T,
  );

  it(
    'three phones join, vote, change a vote; the trainer sees the count, then the tally, never a device',
    async () => {
      const r = await room();
      const heard = recorder(r.trainer.socket);
      const three = next<{ participants: number }>(
        r.trainer.socket,
        'room.count',
        (p) => p.participants === 3,
      );
      const phones: Phone[] = [];
      for (let i = 0; i < 3; i += 1) phones.push(await r.join());
      await three;
      expect(phones[0]!.state).toMatchObject({ phase: 'lobby', open: false, decision: null, path: [] });
      expect(phones[0]!.mine).toBeNull();

      const opened = phones.map((p) => next<PublicState>(p.socket, 'room.state', (s) => s.open));
      expect(await r.open(['A', 'B', 'C'])).toMatchObject({ ok: true, cast: 0 });
      for (const state of await Promise.all(opened))
        expect(state).toMatchObject({ phase: 'lobby', decision: DECISION, letters: ['A', 'B', 'C'] });

      const counted = next<{ cast: number }>(r.trainer.socket, 'vote.count', (p) => p.cast === 3);
      expect(await r.vote(phones[0]!, 'A')).toEqual({ ok: true, mine: 'A' });
      expect(await r.vote(phones[1]!, 'B')).toEqual({ ok: true, mine: 'B' });
      expect(await r.vote(phones[2]!, 'B')).toEqual({ ok: true, mine: 'B' });
      await counted;
      // A changed vote replaces the first; a letter not open to this vote, or another decision, is refused.
      expect(await r.vote(phones[1]!, 'A')).toEqual({ ok: true, mine: 'A' });
      expect(await r.vote(phones[2]!, 'D')).toEqual({ ok: false, error: 'closed' });
      expect(await r.vote(phones[2]!, 'A', 'elders/besluit')).toEqual({ ok: false, error: 'wrong-decision' });

      const tallied = next(r.trainer.socket, 'vote.tally');
      expect(await r.close()).toEqual({ ok: true, decision: DECISION, tally: { A: 2, B: 1, C: 0 } });
      expect(await tallied).toEqual({ decision: DECISION, tally: { A: 2, B: 1, C: 0 } });
      expect(await r.vote(phones[2]!, 'A')).toEqual({ ok: false, error: 'closed' });

      // The projector adds hands to the phones' votes and reveals; each phone sees the split (its own vote it keeps itself).
      const revealed = phones.map((p) => next<PublicState>(p.socket, 'room.state', (s) => s.tally !== null));
      expect(await r.reveal({ A: 5, B: 3, C: 1 })).toEqual({ ok: true });
      for (const s of await Promise.all(revealed))
        expect(s).toMatchObject({ tally: { A: 5, B: 3, C: 1 }, open: false, participants: 3 });

      const everything = JSON.stringify(heard);
      for (const phone of phones) expect(everything).not.toContain(phone.device);
    },
    T,
  );

  it(
    'tells phones the phase, decision, letters and path only, all of them the same message; a phase with any text in it is refused',
    async () => {
      const r = await room();
      const phones = [await r.join(), await r.join()];
      await r.open(['A', 'B']);
      await r.vote(phones[0]!, 'B');
      const told = phones.map((p) => next<PublicState>(p.socket, 'room.state', (s) => s.phase === 'present'));
      const path = [{ decision: 'de-nieuwe-wethouder/besluit-nul', letter: 'C' }];
      expect(await r.phase('present', DECISION, ['A', 'B'], path)).toEqual({ ok: true });
      const states = await Promise.all(told);
      // One broadcast: the phone that voted hears exactly what the other hears, its vote in none of it.
      expect(states[0]).toEqual(states[1]);
      expect(states[0]).toEqual({
        code: r.trainer.code,
        phase: 'present',
        decision: DECISION,
        letters: ['A', 'B'],
        open: true,
        participants: 2,
        tally: null,
        path,
      });
      expect(readOutgoing('room.state', states[0])).toEqual(states[0]);
      const withText = {
        ...r.auth,
        phase: 'discuss',
        decision: DECISION,
        letters: ['A'],
        path: [],
        text: 'x',
      };
      expect(await ask(r.trainer.socket, 'room.phase', withText)).toEqual({ ok: false, error: 'invalid' });
      expect(await r.phase('voting', null, [])).toEqual({ ok: false, error: 'invalid' });
      // The path is the room's choices, nothing else: a letter outside A–D, a field more, or 65 steps are refused.
      expect(await r.phase('discuss', DECISION, ['A'], [{ decision: DECISION, letter: 'E' }])).toEqual({
        ok: false,
        error: 'invalid',
      });
      expect(await r.phase('discuss', DECISION, ['A'], [{ ...path[0], note: 'x' }])).toEqual({
        ok: false,
        error: 'invalid',
      });
      const long = Array.from({ length: 65 }, () => ({ decision: 'a/b', letter: 'A' }));
      expect(await r.phase('discuss', DECISION, ['A'], long)).toEqual({ ok: false, error: 'invalid' });
      expect(await r.phase('discuss', DECISION, ['A'], long.slice(1))).toEqual({ ok: true });
      expect(r.server.stats.dropped.invalid).toBe(5);
    },
    T,
  );

  it(
    'the path reaches a phone that joins late, and changes with the next phase',
    async () => {
      const r = await room();
      const early = await r.join();
      const path = [
        { decision: 'de-nieuwe-wethouder/besluit-een', letter: 'B' },
        { decision: 'de-nieuwe-wethouder/besluit-twee', letter: 'A' },
      ];
      const heard = next<PublicState>(early.socket, 'room.state', (s) => s.path.length === 2);
      await r.phase('reading', 'de-nieuwe-wethouder/besluit-drie', ['A', 'B', 'C'], path);
      expect((await heard).path).toEqual(path);
      const late = await r.join();
      expect(late.state).toMatchObject({ phase: 'reading', path, participants: 2 });
      expect(readReply('room.join', { ok: true, state: late.state, mine: late.mine })).toBeDefined();
      // A new scenario starts with an empty path: a late joiner then hears none of the old one.
      await r.phase('lobby', null, [], []);
      expect((await r.join()).state).toMatchObject({ phase: 'lobby', path: [] });
    },
    T,
  );

  it(
    'a phone learns its own vote from the answer to its join, and from no broadcast',
    async () => {
      const r = await room();
      const phone = await r.join();
      const other = await r.join();
      const heard = recorder(phone.socket);
      await r.open(['A', 'B']);
      expect(await r.vote(phone, 'B')).toEqual({ ok: true, mine: 'B' });
      // A reload: a new connection with the same per-session device id gets its vote back; others do not.
      const again = await r.join(phone.device);
      expect(again.mine).toBe('B');
      expect(again.state).toMatchObject({ open: true, decision: DECISION });
      expect(again.state).not.toHaveProperty('mine');
      expect((await r.join(other.device)).mine).toBeNull();
      expect((await r.join()).mine).toBeNull();
      // A new decision: nobody has a vote on it yet.
      await r.phase('present', 'scenario/twee', ['A', 'B']);
      expect((await r.join(phone.device)).mine).toBeNull();
      await roundTrip(phone.socket);
      const states = heardOf(heard, 'room.state') as PublicState[];
      expect(states.length).toBe(2);
      for (const state of states) expect(Object.keys(state).sort()).toEqual(Object.keys(again.state).sort());
    },
    T,
  );

  it(
    'a new decision clears the votes; reopening the same vote (back from the reveal) keeps them',
    async () => {
      const r = await room();
      const phones = [await r.join(), await r.join(), await r.join()];
      expect(await r.open(['A', 'B'])).toMatchObject({ cast: 0 });
      await r.vote(phones[0]!, 'B');
      await r.vote(phones[1]!, 'A');
      expect((await r.close()).tally).toEqual({ A: 1, B: 1 });
      await r.reveal({ A: 1, B: 1 });
      // The trainer steps back: the vote opens again with the two votes in, and the live count says so.
      const live = next<{ cast: number; tally: unknown }>(r.trainer.socket, 'vote.count');
      const reopened = next<PublicState>(phones[2]!.socket, 'room.state', (s) => s.open);
      expect(await r.open(['A', 'B'])).toMatchObject({ ok: true, cast: 2 });
      expect(await live).toMatchObject({ decision: DECISION, cast: 2, tally: { A: 1, B: 1 } });
      expect(await reopened).toMatchObject({ open: true, tally: null });
      expect(await r.vote(phones[2]!, 'B')).toEqual({ ok: true, mine: 'B' });
      expect(await r.vote(phones[1]!, 'B')).toEqual({ ok: true, mine: 'B' });
      expect((await r.close()).tally).toEqual({ A: 0, B: 3 });
      // The same decision with other letters is another vote: it starts empty.
      expect(await r.open(['A', 'B', 'C'])).toMatchObject({ cast: 0 });
      expect((await r.close()).tally).toEqual({ A: 0, B: 0, C: 0 });
      // So does a new decision announced by the phase.
      await r.open(['A', 'B']);
      await r.vote(phones[0]!, 'A');
      const cleared = next<PublicState>(
        phones[0]!.socket,
        'room.state',
        (s) => s.decision === 'scenario/twee',
      );
      await r.phase('present', 'scenario/twee', ['A', 'B']);
      expect(await cleared).toMatchObject({ open: false, tally: null });
      expect(await r.open(['A', 'B'], 'scenario/twee')).toMatchObject({ cast: 0 });
    },
    T,
  );

  it(
    'the live count goes to every trainer connection after each vote that changed something, never to a phone',
    async () => {
      const r = await room();
      const presenter = await secondWindow(r.url, r.trainer);
      const phones = [await r.join(), await r.join()];
      const onProjector = recorder(r.trainer.socket);
      const onPresenter = recorder(presenter);
      const onPhones = phones.map((p) => recorder(p.socket));
      await r.open(['A', 'B', 'C']);
      await r.vote(phones[0]!, 'A');
      await r.vote(phones[1]!, 'C');
      await r.vote(phones[1]!, 'B');
      // The same letter again changes nothing, and nobody is told.
      await r.vote(phones[1]!, 'B');
      await r.vote(phones[0]!, 'D');
      await Promise.all([r.trainer.socket, presenter, ...phones.map((p) => p.socket)].map(roundTrip));
      const expected = [
        { decision: DECISION, cast: 0, tally: { A: 0, B: 0, C: 0 } },
        { decision: DECISION, cast: 1, tally: { A: 1, B: 0, C: 0 } },
        { decision: DECISION, cast: 2, tally: { A: 1, B: 0, C: 1 } },
        { decision: DECISION, cast: 2, tally: { A: 1, B: 1, C: 0 } },
      ];
      for (const heard of [onProjector, onPresenter]) {
        const counts = heardOf(heard, 'vote.count') as Array<{ seq: number }>;
        expect(counts.map(({ seq: _, ...rest }) => rest)).toEqual(expected);
        // Each carries the room's seq, rising, so a window can drop one that arrives late.
        const seqs = counts.map((c) => c.seq);
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
        expect(new Set(seqs).size).toBe(seqs.length);
        for (const count of counts) expect(readOutgoing('vote.count', count)).toEqual(count);
      }
      for (const heard of onPhones) {
        expect(heardOf(heard, 'vote.count')).toEqual([]);
        expect(heardOf(heard, 'vote.tally')).toEqual([]);
        expect(heardOf(heard, 'room.state').length).toBe(1);
      }
    },
    T,
  );

  it(
    'a late joiner lands on the current decision with the vote open',
    async () => {
      const r = await room();
      const early = await r.join();
      await r.phase('tally', DECISION, ['A', 'B', 'C', 'D']);
      await r.open(['A', 'B', 'C', 'D']);
      await r.vote(early, 'C');
      const late = await r.join();
      expect(late.state).toEqual({
        code: r.trainer.code,
        phase: 'tally',
        decision: DECISION,
        letters: ['A', 'B', 'C', 'D'],
        open: true,
        participants: 2,
        tally: null,
        path: [],
      });
      expect(late.mine).toBeNull();
      expect(await r.vote(late, 'D')).toEqual({ ok: true, mine: 'D' });
      expect((await r.close()).tally).toEqual({ A: 0, B: 0, C: 1, D: 1 });
    },
    T,
  );

  it(
    'a phone that drops and reconnects keeps its vote (recovered connection, or a new one with its device id)',
    async () => {
      const r = await room();
      const phone = await r.join();
      await r.open(['A', 'B']);
      await r.vote(phone, 'B');

      // Wi-Fi drops: the transport closes under the phone; socket.io reconnects and recovers the session.
      const back = next(phone.socket, 'connect');
      phone.socket.io.engine.close();
      await back;
      expect(phone.socket.recovered).toBe(true);
      expect(await r.vote(phone, 'A')).toEqual({ ok: true, mine: 'A' });

      // A page reload: a new connection, the same per-session device id, the vote is still its own.
      phone.socket.disconnect();
      const again = await r.join(phone.device);
      expect(again.mine).toBe('A');
      expect(again.state).toMatchObject({ open: true, participants: 1 });
      expect((await r.close()).tally).toEqual({ A: 1, B: 0 });
    },
    T,
  );

  it(
    'a projector reload resumes the same room with its phones',
    async () => {
      const r = await room();
      await r.join();
      const phone = await r.join();
      await r.open(['A', 'B']);
      await r.vote(phone, 'A');
      r.trainer.socket.disconnect();
      const reloaded = client(r.url);
      const resumed = await ask(reloaded, 'room.resume', r.auth);
      expect(resumed).toMatchObject({
        ok: true,
        code: r.trainer.code,
        recreated: false,
        participants: 2,
        cast: 1,
      });
      expect(readReply('room.resume', resumed)).toBeDefined();
      const counted = next<{ cast: number }>(reloaded, 'vote.count', (p) => p.cast === 1);
      await r.as(reloaded).open(['A', 'B'], 'scenario/twee');
      await r.vote(phone, 'B', 'scenario/twee');
      await counted;
    },
    T,
  );
});

describe('room server: the trainer’s other windows (room.sync)', () => {
  it(
    'relays a message to the room’s other trainer connections, not back to the sender, never to a phone',
    async () => {
      const r = await room();
      const presenter = await secondWindow(r.url, r.trainer);
      const phone = await r.join();
      const other = await openRoom(r.url);
      const heard = [r.trainer.socket, presenter, phone.socket, other.socket].map(recorder);
      const message = { kind: 'session', step: 3, blank: false, notes: ['één', 'twee'] };
      const relayed = next(presenter, 'room.sync');
      expect(await r.sync(message)).toEqual({ ok: true });
      expect(await relayed).toEqual({ message });
      expect(readOutgoing('room.sync', { message })).toEqual({ message });
      // And the other way: the presenter drives, the projector hears it.
      const back = next(r.trainer.socket, 'room.sync');
      expect(await r.as(presenter).sync({ kind: 'blank', on: true })).toEqual({ ok: true });
      expect(await back).toEqual({ message: { kind: 'blank', on: true } });
      await Promise.all([r.trainer.socket, presenter, phone.socket, other.socket].map(roundTrip));
      const [projector, remote, onPhone, elsewhere] = heard.map((h) => heardOf(h, 'room.sync'));
      expect(projector).toEqual([{ message: { kind: 'blank', on: true } }]);
      expect(remote).toEqual([{ message }]);
      expect(onPhone).toEqual([]);
      expect(elsewhere).toEqual([]);
    },
    T,
  );

  it(
    'needs the room’s token: without it, or with another room’s, nothing is relayed',
    async () => {
      const r = await room();
      const presenter = await secondWindow(r.url, r.trainer);
      const phone = await r.join();
      const other = await openRoom(r.url);
      const heard = recorder(presenter);
      const wrong = `${r.auth.token.slice(0, -1)}${r.auth.token.endsWith('A') ? 'B' : 'A'}`;
      const message = { kind: 'blank', on: true };
      for (const token of [wrong, other.token])
        expect(await ask(phone.socket, 'room.sync', { code: r.trainer.code, token, message })).toEqual({
          ok: false,
          error: 'forbidden',
        });
      expect(
        await ask(other.socket, 'room.sync', { code: r.trainer.code, token: other.token, message }),
      ).toEqual({
        ok: false,
        error: 'forbidden',
      });
      expect(await ask(phone.socket, 'room.sync', { code: r.trainer.code, message })).toEqual({
        ok: false,
        error: 'invalid',
      });
      for (const bad of [[1, 2], 'text', null])
        expect(await r.sync(bad)).toEqual({ ok: false, error: 'invalid' });
      await roundTrip(presenter);
      expect(heardOf(heard, 'room.sync')).toEqual([]);
      // A phone that tried is no trainer for it: it still hears no live count.
      const onPhone = recorder(phone.socket);
      await r.open(['A']);
      await r.vote(phone, 'A');
      await roundTrip(phone.socket);
      expect(heardOf(onPhone, 'vote.count')).toEqual([]);
    },
    T,
  );

  it(
    'takes a room.sync up to 64 KB of JSON, and every other message up to 4 KB',
    async () => {
      const r = await room();
      const presenter = await secondWindow(r.url, r.trainer);
      const overhead = JSON.stringify({ ...r.auth, message: { text: '' } }).length;
      const sync = (bytes: number) => ({ text: 'x'.repeat(bytes - overhead) });
      const big = sync(MAX_SYNC_BYTES);
      expect(JSON.stringify({ ...r.auth, message: big }).length).toBe(MAX_SYNC_BYTES);
      const relayed = next<{ message: { text: string } }>(presenter, 'room.sync');
      expect(await r.sync(big)).toEqual({ ok: true });
      expect((await relayed).message.text.length).toBe(big.text.length);
      expect(await r.sync(sync(MAX_SYNC_BYTES + 1))).toEqual({ ok: false, error: 'invalid' });
      // A 5 KB room.sync is fine; a room.phase that size (valid in every field: a long path) is not.
      expect(await r.sync(sync(5_000))).toEqual({ ok: true });
      const step = { decision: `${'a'.repeat(90)}/${'b'.repeat(90)}`, letter: 'A' };
      const phase = (steps: number) => ({
        ...r.auth,
        phase: 'reading',
        decision: null,
        letters: [],
        path: Array(steps).fill(step),
      });
      const fits = Math.floor(
        (MAX_MESSAGE_BYTES - JSON.stringify(phase(0)).length) / (JSON.stringify(step).length + 1),
      );
      expect(JSON.stringify(phase(fits)).length).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
      expect(JSON.stringify(phase(fits + 1)).length).toBeGreaterThan(MAX_MESSAGE_BYTES);
      expect(await ask(r.trainer.socket, 'room.phase', phase(fits))).toEqual({ ok: true });
      expect(await ask(r.trainer.socket, 'room.phase', phase(fits + 1))).toEqual({
        ok: false,
        error: 'invalid',
      });
      // Refused, not disconnected: the projector goes on.
      expect(r.trainer.socket.connected).toBe(true);
      expect(await r.open(['A', 'B'])).toMatchObject({ ok: true });
      expect(r.server.stats.dropped.invalid).toBe(2);
    },
    T,
  );
});

describe('room server: many at once, nothing said about anyone', () => {
  it(
    'counts every one of 30 votes cast at the same moment exactly once, and logs nothing',
    async () => {
      const said = (['log', 'info', 'warn', 'error', 'debug'] as const).map((name) =>
        vi.spyOn(console, name).mockImplementation(() => {}),
      );
      try {
        const r = await room();
        const phones = await Promise.all(Array.from({ length: 30 }, () => r.join()));
        await r.open(['A', 'B', 'C', 'D']);
        const all = next<{ cast: number }>(r.trainer.socket, 'vote.count', (p) => p.cast === 30);
        const replies = await Promise.all(phones.map((p, i) => r.vote(p, 'ABCD'[i % 4]!)));
        expect(replies.every((reply) => reply.ok)).toBe(true);
        await all;
        // And all of them change their minds at once.
        await Promise.all(phones.map((p) => r.vote(p, 'D')));
        expect((await r.close()).tally).toEqual({ A: 0, B: 0, C: 0, D: 30 });
        for (const spy of said) expect(spy).not.toHaveBeenCalled();
      } finally {
        for (const spy of said) spy.mockRestore();
      }
    },
    T,
  );
});

describe('room server: only the trainer drives', () => {
  it(
    'refuses trainer events with a wrong, missing or other room’s token, from a phone or anyone',
    async () => {
      const r = await room();
      const other = await openRoom(r.url);
      const phone = await r.join();
      const code = r.trainer.code;
      const wrong = `${r.auth.token.slice(0, -1)}${r.auth.token.endsWith('A') ? 'B' : 'A'}`;
      const open = { decision: DECISION, letters: ['A', 'B'] };
      const refused = async (event: string, payload: unknown, error: string) =>
        expect(await ask(phone.socket, event, payload)).toEqual({ ok: false, error });
      await refused('vote.open', { code, token: wrong, ...open }, 'forbidden');
      await refused('vote.open', { code, token: other.token, ...open }, 'forbidden');
      await refused('vote.open', { code, ...open }, 'invalid');
      await refused('vote.close', { code, token: '' }, 'invalid');
      await refused(
        'room.phase',
        { code, token: wrong, phase: 'ended', decision: null, letters: [], path: [] },
        'forbidden',
      );
      await refused('vote.reveal', { code, token: wrong, decision: DECISION, tally: { A: 9 } }, 'forbidden');
      // Someone else's room cannot be taken over by resuming it with another token.
      await refused('room.resume', { code, token: other.token }, 'forbidden');
      expect(r.server.stats.dropped.forbidden).toBe(5);
      expect(r.server.stats.dropped.invalid).toBe(2);
      // Nothing changed: the phone still sees the lobby, and cannot vote.
      const again = await r.join();
      expect(again.state).toMatchObject({ phase: 'lobby', decision: null, open: false });
      expect(await r.vote(phone, 'A')).toMatchObject({ ok: false });
      // The trainer token of one room is checked on every event: valid once does not make a connection trusted.
      expect(await ask(r.trainer.socket, 'vote.open', { code, token: wrong, ...open })).toEqual({
        ok: false,
        error: 'forbidden',
      });
    },
    T,
  );

  it(
    'a phone that has not joined cannot vote, and a room code that does not exist cannot be joined',
    async () => {
      const { url } = await startServer();
      const stranger = client(url);
      expect(await ask(stranger, 'vote.cast', { decision: DECISION, letter: 'A' })).toEqual({
        ok: false,
        error: 'not-joined',
      });
      expect(await ask(stranger, 'room.join', { code: 'ZZZZZZ', device: deviceId() })).toEqual({
        ok: false,
        error: 'unknown-room',
      });
      expect(await ask(stranger, 'room.join', { code: 'ZZZZZZ', device: 'short' })).toEqual({
        ok: false,
        error: 'invalid',
      });
      expect(await ask(stranger, 'room.join', { code: 'ZZZZZ0', device: deviceId() })).toEqual({
        ok: false,
        error: 'invalid',
      });
    },
    T,
  );

  it(
    'takes at most maxDevices devices into a room; one that joined before comes back in',
    async () => {
      const r = await room({ maxDevices: 2 });
      const first = await r.join();
      await r.join();
      const third = client(r.url);
      expect(await ask(third, 'room.join', { code: r.trainer.code, device: deviceId() })).toEqual({
        ok: false,
        error: 'full',
      });
      first.socket.disconnect();
      expect((await r.join(first.device)).state.participants).toBe(2);
    },
    T,
  );
});

describe('room server protocol', () => {
  it(
    'knows every phase of the group statechart',
    () => {
      expect(ROOM_PHASES.filter((p) => (GROUP_PHASES as readonly string[]).includes(p))).toEqual([
        ...GROUP_PHASES,
      ]);
    },
    BUDGET,
  );

  it(
    'says nothing a client’s schema would refuse',
    async () => {
      const r = await room();
      const presenter = await secondWindow(r.url, r.trainer);
      const phone = await r.join();
      const heard = [r.trainer.socket, presenter, phone.socket].map(recorder);
      await r.phase('tally', DECISION, ['A', 'B'], [{ decision: 'a/b', letter: 'A' }]);
      await r.open(['A', 'B']);
      await r.vote(phone, 'A');
      const closed = await r.close();
      expect(readReply('vote.close', closed)).toBeDefined();
      await r.reveal({ A: 4, B: 2 });
      await r.sync({ kind: 'step' });
      await r.join();
      await Promise.all([r.trainer.socket, presenter, phone.socket].map(roundTrip));
      const all = heard.flat();
      expect(new Set(all.map((h) => h.name))).toEqual(
        new Set(Object.keys(OUTGOING).filter((n) => n !== 'room.closed')),
      );
      for (const { name, payload } of all)
        expect([name, readOutgoing(name as keyof typeof OUTGOING, payload)]).toEqual([name, payload]);
    },
    T,
  );

  it(
    'connects only from its own origin',
    async () => {
      const { url } = await startServer();
      const foreign = client(url, {
        transports: ['polling'],
        extraHeaders: { Origin: 'http://evil.example' },
        reconnection: false,
      });
      const error = await next<Error>(foreign, 'connect_error');
      expect(error).toBeInstanceOf(Error);
      const own = client(url, { transports: ['polling'], extraHeaders: { Origin: url } });
      await connected(own);
    },
    T,
  );
});
