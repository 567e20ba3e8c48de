import type { Preferences } from '../adapters/preferences.ts';
import { type BootKey, readBootWords } from './boot-words.ts';

/** What a player did on the title before the game was there: a control pressed, or a key typed. */
export type EarlyInput =
  | { readonly kind: 'press'; readonly target: string }
  /** Enter or space on a focused control: the first one presses it, later ones whatever has focus by then. */
  | { readonly kind: 'activate'; readonly target: string }
  | { readonly kind: 'key'; readonly key: string };

export interface BootTitle {
  /** Stops listening, and says what to pass on to the game and which control had focus. */
  readonly handOver: () => { readonly inputs: readonly EarlyInput[]; readonly focused?: string };
}

/** A pointer or a touch on its way to a control; keys are caught on their own. */
const INTENT = ['pointerdown', 'pointermove', 'touchstart'] as const;

/** Keys that move focus or press the focused button: the browser already turns those into presses. */
const HANDLED_BY_BROWSER = new Set(['Tab', 'Enter', ' ', 'Shift', 'Control', 'Alt', 'Meta', 'Escape']);

/**
 * The title screen that index.html already shows (scripts/vite-title-plugin.ts): puts it in the
 * player's language and sound setting, and keeps what the player does with it until the game has
 * loaded. The first sign that someone is about to use it — a pointer, a touch, a key — asks for the game.
 */
export const bootTitle = (root: HTMLElement, prefs: Preferences, wanted: () => void): BootTitle => {
  const inputs: EarlyInput[] = [];
  if (prefs.lang !== 'nl') {
    const words = readBootWords(document.getElementById('boot-words')?.textContent, prefs.lang);
    if (words) {
      for (const el of root.querySelectorAll<HTMLElement>('[data-text]'))
        el.textContent = words[el.dataset.text as BootKey] ?? el.textContent;
      for (const el of root.querySelectorAll<HTMLElement>('[data-title-key]'))
        el.title = words[el.dataset.titleKey as BootKey] ?? el.title;
      for (const el of root.querySelectorAll<HTMLElement>('.lang-switch button'))
        el.setAttribute('aria-pressed', String(el.lang === prefs.lang));
      document.documentElement.lang = prefs.lang;
    }
  }
  const sound = root.querySelector<HTMLElement>('[data-sound]');
  if (sound && prefs.muted) {
    const words = readBootWords(document.getElementById('boot-words')?.textContent, prefs.lang);
    if (words) sound.textContent = words['sound.off'];
  }

  const onClick = (event: MouseEvent) => {
    const control = (event.target as Element | null)?.closest<HTMLElement>('[data-boot]');
    if (!control?.dataset.boot) return;
    // A click with no pointer behind it is a key on the focused control.
    inputs.push(
      event.detail === 0
        ? { kind: 'activate', target: control.dataset.boot }
        : { kind: 'press', target: control.dataset.boot },
    );
    control.setAttribute('aria-busy', 'true');
    wanted();
  };
  const onKey = (event: KeyboardEvent) => {
    wanted();
    if (event.ctrlKey || event.metaKey || event.altKey || HANDLED_BY_BROWSER.has(event.key)) return;
    if (event.key.startsWith('Arrow')) return;
    inputs.push({ kind: 'key', key: event.key });
  };
  const intent = () => wanted();
  root.addEventListener('click', onClick);
  document.addEventListener('keydown', onKey);
  for (const type of INTENT) document.addEventListener(type, intent, { passive: true });

  return {
    handOver: () => {
      root.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
      for (const type of INTENT) document.removeEventListener(type, intent);
      const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-boot]')
        ?.dataset.boot;
      return { inputs: [...inputs], ...(focused ? { focused } : {}) };
    },
  };
};

/** The control the page gives focus to, as the game's own title does when there is no play to resume. */
const AUTOFOCUSED = '[data-start]';

/** Passes the early presses and keys on to the game's own title, and puts focus where it was. */
export const replayEarlyInput = (
  root: HTMLElement,
  handed: { readonly inputs: readonly EarlyInput[]; readonly focused?: string },
) => {
  // The game puts focus on its own first control (a play to resume comes before a new one); focus the
  // player moved themselves stays where they put it.
  if (handed.focused && handed.focused !== AUTOFOCUSED)
    root.querySelector<HTMLElement>(handed.focused)?.focus();
  let activated = false;
  for (const input of handed.inputs) {
    if (input.kind === 'press') root.querySelector<HTMLElement>(input.target)?.click();
    else if (input.kind === 'activate') {
      // The first key pressed the control it was typed on; the next ones whatever that one led to.
      const target = activated
        ? (document.activeElement as HTMLElement | null)
        : root.querySelector<HTMLElement>(input.target);
      activated = true;
      target?.click();
    } else document.dispatchEvent(new KeyboardEvent('keydown', { key: input.key, bubbles: true }));
  }
};
