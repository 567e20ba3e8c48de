import type { TFunction } from 'i18next';
import type { Audio } from '../adapters/audio.ts';
import type { Catalog } from '../adapters/scenario-catalog.ts';
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
}
