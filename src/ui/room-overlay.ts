import type { TFunction } from 'i18next';
import { h } from './dom.ts';
import { SHORTCUTS } from './group-keys.ts';

const ID = 'room-overlay';

/** The projector's two overlays: a blank screen, and the trainer's list of keys. At most one is open. */
export const createRoomOverlay = (words: () => TFunction, onClose: () => void) => {
  let open: 'blank' | 'help' | undefined;

  const draw = () => {
    document.getElementById(ID)?.remove();
    if (!open) return;
    const close = () => {
      open = undefined;
      draw();
      onClose();
    };
    const t = words();
    const layer =
      open === 'blank'
        ? h(
            'div',
            {
              class: 'blank-screen',
              attrs: { id: ID, role: 'dialog', 'aria-label': t('room.blank'), tabindex: -1 },
              on: { click: close },
            },
            h('p', { class: 'visually-hidden', text: t('room.blank') }),
          )
        : h(
            'div',
            {
              class: 'help-overlay',
              attrs: { id: ID, role: 'dialog', 'aria-labelledby': 'help-heading', tabindex: -1 },
            },
            h('h2', { attrs: { id: 'help-heading' }, text: t('room.helpHeading') }),
            h(
              'dl',
              {},
              SHORTCUTS.map(([keys, action]) => [
                h('dt', { text: keys }),
                h('dd', { text: t(`room.key.${action}`) }),
              ]),
            ),
            h('p', { text: t('room.close') }),
            h('button', { class: 'primary', text: t('room.closeButton'), on: { click: close } }),
          );
    document.body.append(layer);
    layer.focus();
  };

  return {
    isOpen: () => open !== undefined,
    toggle(which: 'blank' | 'help') {
      open = open === which ? undefined : which;
      draw();
    },
    close() {
      if (!open) return;
      open = undefined;
      draw();
      onClose();
    },
  };
};

export type RoomOverlay = ReturnType<typeof createRoomOverlay>;
