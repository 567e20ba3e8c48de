import type { SessionPort } from '../machines/session-port.ts';

const KEY = 'open-ambtenaar:room';
const CHANNEL = 'open-ambtenaar-room';
const ROOM_SCREENS = new Set(['groupSetup', 'group', 'groupDebrief']);

interface RoomRecord {
  readonly revision: number;
  readonly snapshot: unknown;
}

/**
 * Keeps a group session alive across a refresh and in step between the projector and presenter
 * windows on one machine: every change either window makes is stored on the device and announced on
 * a BroadcastChannel; the other window continues from it. Nothing leaves the machine.
 */
export const connectRoom = (port: SessionPort, storage: Storage | undefined) => {
  let revision = 0;
  const read = (): RoomRecord | undefined => {
    try {
      const raw = storage?.getItem(KEY);
      const record = raw ? (JSON.parse(raw) as RoomRecord) : undefined;
      return record && typeof record.revision === 'number' ? record : undefined;
    } catch {
      return undefined;
    }
  };
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;

  const stored = read();
  if (stored) {
    revision = stored.revision;
    port.restore(stored.snapshot);
  }

  port.onLocalChange(() => {
    const inRoom = ROOM_SCREENS.has(port.view().screen);
    if (!inRoom && !read()) return;
    revision += 1;
    const record: RoomRecord = { revision, snapshot: inRoom ? port.persisted() : undefined };
    try {
      if (inRoom) storage?.setItem(KEY, JSON.stringify(record));
      else storage?.removeItem(KEY);
    } catch {
      // Storage full or forbidden: the other window still hears it on the channel.
    }
    channel?.postMessage(record);
  });

  channel?.addEventListener('message', (event: MessageEvent<RoomRecord>) => {
    if (!event.data || event.data.revision <= revision) return;
    revision = event.data.revision;
    if (event.data.snapshot !== undefined) port.restore(event.data.snapshot);
  });
};
