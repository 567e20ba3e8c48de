import type { SessionView } from '../machines/session-view.ts';

export type SoloAction = { type: 'ui.mute' } | { type: 'choice.select'; choice: string };

/** The single keys of a player alone: M for the sound, 1–4 for a choice while choosing. */
export const soloKey = (key: string, view: SessionView): SoloAction | undefined => {
  if (key === 'm' || key === 'M') return { type: 'ui.mute' };
  if (!/^[1-4]$/.test(key) || view.screen !== 'playing' || view.phase !== 'choosing') return undefined;
  const beat = view.scenario.beats[view.beat];
  const choice = beat?.kind === 'decision' ? beat.decision.choices[Number(key) - 1] : undefined;
  return choice ? { type: 'choice.select', choice: choice.id } : undefined;
};
