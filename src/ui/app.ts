import type { Audio } from '../adapters/audio.ts';
import { currentLang, local, type Translator } from '../adapters/i18n.ts';
import type { PreferenceStore } from '../adapters/preferences.ts';
import type { ProgressStore } from '../adapters/progress-store.ts';
import type { Catalog } from '../adapters/scenario-catalog.ts';
import { mergeProgress, writeProgress } from '../domain/progress.ts';
import type { Lang } from '../domain/text.ts';
import type { SessionPort } from '../machines/session-port.ts';
import { type SessionView, viewDetail, viewKey } from '../machines/session-view.ts';
import type { StageView } from '../scenes/stage-view.ts';
import type { UiContext } from './context.ts';
import { h } from './dom.ts';
import { downloadText } from './download.ts';
import { type RoomAction, roomKey, SHORTCUTS } from './group-keys.ts';
import { isTypingOrModified, moveFocusWithArrows } from './keyboard.ts';
import { renderChoose } from './screens/choose.ts';
import { renderDebrief } from './screens/debrief.ts';
import { renderGroupDebrief } from './screens/group-debrief.ts';
import { renderGroupPlan } from './screens/group-plan.ts';
import { renderGroupRoom, roomControls } from './screens/group-room.ts';
import { renderGroupSetup } from './screens/group-setup.ts';
import { renderPlay, speakerLine } from './screens/play.ts';
import { renderPresenter } from './screens/presenter.ts';
import { renderProgress } from './screens/progress.ts';
import { renderTitle } from './screens/title.ts';

export interface AppDeps {
  readonly root: HTMLElement;
  readonly announcer: HTMLElement;
  readonly port: SessionPort;
  readonly i18n: Translator;
  readonly prefs: PreferenceStore;
  readonly audio: Audio;
  readonly catalog: Catalog;
  readonly progress: ProgressStore;
  /** This window is the trainer's presenter view, not the projector. */
  readonly presenter: boolean;
  /** Whether a projector window is open beside this one (it then keeps the time). */
  readonly projectorAlive: () => boolean;
  /** Told what to draw behind the words; the drawing itself may arrive later than the words. */
  readonly onStage: (view: StageView) => void;
}

/** The DOM layer: renders each view as real, accessible elements and handles the keyboard. */
export const mountApp = (deps: AppDeps) => {
  const { root, port, i18n, prefs, audio, catalog } = deps;
  let lastKey = '';

  const announce = (text: string) => {
    deps.announcer.textContent = '';
    // A fresh text node after clearing makes screen readers announce repeated messages too.
    window.setTimeout(() => (deps.announcer.textContent = text), 30);
  };

  const setLang = (lang: Lang) => {
    prefs.set({ lang });
    void i18n.changeLanguage(lang).then(() => render(true));
  };

  const toggleMute = () => {
    const muted = !prefs.get().muted;
    prefs.set({ muted });
    audio.setMuted(muted);
    render(true);
    announce(i18n.t(muted ? 'sound.muted' : 'sound.unmuted'));
  };

  /** The unfinished play on this device, if its scenario and context can still be played. */
  const savedPlay = () => {
    const current = deps.progress.progress().current;
    const scenario = current && catalog.scenarios.find((s) => s.id === current.scenario);
    const played = scenario?.contexts.find((c) => c.id === current?.context);
    if (!current || !scenario || !played || current.moves.length === 0) return undefined;
    return { current, scenario, played };
  };

  const context = (): UiContext => {
    const saved = savedPlay();
    return {
      t: i18n.t,
      lang: currentLang(i18n),
      local: (text) => local(i18n, text),
      send: port.send,
      catalog,
      audio,
      setLang,
      history: deps.progress.progress().history,
      roomUi: (type) => applyRoom({ type }),
      openPresenter: () => {
        window.open(
          `${window.location.pathname}${window.location.search}#presenter`,
          'open-ambtenaar-presenter',
          'popup,width=1000,height=760',
        );
      },
      exportProgress: () =>
        downloadText(
          `open-ambtenaar-voortgang-${new Date().toISOString().slice(0, 10)}.json`,
          writeProgress(deps.progress.progress()),
        ),
      importProgress: (incoming, mode) => {
        deps.progress.replace(
          mode === 'merge' ? mergeProgress(deps.progress.progress(), incoming) : incoming,
        );
        render(true);
      },
      ...(saved
        ? {
            saved: {
              scenario: saved.scenario,
              ...(saved.scenario.contexts.length > 1 ? { contextTitle: saved.played.title } : {}),
              decisions: saved.current.moves.filter((m) => m.type === 'choice.select').length,
            },
          }
        : {}),
      resume: () => {
        const s = savedPlay();
        if (s)
          port.send({
            type: 'play.resume',
            scenario: s.scenario.id,
            context: s.played.id,
            moves: s.current.moves,
          });
      },
      ...(deps.progress.problem ? { progressProblem: deps.progress.problem.reason } : {}),
    };
  };

  const topbar = (ui: UiContext, view: SessionView) => {
    const muted = prefs.get().muted;
    const soundLabel = !audio.available()
      ? ui.t('sound.unavailable')
      : muted
        ? ui.t('sound.off')
        : ui.t('sound.on');
    return h(
      'header',
      { class: 'topbar' },
      view.screen === 'title' ? null : h('p', { class: 'brand', text: ui.t('app.title') }),
      view.screen === 'title' && catalog.broken.size > 0
        ? h('p', {
            class: 'notice',
            attrs: { role: 'status' },
            text: ui.t('choose.brokenNotice', { count: catalog.broken.size }),
          })
        : null,
      h('span', { class: 'spacer' }),
      h('button', {
        class: 'quiet',
        text: soundLabel,
        attrs: {
          'aria-keyshortcuts': 'M',
          title: ui.t('sound.toggleHint'),
          'data-mute': true,
        },
        on: { click: toggleMute },
      }),
    );
  };

  const screen = (ui: UiContext, view: SessionView): HTMLElement => {
    if (deps.presenter) return renderPresenter(ui, view, (v) => roomControls(ui, v));
    switch (view.screen) {
      case 'title':
        return renderTitle(ui);
      case 'choosing':
        return renderChoose(ui, view.scenarios);
      case 'playing':
        return renderPlay(ui, view);
      case 'debrief':
        return renderDebrief(ui, view);
      case 'progress':
        return renderProgress(ui);
      case 'groupSetup':
        return renderGroupSetup(ui, view.scenarios);
      case 'groupPlan':
        return renderGroupPlan(ui, view);
      case 'group':
        return renderGroupRoom(ui, view);
      case 'groupDebrief':
        return renderGroupDebrief(ui, view);
    }
  };

  const stageView = (view: SessionView): StageView => {
    if (view.screen === 'playing' || view.screen === 'group') {
      const beat = view.screen === 'playing' ? view.scenario.beats[view.beat]! : view.beat;
      const character = view.scenario.characters[beat.speaker];
      return {
        scene: 'play',
        place: beat.place,
        speaker: {
          id: beat.speaker,
          colour: character?.colour ?? '#5b6b7b',
          narrator: !character && beat.speaker !== 'jij',
        },
        change: view.screen === 'playing' ? view.change : {},
      };
    }
    if (view.screen === 'title') return { scene: 'title' };
    return {
      scene:
        view.screen === 'choosing' || view.screen === 'groupSetup' || view.screen === 'groupPlan'
          ? 'choose'
          : 'debrief',
    };
  };

  const spoken = (ui: UiContext, view: SessionView): string => {
    if (view.screen !== 'playing') return '';
    const beat = view.scenario.beats[view.beat]!;
    if (view.phase === 'consequence') return '';
    const who = speakerLine(ui, view.scenario, beat);
    return `${who.name}: ${ui.local(beat.text)}`;
  };

  let lastDetail = '';
  /** On the projector, type is as large as the screen allows without anything falling off it. */
  const fitRoom = () => {
    const room = root.querySelector<HTMLElement>('.group-screen');
    if (!room) return;
    let scale = 1;
    room.style.setProperty('--room-scale', '1');
    while (root.scrollHeight > root.clientHeight + 1 && scale > 0.55) {
      scale -= 0.05;
      room.style.setProperty('--room-scale', scale.toFixed(2));
    }
  };
  window.addEventListener('resize', fitRoom);
  const focusables = () => [...root.querySelectorAll<HTMLElement>('button, input, select, [tabindex]')];

  const render = (force = false) => {
    const view = port.view();
    const key = viewKey(view);
    const detail = viewDetail(view);
    if (!force && key === lastKey && detail === lastDetail) return;
    const screenChanged = key !== lastKey;
    lastKey = key;
    lastDetail = detail;
    const ui = context();
    const focused = document.activeElement as HTMLElement | null;
    const focusedKey = focused?.dataset;
    const focusedIndex = focused ? focusables().indexOf(focused) : -1;
    const scrolled = root.scrollTop;
    document.documentElement.lang = ui.lang;
    document.title =
      view.screen === 'playing' || view.screen === 'debrief' || view.screen === 'group'
        ? `${ui.local(view.scenario.title)} — ${ui.t('app.title')}`
        : ui.t('app.title');
    root.replaceChildren(topbar(ui, view), screen(ui, view));
    fitRoom();
    // Reveal bars grow from nothing on the next frame (the stylesheet drops the animation for reduced motion).
    const bars = root.querySelectorAll<HTMLElement>('.bar[data-width]');
    if (bars.length) {
      window.requestAnimationFrame(() => {
        for (const bar of bars) bar.style.width = `${Number(bar.dataset.width) * 0.6}%`;
      });
    }
    if (screenChanged) {
      root.querySelector<HTMLElement>('[data-autofocus]')?.focus();
      root.scrollTop = 0;
      const text = spoken(ui, view);
      if (text) announce(text);
      deps.onStage(stageView(view));
      return;
    }
    // Same screen drawn again (language, sound, a count or the clock changed): keep focus where it was.
    root.scrollTop = scrolled;
    const selector =
      focusedKey?.mute !== undefined
        ? '[data-mute]'
        : focusedKey?.choice
          ? `[data-choice="${focusedKey.choice}"]`
          : undefined;
    const same = selector ? root.querySelector<HTMLElement>(selector) : null;
    const pressed = root.querySelector<HTMLElement>(`button[lang="${ui.lang}"]`);
    const byPlace = focusedIndex >= 0 ? focusables()[focusedIndex] : undefined;
    (same ?? pressed ?? byPlace ?? root.querySelector<HTMLElement>('[data-autofocus]'))?.focus();
  };

  /** Room mode: the trainer's option for +/−, a blank screen, and the shortcut overlay. */
  const room = { selected: undefined as string | undefined, blank: false, help: false };
  const overlay = () => {
    document.getElementById('room-overlay')?.remove();
    if (!room.blank && !room.help) return;
    const t = i18n.t;
    const close = () => {
      room.blank = false;
      room.help = false;
      overlay();
      render(true);
    };
    const layer = room.blank
      ? h(
          'div',
          {
            class: 'blank-screen',
            attrs: { id: 'room-overlay', role: 'dialog', 'aria-label': t('room.blank'), tabindex: -1 },
            on: { click: close },
          },
          h('p', { class: 'visually-hidden', text: t('room.blank') }),
        )
      : h(
          'div',
          {
            class: 'help-overlay',
            attrs: { id: 'room-overlay', role: 'dialog', 'aria-labelledby': 'help-heading', tabindex: -1 },
          },
          h('h2', { attrs: { id: 'help-heading' }, text: t('room.helpHeading') }),
          h(
            'dl',
            {},
            SHORTCUTS.map(([keys, action]) => [
              h('dt', { text: keys }),
              h('dd', { text: t(`room.key.${action}`) }),
            ]),
          ),
          h('p', { text: t('room.close') }),
          h('button', { class: 'primary', text: t('room.closeButton'), on: { click: close } }),
        );
    document.body.append(layer);
    layer.focus();
  };
  /** What a room shortcut or its button does: a screen-only action, or an event for the machines. */
  const applyRoom = (action: RoomAction) => {
    if (action.type === 'ui.blank') {
      room.blank = !room.blank;
      room.help = false;
      overlay();
    } else if (action.type === 'ui.help') {
      room.help = !room.help;
      room.blank = false;
      overlay();
    } else if (action.type === 'ui.presenter') {
      if (!deps.presenter) context().openPresenter();
    } else if (action.type === 'ui.fullscreen') {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    } else {
      if (action.type === 'tally.adjust') room.selected = action.choice;
      port.send(action);
    }
  };

  const roomAction = (event: KeyboardEvent): boolean => {
    const view = port.view();
    if (view.screen !== 'group') return false;
    if (event.key === 'Escape' && (room.blank || room.help)) {
      room.blank = false;
      room.help = false;
      overlay();
      render(true);
      return true;
    }
    const onControl =
      (event.target as HTMLElement | null)?.closest('button, input, select') &&
      (event.key === ' ' || event.key === 'Enter');
    if (onControl) return false;
    const action = roomKey(event.key, view, room.selected);
    if (!action) return false;
    applyRoom(action);
    return true;
  };

  const onKey = (event: KeyboardEvent) => {
    if (!isTypingOrModified(event) && roomAction(event)) {
      event.preventDefault();
      return;
    }
    if (moveFocusWithArrows(event)) {
      event.preventDefault();
      return;
    }
    if (isTypingOrModified(event)) return;
    if (event.key === 'm' || event.key === 'M') {
      event.preventDefault();
      toggleMute();
      return;
    }
    const number = Number(event.key);
    const view = port.view();
    if (
      Number.isInteger(number) &&
      number >= 1 &&
      number <= 4 &&
      view.screen === 'playing' &&
      view.phase === 'choosing'
    ) {
      const beat = view.scenario.beats[view.beat];
      const choice = beat?.kind === 'decision' ? beat.decision.choices[number - 1] : undefined;
      if (choice) {
        event.preventDefault();
        audio.play('select');
        port.send({ type: 'choice.select', choice: choice.id });
      }
    }
  };

  // The discussion timer counts real time; the machine only hears how much passed.
  let last = performance.now();
  window.setInterval(() => {
    const now = performance.now();
    const view = port.view();
    // One window keeps time, so two never count the same second twice: the projector, or a presenter alone.
    const keepsTime = !deps.presenter || !deps.projectorAlive();
    if (keepsTime && view.screen === 'group' && view.phase === 'discuss' && view.timer.running) {
      port.send({ type: 'timer.tick', ms: now - last });
    }
    last = now;
  }, 250);

  document.addEventListener('keydown', onKey);
  port.onCue((cue) => audio.play(cue));
  port.subscribe(() => render());
  render(true);
  deps.onStage(stageView(port.view()));
};
