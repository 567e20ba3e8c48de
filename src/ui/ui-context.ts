import type { Audio } from '../adapters/audio.ts';
import type { Translator } from '../adapters/i18n.ts';
import type { ProgressStore } from '../adapters/progress-store.ts';
import type { Catalog } from '../adapters/scenario-catalog.ts';
import { mergeProgress, writeProgress } from '../domain/progress.ts';
import type { SessionPort } from '../machines/session-port.ts';
import type { UiContext } from './context.ts';
import { downloadText } from './download.ts';

/** The unfinished play on this device, if its scenario and context can still be played. */
const savedPlay = (progress: ProgressStore, catalog: Catalog) => {
  const current = progress.progress().current;
  const scenario = current && catalog.scenarios.find((s) => s.id === current.scenario);
  const played = scenario?.contexts.find((c) => c.id === current?.context);
  if (!current || !scenario || !played || current.moves.length === 0) return undefined;
  return { current, scenario, played };
};

export const openPresenterWindow = () => {
  window.open(
    `${window.location.pathname}${window.location.search}#presenter`,
    'open-ambtenaar-presenter',
    'popup,width=1000,height=760',
  );
};

interface UiContextDeps {
  readonly i18n: Translator;
  readonly audio: Audio;
  readonly catalog: Catalog;
  readonly progress: ProgressStore;
  readonly port: SessionPort;
  readonly lang: () => UiContext['lang'];
  readonly local: UiContext['local'];
  readonly setLang: UiContext['setLang'];
  readonly roomUi: UiContext['roomUi'];
  /** Draws the current screen again (after an import changed what it shows). */
  readonly rerender: () => void;
}

/** What every screen may use, made afresh for each drawing so it shows the latest progress. */
export const createUiContext = (deps: UiContextDeps) => (): UiContext => {
  const { port, progress, catalog } = deps;
  const saved = savedPlay(progress, catalog);
  return {
    t: deps.i18n.t,
    lang: deps.lang(),
    local: deps.local,
    send: port.send,
    catalog,
    audio: deps.audio,
    setLang: deps.setLang,
    history: progress.progress().history,
    roomUi: deps.roomUi,
    openPresenter: openPresenterWindow,
    exportProgress: () =>
      downloadText(
        `open-ambtenaar-voortgang-${new Date().toISOString().slice(0, 10)}.json`,
        writeProgress(progress.progress()),
      ),
    importProgress: (incoming, mode) => {
      progress.replace(mode === 'merge' ? mergeProgress(progress.progress(), incoming) : incoming);
      deps.rerender();
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
      const s = savedPlay(progress, catalog);
      if (s)
        port.send({
          type: 'play.resume',
          scenario: s.scenario.id,
          context: s.played.id,
          moves: s.current.moves,
        });
    },
    ...(progress.problem ? { progressProblem: progress.problem.reason } : {}),
  };
};
