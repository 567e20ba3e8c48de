import type { UiContext } from './context.ts';

/** "R5" → "respondent 5", "F2" → "focus group, participant 2", as the thesis numbers them. */
export const who = (ui: UiContext, respondent: string): string => {
  const match = /^([RF])(\d+)$/.exec(respondent);
  if (!match) return respondent;
  return ui.t(match[1] === 'R' ? 'debrief.respondent' : 'debrief.focusGroup', { number: match[2] });
};
