import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PLACES, type Place } from '../../src/domain/vocabulary.ts';
import type { SessionView } from '../../src/machines/session-view.ts';

/** What the fake howler was asked to do, in order: `play <file>`, `fade <file> <from>→<to>`, `stop <file>`. */
const log: string[] = [];
const howler = { noAudio: false, volume: vi.fn(), mute: vi.fn() };
let failLoading = false;
let throwOnCreate = false;

vi.mock('howler', () => {
  class Howl {
    private readonly src: string;
    private readonly options: { onloaderror?: () => void; loop?: boolean };
    private readonly listeners = new Map<string, () => void>();
    constructor(options: { src: string[]; loop?: boolean; onloaderror?: () => void }) {
      if (throwOnCreate) throw new Error('no audio here');
      // The file's name without Vite's path: enough to tell which sound it is.
      this.src = options.src[0]!.split('/').pop()!;
      this.options = options;
    }
    play() {
      if (failLoading) {
        this.options.onloaderror?.();
        return 0;
      }
      log.push(`play ${this.src}`);
      return 1;
    }
    fade(from: number, to: number) {
      log.push(`fade ${this.src} ${from}→${to}`);
      // The fade ends at once here; the real one ends after its duration.
      this.listeners.get('fade')?.();
      this.listeners.delete('fade');
      return this;
    }
    once(event: string, listener: () => void) {
      this.listeners.set(event, listener);
      return this;
    }
    stop() {
      log.push(`stop ${this.src}`);
      return this;
    }
  }
  return { Howl, Howler: howler };
});

const { createAudio, ROOM_TONES, AMBIENCE_LEVEL } = await import('../../src/adapters/audio.ts');
const { followPlaces } = await import('../../src/adapters/ambience.ts');

/** A volume kept in memory, as the device's preferences keep it. */
const volumeStore = (volume = 0.8) => {
  const store = { volume, get: () => ({ volume: store.volume }), set: vi.fn() };
  store.set.mockImplementation((change: { volume: number }) => (store.volume = change.volume));
  return store;
};
const file = (url: string) => url.split('/').pop()!;
const gesture = (target: EventTarget) => target.dispatchEvent(new Event('pointerdown'));

describe('sound', () => {
  beforeEach(() => {
    log.length = 0;
    failLoading = false;
    throwOnCreate = false;
    howler.noAudio = false;
    howler.volume.mockClear();
    howler.mute.mockClear();
  });

  it('plays nothing before the first key press or click, not even a room tone', () => {
    const target = new EventTarget();
    const audio = createAudio(false, target, volumeStore());
    audio.play('select');
    audio.ambience('kantoor');
    audio.setVolume(0.5);
    expect(log).toEqual([]);
    // Howler is not even woken (it would make an AudioContext the browser refuses before a gesture).
    expect(howler.volume).not.toHaveBeenCalled();
    expect(howler.mute).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('keydown'));
    audio.play('select');
    expect(log.filter((l) => l.startsWith('play'))).toHaveLength(2);
  });

  it('plays nothing while muted, and again once unmuted', () => {
    const target = new EventTarget();
    const audio = createAudio(true, target, volumeStore());
    gesture(target);
    audio.play('debrief');
    audio.ambience('raadszaal');
    expect(log).toEqual([]);
    audio.setMuted(false);
    audio.play('debrief');
    expect(log).toContain(`play ${file(ROOM_TONES.raadszaal)}`);
    expect(log.filter((l) => l.startsWith('play') && l.includes('debrief'))).toHaveLength(1);
  });

  it('loops the room tone of the place on screen, crossfading when the place changes', () => {
    const target = new EventTarget();
    const audio = createAudio(false, target, volumeStore());
    audio.ambience('kantoor');
    gesture(target);
    const office = file(ROOM_TONES.kantoor);
    const chamber = file(ROOM_TONES.raadszaal);
    expect(log).toEqual([`play ${office}`, `fade ${office} 0→${AMBIENCE_LEVEL}`]);
    log.length = 0;
    audio.ambience('kantoor');
    expect(log).toEqual([]);
    audio.ambience('raadszaal');
    expect(log).toEqual([
      `fade ${office} ${AMBIENCE_LEVEL}→0`,
      `stop ${office}`,
      `play ${chamber}`,
      `fade ${chamber} 0→${AMBIENCE_LEVEL}`,
    ]);
    log.length = 0;
    audio.ambience(undefined);
    expect(log).toEqual([`fade ${chamber} ${AMBIENCE_LEVEL}→0`, `stop ${chamber}`]);
  });

  it('lets the room tone fall silent when muted and come back when unmuted', () => {
    const target = new EventTarget();
    const audio = createAudio(false, target, volumeStore());
    gesture(target);
    audio.ambience('buurthuis');
    log.length = 0;
    audio.setMuted(true);
    expect(log.at(-1)).toBe(`stop ${file(ROOM_TONES.buurthuis)}`);
    audio.setMuted(false);
    expect(log.at(-1)).toBe(`fade ${file(ROOM_TONES.buurthuis)} 0→${AMBIENCE_LEVEL}`);
  });

  it('sets the volume, keeps it within 0 to 1 in tenths, and remembers it', () => {
    const target = new EventTarget();
    const store = volumeStore(0.4);
    const audio = createAudio(false, target, store);
    expect(audio.volume()).toBe(0.4);
    gesture(target);
    expect(howler.volume).toHaveBeenLastCalledWith(0.4);
    expect(audio.setVolume(0.73)).toBe(0.7);
    expect(howler.volume).toHaveBeenLastCalledWith(0.7);
    expect(store.volume).toBe(0.7);
    expect(audio.setVolume(3)).toBe(1);
    expect(audio.setVolume(-1)).toBe(0);
    expect(audio.setVolume(Number.NaN)).toBe(0);
    expect(store.volume).toBe(0);
    // A new page reads it back.
    expect(createAudio(false, new EventTarget(), store).volume()).toBe(0);
  });

  it('reports itself unavailable when a sound cannot load, and goes on silently', () => {
    const target = new EventTarget();
    const audio = createAudio(false, target, volumeStore());
    gesture(target);
    failLoading = true;
    audio.play('consequence');
    expect(audio.available()).toBe(false);
    expect(() => audio.play('consequence')).not.toThrow();
    expect(log).toEqual([]);
  });

  it('gives up room tones that cannot load, without a word and without losing the cues', () => {
    const target = new EventTarget();
    const audio = createAudio(false, target, volumeStore());
    gesture(target);
    failLoading = true;
    expect(() => audio.ambience('kantoor')).not.toThrow();
    failLoading = false;
    audio.ambience('raadszaal');
    expect(log.filter((l) => l.includes('room-'))).not.toContain(`play ${file(ROOM_TONES.raadszaal)}`);
    expect(audio.available()).toBe(true);
    audio.play('reveal');
    expect(log.at(-1)).toMatch(/^play reveal.*\.ogg$/);
  });

  it('throws nothing when the browser has no audio at all', () => {
    const target = new EventTarget();
    throwOnCreate = true;
    const audio = createAudio(false, target, volumeStore());
    gesture(target);
    expect(() => {
      audio.ambience('vergaderzaal');
      audio.play('select');
      audio.setVolume(0.3);
      audio.setMuted(true);
    }).not.toThrow();
    expect(audio.available()).toBe(false);
    howler.noAudio = true;
    expect(createAudio(false, new EventTarget(), volumeStore()).available()).toBe(false);
  });
});

describe('the room tone follows the story', () => {
  /** Just enough of a view for the place: the beat on screen alone, or in the room. */
  const alone = (place: Place) =>
    ({ screen: 'playing', beat: 'b', scenario: { beats: { b: { place } } } }) as unknown as SessionView;
  const inTheRoom = (place: Place) => ({ screen: 'group', beat: { place } }) as unknown as SessionView;

  it('asks for the place of each beat shown, and for none on other screens', () => {
    let listener: (view: SessionView) => void = () => undefined;
    const port = {
      view: () => ({ screen: 'title' }) as SessionView,
      subscribe: (l: (view: SessionView) => void) => {
        listener = l;
        return () => undefined;
      },
    };
    const asked: (Place | undefined)[] = [];
    followPlaces(port, { ambience: (place) => asked.push(place) });
    for (const view of [
      alone('kantoor'),
      alone('raadszaal'),
      inTheRoom('buurthuis'),
      { screen: 'debrief' } as SessionView,
    ])
      listener(view);
    expect(asked).toEqual([undefined, 'kantoor', 'raadszaal', 'buurthuis', undefined]);
  });

  it('has a room tone for every place a scenario can name', () => {
    expect(Object.keys(ROOM_TONES).sort()).toEqual([...PLACES].sort());
  });
});
