import './ui/title.css';
import './boot/boot.css';
import { insideLms } from './adapters/lms-api.ts';
import { browserStorage, createPreferenceStore } from './adapters/preferences.ts';
import { bootTitle, replayEarlyInput } from './boot/boot-title.ts';
import { startsInGame } from './boot/starts-in-game.ts';
import type { Stage, StageView } from './scenes/stage-view.ts';
import { useTypeface } from './ui/typeface.ts';

/**
 * The first small chunk. index.html already shows the title screen (scripts/vite-title-plugin.ts);
 * this puts it in the player's language, starts the drawn stage behind it, and loads the game
 * (src/game.ts: rules, machines, screens, the scenario library) as soon as someone reaches for a
 * control — or at once when the page opens into something other than a fresh title.
 */
const root = document.getElementById('ui')!;
const stageElement = document.getElementById('stage')!;
const prefs = createPreferenceStore(browserStorage());
const opening = startsInGame(window.location, browserStorage(), import.meta.env.DEV);
if (opening.fill) {
  // A phone in the room and the presenter show their own screens: not the title the page carries.
  document.getElementById('frame')?.classList.add('fill');
  const wait = document.createElement('p');
  wait.className = 'loading';
  wait.textContent = 'Het spel wordt geladen… / The game is loading…';
  root.replaceChildren(wait);
}

let stage: Stage | undefined;
let lastStage: StageView = { scene: 'title' };
const onStage = (view: StageView) => {
  lastStage = view;
  stage?.show(view);
};

/**
 * A page opened before the game was updated asks for files the new build no longer has (their names
 * carry a hash). Loading the page again gets the new build; once, so a real fault is not a loop.
 */
const RELOADED = 'open-ambtenaar:reloaded-for-update';
let reloading = false;
const reloadForUpdate = (): boolean => {
  if (reloading) return true;
  try {
    const last = Number(sessionStorage.getItem(RELOADED) ?? 0);
    if (Date.now() - last < 60_000) return false;
    sessionStorage.setItem(RELOADED, String(Date.now()));
  } catch {
    return false;
  }
  reloading = true;
  window.location.reload();
  return true;
};
window.addEventListener('vite:preloadError', (event) => {
  if (reloadForUpdate()) event.preventDefault();
});

const failed = (error: unknown) => {
  if (reloadForUpdate()) return;
  // Nothing in the game should throw; if it does, say so in words rather than leave dead buttons.
  console.error('The game could not start.', error);
  const message = document.createElement('p');
  message.className = 'notice';
  message.setAttribute('role', 'alert');
  message.textContent =
    'Het spel kon niet starten. Herlaad de pagina; helpt dat niet, meld het dan aan wie het spel beheert. / ' +
    'The game could not start. Reload the page; if that does not help, tell whoever runs the game.';
  root.replaceChildren(message);
};

let loading = false;
const load = () => {
  if (loading) return;
  loading = true;
  void import('./game.ts')
    .then(async ({ startGame }) => {
      const handed = title.handOver();
      await startGame({ root, prefs, onStage });
      replayEarlyInput(root, handed);
    })
    .catch(failed);
};
const title = bootTitle(root, prefs.get(), load);
// Inside an LMS the game loads at once: it tells the LMS the attempt began and offers the play it kept.
const inLms = insideLms(window);
if (opening.now || inLms) load();

/** The title's cheap first look (src/boot/boot.css) is for a page whose stage will draw soon; not for this one. */
const fullLook = () => document.getElementById('frame')?.classList.remove('booting');

const startStage = async () => {
  try {
    const { createStage } = await import('./scenes/create-stage.ts');
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)');
    stage = createStage(stageElement, reduced.matches);
    stage.show(lastStage);
    reduced.addEventListener('change', (e) => stage?.setReducedMotion(e.matches));
  } catch (error) {
    // Without the drawing the game is still fully playable: every word and control is in the DOM.
    console.warn('The drawn stage could not start; playing on without it.', error);
    fullLook();
  }
};
// The drawing comes after the words: Phaser starts once the page has loaded and painted its title.
const afterFirstPaint = (then: () => void) => {
  const paint = () => requestAnimationFrame(() => setTimeout(then, 0));
  if (document.readyState === 'complete') paint();
  else window.addEventListener('load', paint, { once: true });
};
// The typeface too (font-display swap: the title already shows in a system font, and changes once it is there).
if (!opening.presenter && !opening.phone)
  afterFirstPaint(() => {
    useTypeface();
    void startStage();
  });
else {
  useTypeface();
  fullLook();
}

// Once opened, the built game keeps working without a network (see scripts/vite-offline-plugin.ts).
// Not inside an LMS: the LMS serves the package, and a worker would keep an old copy of it.
if (import.meta.env.PROD && 'serviceWorker' in navigator && !inLms) {
  navigator.serviceWorker
    .register('./sw.js')
    .catch((error) => console.warn('Offline cache unavailable.', error));
}
