import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';

type Render<V> = (ui: UiContext, view: V) => HTMLElement;

let loaded: () => void = () => {};
/** The app draws the screen anew (as a new screen: focus, announcement) when its code has arrived. */
export const whenScreenLoaded = (listener: () => void) => {
  loaded = listener;
};

const waiting = (ui: UiContext, failed: boolean, retry: () => void) =>
  h(
    'main',
    { class: 'panel', attrs: { id: 'content', 'aria-busy': String(!failed) } },
    h('p', {
      class: failed ? 'notice' : 'loading',
      attrs: { role: failed ? 'alert' : 'status', tabindex: -1, 'data-autofocus': true },
      text: ui.t(failed ? 'app.screenFailed' : 'app.screenLoading'),
    }),
    failed ? h('button', { class: 'primary', text: ui.t('app.retry'), on: { click: retry } }) : null,
  );

/**
 * A screen whose code arrives when it is first needed (or earlier, when the game is idle: `warm`), so
 * the game the title loads carries only the screens of a play. Until then a short line says it is on
 * its way; if it cannot arrive (the network gone mid-update), the player can try again.
 */
export const lazyScreen = <V>(load: () => Promise<Render<V>>) => {
  let render: Render<V> | undefined;
  let loading: Promise<void> | undefined;
  let failed = false;
  const warm = () => {
    loading ??= load().then(
      (r) => {
        render = r;
        failed = false;
      },
      (error: unknown) => {
        console.warn('A screen could not be loaded.', error);
        loading = undefined;
        failed = true;
      },
    );
    return loading;
  };
  return {
    warm: () => void warm(),
    render: (ui: UiContext, view: V): HTMLElement => {
      if (render) return render(ui, view);
      if (!failed) void warm().then(() => loaded());
      return waiting(ui, failed, () => {
        failed = false;
        void warm().then(() => loaded());
        loaded();
      });
    },
  };
};
