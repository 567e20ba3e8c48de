import type { SessionPort } from '../machines/session-port.ts';
import type { SessionView } from '../machines/session-view.ts';
import { type QrPath, qrPath } from './qr-path.ts';
import { bridgeRoom, roomPhaseOf } from './room-bridge.ts';
import {
  openTrainerRoom,
  type PhonesLive,
  probeRoomServer,
  type RoomKey,
  readRoomKey,
  type TrainerRoom,
} from './room-socket.ts';
import type { RoomTransport } from './room-sync.ts';
import { STORAGE_KEYS } from './storage-keys.ts';

/** The trainer's room on the server, kept on the projector's device so a reload opens the same room. */
const KEY = STORAGE_KEYS.roomServer;

/** What the trainer's screens can say about phones in the room. */
export type PhonesInfo =
  | { readonly status: 'checking' }
  /** The game was not served by the room server (a plain copy of dist/): votes are counted by hand. */
  | { readonly status: 'unavailable' }
  /** The room server is there but the room could not be opened (full, or the link dropped). */
  | { readonly status: 'failed' }
  | ({
      readonly status: 'open';
      readonly code: string;
      /** What a phone opens: this address plus the room code. */
      readonly joinUrl: string;
      /** The trainer's own link to the presenter view on a phone; never shown to the room. */
      readonly presenterUrl: string;
      /** True when phones cannot reach this address (the game was opened as localhost). */
      readonly loopback: boolean;
      readonly joinQr?: QrPath;
      readonly presenterQr?: QrPath;
      readonly link: 'connecting' | 'online' | 'offline';
    } & PhonesLive);

const readKey = (storage: Storage | undefined): RoomKey | undefined => {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return undefined;
    const { code, token } = (JSON.parse(raw) ?? {}) as Record<string, unknown>;
    const key = readRoomKey(code, token);
    if (key) return key;
    storage?.removeItem(KEY);
  } catch {
    // Unreadable: a new room will be opened, and the old code simply expires on the server.
  }
  return undefined;
};
const writeKey = (storage: Storage | undefined, key: RoomKey | undefined) => {
  try {
    if (key) storage?.setItem(KEY, JSON.stringify({ code: key.code, token: key.token }));
    else storage?.removeItem(KEY);
  } catch {
    // Storage full or forbidden: the room works, only a reload will open a new one.
  }
};

const isLoopback = (hostname: string) =>
  hostname === 'localhost' || hostname === '::1' || hostname === '[::1]' || hostname.startsWith('127.');

/**
 * The phones of a group session, for the trainer's windows. On the projector: checks once whether
 * the room server is there, opens (or reopens) the room when a group session starts, bridges it to
 * the session, and forgets it when the session ends. In a presenter window: joins the projector's room
 * with the trainer token (from its link on the trainer's phone, or from this machine's storage), for
 * the counts and, on a phone, as its way to the projector.
 */
export const createRoomPhones = (options: {
  readonly port: SessionPort;
  readonly storage: Storage | undefined;
  readonly origin: string;
  readonly role: 'projector' | 'presenter';
  /** A presenter on the trainer's phone: the room and token from its link. */
  readonly remote?: RoomKey;
  /** Called with the socket transport once the room is open (the projector, and a presenter on a phone). */
  readonly onTransport: (transport: RoomTransport) => void;
}) => {
  const { port, storage, origin } = options;
  let info: PhonesInfo = { status: 'checking' };
  let room: TrainerRoom | undefined;
  let stopBridge: (() => void) | undefined;
  let opening = false;
  let available: Promise<boolean> | undefined;
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of listeners) l();
  };

  let qrs: { joinQr?: QrPath; presenterQr?: QrPath } = {};
  const infoOf = (r: TrainerRoom): PhonesInfo => {
    const base = new URL('/', origin);
    return {
      ...qrs,
      status: 'open',
      code: r.code,
      joinUrl: `${base.href}?join=${r.code}`,
      presenterUrl: `${base.href}#presenter&room=${r.code}&token=${r.token}`,
      loopback: isLoopback(base.hostname),
      link: r.link(),
      ...r.live(),
    };
  };

  const join = async () => {
    const key = options.remote ?? readKey(storage);
    if (!key) return;
    const joined = await openTrainerRoom(origin, key, 'remote');
    if (!joined) {
      info = { status: 'failed' };
      return;
    }
    room = joined;
    info = infoOf(joined);
    joined.onChange(() => {
      info = infoOf(joined);
      changed();
    });
    // On this machine the presenter already hears the projector on the channel; a second way would
    // deliver each of its key presses twice.
    if (options.remote) options.onTransport(joined.transport);
  };

  const open = async () => {
    if (opening || room) return;
    opening = true;
    try {
      if (options.role === 'presenter') {
        await join();
        return;
      }
      available ??= probeRoomServer(origin);
      if (!(await available)) {
        info = { status: 'unavailable' };
        return;
      }
      const opened = await openTrainerRoom(origin, readKey(storage), 'authority');
      if (!opened) {
        info = { status: 'failed' };
        writeKey(storage, undefined);
        return;
      }
      room = opened;
      writeKey(storage, opened);
      info = infoOf(opened);
      if (info.status === 'open') {
        const [joinQr, presenterQr] = await Promise.all([qrPath(info.joinUrl), qrPath(info.presenterUrl)]);
        qrs = { joinQr, presenterQr };
        info = infoOf(opened);
      }
      opened.onChange(() => {
        info = infoOf(opened);
        changed();
      });
      stopBridge = bridgeRoom(port, opened);
      options.onTransport(opened.transport);
    } finally {
      opening = false;
      changed();
    }
  };

  const close = () => {
    stopBridge?.();
    stopBridge = undefined;
    room?.close();
    room = undefined;
    qrs = {};
    if (options.role === 'projector') writeKey(storage, undefined);
    info = { status: 'checking' };
    changed();
  };

  let wasInRoom = false;
  const follow = (view: SessionView) => {
    const inRoom = roomPhaseOf(view) !== undefined;
    if (inRoom) void open();
    // Leaving the group session: the bridge has told the phones it ended; the room is let go.
    else if (wasInRoom && room)
      setTimeout(() => {
        if (!roomPhaseOf(port.view())) close();
      }, 1000);
    wasInRoom = inRoom;
  };
  port.subscribe(follow);
  follow(port.view());
  // A presenter on the trainer's phone has no session until the projector sends it, through this room.
  if (options.remote) void open();

  return {
    info: () => info,
    onChange(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

export type RoomPhones = ReturnType<typeof createRoomPhones>;
