import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DeviceSchema, type PublicState } from '../../src/domain/room-protocol.ts';
import {
  deviceIdFrom,
  EMPTY_PHONE_DATA,
  normaliseCode,
  PHONE_LIMITS,
  type RoomRecord,
  roomRecordOf,
  withFinished,
  withRoom,
  withVote,
} from '../../src/ui/phone/phone-record.ts';
import { createPhoneStore, PHONE_KEPT_ASIDE, PHONE_KEY } from '../../src/ui/phone/phone-store.ts';
import { memoryStorage } from '../support/memory-storage.ts';

const DEVICE = 'abcdefghijklmnop_-12';
const fresh = (): RoomRecord => ({ code: 'ABC234', device: DEVICE, votes: {}, finished: [] });
const state = (over: Partial<PublicState>): PublicState => ({
  code: 'ABC234',
  phase: 'discuss',
  decision: null,
  letters: [],
  open: false,
  participants: 3,
  tally: null,
  path: [],
  ...over,
});
const PATH = [
  { decision: 'mini/met-mandaat/eerste', letter: 'A' as const },
  { decision: 'mini/met-mandaat/tweede', letter: 'B' as const },
];

describe('room codes as people type them', () => {
  it('accepts lower case, spaces and dashes', () => {
    for (const typed of ['abc234', 'ABC 234', ' a b c - 2 3 4 ', 'Abc-234'])
      expect(normaliseCode(typed), typed).toBe('ABC234');
  });
  it('refuses what cannot be a code: wrong length, or a character the alphabet leaves out', () => {
    for (const typed of ['', 'ABC23', 'ABC2345', 'ABC230', 'ABCO34', 'ABC134', 'ABCI34', 'ABCL34', 'ABC!34'])
      expect(normaliseCode(typed), typed).toBeUndefined();
  });
});

describe('device ids', () => {
  it('are base64url of the random bytes, within the protocol’s limits', () => {
    expect(deviceIdFrom(new Uint8Array(16))).toBe('AAAAAAAAAAAAAAAAAAAAAA');
    expect(deviceIdFrom(new Uint8Array([251, 255]))).toBe('-_8');
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 12, maxLength: 48 }), (bytes) => {
        const id = deviceIdFrom(bytes);
        expect(v.is(DeviceSchema, id)).toBe(true);
        expect(id).toBe(Buffer.from(bytes).toString('base64url'));
      }),
    );
  });
});

describe('what a phone keeps of a room', () => {
  it('keeps one device id per room code', () => {
    let n = 0;
    const make = () => `device-number-${++n}-xxxxxxx`;
    const first = roomRecordOf(EMPTY_PHONE_DATA, 'ABC234', make);
    const data = withRoom(EMPTY_PHONE_DATA, first);
    expect(roomRecordOf(data, 'ABC234', make).device).toBe(first.device);
    expect(roomRecordOf(data, 'XYZ789', make).device).not.toBe(first.device);
  });

  it('forgets the oldest rooms past the limit', () => {
    let data = EMPTY_PHONE_DATA;
    const codes = ['AAAAAA', 'BBBBBB', 'CCCCCC', 'DDDDDD', 'EEEEEE', 'FFFFFF', 'GGGGGG', 'HHHHHH', 'JJJJJJ'];
    for (const code of codes) data = withRoom(data, { ...fresh(), code });
    expect(data.rooms.map((r) => r.code)).toEqual(codes.slice(-PHONE_LIMITS.rooms));
  });

  it('keeps the latest vote per decision', () => {
    const r = withVote(withVote(fresh(), PATH[0]!.decision, 'A'), PATH[0]!.decision, 'C');
    expect(r.votes).toEqual({ [PATH[0]!.decision]: 'C' });
  });

  it('files a finished scenario once, with the phone’s votes in it, and clears those votes', () => {
    let r = withVote(fresh(), PATH[0]!.decision, 'C');
    r = withVote(r, 'other/ctx/beat', 'A');
    r = withFinished(r, state({ phase: 'reveal', path: PATH }));
    expect(r.finished).toEqual([]);
    r = withFinished(r, state({ phase: 'finished', path: PATH, decision: PATH[1]!.decision }));
    expect(r.finished).toEqual([
      { scenario: 'mini', context: 'met-mandaat', path: PATH, votes: { [PATH[0]!.decision]: 'C' } },
    ]);
    expect(r.votes).toEqual({ 'other/ctx/beat': 'A' });
    // Heard again after a reconnect, and once more when the session ends: still filed once.
    const again = withFinished(
      withFinished(r, state({ phase: 'finished', path: PATH })),
      state({ phase: 'ended', path: PATH }),
    );
    expect(again).toBe(r);
  });

  it('files the same scenario again when the room plays it again in the session', () => {
    let r = withFinished(withVote(fresh(), PATH[0]!.decision, 'C'), state({ phase: 'finished', path: PATH }));
    r = withFinished(withVote(r, PATH[0]!.decision, 'A'), state({ phase: 'finished', path: PATH }));
    expect(r.finished.map((f) => f.votes)).toEqual([
      { [PATH[0]!.decision]: 'C' },
      { [PATH[0]!.decision]: 'A' },
    ]);
  });

  it('files nothing for an empty path', () => {
    expect(withFinished(fresh(), state({ phase: 'ended', path: [] }))).toEqual(fresh());
  });
});

describe('the phone store', () => {
  const session = () => {
    let r = withVote(fresh(), PATH[0]!.decision, 'C');
    r = withFinished(r, state({ phase: 'finished', path: PATH }));
    return withRoom(EMPTY_PHONE_DATA, withVote(r, 'mini/met-mandaat/derde', 'D'));
  };

  it('reads back what it wrote, under one versioned key', () => {
    const { storage, data } = memoryStorage();
    expect(createPhoneStore(storage).save(session())).toBe(true);
    expect([...data.keys()]).toEqual([PHONE_KEY]);
    expect(createPhoneStore(storage).data()).toEqual(session());
    expect(createPhoneStore(storage).problem()).toBeUndefined();
  });

  it('keeps nothing but room codes, device ids, own votes and the room’s paths', () => {
    const { storage, data } = memoryStorage();
    createPhoneStore(storage).save(session());
    const keys = new Set<string>();
    const walk = (x: unknown) => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object')
        for (const [k, value] of Object.entries(x)) {
          if (!k.includes('/')) keys.add(k);
          walk(value);
        }
    };
    walk(JSON.parse(data.get(PHONE_KEY)!));
    expect([...keys].sort()).toEqual(
      [
        'code',
        'context',
        'decision',
        'device',
        'finished',
        'letter',
        'path',
        'rooms',
        'scenario',
        'version',
        'votes',
      ].sort(),
    );
  });

  it('sets corrupt or foreign data aside with a note, never throws, and starts afresh', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((j) => JSON.stringify(j)),
          fc.constant(JSON.stringify({ ...session(), version: 2 })),
          fc.constant(JSON.stringify({ ...session(), name: 'Jan' })),
        ),
        (text) => {
          const { storage, data } = memoryStorage({ [PHONE_KEY]: text });
          const store = createPhoneStore(storage);
          expect(store.data()).toEqual(EMPTY_PHONE_DATA);
          expect(store.problem()).toBe('keptAside');
          expect(data.get(PHONE_KEPT_ASIDE)).toBe(text);
          store.save(session());
          expect(createPhoneStore(storage).data()).toEqual(session());
        },
      ),
    );
  });

  it('leaves unreadable data in place when it cannot be copied aside, and writes nothing over it', () => {
    const { storage, data } = memoryStorage({ [PHONE_KEY]: '{broken' }, { quota: 30 });
    const store = createPhoneStore(storage);
    expect(store.problem()).toBe('left');
    expect(store.save(session())).toBe(false);
    expect(data.get(PHONE_KEY)).toBe('{broken');
    expect(store.data()).toEqual(session());
  });

  it('works on for this visit when the device keeps nothing', () => {
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    } as unknown as Storage;
    for (const storage of [undefined, throwing, memoryStorage({}, { quota: 10 }).storage]) {
      const store = createPhoneStore(storage);
      expect(store.save(session())).toBe(false);
      expect(store.saved()).toBe(false);
      expect(store.data()).toEqual(session());
    }
  });
});
