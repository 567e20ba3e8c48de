import type { SessionPort } from '../machines/session-port.ts';
import type { SessionView } from '../machines/session-view.ts';
import { type RoomMessage, readRoomMessage, readStoredRoom } from './room-messages.ts';

/** Versioned: a room saved by a build with another shape of session is not restored into this one. */
const KEY = 'open-ambtenaar:room:v2';
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
) => {
  let revision = 0;
  let projectorSeen = 0;
  /** When a projector that opened before this one (another tab) was last heard; it keeps time then. */
  let elderSeen = 0;
  const me = { id: windowId(), since: Date.now() };
  const heartbeatMessage = () => ({ kind: 'projector-alive' as const, ...me });
  /** Set when a stored room could not be restored and was set aside: the screen says so. */
  let setAside = false;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  let closed = false;
  const post = (message: RoomMessage) => {
    if (!closed) channel?.postMessage(message);
  };
  const projectorAlive = () => !!channel && Date.now() - projectorSeen <= ALIVE_MS;
  /** One window counts the discussion time: the oldest projector open, or a presenter left alone. */
  const keepsTime = () =>
    role === 'projector' ? !(channel && Date.now() - elderSeen <= ALIVE_MS) : !projectorAlive();
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

  const stopLocal = port.onLocalChange(() => {
    const here = inRoom(port.view());
    revision += 1;
    try {
      if (here) storage?.setItem(KEY, JSON.stringify({ revision, snapshot: port.persisted() }));
      else storage?.removeItem(KEY);
    } catch {
      // Storage full or forbidden: the other window still hears it on the channel.
    }
    if (here || role === 'projector')
      post({ kind: 'state', revision, snapshot: here ? port.persisted() : undefined });
  });

  if (role === 'presenter') {
    post({ kind: 'presenter-hello' });
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
  if (role === 'projector') post(heartbeatMessage());

  const onMessage = (event: MessageEvent<unknown>) => {
    const message = readRoomMessage(event.data);
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
        if (role === 'projector') post(heartbeatMessage());
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
  channel?.addEventListener('message', onMessage as EventListener);
  return {
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
      channel?.removeEventListener('message', onMessage as EventListener);
      channel?.close();
    },
  };
};
