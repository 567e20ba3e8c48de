import type { TFunction } from 'i18next';
import type { Audio } from '../adapters/audio.ts';
import type { ProgressProblem, SaveFailure } from '../adapters/progress-store.ts';
import type { PhonesInfo } from '../adapters/room-phones.ts';
import type { Catalog } from '../adapters/scenario-catalog.ts';
import type { FinishedPlay } from '../domain/progress.ts';
import type { Scenario } from '../domain/scenario.ts';
import type { Lang, LocalText } from '../domain/text.ts';
import type { SessionEvent } from '../machines/session-machine.ts';

/**
 * What "Mijn voortgang" is in the middle of, or has just done. Kept in the UI context rather than in
 * the screen's elements, so the screen can be drawn again (after an import, a language switch) and
 * still show it.
 */
export type ProgressStep =
  /** A file was read: it holds `count` finished plays, there are `mine` here; merge, replace or cancel? */
  | { readonly step: 'offer'; readonly count: number; readonly mine: number }
  /** A file could not be used. */
  | { readonly step: 'refused'; readonly reason: ProgressProblem }
  /** A file larger than `MAX_IMPORT_BYTES`, refused unread. */
  | { readonly step: 'tooLarge'; readonly bytes: number }
  | {
      readonly step: 'merged';
      readonly added: number;
      readonly known: number;
      /** The file's unfinished play differed from the one here and was put on the shelf. */
      readonly shelvedTheirs: boolean;
    }
  | { readonly step: 'replaced'; readonly count: number }
  /** An offered import or removal left undone. */
  | { readonly step: 'cancelled'; readonly of: 'import' | 'removal' }
  /** The player asked to make room: remove the `count` oldest finished plays? */
  | { readonly step: 'confirmRemoval'; readonly count: number }
  | { readonly step: 'removed'; readonly count: number };

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
    /** Decisions taken within the saved moves that still fit the scenario. */
    readonly decisions: number;
    /** False when the scenario changed since and some saved moves no longer fit: resuming stops before them. */
    readonly fits: boolean;
  };
  /** Resumes the saved play as far as its moves still fit. */
  readonly resume: () => void;
  /** Unfinished plays kept on this device whose scenario (or context) this game cannot play now: their names. */
  readonly unavailable: readonly string[];
  /** Set when the last write to the device failed: why, and what is not stored. */
  readonly saving?: SaveFailure;
  /** Finished plays on this device, oldest first. */
  readonly history: readonly FinishedPlay[];
  /** Screen-only room actions that also have keys: blank screen, full screen, the shortcut overview. */
  readonly roomUi: (type: 'ui.blank' | 'ui.fullscreen' | 'ui.help') => void;
  /** Phones in the room (trainer's windows only): checking, not available, or the open room and its counts. */
  readonly phones?: PhonesInfo;
  /** Opens the trainer's presenter view in a second window. */
  readonly openPresenter: () => void;
  /** Offers all progress as a file to save. */
  readonly exportProgress: () => void;
  /** Where "Mijn voortgang" stands with an import or a removal, if anywhere. */
  readonly progressStep?: ProgressStep;
  /** Reads a chosen file (refused unread when too large) and offers to take it in. */
  readonly chooseImport: (file: Blob) => Promise<void>;
  /** Takes in the offered file, after the player chose to merge it or to replace what is here. */
  readonly importProgress: (mode: 'merge' | 'replace') => void;
  /** Asks to remove the oldest finished plays (to make room), or, once confirmed, removes them. */
  readonly removeOldPlays: (confirmed: boolean) => void;
  /** Leaves an offered import or removal undone. */
  readonly cancelProgressStep: () => void;
  /** Why stored progress could not be used, if it could not, and whether it was kept aside. */
  readonly progressProblem?: { readonly reason: ProgressProblem; readonly keptAside: boolean };
}
