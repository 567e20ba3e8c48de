import type { TFunction } from 'i18next';
import type { Audio } from '../adapters/audio.ts';
import type { ProgressProblem } from '../adapters/progress-store.ts';
import type { Catalog } from '../adapters/scenario-catalog.ts';
import type { FinishedPlay, Progress } from '../domain/progress.ts';
import type { Scenario } from '../domain/scenario.ts';
import type { Lang, LocalText } from '../domain/text.ts';
import type { SessionEvent } from '../machines/session-machine.ts';

/** What every screen may use: words, the port's send, and the few outside services. */
export interface UiContext {
  readonly t: TFunction;
  readonly lang: Lang;
  readonly local: (text: LocalText) => string;
  readonly send: (event: SessionEvent) => void;
  readonly catalog: Catalog;
  readonly audio: Audio;
  readonly setLang: (lang: Lang) => void;
  /** A play left unfinished on this device, offered on the title screen. */
  readonly saved?: {
    readonly scenario: Scenario;
    readonly contextTitle?: LocalText;
    readonly decisions: number;
  };
  readonly resume: () => void;
  /** Finished plays on this device, oldest first. */
  readonly history: readonly FinishedPlay[];
  /** Screen-only room actions that also have keys: blank screen, full screen, the shortcut overview. */
  readonly roomUi: (type: 'ui.blank' | 'ui.fullscreen' | 'ui.help') => void;
  /** Opens the trainer's presenter view in a second window. */
  readonly openPresenter: () => void;
  /** Offers all progress as a file to save. */
  readonly exportProgress: () => void;
  /** Takes in progress from a file, after the player chose to merge it or to replace what is here. */
  readonly importProgress: (progress: Progress, mode: 'merge' | 'replace') => void;
  /** Why stored progress could not be used, if it could not. */
  readonly progressProblem?: ProgressProblem;
}
