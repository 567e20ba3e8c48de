import type { Audio } from '../adapters/audio.ts';
import { currentLang, local, type Translator } from '../adapters/i18n.ts';
import type { PreferenceStore } from '../adapters/preferences.ts';
import type { ProgressStore } from '../adapters/progress-store.ts';
import type { PhonesInfo } from '../adapters/room-phones.ts';
import type { Catalog } from '../adapters/scenario-catalog.ts';
import type { Lang } from '../domain/text.ts';
import type { SessionPort } from '../machines/session-port.ts';
import { type SessionView, viewDetail, viewKey } from '../machines/session-view.ts';
import type { StageView } from '../scenes/stage-view.ts';
import { createAnnouncer } from './announcer.ts';
import { clockText } from './clock-text.ts';
import { fitRoom } from './fit-room.ts';
import { focusNewScreen, markFocus, restoreFocus } from './focus.ts';
import { isTypingOrModified, moveFocusWithArrows } from './keyboard.ts';
import { createRoomControls } from './room-controls.ts';
import { phonesKey, refreshLive } from './room-join.ts';
import { createRoomOverlay } from './room-overlay.ts';
import { isRoomScreen, presenterScreen, screenOf, warmScreens } from './screens/index.ts';
import { whenScreenLoaded } from './screens/lazy-screen.ts';
import { soloKey } from './solo-keys.ts';
import { renderTopbar } from './topbar.ts';
import { createUiContext, openPresenterWindow } from './ui-context.ts';

export interface AppDeps {
  readonly root: HTMLElement;
  readonly announcer: HTMLElement;
  readonly port: SessionPort;
  readonly i18n: Translator;
  readonly prefs: PreferenceStore;
  readonly audio: Audio;
  readonly catalog: Catalog;
  readonly progress: ProgressStore;
  /** This window is the trainer's presenter view, not the projector. */
  readonly presenter: boolean;
  /** The room between windows: the presenter blanks the projector through it, the projector hears it. */
  readonly screenLink?: {
    readonly blankProjector: () => boolean;
    readonly onScreenAction: (listener: (action: 'blank') => void) => void;
  };
  /** The phones in the room: what the trainer's screens say about them, and when that changes. */
  readonly phones?: { readonly info: () => PhonesInfo; readonly onChange: (listener: () => void) => void };
  /** Whether a stored group session could not be restored at start (and was set aside). */
  readonly roomSetAside?: boolean;
  /** Told what to draw behind the words; the drawing itself may arrive later than the words. */
  readonly onStage: (view: StageView) => void;
}

/** The DOM layer: draws each view the port publishes as real, accessible elements, and routes the keys. */
export const mountApp = (deps: AppDeps) => {
  const { root, port, i18n, prefs, audio, catalog } = deps;
  const announce = createAnnouncer(deps.announcer);
  const rerender = () => render(port.view(), true);

  const setLang = (lang: Lang) => {
    prefs.set({ lang });
    void i18n.changeLanguage(lang).then(rerender);
  };
  const toggleMute = () => {
    const muted = !prefs.get().muted;
    prefs.set({ muted });
    audio.setMuted(muted);
    rerender();
    announce(i18n.t(muted ? 'sound.muted' : 'sound.unmuted'));
  };

  const overlay = createRoomOverlay(() => i18n.t, rerender);
  const room = createRoomControls({
    send: port.send,
    overlay,
    presenter: deps.presenter,
    openPresenter: openPresenterWindow,
    blankProjector: () => deps.screenLink?.blankProjector() ?? false,
  });
  deps.screenLink?.onScreenAction((action) => {
    if (action === 'blank' && port.view().screen === 'group') overlay.toggle('blank');
  });
  const context = createUiContext({
    ...deps,
    lang: () => currentLang(i18n),
    local: (text) => local(i18n, text),
    setLang,
    roomUi: (type) => room.apply({ type }),
    phones: deps.phones?.info,
    rerender,
  });
  // Phones joining and voting change only the trainer's screens of a group session, and there only
  // their live parts; the whole screen is drawn anew when the room itself opens or goes (not on the
  // setup screen, whose form the trainer may be filling in).
  let phonesSeen = phonesKey(deps.phones?.info());
  deps.phones?.onChange(() => {
    const view = port.view();
    if (!isRoomScreen(view)) return;
    const key = phonesKey(deps.phones?.info());
    if (key !== phonesSeen && view.screen !== 'groupSetup') rerender();
    else refreshLive(root, context());
    phonesSeen = key;
  });

  let lastKey = '';
  let lastDetail = '';
  let lastClock = '';
  /**
   * Draws a view; the same screen is drawn again only when forced or when its details changed. The
   * discussion clock alone changes its own digits in place: redrawing every second would swallow a
   * click whose press and release straddle the redraw.
   */
  const render = (view: SessionView, force = false) => {
    const key = viewKey(view);
    const detail = viewDetail(view);
    const clock = view.screen === 'group' ? clockText(view.timer.leftMs) : '';
    if (!force && key === lastKey && detail === lastDetail) {
      if (clock !== lastClock)
        for (const digits of root.querySelectorAll('.timer strong')) digits.textContent = clock;
      lastClock = clock;
      return;
    }
    lastClock = clock;
    const screenChanged = key !== lastKey;
    lastKey = key;
    lastDetail = detail;
    const ui = context();
    const spec = screenOf(view);
    const focus = markFocus(root);
    document.documentElement.lang = ui.lang;
    const about = spec.scenario?.(view);
    document.title = about ? `${ui.local(about.title)} — ${ui.t('app.title')}` : ui.t('app.title');
    // The presenter shows its own view of a running room; the group debrief it shows as the room sees it.
    const body =
      deps.presenter && view.screen !== 'groupDebrief'
        ? presenterScreen.render(ui, view)
        : spec.render(ui, view);
    const sound = { audio, muted: prefs.get().muted, toggle: toggleMute };
    root.replaceChildren(renderTopbar(ui, view, sound, catalog, deps.roomSetAside), body);
    fitRoom(root);
    if (!screenChanged) {
      restoreFocus(root, focus, ui.lang);
      return;
    }
    focusNewScreen(root);
    const text = spec.spoken?.(ui, view);
    if (text) announce(text);
    deps.onStage(spec.stage(view));
  };

  const onKey = (event: KeyboardEvent) => {
    const view = port.view();
    if (!isTypingOrModified(event) && room.onKey(event, view)) {
      event.preventDefault();
      return;
    }
    if (moveFocusWithArrows(event)) {
      event.preventDefault();
      return;
    }
    if (isTypingOrModified(event)) return;
    const action = soloKey(event.key, view);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'ui.mute') toggleMute();
    else {
      audio.play('select');
      port.send(action);
    }
  };

  window.addEventListener('resize', () => fitRoom(root));
  document.addEventListener('keydown', onKey);
  port.onCue((cue) => audio.play(cue));
  port.subscribe((view) => render(view));
  // A screen whose code just arrived is drawn as the new screen it is (focus, what is announced).
  whenScreenLoaded(() => {
    lastKey = '';
    render(port.view(), true);
  });
  render(port.view(), true);
  // The screens after a play arrive in a quiet moment, well before a play ends.
  if ('requestIdleCallback' in window) window.requestIdleCallback(warmScreens, { timeout: 5_000 });
  else setTimeout(warmScreens, 2_000);
};
