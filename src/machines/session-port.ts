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
  /**
   * Continues from a persisted session (after a refresh, or what another window did). Returns false,
   * and goes on as it was, when the snapshot cannot be run or shown by this build.
   */
  restore(snapshot: unknown): boolean;
  /**
   * Called after each change this window made itself — an event it sent or a tick of its clock —
   * once the change is in the snapshot, with the event that made it; not after a restore or `apply`.
   */
  onLocalChange(listener: (cause: SessionEvent) => void): () => void;
  /**
   * Applies an event another window already applied (the projector announces each one with a
   * revision): the same event on the same state gives the same state. No relay, no local change.
   */
  apply(event: SessionEvent): void;
  /** Lets another window apply this window's events instead (returns true when it took the event). */
  relayTo(relay: ((event: SessionEvent) => boolean) | undefined): void;
}

export interface SessionPortOptions {
  /** Real time for the discussion timer; without it, time passes only by `timer.tick` events. */
  readonly clock?: RoomClock;
}

/** The outline of a persisted session, checked before XState is given it. */
const looksLikeSnapshot = (value: unknown): boolean => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  const isObject = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);
  return (
    v.status === 'active' &&
    (typeof v.value === 'string' || isObject(v.value)) &&
    isObject(v.context) &&
    (v.children === undefined || isObject(v.children))
  );
};

export const createSessionPort = (
  scenarios: readonly Scenario[],
  options: SessionPortOptions = {},
): SessionPort => {
  const catalog = new Map(scenarios.map((s) => [s.id, s]));
  const clock = options.clock;
  // The clock's ticks are events like any other, so another window can apply them too.
  const machine = createSessionMachine(
    scenarios,
    clock &&
      ((onTick) =>
        clock((ms) => {
          cause = { type: 'timer.tick', ms };
          try {
            onTick(ms);
          } finally {
            cause = undefined;
          }
        })),
  );
  let actor: Actor<SessionMachine> = createActor(machine);
  let relay: ((event: SessionEvent) => boolean) | undefined;
  const localListeners = new Set<(cause: SessionEvent) => void>();
  /** What caused the change being published: the event sent, or the tick the clock reported. */
  let cause: SessionEvent | undefined;
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
  const viewOf = (of: Actor<SessionMachine>) => {
    const { children } = of.getSnapshot();
    return toView(
      of.getSnapshot(),
      (children[PLAYER_ID]?.getSnapshot() as { context: PlayState } | undefined)?.context,
      catalog,
      children[GROUP_ID]?.getSnapshot() as { value: unknown; context: GroupContext } | undefined,
    );
  };
  let cached: SessionView | undefined;
  const view = () => {
    cached ??= viewOf(actor);
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
    const by = cause;
    for (const l of viewListeners) l(current);
    if (local && by) for (const l of localListeners) l(by);
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
  /**
   * A session running from a snapshot, tried before it replaces the current one: a snapshot this build
   * cannot run or show (another build's, a damaged one, a scenario since removed) is refused.
   */
  const attempt = (snapshot: unknown): Actor<SessionMachine> | undefined => {
    if (!looksLikeSnapshot(snapshot)) return undefined;
    let trial: Actor<SessionMachine> | undefined;
    let failed = false;
    try {
      trial = createActor(machine, { snapshot: snapshot as Snapshot<unknown> });
      const watch = trial.subscribe({ error: () => (failed = true) });
      trial.start();
      watch.unsubscribe();
      if (failed || trial.getSnapshot().status !== 'active') throw new Error('not a running session');
      viewOf(trial);
      return trial;
    } catch (error) {
      console.warn('A session snapshot could not be restored; it was refused.', error);
      trial?.stop();
      return undefined;
    }
  };

  /** Continues from a snapshot (undefined: from the start); false when it was refused and nothing changed. */
  const restoreFrom = (snapshot: unknown): boolean => {
    const next = snapshot === undefined ? createActor(machine) : attempt(snapshot);
    if (!next) return false;
    restoring = true;
    try {
      unwire();
      wire(next);
    } finally {
      restoring = false;
    }
    cached = undefined;
    changed = true;
    flush(false);
    return true;
  };
  const restoreFresh = () => restoreFrom(undefined);
  wire(actor);
  changed = false;

  return {
    send: (event) => {
      if (relay?.(event)) return;
      sending = true;
      cause = event;
      try {
        actor.send(event);
        flush(true);
      } finally {
        sending = false;
        cause = undefined;
      }
    },
    apply: (event) => {
      sending = true;
      try {
        actor.send(event);
      } finally {
        sending = false;
      }
      flush(false);
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
