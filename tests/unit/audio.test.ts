import { beforeEach, describe, expect, it, vi } from 'vitest';

const played: string[] = [];
let failLoading = false;

vi.mock('howler', () => {
  class Howl {
    private readonly src: string;
    private readonly onloaderror?: () => void;
    constructor(options: { src: string[]; onloaderror?: () => void }) {
      this.src = options.src[0]!;
      this.onloaderror = options.onloaderror;
    }
    play() {
      if (failLoading) this.onloaderror?.();
      else played.push(this.src);
    }
  }
  return { Howl, Howler: { noAudio: false, mute: vi.fn() } };
});

const { createAudio } = await import('../../src/adapters/audio.ts');

describe('sound', () => {
  beforeEach(() => {
    played.length = 0;
    failLoading = false;
  });

  it('plays nothing before the first key press or click', () => {
    const target = new EventTarget();
    const audio = createAudio(false, target);
    audio.play('select');
    expect(played).toEqual([]);
    target.dispatchEvent(new Event('keydown'));
    audio.play('select');
    expect(played).toHaveLength(1);
  });

  it('plays nothing while muted, and again once unmuted', () => {
    const target = new EventTarget();
    const audio = createAudio(true, target);
    target.dispatchEvent(new Event('pointerdown'));
    audio.play('debrief');
    expect(played).toEqual([]);
    audio.setMuted(false);
    audio.play('debrief');
    expect(played).toHaveLength(1);
  });

  it('reports itself unavailable when a sound cannot load, and goes on silently', () => {
    const target = new EventTarget();
    const audio = createAudio(false, target);
    target.dispatchEvent(new Event('keydown'));
    failLoading = true;
    audio.play('consequence');
    expect(audio.available()).toBe(false);
    expect(() => audio.play('consequence')).not.toThrow();
    expect(played).toEqual([]);
  });
});
