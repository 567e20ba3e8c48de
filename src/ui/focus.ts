const focusables = (root: HTMLElement) => [
  ...root.querySelectorAll<HTMLElement>('button, input, select, [tabindex]'),
];

export interface FocusMark {
  readonly mute: boolean;
  readonly choice?: string;
  readonly index: number;
  readonly scrolled: number;
}

/** Where focus and scrolling stand before a screen is drawn again. */
export const markFocus = (root: HTMLElement): FocusMark => {
  const focused = document.activeElement as HTMLElement | null;
  return {
    mute: focused?.dataset.mute !== undefined,
    ...(focused?.dataset.choice ? { choice: focused.dataset.choice } : {}),
    index: focused ? focusables(root).indexOf(focused) : -1,
    scrolled: root.scrollTop,
  };
};

/**
 * Same screen drawn again (language, sound, a count or the clock changed): focus goes back to the
 * same control — by what it is, else the pressed language button, else its place — and scrolling stays.
 */
export const restoreFocus = (root: HTMLElement, mark: FocusMark, lang: string) => {
  root.scrollTop = mark.scrolled;
  const selector = mark.mute
    ? '[data-mute]'
    : mark.choice
      ? `[data-choice="${CSS.escape(mark.choice)}"]`
      : undefined;
  const same = selector ? root.querySelector<HTMLElement>(selector) : null;
  const pressed = root.querySelector<HTMLElement>(`button[lang="${lang}"]`);
  const byPlace = mark.index >= 0 ? focusables(root)[mark.index] : undefined;
  (same ?? pressed ?? byPlace ?? root.querySelector<HTMLElement>('[data-autofocus]'))?.focus();
};

/** A new screen: focus its first element marked for it, from the top. */
export const focusNewScreen = (root: HTMLElement) => {
  root.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  root.scrollTop = 0;
};
