/**
 * Finding the LMS's SCORM API, the way SCORM's API discovery algorithm does: the LMS puts an object
 * called `API` (SCORM 1.2) or `API_1484_11` (SCORM 2004) on a window that launched the game — a parent
 * frame, or the window that opened it (and that window's parents). A frame of another origin cannot be
 * looked into and is passed by; nothing here ever throws.
 */

export type ScormVersion = '1.2' | '2004';

/** The SCORM 1.2 run-time calls; every value crosses as a string. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
}

/** The SCORM 2004 run-time calls. */
export interface Scorm2004Api {
  Initialize(parameter: ''): string;
  Terminate(parameter: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ''): string;
  GetLastError(): string;
}

export type FoundApi =
  | { readonly version: '1.2'; readonly api: Scorm12Api }
  | { readonly version: '2004'; readonly api: Scorm2004Api };

/** How many parent frames deep the search goes, as in ADL's discovery algorithm. */
const MAX_DEPTH = 500;

const CALLS: Record<ScormVersion, readonly string[]> = {
  '1.2': ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'],
  '2004': ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError'],
};
const NAMES: Record<ScormVersion, string> = { '1.2': 'API', '2004': 'API_1484_11' };

/** A property of a window that may belong to another origin: undefined where it cannot be read. */
const peek = (win: unknown, name: string): unknown => {
  try {
    return (win as Record<string, unknown> | null | undefined)?.[name];
  } catch {
    return undefined;
  }
};

const apiOn = (win: unknown, version: ScormVersion): FoundApi | undefined => {
  const api = peek(win, NAMES[version]);
  if ((typeof api !== 'object' && typeof api !== 'function') || api === null) return undefined;
  if (!CALLS[version].every((call) => typeof peek(api, call) === 'function')) return undefined;
  return version === '1.2' ? { version, api: api as Scorm12Api } : { version, api: api as Scorm2004Api };
};

/** This window, then its parents up to the top. */
const lineage = (start: unknown): unknown[] => {
  const windows: unknown[] = [];
  let win = start;
  for (let depth = 0; win && depth < MAX_DEPTH; depth++) {
    windows.push(win);
    const parent = peek(win, 'parent');
    if (parent === win) break;
    win = parent;
  }
  return windows;
};

/**
 * The LMS API for this window, if any: `prefer` (the version the package was made for, from its launch
 * address) is looked for first on every window, then the other version.
 */
export const findLmsApi = (win: Window, prefer?: ScormVersion): FoundApi | undefined => {
  const opener = peek(win, 'opener');
  const top = peek(win, 'top');
  const windows = [...lineage(win), ...lineage(opener), ...lineage(peek(top, 'opener'))];
  const order: ScormVersion[] = prefer === '1.2' ? ['1.2', '2004'] : ['2004', '1.2'];
  for (const version of order) {
    for (const candidate of windows) {
      const found = apiOn(candidate, version);
      if (found) return found;
    }
  }
  return undefined;
};

/** The version a package's launch address names (`index.html?scorm=1.2`), if it names one. */
export const launchVersion = (search: string): ScormVersion | undefined => {
  const named = new URLSearchParams(search).get('scorm');
  return named === '1.2' || named === '2004' ? named : undefined;
};

/**
 * Whether the game runs inside an LMS: its API is there, or the package's launch address says so.
 * Small and without dependencies, for the first chunk (src/main.ts): inside an LMS the game loads at
 * once and registers no offline worker.
 */
export const insideLms = (win: Window): boolean =>
  launchVersion(win.location.search) !== undefined || findLmsApi(win) !== undefined;
