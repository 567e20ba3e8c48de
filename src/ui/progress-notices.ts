import type { ProgressProblem, Unsaved } from '../adapters/progress-store.ts';
import type { UiContext } from './context.ts';
import { h } from './dom.ts';

const NOT_SAVED = {
  full: 'progress.notSaved.full',
  forbidden: 'progress.notSaved.forbidden',
} as const;
const WHAT_TO_DO = {
  full: 'progress.whatToDo.full',
  forbidden: 'progress.whatToDo.forbidden',
} as const;
const UNSAVED = {
  play: 'progress.unsaved.play',
  finished: 'progress.unsaved.finished',
  import: 'progress.unsaved.import',
  removal: 'progress.unsaved.removal',
} as const satisfies Record<Unsaved, string>;
/** Stored progress that could not be used and could not be copied aside either: said without "kept aside". */
const NOT_KEPT = {
  unreadable: 'progress.notKept.unreadable',
  foreign: 'progress.notKept.foreign',
  newer: 'progress.notKept.newer',
  damaged: 'progress.notKept.damaged',
} as const satisfies Record<ProgressProblem, string>;

/**
 * What the player must know about what is kept on this device, in words: stored progress that could
 * not be used, what could not be saved and what to do about it, and unfinished plays that cannot go on.
 * Drawn on the title screen and in "Mijn voortgang".
 */
export const progressNotices = (ui: UiContext): HTMLElement[] => {
  const problem = ui.progressProblem;
  const notices: HTMLElement[] = [];
  if (problem)
    notices.push(
      h('p', {
        class: 'notice',
        attrs: { role: 'status', 'data-progress-problem': problem.reason },
        text: problem.keptAside ? ui.t(`progress.problem.${problem.reason}`) : ui.t(NOT_KEPT[problem.reason]),
      }),
    );
  if (ui.saving)
    notices.push(
      h(
        'div',
        { class: 'notice', attrs: { role: 'status', 'data-not-saved': ui.saving.status } },
        h('p', { text: ui.t(NOT_SAVED[ui.saving.status]) }),
        ui.saving.unsaved.map((what) => h('p', { text: ui.t(UNSAVED[what]) })),
        h('p', { text: ui.t(WHAT_TO_DO[ui.saving.status]) }),
      ),
    );
  for (const title of ui.unavailable)
    notices.push(
      h('p', {
        class: 'notice',
        attrs: { 'data-unavailable': true },
        text: ui.t('progress.unavailable', { title }),
      }),
    );
  return notices;
};
