import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';

/** The studio's code (CodeMirror, the YAML parser, the checker) arrives only when someone opens it. */
const loadStudio = () => import('./studio.ts');

/**
 * The "Eigen scenario" entry: a button that loads the authoring studio and opens it over the game.
 * While it loads the button says so; if it cannot load, a line says why and the button tries again.
 */
export const studioEntry = (ui: UiContext): HTMLElement => {
  const note = h('p', { class: 'small', attrs: { id: 'studio-entry-note', role: 'status' } });
  const button = h('button', {
    class: 'quiet',
    text: ui.t('studio.entry'),
    attrs: { type: 'button', 'data-studio-entry': true, 'aria-describedby': 'studio-entry-hint' },
    on: {
      click: () => {
        button.setAttribute('aria-busy', 'true');
        note.textContent = ui.t('studio.loading');
        loadStudio().then(
          ({ openStudio }) => {
            button.removeAttribute('aria-busy');
            note.textContent = '';
            openStudio(ui, button);
          },
          (error: unknown) => {
            console.warn('The studio could not be loaded.', error);
            button.removeAttribute('aria-busy');
            note.textContent = ui.t('studio.loadFailed');
          },
        );
      },
    },
  });
  return h(
    'div',
    { class: 'studio-entry' },
    button,
    h('span', { class: 'small', attrs: { id: 'studio-entry-hint' }, text: ` ${ui.t('studio.entryHint')}` }),
    note,
  );
};
