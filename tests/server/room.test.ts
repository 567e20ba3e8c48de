import type { Socket } from 'socket.io-client';
import { describe, expect, it, vi } from 'vitest';
import { CODE_ALPHABET, type PublicState, ROOM_PHASES } from '../../server/protocol.ts';
import { GROUP_PHASES } from '../../src/machines/group-machine.ts';
import { ask, BUDGET, client, connected, deviceId, next, startServer } from './helpers.ts';

const T = 20_000;
const DECISION = 'de-nieuwe-wethouder/besluit-een';

type Trainer = { socket: Socket; code: string; token: string };

const openRoom = async (url: string): Promise<Trainer> => {
  const socket = client(url);
  const reply = await ask(socket, 'room.open', {});
  expect(reply.ok).toBe(true);
  return { socket, code: reply.code, token: reply.token };
};

const join = async (url: string, code: string, device = deviceId()) => {
  const socket = client(url);
  const reply = await ask(socket, 'room.join', { code, device });
  expect(reply).toMatchObject({ ok: true });
  return { socket, device, state: reply.state as PublicState };
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
      const { url } = await startServer();
      const trainer = await openRoom(url);
      const heard: unknown[] = [];
      trainer.socket.onAny((_name, payload) => heard.push(payload));
      const three = next<{ participants: number }>(trainer.socket, 'room.count', (p) => p.participants === 3);
      const phones = [];
      for (let i = 0; i < 3; i += 1) phones.push(await join(url, trainer.code));
      await three;
      expect(phones[0]!.state).toMatchObject({ phase: 'lobby', open: false, mine: null, decision: null });

      const opened = phones.map((p) => next<PublicState>(p.socket, 'room.state', (s) => s.open));
      const auth = { code: trainer.code, token: trainer.token };
      expect(
        await ask(trainer.socket, 'vote.open', { ...auth, decision: DECISION, letters: ['A', 'B', 'C'] }),
      ).toMatchObject({ ok: true, cast: 0 });
      for (const state of await Promise.all(opened))
        expect(state).toMatchObject({
          phase: 'lobby',
          decision: DECISION,
          letters: ['A', 'B', 'C'],
          mine: null,
        });

      const counted = next<{ cast: number }>(trainer.socket, 'vote.count', (p) => p.cast === 3);
      expect(await ask(phones[0]!.socket, 'vote.cast', { decision: DECISION, letter: 'A' })).toEqual({
        ok: true,
        mine: 'A',
      });
      expect(await ask(phones[1]!.socket, 'vote.cast', { decision: DECISION, letter: 'B' })).toEqual({
        ok: true,
        mine: 'B',
      });
      expect(await ask(phones[2]!.socket, 'vote.cast', { decision: DECISION, letter: 'B' })).toEqual({
        ok: true,
        mine: 'B',
      });
      await counted;
      // A changed vote replaces the first; a letter not open to this vote, or another decision, is refused.
      expect(await ask(phones[1]!.socket, 'vote.cast', { decision: DECISION, letter: 'A' })).toEqual({
        ok: true,
        mine: 'A',
      });
      expect(await ask(phones[2]!.socket, 'vote.cast', { decision: DECISION, letter: 'D' })).toEqual({
        ok: false,
        error: 'closed',
      });
      expect(await ask(phones[2]!.socket, 'vote.cast', { decision: 'elders/besluit', letter: 'A' })).toEqual({
        ok: false,
        error: 'wrong-decision',
      });

      const tallied = next(trainer.socket, 'vote.tally');
      const closed = await ask(trainer.socket, 'vote.close', auth);
      expect(closed).toEqual({ ok: true, decision: DECISION, tally: { A: 2, B: 1, C: 0 } });
      expect(await tallied).toEqual({ decision: DECISION, tally: { A: 2, B: 1, C: 0 } });
      expect(await ask(phones[2]!.socket, 'vote.cast', { decision: DECISION, letter: 'A' })).toEqual({
        ok: false,
        error: 'closed',
      });

      // The projector adds hands to the phones' votes and reveals; each phone sees the split and its own vote.
      const revealed = phones.map((p) => next<PublicState>(p.socket, 'room.state', (s) => s.tally !== null));
      expect(
        await ask(trainer.socket, 'vote.reveal', {
          ...auth,
          decision: DECISION,
          tally: { A: 5, B: 3, C: 1 },
        }),
      ).toEqual({
        ok: true,
      });
      const states = await Promise.all(revealed);
      expect(states.map((s) => s.mine)).toEqual(['A', 'A', 'B']);
      for (const s of states)
        expect(s).toMatchObject({ tally: { A: 5, B: 3, C: 1 }, open: false, participants: 3 });

      const everything = JSON.stringify(heard);
      for (const phone of phones) expect(everything).not.toContain(phone.device);
    },
    T,
  );

  it(
    'tells phones the phase, decision and letters only; a phase with any text in it is refused',
    async () => {
      const { url, server } = await startServer();
      const trainer = await openRoom(url);
      const phone = await join(url, trainer.code);
      const auth = { code: trainer.code, token: trainer.token };
      const told = next<PublicState>(phone.socket, 'room.state', (s) => s.phase === 'present');
      expect(
        await ask(trainer.socket, 'room.phase', {
          ...auth,
          phase: 'present',
          decision: DECISION,
          letters: ['A', 'B'],
        }),
      ).toEqual({ ok: true });
      expect(await told).toEqual({
        code: trainer.code,
        phase: 'present',
        decision: DECISION,
        letters: ['A', 'B'],
        open: false,
        mine: null,
        participants: 1,
        tally: null,
      });
      const withText = {
        ...auth,
        phase: 'discuss',
        decision: DECISION,
        letters: ['A'],
        text: 'De wethouder belt',
      };
      expect(await ask(trainer.socket, 'room.phase', withText)).toEqual({ ok: false, error: 'invalid' });
      expect(
        await ask(trainer.socket, 'room.phase', { ...auth, phase: 'voting', decision: null, letters: [] }),
      ).toEqual({
        ok: false,
        error: 'invalid',
      });
      expect(server.stats.dropped.invalid).toBe(2);
    },
    T,
  );

  it(
    'a new decision clears the votes; reopening the open vote keeps them',
    async () => {
      const { url } = await startServer();
      const trainer = await openRoom(url);
      const auth = { code: trainer.code, token: trainer.token };
      const phone = await join(url, trainer.code);
      await ask(trainer.socket, 'vote.open', { ...auth, decision: DECISION, letters: ['A', 'B'] });
      await ask(phone.socket, 'vote.cast', { decision: DECISION, letter: 'B' });
      expect(
        await ask(trainer.socket, 'vote.open', { ...auth, decision: DECISION, letters: ['A', 'B'] }),
      ).toMatchObject({
        cast: 1,
      });
      const cleared = next<PublicState>(phone.socket, 'room.state', (s) => s.decision === 'scenario/twee');
      await ask(trainer.socket, 'room.phase', {
        ...auth,
        phase: 'present',
        decision: 'scenario/twee',
        letters: ['A', 'B'],
      });
      expect(await cleared).toMatchObject({ mine: null, open: false, tally: null });
      expect(
        await ask(trainer.socket, 'vote.open', { ...auth, decision: 'scenario/twee', letters: ['A', 'B'] }),
      ).toMatchObject({ cast: 0 });
    },
    T,
  );

  it(
    'a late joiner lands on the current decision with the vote open',
    async () => {
      const { url } = await startServer();
      const trainer = await openRoom(url);
      const auth = { code: trainer.code, token: trainer.token };
      const early = await join(url, trainer.code);
      await ask(trainer.socket, 'room.phase', {
        ...auth,
        phase: 'tally',
        decision: DECISION,
        letters: ['A', 'B', 'C', 'D'],
      });
      await ask(trainer.socket, 'vote.open', { ...auth, decision: DECISION, letters: ['A', 'B', 'C', 'D'] });
      await ask(early.socket, 'vote.cast', { decision: DECISION, letter: 'C' });
      const late = await join(url, trainer.code);
      expect(late.state).toEqual({
        code: trainer.code,
        phase: 'tally',
        decision: DECISION,
        letters: ['A', 'B', 'C', 'D'],
        open: true,
        mine: null,
        participants: 2,
        tally: null,
      });
      expect(await ask(late.socket, 'vote.cast', { decision: DECISION, letter: 'D' })).toEqual({
        ok: true,
        mine: 'D',
      });
      expect((await ask(trainer.socket, 'vote.close', auth)).tally).toEqual({ A: 0, B: 0, C: 1, D: 1 });
    },
    T,
  );

  it(
    'a phone that drops and reconnects keeps its vote (recovered connection, or a new one with its device id)',
    async () => {
      const { url } = await startServer();
      const trainer = await openRoom(url);
      const auth = { code: trainer.code, token: trainer.token };
      const phone = await join(url, trainer.code);
      await ask(trainer.socket, 'vote.open', { ...auth, decision: DECISION, letters: ['A', 'B'] });
      await ask(phone.socket, 'vote.cast', { decision: DECISION, letter: 'B' });

      // Wi-Fi drops: the transport closes under the phone; socket.io reconnects and recovers the session.
      const back = next(phone.socket, 'connect', () => true);
      phone.socket.io.engine.close();
      await back;
      expect(phone.socket.recovered).toBe(true);
      expect(await ask(phone.socket, 'vote.cast', { decision: DECISION, letter: 'A' })).toEqual({
        ok: true,
        mine: 'A',
      });

      // A page reload: a new connection, the same per-session device id, the vote is still its own.
      phone.socket.disconnect();
      const again = await join(url, trainer.code, phone.device);
      expect(again.state).toMatchObject({ mine: 'A', open: true });
      expect((await ask(trainer.socket, 'vote.close', auth)).tally).toEqual({ A: 1, B: 0 });
    },
    T,
  );

  it(
    'a projector reload resumes the same room with its phones',
    async () => {
      const { url } = await startServer();
      const trainer = await openRoom(url);
      const auth = { code: trainer.code, token: trainer.token };
      await join(url, trainer.code);
      const phone = await join(url, trainer.code);
      await ask(trainer.socket, 'vote.open', { ...auth, decision: DECISION, letters: ['A', 'B'] });
      await ask(phone.socket, 'vote.cast', { decision: DECISION, letter: 'A' });
      trainer.socket.disconnect();
      const reloaded = client(url);
      expect(await ask(reloaded, 'room.resume', auth)).toMatchObject({
        ok: true,
        code: trainer.code,
        recreated: false,
        participants: 2,
        cast: 1,
      });
      const counted = next<{ cast: number }>(reloaded, 'vote.count', (p) => p.cast === 1);
      await ask(reloaded, 'vote.open', {
        ...auth,
        decision: 'scenario/twee',
        letters: ['A', 'B'],
      });
      await ask(phone.socket, 'vote.cast', { decision: 'scenario/twee', letter: 'B' });
      await counted;
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
        const { url } = await startServer();
        const trainer = await openRoom(url);
        const auth = { code: trainer.code, token: trainer.token };
        const phones = await Promise.all(Array.from({ length: 30 }, () => join(url, trainer.code)));
        await ask(trainer.socket, 'vote.open', {
          ...auth,
          decision: DECISION,
          letters: ['A', 'B', 'C', 'D'],
        });
        const all = next<{ cast: number }>(trainer.socket, 'vote.count', (p) => p.cast === 30);
        const replies = await Promise.all(
          phones.map((p, i) => ask(p.socket, 'vote.cast', { decision: DECISION, letter: 'ABCD'[i % 4] })),
        );
        expect(replies.every((r) => r.ok)).toBe(true);
        await all;
        // And all of them change their minds at once.
        await Promise.all(phones.map((p) => ask(p.socket, 'vote.cast', { decision: DECISION, letter: 'D' })));
        expect((await ask(trainer.socket, 'vote.close', auth)).tally).toEqual({ A: 0, B: 0, C: 0, D: 30 });
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
      const { url, server } = await startServer();
      const trainer = await openRoom(url);
      const other = await openRoom(url);
      const phone = await join(url, trainer.code);
      const wrong = `${trainer.token.slice(0, -1)}${trainer.token.endsWith('A') ? 'B' : 'A'}`;
      const open = { decision: DECISION, letters: ['A', 'B'] };
      expect(await ask(phone.socket, 'vote.open', { code: trainer.code, token: wrong, ...open })).toEqual({
        ok: false,
        error: 'forbidden',
      });
      expect(
        await ask(phone.socket, 'vote.open', { code: trainer.code, token: other.token, ...open }),
      ).toEqual({
        ok: false,
        error: 'forbidden',
      });
      expect(await ask(phone.socket, 'vote.open', { code: trainer.code, ...open })).toEqual({
        ok: false,
        error: 'invalid',
      });
      expect(await ask(phone.socket, 'vote.close', { code: trainer.code, token: '' })).toEqual({
        ok: false,
        error: 'invalid',
      });
      expect(
        await ask(phone.socket, 'room.phase', {
          code: trainer.code,
          token: wrong,
          phase: 'ended',
          decision: null,
          letters: [],
        }),
      ).toEqual({ ok: false, error: 'forbidden' });
      expect(
        await ask(phone.socket, 'vote.reveal', {
          code: trainer.code,
          token: wrong,
          decision: DECISION,
          tally: { A: 9 },
        }),
      ).toEqual({ ok: false, error: 'forbidden' });
      // Someone else's room cannot be taken over by resuming it with another token.
      expect(await ask(phone.socket, 'room.resume', { code: trainer.code, token: other.token })).toEqual({
        ok: false,
        error: 'forbidden',
      });
      expect(server.stats.dropped.forbidden).toBe(5);
      expect(server.stats.dropped.invalid).toBe(2);
      // Nothing changed: the phone still sees the lobby, and cannot vote.
      const again = await join(url, trainer.code);
      expect(again.state).toMatchObject({ phase: 'lobby', decision: null, open: false });
      expect(await ask(phone.socket, 'vote.cast', { decision: DECISION, letter: 'A' })).toMatchObject({
        ok: false,
      });
      // The trainer token of one room is checked on every event: valid once does not make a connection trusted.
      expect(await ask(trainer.socket, 'vote.open', { code: trainer.code, token: wrong, ...open })).toEqual({
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
