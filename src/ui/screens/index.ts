import type { Scenario } from '../../domain/scenario.ts';
import type { Screen, SessionView, ViewOf } from '../../machines/session-view.ts';
import { type Landed, playStage, type StageView } from '../../scenes/stage-view.ts';
import type { UiContext } from '../context.ts';
import { renderChoose } from './choose.ts';
import { lazyScreen } from './lazy-screen.ts';
import { consequenceOf, renderPlay, speakerLine } from './play.ts';
import { renderTitle } from './title.ts';

/** Everything the DOM layer needs to know about one screen. */
export interface ScreenSpec<V extends SessionView> {
  /** The screen's words and controls. */
  readonly render: (ui: UiContext, view: V) => HTMLElement;
  /** What the canvas draws behind them. */
  readonly stage: (view: V) => StageView;
  /** The scenario the screen is about, for the document title. */
  readonly scenario?: (view: V) => Scenario;
  /** Part of a group session: kept across a refresh and in step with the presenter window. */
  readonly room: boolean;
  /** What a screen reader hears as the screen opens, beyond its heading. */
  readonly spoken?: (ui: UiContext, view: V) => string;
}

/** The choice whose consequence a player alone is reading, and the variant of it that applied. */
const landedAlone = (view: ViewOf<'playing'>): Landed | undefined => {
  const beat = view.scenario.beats[view.beat];
  const choice =
    view.phase === 'consequence' && beat?.kind === 'decision'
      ? beat.decision.choices.find((c) => c.id === view.choice)
      : undefined;
  return choice && { choice, variant: view.variant };
};

/** The room's choice while its consequence is read; the variant is the one whose consequence is shown. */
const landedInRoom = (view: ViewOf<'group'>): Landed | undefined => {
  const shown = view.consequence;
  if (!shown) return undefined;
  const choice = shown.choice.choice;
  return { choice, variant: choice.variants.findIndex((v) => v.consequence === shown.text) };
};

/**
 * The screens, one entry each. The session machine's states are the screens (see session-view.ts),
 * so a state without an entry here is a type error: a new screen is this entry, its file and its words.
 */
/** The screens after a play (and "Mijn voortgang"): their code, with the map's layout library, comes when needed. */
const debrief = lazyScreen(() => import('./debrief.ts').then((m) => m.renderDebrief));
const progress = lazyScreen(() => import('./progress.ts').then((m) => m.renderProgress));
const groupDebrief = lazyScreen(() => import('./group-debrief.ts').then((m) => m.renderGroupDebrief));
/** A group session's screens: a player alone never needs them, so the game a title loads leaves them out. */
const groupSetup = lazyScreen(() =>
  import('./group-setup.ts').then(
    (m) => (ui: UiContext, view: ViewOf<'groupSetup'>) => m.renderGroupSetup(ui, view.scenarios),
  ),
);
const groupPlan = lazyScreen(() => import('./group-plan.ts').then((m) => m.renderGroupPlan));
const groupRoom = lazyScreen(() => import('./group-room.ts').then((m) => m.renderGroupRoom));
/** The trainer's presenter window: its own view of a running room, with the room's controls. */
export const presenterScreen = lazyScreen(() =>
  Promise.all([import('./presenter.ts'), import('./group-room.ts')]).then(
    ([presenter, room]) =>
      (ui: UiContext, view: SessionView) =>
        presenter.renderPresenter(ui, view, (v) => room.roomControls(ui, v, 'presenter')),
  ),
);

/** Fetches the screens that load on demand, for when the game has a quiet moment before they are needed. */
export const warmScreens = () => {
  for (const screen of [debrief, progress, groupSetup, groupPlan, groupRoom, groupDebrief]) screen.warm();
};

export const SCREENS: { readonly [S in Screen]: ScreenSpec<ViewOf<S>> } = {
  title: { render: renderTitle, stage: () => ({ scene: 'title' }), room: false },
  choosing: {
    render: (ui, view) => renderChoose(ui, view.scenarios),
    stage: () => ({ scene: 'choose' }),
    room: false,
  },
  playing: {
    render: renderPlay,
    stage: (view) =>
      playStage(view.scenario, view.scenario.beats[view.beat]!, view.change, landedAlone(view)),
    scenario: (view) => view.scenario,
    room: false,
    spoken: (ui, view) => {
      if (view.phase === 'consequence') {
        const consequence = consequenceOf(view);
        return consequence ? `${ui.t('play.consequence')}: ${ui.local(consequence)}` : '';
      }
      const beat = view.scenario.beats[view.beat]!;
      return `${speakerLine(ui, view.scenario, beat).name}: ${ui.local(beat.text)}`;
    },
  },
  debrief: {
    render: debrief.render,
    stage: () => ({ scene: 'debrief' }),
    scenario: (view) => view.scenario,
    room: false,
  },
  progress: { render: progress.render, stage: () => ({ scene: 'debrief' }), room: false },
  groupSetup: {
    render: groupSetup.render,
    stage: () => ({ scene: 'choose' }),
    room: true,
  },
  groupPlan: { render: groupPlan.render, stage: () => ({ scene: 'choose' }), room: true },
  group: {
    render: groupRoom.render,
    stage: (view) => playStage(view.scenario, view.beat, {}, landedInRoom(view)),
    scenario: (view) => view.scenario,
    room: true,
  },
  groupDebrief: { render: groupDebrief.render, stage: () => ({ scene: 'debrief' }), room: true },
};

/** The registry entry of a view, typed for that view. */
export const screenOf = <V extends SessionView>(view: V): ScreenSpec<V> =>
  SCREENS[view.screen] as unknown as ScreenSpec<V>;

export const isRoomScreen = (view: SessionView): boolean => SCREENS[view.screen].room;
