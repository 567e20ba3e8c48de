/**
 * After the projector is drawn: the situation and the question one after the other where they do not
 * fit together at the room's type size (never smaller type), the clock ring kept in step with the
 * digits, the reveal's bars grown, and the trainer's controls shown only while the mouse moves.
 */
const AWAKE_MS = 3000;

let clockWatch: MutationObserver | undefined;
let sleepTimer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

const overflows = (root: HTMLElement) => root.scrollHeight > root.clientHeight + 1;

/** Which part a phase gives up when the whole decision does not fit: present keeps the situation, discuss the question. */
const split = (root: HTMLElement, room: HTMLElement) => {
  delete room.dataset.step;
  const both = room.querySelector('.room-dilemma') && room.querySelector('.room-question');
  if (!both || !overflows(root)) return;
  room.dataset.step = room.dataset.phase === 'present' ? 'dilemma' : 'question';
};

const secondsOf = (clock: string) => {
  const [m, s] = clock.split(':').map(Number);
  return Number.isFinite(m) && Number.isFinite(s) ? m! * 60 + s! : undefined;
};

/** The app changes the digits in place every second; the ring follows them. */
const followClock = (room: HTMLElement) => {
  clockWatch?.disconnect();
  const ring = room.querySelector<HTMLElement>('.ring');
  const digits = ring?.querySelector('strong');
  const total = Number(ring?.dataset.totalMs);
  if (!ring || !digits || !(total > 0)) return;
  clockWatch = new MutationObserver(() => {
    const s = secondsOf(digits.textContent ?? '');
    if (s !== undefined) ring.style.setProperty('--left', Math.min(1, (s * 1000) / total).toFixed(4));
  });
  clockWatch.observe(digits, { childList: true, characterData: true, subtree: true });
};

/** The bars grow from nothing at the moment of the reveal; drawn again, they stand at once. */
const growBars = (room: HTMLElement) => {
  const fills = [...room.querySelectorAll<HTMLElement>('.fill[data-share]')];
  if (!fills.length) return;
  const set = () => {
    for (const fill of fills) fill.style.width = `${Number(fill.dataset.share)}%`;
  };
  if (room.querySelector('[data-moment]'))
    window.requestAnimationFrame(() => window.requestAnimationFrame(set));
  else set();
};

const wake = (root: HTMLElement) => {
  root.classList.add('room-awake');
  clearTimeout(sleepTimer);
  sleepTimer = setTimeout(() => root.classList.remove('room-awake'), AWAKE_MS);
};

export const fitRoom = (root: HTMLElement) => {
  const room = root.querySelector<HTMLElement>('.group-screen');
  root.classList.toggle('room-projector', room !== null);
  if (!room) {
    clockWatch?.disconnect();
    return;
  }
  split(root, room);
  followClock(room);
  growBars(room);
  if (!listening) {
    listening = true;
    for (const type of ['pointermove', 'pointerdown'] as const)
      document.addEventListener(type, () => {
        if (root.classList.contains('room-projector')) wake(root);
      });
  }
};
