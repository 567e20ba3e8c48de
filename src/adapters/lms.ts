import type { Move } from '../domain/play.ts';
import type { ProgressEvent } from '../machines/session-port.ts';
import { findLmsApi, launchVersion, type ScormVersion } from './lms-api.ts';
import { createLmsLink } from './lms-link.ts';
import { decodeSuspend, encodeSuspend, type SuspendedPlay } from './lms-suspend.ts';
import type { ProgressStore } from './progress-store.ts';

/**
 * The game inside a learning management system (a SCORM package, see scripts/package-scorm.ts).
 * On start: the attempt is marked incomplete (unless already completed) and a play the LMS kept in
 * `suspend_data` is offered to continue, as a play saved on this device is. While playing: the moves
 * go to `suspend_data`. At a debrief: completed. On leaving: this visit's time, then the LMS is told
 * the visit is over. That is all the LMS hears — never the answers, meters, strategies or a score.
 * Outside an LMS this does nothing.
 */

export interface LmsOptions {
  readonly window: Window;
  readonly port: { onProgress(listener: (event: ProgressEvent) => void): () => void };
  readonly progress: Pick<ProgressStore, 'progress' | 'save'>;
  /** Whether this build can play a scenario in a context; a suspended play it cannot play is ignored. */
  readonly playable?: (scenario: string, context: string) => boolean;
  /** Milliseconds, for this visit's session time. */
  readonly now?: () => number;
}

export interface LmsConnection {
  readonly version: ScormVersion;
  /** Ends the visit (also done on `pagehide`): session time, then finish. Nothing is sent after it. */
  readonly finish: () => void;
}

const startsWith = (longer: readonly Move[], shorter: readonly Move[]) =>
  shorter.length <= longer.length && shorter.every((m, i) => JSON.stringify(m) === JSON.stringify(longer[i]));

export const connectLms = (options: LmsOptions): LmsConnection | undefined => {
  const { window: win, port, progress } = options;
  const playable = options.playable ?? (() => true);
  const now = options.now ?? (() => performance.now());
  const found = findLmsApi(win, launchVersion(win.location.search));
  if (!found) return undefined;
  const lms = createLmsLink(found);
  if (!lms.initialize()) return undefined;
  const startedAt = now();

  if (!lms.completed()) lms.setStatus('incomplete');
  restore(lms.suspendData(), progress, playable);
  lms.commit();

  let tooLong = false;
  const keep = (play: SuspendedPlay | undefined) => {
    const text = play ? encodeSuspend(play) : '';
    // Cut short, the moves would resume a different play: beyond the limit nothing is stored in the
    // LMS, and the play stays on this device only (the progress store keeps it as always).
    const fits = text.length <= lms.suspendLimit;
    if (!fits && !tooLong)
      console.warn(
        `This play no longer fits the LMS's ${lms.suspendLimit} characters; it is kept on this device only.`,
      );
    tooLong = !fits;
    lms.setSuspendData(fits ? text : '');
    lms.setExit(play ? 'suspend' : 'normal');
    lms.setSessionTime(now() - startedAt);
    lms.commit();
  };
  const stop = port.onProgress((event) => {
    if (event.type === 'play.saved') keep(event.play);
    else {
      if (event.type === 'play.finished' && event.play.ending) lms.setStatus('completed');
      keep(undefined);
    }
  });

  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    stop();
    lms.setSessionTime(now() - startedAt);
    lms.finish();
  };
  win.addEventListener('pagehide', finish);
  return { version: found.version, finish };
};

/**
 * Offers the play the LMS kept, unless it cannot be read (ignored, with a warning: the game starts
 * as if there were none), cannot be played in this build, or this device holds the same play further on.
 */
const restore = (
  text: string,
  progress: LmsOptions['progress'],
  playable: (scenario: string, context: string) => boolean,
) => {
  if (text === '') return;
  const reading = decodeSuspend(text);
  if (!reading.ok) {
    console.warn(
      `The play kept by the LMS could not be read (${reading.reason}: ${reading.detail}); ignored.`,
    );
    return;
  }
  const { play } = reading;
  if (!playable(play.scenario, play.context)) {
    console.warn(
      `The play kept by the LMS is of a scenario this package does not hold (${play.scenario}); ignored.`,
    );
    return;
  }
  const local = progress.progress().current;
  if (
    local &&
    local.scenario === play.scenario &&
    local.context === play.context &&
    startsWith(local.moves, play.moves)
  )
    return;
  progress.save(play);
};
