import type { TFunction } from 'i18next';
import type { Letter } from '../../domain/room-protocol.ts';
import type { Lang, LocalText } from '../../domain/text.ts';
import type { DebriefView } from './phone-view.ts';

/** What the phone's renderers need: words, and the few things a tap can do. */
export interface PhoneUi {
  readonly t: TFunction;
  readonly lang: Lang;
  readonly local: (text: LocalText) => string;
  /** The room code, once it is one. */
  readonly code: string | undefined;
  /** The code as it came or was typed. */
  readonly typed: string;
  /** A note about what this phone keeps (could not read it, cannot write it), if any. */
  readonly storeNote: 'phone.keptAside' | 'phone.leftAlone' | 'phone.notSaved' | undefined;
  readonly vote: (letter: Letter) => void;
  /** A tap on an option while the vote is not open (yet, or any more). */
  readonly notOpen: (closed: boolean) => void;
  readonly joinCode: (typed: string) => void;
  readonly setLang: (lang: Lang) => void;
  readonly print: (debrief: DebriefView) => void;
  readonly exportFile: (debrief: DebriefView) => void;
}
