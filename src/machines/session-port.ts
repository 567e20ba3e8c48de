import { type Actor, createActor, type Snapshot } from 'xstate';
import type { PlayRecord } from '../domain/play.ts';
import type { Move } from '../domain/progress.ts';
import type { Scenario } from '../domain/scenario.ts';
import type { GroupContext } from './group-machine.ts';
import type { PlayerContext } from './player-types.ts';
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
  view(): SessionView;
  /** Called with each new view; returns an unsubscribe function. */
  subscribe(listener: (view: SessionView) => void): () => void;
  /** Sound cues raised by the machines. */
  onCue(listener: (cue: Cue) => void): () => void;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
  /** The whole session as plain data, for a refresh or a second window. */
  persisted(): unknown;
  /** Continues from a persisted session (after a refresh, or what another window did). */
  restore(snapshot: unknown): void;
  /** Called after every event this window sends, once its effect is in the snapshot. */
  onLocalChange(listener: () => void): () => void;
  /** Lets another window apply this window's events instead (returns true when it took the event). */
  relayTo(relay: ((event: SessionEvent) => boolean) | undefined): void;
}

export const createSessionPort = (scenarios: readonly Scenario[]): SessionPort => {
  const catalog = new Map(scenarios.map((s) => [s.id, s]));
  const machine = createSessionMachine(scenarios);
  let actor: Actor<SessionMachine> = createActor(machine);
  const localListeners = new Set<() => void>();
  let relay: ((event: SessionEvent) => boolean) | undefined;
  const cueListeners = new Set<(cue: Cue) => void>();
  const viewListeners = new Set<(view: SessionView) => void>();
  const progressListeners = new Set<(event: ProgressEvent) => void>();
  const progress = (e: ProgressEvent) => {
    for (const l of progressListeners) l(e);
  };
  const cue = (c: Cue) => {
    for (const l of cueListeners) l(c);
  };

  let watchedPlayer: unknown;
  let playerSubscription: { unsubscribe(): void } | undefined;
  const player = () => actor.getSnapshot().children[PLAYER_ID];
  const group = () => actor.getSnapshot().children[GROUP_ID];
  const view = () =>
    toView(
      actor.getSnapshot(),
      player()?.getSnapshot() as { value: unknown; context: PlayerContext } | undefined,
      catalog,
      group()?.getSnapshot() as { value: unknown; context: GroupContext } | undefined,
    );
  const publish = () => {
    const current = view();
    for (const l of viewListeners) l(current);
  };
  let watchedGroup: unknown;
  let groupSubscription: { unsubscribe(): void } | undefined;
  /** A group session is a child actor too: redraw as it moves. */
  const followGroup = () => {
    const child = group();
    if (child === watchedGroup) return;
    watchedGroup = child;
    groupSubscription?.unsubscribe();
    groupSubscription = child?.subscribe((snapshot: { status: string }) => {
      if (snapshot.status === 'active') publish();
    });
  };
  /** A new play starts a new child actor: follow its snapshots and cues. */
  const followPlayer = () => {
    const child = player();
    if (child === watchedPlayer) return;
    watchedPlayer = child;
    playerSubscription?.unsubscribe();
    playerSubscription = undefined;
    if (!child) return;
    let movesSeen = -1;
    const snapshots = child.subscribe((snapshot: { status: string; context: PlayerContext }) => {
      const { moves, scenario, context } = snapshot.context;
      if (snapshot.status === 'active' && moves.length !== movesSeen) {
        movesSeen = moves.length;
        progress({ type: 'play.saved', play: { scenario, context, moves } });
      }
      // A finished player has left the beats; the session moves on to the debrief and publishes that.
      if (snapshot.status === 'active') publish();
    });
    const cues = child.on('cue', (e: { cue: 'consequence' }) => cue(e.cue));
    playerSubscription = {
      unsubscribe: () => {
        snapshots.unsubscribe();
        cues.unsubscribe();
      },
    };
  };

  const wire = (next: Actor<SessionMachine>) => {
    actor = next;
    watchedPlayer = undefined;
    watchedGroup = undefined;
    actor.subscribe(() => {
      followPlayer();
      followGroup();
      publish();
    });
    actor.on('cue', (e) => cue(e.cue));
    actor.on('play.finished', (e) => progress(e));
    actor.on('play.abandoned', (e) => progress(e));
    actor.start();
    followPlayer();
    followGroup();
  };
  wire(actor);

  return {
    send: (event) => {
      if (relay?.(event)) return;
      actor.send(event);
      for (const l of localListeners) l();
    },
    persisted: () => actor.getPersistedSnapshot(),
    restore(snapshot) {
      playerSubscription?.unsubscribe();
      groupSubscription?.unsubscribe();
      actor.stop();
      try {
        wire(
          snapshot === undefined
            ? createActor(machine)
            : createActor(machine, { snapshot: snapshot as Snapshot<unknown> }),
        );
      } catch (error) {
        // A snapshot this build cannot read: start afresh rather than stop working.
        console.warn('Could not restore the session; starting afresh.', error);
        wire(createActor(machine));
      }
      publish();
    },
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
