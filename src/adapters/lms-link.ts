import * as v from 'valibot';
import type { FoundApi, ScormVersion } from './lms-api.ts';
import { SUSPEND_LIMITS } from './lms-suspend.ts';

/**
 * The few things the game says to an LMS, in the words of the SCORM version it found: the completion
 * status, the play in progress (`suspend_data`), whether the learner leaves mid-play (`exit`), and
 * how long this visit took. Nothing else is ever written: no answers, no strategy profile, no score.
 * Every call is guarded: an LMS that refuses or throws is logged, never passed on to the game.
 */
export interface LmsLink {
  readonly version: ScormVersion;
  /** The most characters `suspend_data` may hold in this version. */
  readonly suspendLimit: number;
  initialize(): boolean;
  /** Whether the LMS already counts this learner's attempt as completed (or passed). */
  completed(): boolean;
  /** The stored play in progress, '' when there is none (or what the LMS returned is no text). */
  suspendData(): string;
  setStatus(status: 'incomplete' | 'completed'): void;
  setSuspendData(text: string): void;
  /** 'suspend' while there is a play to come back to, so the LMS keeps `suspend_data` for the next visit. */
  setExit(exit: 'suspend' | 'normal'): void;
  setSessionTime(ms: number): void;
  commit(): void;
  finish(): void;
}

interface Elements {
  readonly status: string;
  readonly suspend: string;
  readonly exit: string;
  readonly sessionTime: string;
  readonly normalExit: string;
  readonly done: readonly string[];
}

const ELEMENTS: Record<ScormVersion, Elements> = {
  '1.2': {
    status: 'cmi.core.lesson_status',
    suspend: 'cmi.suspend_data',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    // SCORM 1.2 has no "normal": an empty exit is the ordinary way out.
    normalExit: '',
    done: ['completed', 'passed'],
  },
  '2004': {
    status: 'cmi.completion_status',
    suspend: 'cmi.suspend_data',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    normalExit: 'normal',
    done: ['completed'],
  },
};

const STATUS_12 = v.picklist(['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted']);
const STATUS_2004 = v.picklist(['completed', 'incomplete', 'not attempted', 'unknown']);
const SUSPEND = v.pipe(v.string(), v.maxLength(SUSPEND_LIMITS['2004']));

/** SCORM 1.2 CMITimespan, HHHH:MM:SS (hours at least two digits, at most 9999). */
export const timespan12 = (ms: number): string => {
  const seconds = Math.min(Math.max(0, Math.floor(ms / 1000)), 9999 * 3600 + 3599);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
};

/** SCORM 2004 timeinterval, an ISO 8601 duration such as PT1H2M3S. */
export const duration2004 = (ms: number): string => {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `PT${Math.floor(seconds / 3600)}H${Math.floor(seconds / 60) % 60}M${seconds % 60}S`;
};

export const createLmsLink = (found: FoundApi): LmsLink => {
  const e = ELEMENTS[found.version];
  let finished = false;
  const calls =
    found.version === '1.2'
      ? {
          initialize: () => found.api.LMSInitialize(''),
          get: (element: string) => found.api.LMSGetValue(element),
          set: (element: string, value: string) => found.api.LMSSetValue(element, value),
          commit: () => found.api.LMSCommit(''),
          finish: () => found.api.LMSFinish(''),
          error: () => found.api.LMSGetLastError(),
        }
      : {
          initialize: () => found.api.Initialize(''),
          get: (element: string) => found.api.GetValue(element),
          set: (element: string, value: string) => found.api.SetValue(element, value),
          commit: () => found.api.Commit(''),
          finish: () => found.api.Terminate(''),
          error: () => found.api.GetLastError(),
        };
  /** One call to the LMS; false (and a warning) when it refused or threw. */
  const call = (what: string, f: () => unknown): unknown => {
    if (finished) return undefined;
    try {
      const result = f();
      if (result === 'false' || result === false) {
        console.warn(`The LMS refused ${what} (error ${String(calls.error())}).`);
        return undefined;
      }
      return result;
    } catch (error) {
      console.warn(`The LMS failed on ${what}.`, error);
      return undefined;
    }
  };
  const read = <T>(element: string, schema: v.GenericSchema<unknown, T>): T | undefined => {
    const parsed = v.safeParse(
      schema,
      call(`reading ${element}`, () => calls.get(element)),
    );
    return parsed.success ? parsed.output : undefined;
  };
  const write = (element: string, value: string) => call(`${element}`, () => calls.set(element, value));

  return {
    version: found.version,
    suspendLimit: SUSPEND_LIMITS[found.version],
    initialize: () => call('starting', calls.initialize) !== undefined,
    completed: () => {
      const status = read<string>(e.status, found.version === '1.2' ? STATUS_12 : STATUS_2004);
      return status !== undefined && e.done.includes(status);
    },
    suspendData: () => read(e.suspend, SUSPEND) ?? '',
    setStatus: (status) => write(e.status, status),
    setSuspendData: (text) => write(e.suspend, text),
    setExit: (exit) => write(e.exit, exit === 'suspend' ? 'suspend' : e.normalExit),
    setSessionTime: (ms) => write(e.sessionTime, found.version === '1.2' ? timespan12(ms) : duration2004(ms)),
    commit: () => call('saving', calls.commit),
    finish: () => {
      call('finishing', calls.finish);
      finished = true;
    },
  };
};
