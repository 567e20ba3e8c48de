import { buildDebrief, type Debrief } from '../domain/debrief.ts';
import type { PlayContext, Scenario } from '../domain/scenario.ts';
import type { Meter, Meters } from '../domain/vocabulary.ts';
import type { GroupContext, GroupPhase } from './group-machine.ts';
import { type GroupView, toGroupView } from './group-view.ts';
import { CHOOSING, type PlayerContext } from './player-types.ts';
import type { SessionContext } from './session-machine.ts';

export type PlayPhase = 'reading' | 'choosing' | 'consequence' | 'ending';

/** What the screens show, derived from the machines' snapshots; the UI and scenes render only this. */
export type SessionView =
  | { readonly screen: 'title' }
  | { readonly screen: 'progress' }
  | { readonly screen: 'groupSetup'; readonly scenarios: readonly string[] }
  | {
      readonly screen: 'groupPlan';
      readonly scenario: Scenario;
      readonly context: PlayContext;
      readonly discussSeconds: number;
    }
  | GroupView
  | {
      readonly screen: 'groupDebrief';
      readonly scenario: Scenario;
      readonly context: PlayContext;
      readonly result: GroupContext;
      /** The next scenario of the session, if one is queued. */
      readonly upNext?: Scenario;
    }
  | { readonly screen: 'choosing'; readonly scenarios: readonly string[] }
  | {
      readonly screen: 'playing';
      readonly scenario: Scenario;
      readonly context: PlayContext;
      readonly beat: string;
      readonly phase: PlayPhase;
      /** The choice just made, while its consequence is shown. */
      readonly choice?: string;
      readonly meters: Meters;
      readonly change: Partial<Record<Meter, number>>;
      /** Which variant of the choice just made applied in this context (-1: as written). */
      readonly variant: number;
      readonly decisionsTaken: number;
    }
  | {
      readonly screen: 'debrief';
      readonly scenario: Scenario;
      readonly context: PlayContext;
      readonly debrief: Debrief;
    };

interface SnapshotLike {
  readonly value: unknown;
  readonly context: SessionContext;
  matches(
    state:
      | 'title'
      | 'choosing'
      | 'playing'
      | 'debrief'
      | 'progress'
      | 'groupSetup'
      | 'groupPlan'
      | 'group'
      | 'groupDebrief',
  ): boolean;
}

interface PlayerSnapshotLike {
  readonly value: unknown;
  readonly context: PlayerContext;
}

const contextOf = (scenario: Scenario, id: string): PlayContext =>
  scenario.contexts.find((c) => c.id === id) ?? scenario.contexts[0]!;

export const toView = (
  session: SnapshotLike,
  player: PlayerSnapshotLike | undefined,
  catalog: ReadonlyMap<string, Scenario>,
  group?: { readonly value: unknown; readonly context: GroupContext },
): SessionView => {
  const selected = session.context.selected ? catalog.get(session.context.selected) : undefined;
  if (session.matches('groupSetup')) return { screen: 'groupSetup', scenarios: session.context.scenarios };
  if (session.matches('groupPlan') && selected) {
    return {
      screen: 'groupPlan',
      scenario: selected,
      context: contextOf(selected, session.context.selectedContext ?? selected.contexts[0]!.id),
      discussSeconds: session.context.group?.discussSeconds ?? 180,
    };
  }
  if (session.matches('group') && selected && group && typeof group.value === 'string') {
    return toGroupView(selected, group.value as GroupPhase, group.context);
  }
  if (session.matches('groupDebrief') && selected && session.context.groupResult) {
    const result = session.context.groupResult;
    const next = session.context.groupQueue?.[0];
    const upNext = next ? catalog.get(next.scenario) : undefined;
    return {
      screen: 'groupDebrief',
      scenario: selected,
      context: contextOf(selected, result.context),
      result,
      ...(upNext ? { upNext } : {}),
    };
  }
  if (session.matches('debrief') && selected && session.context.lastPlay) {
    const play = session.context.lastPlay;
    return {
      screen: 'debrief',
      scenario: selected,
      context: contextOf(selected, play.context),
      debrief: buildDebrief(selected, play),
    };
  }
  if (session.matches('playing') && selected && player) {
    const value = player.value;
    const beat = typeof value === 'string' ? value : Object.keys(value as object)[0]!;
    const inner = typeof value === 'string' ? undefined : (value as Record<string, string>)[beat];
    const kind = selected.beats[beat]?.kind;
    if (!kind) return { screen: 'choosing', scenarios: session.context.scenarios };
    const phase: PlayPhase =
      kind === 'ending'
        ? 'ending'
        : kind === 'decision'
          ? inner === CHOOSING
            ? 'choosing'
            : 'consequence'
          : 'reading';
    const last = player.context.steps.at(-1);
    return {
      screen: 'playing',
      scenario: selected,
      context: contextOf(selected, player.context.context),
      beat,
      phase,
      ...(phase === 'consequence' && last ? { choice: last.choice } : {}),
      meters: player.context.meters,
      change: phase === 'consequence' ? player.context.lastChange : {},
      variant: player.context.lastVariant,
      decisionsTaken: player.context.steps.length,
    };
  }
  if (session.matches('choosing')) return { screen: 'choosing', scenarios: session.context.scenarios };
  if (session.matches('progress')) return { screen: 'progress' };
  return { screen: 'title' };
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
    ? `${JSON.stringify(view.tally)}|${view.picked ?? ''}|${Math.ceil(view.timer.leftMs / 1000)}|${view.timer.running}|${view.canUndo}`
    : '';
