import './ui/game.css';
import { createAudio } from './adapters/audio.ts';
import { createI18n } from './adapters/i18n.ts';
import { connectLms } from './adapters/lms.ts';
import { browserStorage, type PreferenceStore } from './adapters/preferences.ts';
import { createProgressStore } from './adapters/progress-store.ts';
import { createRoomClock } from './adapters/room-clock.ts';
import { createRoomPhones } from './adapters/room-phones.ts';
import { readRoomKey } from './adapters/room-socket.ts';
import { connectRoom } from './adapters/room-sync.ts';
import { bundledCatalog, type Catalog, withOwnScenarios } from './adapters/scenario-catalog.ts';
import { splitPlayable } from './machines/playable.ts';
import { createSessionPort } from './machines/session-port.ts';
import type { StageView } from './scenes/stage-view.ts';
import { mountApp } from './ui/app.ts';
import { isRoomScreen } from './ui/screens/index.ts';

/** The catalog without scenarios that fail to compile; those are listed with the broken files instead. */
const playableCatalog = (catalog: Catalog): Catalog => {
  const { playable, failed } = splitPlayable(catalog.scenarios);
  if (failed.length === 0) return catalog;
  const broken = new Map(catalog.broken);
  for (const { scenario, error } of failed) {
    broken.set(scenario.file, [
      {
        file: scenario.file,
        line: 1,
        column: 1,
        path: '',
        code: 'read-failed',
        params: { detail: String(error) },
      },
    ]);
  }
  return { scenarios: playable, broken };
};

export interface GameDeps {
  readonly root: HTMLElement;
  readonly prefs: PreferenceStore;
  /** Told what the stage should draw; the stage itself is the boot's (src/main.ts). */
  readonly onStage: (view: StageView) => void;
}

/**
 * Composition root: loads content, creates the machines, and wires in the outside world. Resolves
 * once the game has drawn its first screen; `presenter` says whether this window is the trainer's.
 */
export const startGame = async ({
  root,
  prefs,
  onStage,
}: GameDeps): Promise<{ readonly presenter: boolean }> => {
  const i18n = await createI18n(prefs.get().lang);
  const audio = createAudio(prefs.get().muted);
  audio.setMuted(prefs.get().muted);
  // The author's own scenarios kept on this device by the studio join the library, checked like bundled ones.
  const catalog = playableCatalog(await withOwnScenarios(bundledCatalog(), browserStorage()));
  // A phone that scanned the room's QR code: the phone view, and nothing of the projector's session.
  const joinCode = new URLSearchParams(window.location.search).get('join');
  if (joinCode !== null) {
    const { startPhone } = await import('./ui/phone/phone-main.ts');
    startPhone({
      root,
      announcer: document.getElementById('announcer')!,
      i18n,
      prefs,
      catalog,
      code: joinCode,
      origin: window.location.origin,
      storage: browserStorage(),
    });
    return { presenter: false };
  }
  // `#presenter` in a second window on this machine; `#presenter&room=…&token=…` on the trainer's phone.
  const presenterHash = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const presenter = presenterHash.has('presenter');
  const remote = presenter ? readRoomKey(presenterHash.get('room'), presenterHash.get('token')) : undefined;
  // One window keeps the discussion time: the oldest projector, or a presenter alone (see room-sync.ts).
  let keepsTime = () => !presenter;
  const port = createSessionPort(catalog.scenarios, { clock: createRoomClock(() => keepsTime()) });
  if (!presenter)
    void import('./adapters/ambience.ts').then(
      (m) => m.followPlaces(port, audio),
      () => undefined,
    );
  const playable = (scenario: string, context: string) =>
    catalog.scenarios.some((s) => s.id === scenario && s.contexts.some((c) => c.id === context));
  // A play in progress whose scenario (or context) this build lacks is shelved, not replaced, when another starts.
  const progress = createProgressStore(browserStorage(), () => Date.now(), { playable });
  port.onProgress((event) => {
    if (event.type === 'play.saved') progress.save(event.play);
    else if (event.type === 'play.finished') progress.finish(event.play);
    else progress.abandon();
  });
  // Inside an LMS (a SCORM package): completion, the play in progress and session time; outside, nothing.
  connectLms({
    window,
    port,
    progress,
    playable,
  });

  // A group session survives a refresh and stays in step with the presenter window.
  const room = connectRoom(port, browserStorage(), presenter ? 'presenter' : 'projector', isRoomScreen);
  keepsTime = room.keepsTime;
  // A projector closing says so, so a presenter takes over at once rather than after a silence.
  window.addEventListener('pagehide', () => room.leaving());
  // The projector opens the room for phones when a group session starts (if the room server is there);
  // a presenter joins it for the counts, and on the trainer's phone reaches the projector through it.
  const phones = createRoomPhones({
    port,
    storage: browserStorage(),
    origin: window.location.origin,
    role: presenter ? 'presenter' : 'projector',
    ...(remote ? { remote } : {}),
    onTransport: (transport) => room.addTransport(transport),
  });
  // The trainer token is in the link's fragment, which a browser never sends to a server: out of sight.
  if (remote) history.replaceState(null, '', `${window.location.pathname}#presenter`);

  mountApp({
    root,
    announcer: document.getElementById('announcer')!,
    port,
    i18n,
    prefs,
    audio,
    catalog,
    progress,
    presenter,
    roomSetAside: room.roomSetAside(),
    phones,
    screenLink: room,
    onStage,
  });
  return { presenter };
};
