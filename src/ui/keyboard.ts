/** Arrow keys move focus within a group of controls marked `data-arrow-nav`, wrapping at the ends. */
export const moveFocusWithArrows = (event: KeyboardEvent): boolean => {
  const keys: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
  const step = keys[event.key];
  const active = document.activeElement;
  if (!step || !(active instanceof HTMLElement)) return false;
  const group = active.closest('[data-arrow-nav]');
  if (!group) return false;
  const items = [...group.querySelectorAll<HTMLElement>('button:not([disabled])')];
  const index = items.indexOf(active);
  if (index < 0) return false;
  items[(index + step + items.length) % items.length]?.focus();
  return true;
};

/** True when a key press is meant for a text field or carries a modifier, so shortcuts must not act. */
export const isTypingOrModified = (event: KeyboardEvent): boolean => {
  const target = event.target as HTMLElement | null;
  return (
    event.ctrlKey ||
    event.metaKey ||
    event.altKey ||
    !!target?.closest('input, textarea, select, [contenteditable="true"]')
  );
};

/** The volume keys, on every screen: `[` softer, `]` louder, a tenth at a time (+ and − belong to the room's timer). */
export const volumeKey = (key: string): -1 | 1 | undefined =>
  key === '[' ? -1 : key === ']' ? 1 : undefined;
