import type { Audio } from '../adapters/audio.ts';
import type { Translator } from '../adapters/i18n.ts';
import type { ProgressStore } from '../adapters/progress-store.ts';
import type { PhonesInfo } from '../adapters/room-phones.ts';
import type { Catalog } from '../adapters/scenario-catalog.ts';
import {
  MAX_IMPORT_BYTES,
  mergeProgress,
  type PlayInProgress,
  type Progress,
  readProgress,
  resumable,
  writeProgress,
} from '../domain/progress.ts';
import type { SessionPort } from '../machines/session-port.ts';
import type { ProgressStep, UiContext } from './context.ts';
import { downloadText } from './download.ts';

/** The scenario and context of an unfinished play, if this game can play them. */
const playableAs = (catalog: Catalog, play: PlayInProgress) => {
  const scenario = catalog.scenarios.find((s) => s.id === play.scenario);
  const played = scenario?.contexts.find((c) => c.id === play.context);
  return scenario && played ? { scenario, played } : undefined;
};

/**
 * The unfinished play to offer: the one in progress, else the latest on the shelf that can be played
 * again. Only as far as its moves still fit the scenario (the rule engine checks each one).
 */
const savedPlay = (progress: ProgressStore, catalog: Catalog) => {
  const { current, shelved } = progress.progress();
  const candidates = [
    ...(current ? [current] : []),
    ...[...shelved].sort((a, b) => b.savedAt - a.savedAt),
  ].filter((p) => p.moves.length > 0);
  for (const play of candidates) {
    const found = playableAs(catalog, play);
    if (found) return { ...found, play, fit: resumable(found.scenario, play) };
  }
  return undefined;
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
  /** The phones in the room, on the trainer's windows. */
  readonly phones?: (() => PhonesInfo) | undefined;
  /** Draws the current screen again (after an import changed what it shows). */
  readonly rerender: () => void;
}

/** What every screen may use, made afresh for each drawing so it shows the latest progress. */
export const createUiContext = (deps: UiContextDeps) => {
  const { port, progress, catalog } = deps;
  // Where "Mijn voortgang" stands with an import or a removal: kept here, so a redraw keeps it.
  let step: ProgressStep | undefined;
  let offered: Progress | undefined;
  /** Shows a step: draws the screen again, then puts focus (and so the screen reader) on its words. */
  const show = (next: ProgressStep | undefined, focus = '#import-status') => {
    step = next;
    if (next?.step !== 'offer') offered = undefined;
    deps.rerender();
    globalThis.document?.querySelector<HTMLElement>(focus)?.focus();
  };
  const onProgressScreen = () => port.view().screen === 'progress';

  return (): UiContext => {
    if (!onProgressScreen()) {
      step = undefined;
      offered = undefined;
    }
    const saved = savedPlay(progress, catalog);
    const stored = progress.progress();
    const { current } = stored;
    const unavailable = [...(current ? [current] : []), ...stored.shelved]
      .filter((p) => p.moves.length > 0 && !playableAs(catalog, p))
      .map((p) => {
        const scenario = catalog.scenarios.find((s) => s.id === p.scenario);
        return scenario ? `${deps.local(scenario.title)} (${p.context})` : p.scenario;
      });
    const problem = progress.problem();
    const saving = progress.lastWrite();
    return {
      t: deps.i18n.t,
      lang: deps.lang(),
      local: deps.local,
      send: port.send,
      catalog,
      audio: deps.audio,
      setLang: deps.setLang,
      history: stored.history,
      roomUi: deps.roomUi,
      ...(deps.phones ? { phones: deps.phones() } : {}),
      openPresenter: openPresenterWindow,
      exportProgress: () =>
        downloadText(
          `open-ambtenaar-voortgang-${new Date().toISOString().slice(0, 10)}.json`,
          writeProgress(progress.progress()),
        ),
      ...(step ? { progressStep: step } : {}),
      chooseImport: async (file) => {
        if (file.size > MAX_IMPORT_BYTES) {
          show({ step: 'tooLarge', bytes: file.size });
          return;
        }
        let text: string;
        try {
          text = await file.text();
        } catch {
          text = '';
        }
        if (!onProgressScreen()) return;
        const reading = readProgress(text);
        if (!reading.ok) {
          show({ step: 'refused', reason: reading.reason });
          return;
        }
        offered = reading.progress;
        show(
          { step: 'offer', count: reading.progress.history.length, mine: progress.progress().history.length },
          '#import-confirm button',
        );
      },
      importProgress: (mode) => {
        const incoming = offered;
        if (!incoming) return;
        if (mode === 'replace') {
          progress.replace(incoming);
          show({ step: 'replaced', count: incoming.history.length });
          return;
        }
        const merged = mergeProgress(progress.progress(), incoming);
        progress.replace(merged.progress);
        show({
          step: 'merged',
          added: merged.added,
          known: merged.known,
          shelvedTheirs: merged.shelvedTheirs,
        });
      },
      removeOldPlays: (confirmed) => {
        const { history } = progress.progress();
        const count = Math.ceil(history.length / 2);
        if (count === 0) return;
        if (!confirmed) {
          show({ step: 'confirmRemoval', count }, '#removal-confirm button');
          return;
        }
        const kept = [...history].sort((a, b) => a.finishedAt - b.finishedAt).slice(count);
        progress.replace({ ...progress.progress(), history: kept }, 'removal');
        show({ step: 'removed', count }, '#removal-status');
      },
      cancelProgressStep: () =>
        step?.step === 'confirmRemoval'
          ? show({ step: 'cancelled', of: 'removal' }, '#removal-status')
          : show({ step: 'cancelled', of: 'import' }),
      ...(saved
        ? {
            saved: {
              scenario: saved.scenario,
              ...(saved.scenario.contexts.length > 1 ? { contextTitle: saved.played.title } : {}),
              decisions: saved.fit.decisions,
              fits: saved.fit.fits,
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
            moves: s.fit.moves,
          });
      },
      unavailable,
      ...(saving.status === 'ok' ? {} : { saving }),
      ...(problem
        ? { progressProblem: { reason: problem.reason, keptAside: problem.keptAs !== undefined } }
        : {}),
    };
  };
};
