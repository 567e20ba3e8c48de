import { type Actor, createActor, type Snapshot } from 'xstate';
import type { Move, PlayRecord } from '../domain/play.ts';
import type { PlayState } from '../domain/play-state.ts';
import type { Scenario } from '../domain/scenario.ts';
import type { GroupContext, RoomClock } from './group-machine.ts';
import {
  createSessionMachine,
  GROUP_ID,
  PLAYER_ID,
  type SessionEvent,
  type SessionMachine,
} from './session-machine.ts';
import { type SessionView, toView } from './session-view.ts';

export type Cue = 'consequence' | 'debrief';

/** What is worth keeping on the device, raised as it happens; an adapter decides how to store it. */
export type ProgressEvent =
  | { type: 'play.saved'; play: { scenario: string; context: string; moves: readonly Move[] } }
  | { type: 'play.finished'; play: PlayRecord }
  | { type: 'play.abandoned' };

/** The narrow port through which the UI and scenes talk to the machines. */
export interface SessionPort {
  send(event: SessionEvent): void;
  /** The current view; built once per change, however often it is asked for. */
  view(): SessionView;
  /** Called once with each new view: once per event sent, once per clock tick; returns an unsubscribe function. */
  subscribe(listener: (view: SessionView) => void): () => void;
  /** Sound cues raised by the machines. */
  onCue(listener: (cue: Cue) => void): () => void;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
  /** The whole session as plain data, for a refresh or a second window. */
  persisted(): unknown;
  /** Continues from a persisted session (after a refresh, or what another window did). */
  restore(snapshot: unknown): void;
  /**
   * Called after each change this window made itself — an event it sent or a tick of its clock —
   * once the change is in the snapshot; not after a restore.
   */
  onLocalChange(listener: () => void): () => void;
  /** Lets another window apply this window's events instead (returns true when it took the event). */
  relayTo(relay: ((event: SessionEvent) => boolean) | undefined): void;
}

export interface SessionPortOptions {
  /** Real time for the discussion timer; without it, time passes only by `timer.tick` events. */
  readonly clock?: RoomClock;
}

export const createSessionPort = (
  scenarios: readonly Scenario[],
  options: SessionPortOptions = {},
): SessionPort => {
  const catalog = new Map(scenarios.map((s) => [s.id, s]));
  const machine = createSessionMachine(scenarios, options.clock);
  let actor: Actor<SessionMachine> = createActor(machine);
  let relay: ((event: SessionEvent) => boolean) | undefined;
  const localListeners = new Set<() => void>();
  const cueListeners = new Set<(cue: Cue) => void>();
  const viewListeners = new Set<(view: SessionView) => void>();
  const progressListeners = new Set<(event: ProgressEvent) => void>();
  const progress = (e: ProgressEvent) => {
    for (const l of progressListeners) l(e);
  };
  const cue = (c: Cue) => {
    for (const l of cueListeners) l(c);
  };

  const player = () => actor.getSnapshot().children[PLAYER_ID];
  const group = () => actor.getSnapshot().children[GROUP_ID];
  let cached: SessionView | undefined;
  const view = () => {
    cached ??= toView(
      actor.getSnapshot(),
      (player()?.getSnapshot() as { context: PlayState } | undefined)?.context,
      catalog,
      group()?.getSnapshot() as { value: unknown; context: GroupContext } | undefined,
    );
    return cached;
  };

  /**
   * Snapshots of the session and its children all mark the view stale; it is published once, when
   * the event that caused them has been handled (or at once, for a change from the clock).
   */
  let sending = false;
  let restoring = false;
  let changed = false;
  const flush = (local: boolean) => {
    if (!changed) return;
    changed = false;
    const current = view();
    for (const l of viewListeners) l(current);
    if (local) for (const l of localListeners) l();
  };
  const onSnapshot = () => {
    cached = undefined;
    changed = true;
    if (!sending && !restoring) flush(true);
  };

  const followers = new Map<unknown, { unsubscribe(): void }>();
  /** A play or a group session is a child actor that comes and goes: follow each while it lives. */
  const followChildren = () => {
    const children = new Set([player(), group()].filter(Boolean));
    for (const [child, subscription] of followers) {
      if (!children.has(child as never)) {
        subscription.unsubscribe();
        followers.delete(child);
      }
    }
    const playerNow = player();
    if (playerNow && !followers.has(playerNow)) {
      let movesSeen = -1;
      const snapshots = playerNow.subscribe((snapshot: { status: string; context: PlayState }) => {
        const { moves, scenario, context } = snapshot.context;
        if (snapshot.status === 'active' && moves.length !== movesSeen) {
          movesSeen = moves.length;
          progress({ type: 'play.saved', play: { scenario, context, moves } });
        }
        onSnapshot();
      });
      const cues = playerNow.on('cue', (e: { cue: 'consequence' }) => cue(e.cue));
      followers.set(playerNow, {
        unsubscribe: () => {
          snapshots.unsubscribe();
          cues.unsubscribe();
        },
      });
    }
    const groupNow = group();
    if (groupNow && !followers.has(groupNow)) followers.set(groupNow, groupNow.subscribe(onSnapshot));
  };

  const wire = (next: Actor<SessionMachine>) => {
    actor = next;
    actor.subscribe({
      next: () => {
        followChildren();
        onSnapshot();
      },
      // A restored snapshot that fails once running: start afresh rather than stop working.
      error: (error) => {
        console.warn('The session stopped on an error; starting afresh.', error);
        queueMicrotask(() => restoreFresh());
      },
    });
    actor.on('cue', (e) => cue(e.cue));
    actor.on('play.finished', (e) => progress(e));
    actor.on('play.abandoned', (e) => progress(e));
    actor.start();
    followChildren();
  };
  const unwire = () => {
    for (const subscription of followers.values()) subscription.unsubscribe();
    followers.clear();
    actor.stop();
  };
  /** Continues from a snapshot (undefined: from the start); a snapshot this build cannot read starts afresh. */
  const restoreFrom = (snapshot: unknown) => {
    restoring = true;
    unwire();
    try {
      wire(
        snapshot === undefined
          ? createActor(machine)
          : createActor(machine, { snapshot: snapshot as Snapshot<unknown> }),
      );
    } catch (error) {
      console.warn('Could not restore the session; starting afresh.', error);
      unwire();
      wire(createActor(machine));
    } finally {
      restoring = false;
    }
    cached = undefined;
    changed = true;
    flush(false);
  };
  const restoreFresh = () => restoreFrom(undefined);
  wire(actor);
  changed = false;

  return {
    send: (event) => {
      if (relay?.(event)) return;
      sending = true;
      try {
        actor.send(event);
      } finally {
        sending = false;
      }
      flush(true);
    },
    persisted: () => actor.getPersistedSnapshot(),
    restore: restoreFrom,
    relayTo(next) {
      relay = next;
    },
    onLocalChange(listener) {
      localListeners.add(listener);
      return () => localListeners.delete(listener);
    },
    view,
    subscribe(listener) {
      viewListeners.add(listener);
      return () => viewListeners.delete(listener);
    },
    onCue(listener) {
      cueListeners.add(listener);
      return () => cueListeners.delete(listener);
    },
    onProgress(listener) {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },
  };
};
