import * as v from 'valibot';
import type { SessionEvent } from '../machines/session-machine.ts';
import type { SessionPort } from '../machines/session-port.ts';
import type { SessionView } from '../machines/session-view.ts';
import { AppliedEventSchema, type RoomMessage, readRoomMessage, readStoredRoom } from './room-messages.ts';
import { STORAGE_KEYS } from './storage-keys.ts';

/**
 * One way for the windows of a room to hear each other: the BroadcastChannel between windows of one
 * machine, or the room socket between a projector and the trainer's phone as presenter. Both carry the
 * same messages; whatever arrives is checked against its schema before it is used.
 */
export interface RoomTransport {
  post(message: RoomMessage): void;
  listen(onMessage: (data: unknown) => void): () => void;
  close(): void;
}

/** The windows of one browser on one machine. */
export const channelTransport = (): RoomTransport | undefined => {
  if (typeof BroadcastChannel !== 'function') return undefined;
  const channel = new BroadcastChannel(CHANNEL);
  return {
    post: (message) => channel.postMessage(message),
    listen(onMessage) {
      const listener = (event: MessageEvent<unknown>) => onMessage(event.data);
      channel.addEventListener('message', listener);
      return () => channel.removeEventListener('message', listener);
    },
    close: () => channel.close(),
  };
};

/** The event a projector can announce instead of its whole state, or undefined when the state must go. */
const appliedEvent = (cause: SessionEvent) => {
  const parsed = v.safeParse(AppliedEventSchema, cause);
  return parsed.success ? parsed.output : undefined;
};

/** Versioned: a room saved by a build with another shape of session is not restored into this one. */
const KEY = STORAGE_KEYS.room;
const OLD_KEYS = ['open-ambtenaar:room'];
/** Where a stored room that could not be restored is kept, once, instead of being thrown away. */
export const SET_ASIDE_KEY = 'open-ambtenaar:room:set-aside';
const CHANNEL = 'open-ambtenaar-room';

/** A random name for this window, for telling projector tabs apart; works outside secure contexts too. */
const windowId = () =>
  [...crypto.getRandomValues(new Uint8Array(12))].map((b) => b.toString(16).padStart(2, '0')).join('');
const HEARTBEAT_MS = 1000;
const ALIVE_MS = 2600;

/**
 * Keeps a group session alive across a refresh and in step between the projector and presenter
 * windows on one machine. The projector is the one authority: the presenter's key presses travel to it
 * as events, it applies them and announces the new state, which the presenter takes over. When no
 * projector window is open, the presenter carries on by itself. Everything stays on this machine, and
 * everything that arrives is checked against its schema first (room-messages.ts).
 */
export const connectRoom = (
  port: SessionPort,
  storage: Storage | undefined,
  role: 'projector' | 'presenter',
  /** Whether a view belongs to a group session (the screen registry knows). */
  inRoom: (view: SessionView) => boolean,
  /** Where the other windows are: by default the BroadcastChannel of this machine. */
  initial: readonly (RoomTransport | undefined)[] = [channelTransport()],
) => {
  let revision = 0;
  let projectorSeen = 0;
  /** When a projector that opened before this one (another tab) was last heard; it keeps time then. */
  let elderSeen = 0;
  const me = { id: windowId(), since: Date.now() };
  const heartbeatMessage = () => ({ kind: 'projector-alive' as const, ...me });
  /** Set when a stored room could not be restored and was set aside: the screen says so. */
  let setAside = false;
  const transports = new Map<RoomTransport, () => void>();
  let closed = false;
  const post = (message: RoomMessage) => {
    if (!closed) for (const t of transports.keys()) t.post(message);
  };
  const projectorAlive = () => transports.size > 0 && Date.now() - projectorSeen <= ALIVE_MS;
  /** One window counts the discussion time: the oldest projector open, or a presenter left alone. */
  const keepsTime = () =>
    role === 'projector' ? !(transports.size > 0 && Date.now() - elderSeen <= ALIVE_MS) : !projectorAlive();
  const postState = () =>
    post({ kind: 'state', revision, snapshot: inRoom(port.view()) ? port.persisted() : undefined });
  const screenListeners = new Set<(action: 'blank') => void>();

  const keepAside = (raw: string) => {
    try {
      if (storage?.getItem(SET_ASIDE_KEY) !== raw) storage?.setItem(SET_ASIDE_KEY, raw);
      storage?.removeItem(KEY);
      setAside = true;
    } catch {
      // Storage forbidden or full: the room simply starts afresh; nothing more can be kept.
    }
  };

  try {
    for (const old of OLD_KEYS) storage?.removeItem(old);
    const raw = storage?.getItem(KEY);
    if (raw) {
      const stored = readStoredRoom(raw);
      if (stored && port.restore(stored.snapshot)) revision = stored.revision;
      else keepAside(raw);
    }
  } catch {
    // Storage that cannot be read at all: start from the title screen; the other window will bring us in step.
  }

  const stopLocal = port.onLocalChange((cause) => {
    const here = inRoom(port.view());
    revision += 1;
    try {
      if (here) storage?.setItem(KEY, JSON.stringify({ revision, snapshot: port.persisted() }));
      else storage?.removeItem(KEY);
    } catch {
      // Storage full or forbidden: the other window still hears it on the channel.
    }
    if (!here && role !== 'projector') return;
    // A room event travels as itself (a clock tick is a few bytes); anything else as the whole state.
    const event = here ? appliedEvent(cause) : undefined;
    if (event) post({ kind: 'applied', revision, event });
    else postState();
  });

  if (role === 'presenter') {
    port.relayTo((event) => {
      if (!projectorAlive()) return false;
      const message = readRoomMessage({ kind: 'event', event });
      // Only the room's own events travel; anything else this window does, it does itself.
      if (!message) return false;
      post(message);
      return true;
    });
  }
  const heartbeat =
    role === 'projector' ? setInterval(() => post(heartbeatMessage()), HEARTBEAT_MS) : undefined;

  const onMessage = (data: unknown) => {
    const message = readRoomMessage(data);
    if (!message) return;
    switch (message.kind) {
      case 'projector-alive':
        projectorSeen = Date.now();
        if (message.since < me.since || (message.since === me.since && message.id < me.id))
          elderSeen = Date.now();
        return;
      case 'projector-bye':
        // Only the projector that was heard can say goodbye; another may still be open, and will be heard again.
        projectorSeen = 0;
        elderSeen = 0;
        return;
      case 'presenter-hello':
      case 'resync':
        // A window that joins, or missed a step, gets the whole state once.
        if (role === 'projector') {
          post(heartbeatMessage());
          postState();
        }
        return;
      case 'applied':
        // A presenter follows the projector; a second projector tab follows the first one's clock.
        if (message.revision <= revision) return;
        if (message.revision === revision + 1 && inRoom(port.view())) {
          port.apply(message.event as SessionEvent);
          revision = message.revision;
        } else post({ kind: 'resync' });
        return;
      case 'event':
        // Only a projector in a room takes events from the presenter.
        if (role === 'projector' && inRoom(port.view())) port.send(message.event);
        return;
      case 'screen':
        if (role === 'projector') for (const l of screenListeners) l(message.action);
        return;
      case 'state':
        if (message.revision < revision && role === 'projector') return;
        if (message.snapshot === undefined || port.restore(message.snapshot))
          revision = Math.max(revision, message.revision);
    }
  };
  const addTransport = (transport: RoomTransport) => {
    if (closed || transports.has(transport)) return;
    transports.set(transport, transport.listen(onMessage));
    if (role === 'presenter') transport.post({ kind: 'presenter-hello' });
    else transport.post(heartbeatMessage());
  };
  const removeTransport = (transport: RoomTransport) => {
    transports.get(transport)?.();
    transports.delete(transport);
  };
  for (const t of initial) if (t) addTransport(t);
  return {
    /** Another way to the room's windows (the room socket, once the room is open on the server). */
    addTransport,
    removeTransport,
    projectorAlive,
    keepsTime,
    /** From the presenter: asks the projector to blank the room's screen; false when no projector is open. */
    blankProjector(): boolean {
      if (role !== 'presenter' || !projectorAlive()) return false;
      post({ kind: 'screen', action: 'blank' });
      return true;
    },
    /** On the projector: hears the presenter's screen actions. */
    onScreenAction(listener: (action: 'blank') => void) {
      screenListeners.add(listener);
      return () => screenListeners.delete(listener);
    },
    /** True when a stored room could not be restored and was set aside (kept under SET_ASIDE_KEY). */
    roomSetAside: () => setAside,
    /** Leaves the room: no more heartbeats, relaying or messages (a closing window, or a test). */
    /** A projector window going away says so, so a presenter takes over at once. */
    leaving() {
      if (role === 'projector') post({ kind: 'projector-bye', id: me.id });
    },
    close() {
      if (closed) return;
      clearInterval(heartbeat);
      if (role === 'projector') post({ kind: 'projector-bye', id: me.id });
      closed = true;
      stopLocal();
      port.relayTo(undefined);
      screenListeners.clear();
      for (const [t, stop] of transports) {
        stop();
        t.close();
      }
      transports.clear();
    },
  };
};
