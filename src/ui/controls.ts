import type { SessionEvent } from '../machines/session-machine.ts';
import type { UiContext } from './context.ts';
import { h } from './dom.ts';

/** A secondary button that moves the session somewhere else (back, to the start). */
export const navButton = (ui: UiContext, label: 'choose.back' | 'debrief.toTitle', event: SessionEvent) =>
  h('button', {
    class: 'quiet',
    text: ui.t(label),
    attrs: { type: 'button' },
    on: { click: () => ui.send(event) },
  });

/** Opens the browser's print dialog; the print stylesheet leaves only the page's content. */
export const printButton = (ui: UiContext) =>
  h('button', {
    text: ui.t('debrief.print'),
    attrs: { type: 'button', 'data-print': true },
    on: { click: () => window.print() },
  });
