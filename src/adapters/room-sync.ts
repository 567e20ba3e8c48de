import type { SessionEvent } from '../machines/session-machine.ts';
import type { SessionPort } from '../machines/session-port.ts';
import type { SessionView } from '../machines/session-view.ts';

/** Versioned: a room saved by a build with another shape of session is not restored into this one. */
const KEY = 'open-ambtenaar:room:v2';
const OLD_KEYS = ['open-ambtenaar:room'];
const CHANNEL = 'open-ambtenaar-room';
const HEARTBEAT_MS = 1000;
const ALIVE_MS = 2600;

type Message =
  | { readonly kind: 'state'; readonly revision: number; readonly snapshot: unknown }
  | { readonly kind: 'event'; readonly event: SessionEvent }
  | { readonly kind: 'projector-alive' }
  | { readonly kind: 'presenter-hello' };

/**
 * Keeps a group session alive across a refresh and in step between the projector and presenter
 * windows on one machine. The projector is the one authority: the presenter's key presses travel to it
 * as events, it applies them and announces the new state, which the presenter takes over. When no
 * projector window is open, the presenter carries on by itself. Everything stays on this machine.
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
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  const post = (message: Message) => channel?.postMessage(message);
  const projectorAlive = () => !!channel && Date.now() - projectorSeen <= ALIVE_MS;

  try {
    for (const old of OLD_KEYS) storage?.removeItem(old);
    const raw = storage?.getItem(KEY);
    const stored = raw ? (JSON.parse(raw) as { revision: number; snapshot: unknown }) : undefined;
    if (stored && typeof stored.revision === 'number') {
      revision = stored.revision;
      port.restore(stored.snapshot);
    }
  } catch {
    // Unreadable room state: start from the title screen; the other window will bring us in step.
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
      post({ kind: 'event', event });
      return true;
    });
  }
  const heartbeat =
    role === 'projector' ? setInterval(() => post({ kind: 'projector-alive' }), HEARTBEAT_MS) : undefined;
  if (role === 'projector') post({ kind: 'projector-alive' });

  const onMessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (!message) return;
    if (message.kind === 'projector-alive') {
      projectorSeen = Date.now();
      return;
    }
    if (message.kind === 'presenter-hello') {
      if (role === 'projector') post({ kind: 'projector-alive' });
      return;
    }
    if (message.kind === 'event') {
      if (role === 'projector') port.send(message.event);
      return;
    }
    if (message.revision < revision && role === 'projector') return;
    revision = Math.max(revision, message.revision);
    if (message.snapshot !== undefined) port.restore(message.snapshot);
  };
  channel?.addEventListener('message', onMessage as EventListener);
  return {
    projectorAlive,
    /** Leaves the room: no more heartbeats, relaying or messages (a closing window, or a test). */
    close() {
      clearInterval(heartbeat);
      stopLocal();
      port.relayTo(undefined);
      channel?.removeEventListener('message', onMessage as EventListener);
      channel?.close();
    },
  };
};
