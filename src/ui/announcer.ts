/** Speaks a message through a live region, also when it is the same message as before. */
export const createAnnouncer = (region: HTMLElement) => (text: string) => {
  region.textContent = '';
  // A fresh text node after clearing makes screen readers announce repeated messages too.
  window.setTimeout(() => (region.textContent = text), 30);
};
