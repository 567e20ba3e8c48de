import type { Audio } from '../adapters/audio.ts';
import { currentLang, local, type Translator } from '../adapters/i18n.ts';
import type { PreferenceStore } from '../adapters/preferences.ts';
import type { ProgressStore } from '../adapters/progress-store.ts';
import type { Catalog } from '../adapters/scenario-catalog.ts';
import { mergeProgress, writeProgress } from '../domain/progress.ts';
import type { Lang } from '../domain/text.ts';
import type { SessionPort } from '../machines/session-port.ts';
import { type SessionView, viewKey } from '../machines/session-view.ts';
import type { StageView } from '../scenes/stage-view.ts';
import type { UiContext } from './context.ts';
import { h } from './dom.ts';
import { isTypingOrModified, moveFocusWithArrows } from './keyboard.ts';
import { renderChoose } from './screens/choose.ts';
import { renderDebrief } from './screens/debrief.ts';
import { renderPlay, speakerLine } from './screens/play.ts';
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
      exportProgress: () => {
        const blob = new Blob([writeProgress(deps.progress.progress())], { type: 'application/json' });
        const url = URL.createObjectURL(blob);
        const link = h('a', {
          attrs: {
            href: url,
            download: `open-ambtenaar-voortgang-${new Date().toISOString().slice(0, 10)}.json`,
          },
        });
        document.body.append(link);
        link.click();
        link.remove();
        window.setTimeout(() => URL.revokeObjectURL(url), 1000);
      },
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
    }
  };

  const stageView = (view: SessionView): StageView => {
    if (view.screen !== 'playing') {
      return {
        scene: view.screen === 'choosing' ? 'choose' : view.screen === 'debrief' ? 'debrief' : 'title',
      };
    }
    const beat = view.scenario.beats[view.beat]!;
    const character = view.scenario.characters[beat.speaker];
    return {
      scene: 'play',
      place: beat.place,
      speaker: {
        id: beat.speaker,
        colour: character?.colour ?? '#5b6b7b',
        narrator: !character && beat.speaker !== 'jij',
      },
      change: view.change,
    };
  };

  const spoken = (ui: UiContext, view: SessionView): string => {
    if (view.screen !== 'playing') return '';
    const beat = view.scenario.beats[view.beat]!;
    if (view.phase === 'consequence') return '';
    const who = speakerLine(ui, view.scenario, beat);
    return `${who.name}: ${ui.local(beat.text)}`;
  };

  const render = (force = false) => {
    const view = port.view();
    const key = viewKey(view);
    if (!force && key === lastKey) return;
    const screenChanged = key !== lastKey;
    lastKey = key;
    const ui = context();
    const focusedKey = (document.activeElement as HTMLElement | null)?.dataset;
    document.documentElement.lang = ui.lang;
    document.title =
      view.screen === 'playing' || view.screen === 'debrief'
        ? `${ui.local(view.scenario.title)} — ${ui.t('app.title')}`
        : ui.t('app.title');
    root.replaceChildren(topbar(ui, view), screen(ui, view));
    if (screenChanged) {
      root.querySelector<HTMLElement>('[data-autofocus]')?.focus();
      root.scrollTop = 0;
      const text = spoken(ui, view);
      if (text) announce(text);
      deps.onStage(stageView(view));
    } else {
      // Same screen drawn again (language or sound changed): keep focus on the same control.
      const selector =
        focusedKey?.mute !== undefined
          ? '[data-mute]'
          : focusedKey?.choice
            ? `[data-choice="${focusedKey.choice}"]`
            : undefined;
      const same = selector ? root.querySelector<HTMLElement>(selector) : null;
      const pressed = root.querySelector<HTMLElement>(`button[lang="${ui.lang}"]`);
      (same ?? pressed ?? root.querySelector<HTMLElement>('[data-autofocus]'))?.focus();
    }
  };

  const onKey = (event: KeyboardEvent) => {
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

  document.addEventListener('keydown', onKey);
  port.onCue((cue) => audio.play(cue));
  port.subscribe(() => render());
  render(true);
  deps.onStage(stageView(port.view()));
};
