import { buildDebrief, type Debrief } from '../domain/debrief.ts';
import type { PlayRecord } from '../domain/play.ts';
import { contextOf, type PlayPhase, type PlayState, phaseOf } from '../domain/play-state.ts';
import type { PlayContext, Scenario } from '../domain/scenario.ts';
import type { SessionPart } from '../domain/session-debrief.ts';
import type { Meter, Meters } from '../domain/vocabulary.ts';
import { DEFAULT_DISCUSS_SECONDS, type GroupContext } from './group-machine.ts';
import { type GroupView, groupPhaseOf, groupPlayRecord, toGroupView } from './group-view.ts';
import type { SessionContext, SessionState } from './session-machine.ts';

export type { PlayPhase };

/** The screens with more to show than their name; every other state of the session is a screen by itself. */
interface DetailedViews {
  readonly groupPlan: {
    readonly screen: 'groupPlan';
    readonly scenario: Scenario;
    readonly context: PlayContext;
    readonly discussSeconds: number;
  };
  readonly group: GroupView;
  readonly groupDebrief: {
    readonly screen: 'groupDebrief';
    readonly scenario: Scenario;
    readonly context: PlayContext;
    readonly result: GroupContext;
    /** The room's play, for the same debrief maths a player alone gets. */
    readonly play: PlayRecord;
    /** The next scenario of the session, if one is queued. */
    readonly upNext?: Scenario;
    /** Every scenario the session played so far (this one last), when there were two or more. */
    readonly session?: readonly SessionPart[];
  };
  readonly groupSetup: { readonly screen: 'groupSetup'; readonly scenarios: readonly string[] };
  readonly choosing: { readonly screen: 'choosing'; readonly scenarios: readonly string[] };
  readonly playing: {
    readonly screen: 'playing';
    readonly scenario: Scenario;
    readonly context: PlayContext;
    readonly beat: string;
    readonly phase: Exclude<PlayPhase, 'done'>;
    /** The choice just made, while its consequence is shown. */
    readonly choice?: string;
    readonly meters: Meters;
    readonly change: Partial<Record<Meter, number>>;
    /** Which variant of the choice just made applied in this context (-1: as written). */
    readonly variant: number;
    readonly decisionsTaken: number;
  };
  readonly debrief: {
    readonly screen: 'debrief';
    readonly scenario: Scenario;
    readonly context: PlayContext;
    readonly debrief: Debrief;
  };
}

/**
 * What the screens show, derived from the machines' snapshots; the UI and scenes render only this.
 * Its screens are the session machine's own states, so a new state is a new screen without a list to extend.
 */
export type SessionView =
  | DetailedViews[keyof DetailedViews]
  | { readonly [S in Exclude<SessionState, keyof DetailedViews>]: { readonly screen: S } }[Exclude<
      SessionState,
      keyof DetailedViews
    >];
export type Screen = SessionView['screen'];
export type ViewOf<S extends Screen> = Extract<SessionView, { readonly screen: S }>;

export interface SessionSnapshotLike {
  readonly value: unknown;
  readonly context: SessionContext;
}

interface Sources {
  readonly session: SessionContext;
  readonly selected: Scenario | undefined;
  readonly player: PlayState | undefined;
  readonly group: { readonly value: unknown; readonly context: GroupContext } | undefined;
  readonly catalog: ReadonlyMap<string, Scenario>;
}

/** Builds the detailed screens; undefined when the machines are between states (a child not yet started). */
const BUILDERS: { readonly [S in keyof DetailedViews]: (s: Sources) => DetailedViews[S] | undefined } = {
  groupSetup: ({ session }) => ({ screen: 'groupSetup', scenarios: session.scenarios }),
  choosing: ({ session }) => ({ screen: 'choosing', scenarios: session.scenarios }),
  groupPlan: ({ session, selected }) =>
    selected && {
      screen: 'groupPlan',
      scenario: selected,
      context: contextOf(selected, session.selectedContext),
      discussSeconds: session.group?.discussSeconds ?? DEFAULT_DISCUSS_SECONDS,
    },
  group: ({ selected, group }) =>
    selected && group && toGroupView(selected, groupPhaseOf(group.value), group.context),
  groupDebrief: ({ session, selected, catalog }) => {
    const result = session.groupResult;
    if (!selected || !result) return undefined;
    const next = session.groupQueue?.[0];
    const upNext = next ? catalog.get(next.scenario) : undefined;
    const parts = (session.groupHistory ?? []).flatMap(({ play }) => {
      const scenario = catalog.get(play.scenario);
      return scenario ? [{ scenario, play }] : [];
    });
    return {
      screen: 'groupDebrief',
      scenario: selected,
      context: contextOf(selected, result.play.context),
      result,
      play: groupPlayRecord(result),
      ...(upNext ? { upNext } : {}),
      ...(parts.length > 1 ? { session: parts } : {}),
    };
  },
  debrief: ({ session, selected }) => {
    const play = session.lastPlay;
    return (
      selected &&
      play && {
        screen: 'debrief',
        scenario: selected,
        context: contextOf(selected, play.context),
        debrief: buildDebrief(selected, play),
      }
    );
  },
  playing: ({ selected, player }) => {
    if (!selected || !player) return undefined;
    const phase = phaseOf(selected, player);
    // A finished player has left the beats; the session moves on to the debrief.
    if (phase === 'done') return undefined;
    return {
      screen: 'playing',
      scenario: selected,
      context: contextOf(selected, player.context),
      beat: player.beat,
      phase,
      ...(phase === 'consequence' && player.chosen ? { choice: player.chosen } : {}),
      meters: player.meters,
      change: phase === 'consequence' ? player.lastChange : {},
      variant: player.lastVariant,
      decisionsTaken: player.steps.length,
    };
  },
};

const topState = (value: unknown): SessionState =>
  (typeof value === 'string' ? value : Object.keys(value as object)[0]) as SessionState;

const isDetailed = (state: SessionState): state is keyof DetailedViews => state in BUILDERS;

export const toView = (
  session: SessionSnapshotLike,
  player: PlayState | undefined,
  catalog: ReadonlyMap<string, Scenario>,
  group?: { readonly value: unknown; readonly context: GroupContext },
): SessionView => {
  const state = topState(session.value);
  if (!isDetailed(state)) return { screen: state } as SessionView;
  const selected = session.context.selected ? catalog.get(session.context.selected) : undefined;
  const built = BUILDERS[state]({ session: session.context, selected, player, group, catalog });
  // Between states (a play or group not started yet): the nearest screen that needs nothing.
  return built ?? { screen: 'choosing', scenarios: session.context.scenarios };
};

/** Changes when the screen must be drawn anew (not on every snapshot). */
export const viewKey = (view: SessionView): string =>
  view.screen === 'group'
    ? `group:${view.scenario.id}:${view.phase}:${view.beat.id}:${view.votes.length}:${view.consequence ? 'c' : ''}`
    : view.screen === 'playing'
      ? `playing:${view.scenario.id}:${view.beat}:${view.phase}:${view.decisionsTaken}`
      : view.screen === 'debrief'
        ? `debrief:${view.scenario.id}`
        : view.screen;

/** Changes within a screen that must be shown without moving focus: counts, picks, the clock. */
export const viewDetail = (view: SessionView): string =>
  view.screen === 'group'
    ? `${JSON.stringify(view.tally)}|${view.picked ?? ''}|${view.timer.running}|${view.canUndo}`
    : '';
