import type { TFunction } from 'i18next';
import { h } from './dom.ts';
import './file-picker.css';

interface FilePickerOptions {
  readonly id: string;
  /** What choosing a file does, as the button says it. */
  readonly label: string;
  readonly accept: string;
  readonly t: TFunction;
  readonly onFile: (file: File) => void;
}

/**
 * A file picker styled like the game's buttons: the real file input stays in the page (keyboard,
 * screen readers and drag-in all still work through it), drawn as its label, with the chosen name beside.
 */
export const filePicker = ({ id, label, accept, t, onFile }: FilePickerOptions): HTMLElement => {
  const name = h('span', {
    class: 'file-name',
    attrs: { id: `${id}-name`, 'aria-live': 'polite' },
    text: t('projector.file.none'),
  });
  const input = h('input', {
    class: 'file-input',
    attrs: { type: 'file', accept, id, 'aria-describedby': `${id}-name` },
    on: {
      change: () => {
        const file = input.files?.[0];
        name.textContent = file ? t('projector.file.chosen', { name: file.name }) : t('projector.file.none');
        if (file) onFile(file);
      },
    },
  });
  return h(
    'div',
    { class: 'file-picker' },
    input,
    h(
      'label',
      { class: 'file-button', attrs: { for: id } },
      h('span', { class: 'file-icon', attrs: { 'aria-hidden': 'true' }, text: '⇪' }),
      h('span', { text: label }),
    ),
    name,
  );
};
