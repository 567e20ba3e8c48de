import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectLms } from '../../src/adapters/lms.ts';
import { findLmsApi, insideLms } from '../../src/adapters/lms-api.ts';
import { duration2004, timespan12 } from '../../src/adapters/lms-link.ts';
import { encodeSuspend } from '../../src/adapters/lms-suspend.ts';
import { createProgressStore } from '../../src/adapters/progress-store.ts';
import type { Move } from '../../src/domain/play.ts';
import type { ProgressEvent } from '../../src/machines/session-port.ts';
import { memoryStorage } from '../support/memory-storage.ts';

/** What an LMS was told: every value set, in order, and the run-time calls made. */
const fakeLms = (version: '1.2' | '2004', initial: Record<string, string> = {}) => {
  const cmi = new Map(Object.entries(initial));
  const sets: [string, string][] = [];
  const calls: string[] = [];
  const track =
    (name: string, result = 'true') =>
    () => {
      calls.push(name);
      return result;
    };
  const get = (element: string) => cmi.get(element) ?? '';
  const set = (element: string, value: string) => {
    sets.push([element, value]);
    cmi.set(element, value);
    return 'true';
  };
  const api =
    version === '1.2'
      ? {
          LMSInitialize: track('initialize'),
          LMSFinish: track('finish'),
          LMSGetValue: get,
          LMSSetValue: set,
          LMSCommit: track('commit'),
          LMSGetLastError: () => '0',
        }
      : {
          Initialize: track('initialize'),
          Terminate: track('finish'),
          GetValue: get,
          SetValue: set,
          Commit: track('commit'),
          GetLastError: () => '0',
        };
  return { api, cmi, sets, calls };
};

/** A game frame inside an LMS page that holds `api` under `name`, optionally with frames in between. */
const framed = (apis: Record<string, unknown>, search = '') => {
  const top: Record<string, unknown> = { ...apis };
  top.parent = top;
  top.top = top;
  const game = Object.assign(new EventTarget(), { parent: top, top, opener: null, location: { search } });
  return game as unknown as Window;
};

const fakePort = () => {
  const listeners = new Set<(event: ProgressEvent) => void>();
  return {
    onProgress(listener: (event: ProgressEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (event: ProgressEvent) => {
      for (const l of listeners) l(event);
    },
  };
};

const moves: Move[] = [
  { type: 'beat.continue' },
  { type: 'beat.continue' },
  { type: 'choice.select', choice: 'ga-in-gesprek' },
];
const play = { scenario: 'de-nieuwe-wethouder', context: 'gemeente', moves };
const finished = {
  type: 'play.finished' as const,
  play: {
    scenario: play.scenario,
    context: play.context,
    steps: [{ beat: 'b', choice: 'ga-in-gesprek' }],
    meters: { vertrouwen: 50, steun: 50, energie: 50, voortgang: 50 },
    flags: ['x'],
    ending: 'einde',
  },
};

const setup = (version: '1.2' | '2004', initial: Record<string, string> = {}) => {
  const lms = fakeLms(version, initial);
  const win = framed({ [version === '1.2' ? 'API' : 'API_1484_11']: lms.api });
  const port = fakePort();
  const progress = createProgressStore(memoryStorage().storage, () => Date.UTC(2026, 0, 1));
  let clock = 0;
  const connection = connectLms({ window: win, port, progress, now: () => clock });
  return { lms, win, port, progress, connection, tick: (ms: number) => (clock += ms) };
};

afterEach(() => vi.restoreAllMocks());

describe('the game inside an LMS (SCORM 1.2)', () => {
  it('marks the attempt incomplete on start, keeps the moves while playing, and completes at a debrief', () => {
    const { lms, port, win, tick } = setup('1.2');
    expect(lms.calls.slice(0, 2)).toEqual(['initialize', 'commit']);
    expect(lms.cmi.get('cmi.core.lesson_status')).toBe('incomplete');

    tick(65_000);
    port.emit({ type: 'play.saved', play });
    expect(lms.cmi.get('cmi.suspend_data')).toBe(encodeSuspend(play));
    expect(lms.cmi.get('cmi.core.exit')).toBe('suspend');
    expect(lms.cmi.get('cmi.core.session_time')).toBe('00:01:05');

    port.emit(finished);
    expect(lms.cmi.get('cmi.core.lesson_status')).toBe('completed');
    expect(lms.cmi.get('cmi.suspend_data')).toBe('');
    expect(lms.cmi.get('cmi.core.exit')).toBe('');

    tick(3_600_000);
    win.dispatchEvent(new Event('pagehide'));
    expect(lms.calls.at(-1)).toBe('finish');
    expect(lms.cmi.get('cmi.core.session_time')).toBe('01:01:05');

    // Nothing but status, the moves, the way out and the time: no score, no answers, no profile.
    expect(new Set(lms.sets.map(([element]) => element))).toEqual(
      new Set(['cmi.core.lesson_status', 'cmi.suspend_data', 'cmi.core.exit', 'cmi.core.session_time']),
    );
    expect(lms.sets.map(([, value]) => value).join(' ')).not.toMatch(/vertrouwen|einde|50/);
  });

  it('says nothing more once the visit is over', () => {
    const { lms, port, connection } = setup('1.2');
    connection!.finish();
    const told = lms.sets.length;
    port.emit({ type: 'play.saved', play });
    connection!.finish();
    expect(lms.sets.length).toBe(told);
    expect(lms.calls.filter((c) => c === 'finish')).toHaveLength(1);
  });

  it('never sets a completed attempt back to incomplete', () => {
    const { lms } = setup('1.2', { 'cmi.core.lesson_status': 'completed' });
    expect(lms.sets.map(([element]) => element)).not.toContain('cmi.core.lesson_status');
  });

  it('offers to continue the play the LMS kept, as a play saved on this device is offered', () => {
    const { progress } = setup('1.2', { 'cmi.suspend_data': encodeSuspend(play) });
    expect(progress.progress().current).toMatchObject(play);
  });

  it('keeps this device’s play when it is the same play further on', () => {
    const lms = fakeLms('1.2', { 'cmi.suspend_data': encodeSuspend({ ...play, moves: moves.slice(0, 1) }) });
    const progress = createProgressStore(memoryStorage().storage, () => Date.UTC(2026, 0, 1));
    progress.save(play);
    connectLms({ window: framed({ API: lms.api }), port: fakePort(), progress });
    expect(progress.progress().current?.moves).toEqual(moves);
  });

  it('ignores damaged suspend_data with a warning, and the game starts as if there were none', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { progress, connection } = setup('1.2', { 'cmi.suspend_data': 'oa1|de-nieuwe-wethouder|{"x"' });
    expect(connection).toBeDefined();
    expect(progress.progress().current).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/could not be read/));
  });

  it('ignores a kept play of a scenario this package does not hold', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const lms = fakeLms('1.2', { 'cmi.suspend_data': encodeSuspend(play) });
    const progress = createProgressStore(memoryStorage().storage, () => Date.UTC(2026, 0, 1));
    connectLms({ window: framed({ API: lms.api }), port: fakePort(), progress, playable: () => false });
    expect(progress.progress().current).toBeUndefined();
  });

  it('stores nothing in the LMS for a play beyond 4,096 characters, says so, and stores again when one fits', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { lms, port } = setup('1.2');
    const long = {
      ...play,
      moves: Array.from({ length: 300 }, (_, i) => ({
        type: 'choice.select' as const,
        choice: `een-lange-keuze-${i}`,
      })),
    };
    expect(encodeSuspend(long).length).toBeGreaterThan(4096);
    port.emit({ type: 'play.saved', play: long });
    expect(lms.cmi.get('cmi.suspend_data')).toBe('');
    expect(lms.cmi.get('cmi.core.exit')).toBe('suspend');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/kept on this device only/));
    port.emit({ type: 'play.saved', play });
    expect(lms.cmi.get('cmi.suspend_data')).toBe(encodeSuspend(play));
  });

  it('clears the kept play when the player stops it', () => {
    const { lms, port } = setup('1.2');
    port.emit({ type: 'play.saved', play });
    port.emit({ type: 'play.abandoned' });
    expect(lms.cmi.get('cmi.suspend_data')).toBe('');
    expect(lms.cmi.get('cmi.core.exit')).toBe('');
  });

  it('keeps the game going when the LMS refuses or throws', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const lms = fakeLms('1.2');
    lms.api.LMSSetValue = () => {
      throw new Error('LMS down');
    };
    const port = fakePort();
    const progress = createProgressStore(memoryStorage().storage, () => Date.UTC(2026, 0, 1));
    connectLms({ window: framed({ API: lms.api }), port, progress });
    expect(() => port.emit({ type: 'play.saved', play })).not.toThrow();
  });

  it('does nothing when the LMS will not start the session', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const lms = fakeLms('1.2');
    lms.api.LMSInitialize = () => 'false';
    const connection = connectLms({
      window: framed({ API: lms.api }),
      port: fakePort(),
      progress: createProgressStore(memoryStorage().storage, () => 0),
    });
    expect(connection).toBeUndefined();
    expect(lms.sets).toEqual([]);
  });
});

describe('the game inside an LMS (SCORM 2004)', () => {
  it('uses the 2004 elements for the same few things', () => {
    const { lms, port, win, tick } = setup('2004');
    expect(lms.cmi.get('cmi.completion_status')).toBe('incomplete');
    tick(3_723_000);
    port.emit({ type: 'play.saved', play });
    port.emit(finished);
    win.dispatchEvent(new Event('pagehide'));
    expect(lms.cmi.get('cmi.completion_status')).toBe('completed');
    expect(lms.cmi.get('cmi.exit')).toBe('normal');
    expect(lms.cmi.get('cmi.session_time')).toBe('PT1H2M3S');
    expect(new Set(lms.sets.map(([element]) => element))).toEqual(
      new Set(['cmi.completion_status', 'cmi.suspend_data', 'cmi.exit', 'cmi.session_time']),
    );
  });
});

describe('finding the LMS', () => {
  it('finds the API on a parent frame several levels up, or on the window that opened the game', () => {
    const lms = fakeLms('1.2');
    const top: Record<string, unknown> = { API: lms.api };
    top.parent = top;
    const middle = { parent: top };
    const game = { parent: middle, top, opener: null, location: { search: '' } };
    expect(findLmsApi(game as unknown as Window)?.version).toBe('1.2');

    const opener: Record<string, unknown> = { API_1484_11: fakeLms('2004').api };
    opener.parent = opener;
    const popup: Record<string, unknown> = { opener, location: { search: '' } };
    popup.parent = popup;
    popup.top = popup;
    expect(findLmsApi(popup as unknown as Window)?.version).toBe('2004');
  });

  it('looks first for the version the launch address names, and passes frames it may not look into', () => {
    const both = framed({ API: fakeLms('1.2').api, API_1484_11: fakeLms('2004').api });
    expect(findLmsApi(both)?.version).toBe('2004');
    expect(findLmsApi(both, '1.2')?.version).toBe('1.2');

    const foreign = new Proxy(
      {},
      {
        get: () => {
          throw new DOMException('Blocked a frame', 'SecurityError');
        },
      },
    );
    const game = { parent: foreign, top: foreign, opener: null, location: { search: '' } };
    expect(findLmsApi(game as unknown as Window)).toBeUndefined();
    expect(findLmsApi(framed({ API: { LMSInitialize: 'not a function' } }))).toBeUndefined();
  });

  it('counts as inside an LMS when the API is there or the package launch address says so, not otherwise', () => {
    expect(insideLms(framed({}))).toBe(false);
    expect(insideLms(framed({}, '?scorm=1.2'))).toBe(true);
    expect(insideLms(framed({ API: fakeLms('1.2').api }))).toBe(true);
    expect(
      connectLms({ window: framed({}), port: fakePort(), progress: createProgressStore(undefined, () => 0) }),
    ).toBeUndefined();
  });

  it('writes session times in each version’s format', () => {
    expect(timespan12(0)).toBe('00:00:00');
    expect(timespan12(36_061_900)).toBe('10:01:01');
    expect(timespan12(1e12)).toBe('9999:59:59');
    expect(duration2004(59_999)).toBe('PT0H0M59S');
  });
});
