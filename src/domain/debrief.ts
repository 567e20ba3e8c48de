import type { PlayRecord } from './play.ts';
import { preconditionsOf } from './play-state.ts';
import { type PathStep, replayPath } from './replay.ts';
import type { Choice, DecisionBeat, Scenario } from './scenario.ts';
import type { LocalText } from './text.ts';
import {
  COMPETENCIES,
  COMPETENCY_LAYER,
  type Competency,
  isCopingStrategy,
  type Layer,
  type Meters,
  PRECONDITIONS,
  type Precondition,
  type Side,
  type Strategy,
  type Tension,
} from './vocabulary.ts';

export interface CompetencyTally {
  readonly competency: Competency;
  readonly layer: Layer;
  readonly drawn: number;
  readonly setAside: number;
}

export interface TensionMet {
  readonly beat: string;
  readonly tension: Tension;
  readonly side: Side;
  readonly choice: string;
  readonly choiceText: LocalText;
}

export interface StrategyTally {
  readonly strategy: Strategy;
  readonly coping: boolean;
  /** Ids of the choices that resembled it, in the order they were made. */
  readonly choices: readonly string[];
}

export const RECOMMENDATIONS = [
  'data-skills',
  'team-spread',
  'conform-norm',
  'hiring',
  'preconditions',
  'trust-experience',
] as const;
/** The recommendations of §6.4 (for civil servants, §6.4.1, and for municipalities, §6.4.2). */
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/**
 * What §6.4.2 (thesis line 1081) asks municipalities to hire for: data skills ("vragen naar
 * data-technische competenties"), creative thinking (the innovative competencies, 847) and working
 * together beyond one's own department. The hiring recommendation shows when a play set one aside.
 */
export const HIRING_COMPETENCIES: readonly Competency[] = [
  'datatechnisch',
  'innovatief',
  'samenwerkend',
  'integraal-samenwerken',
];

export interface Debrief {
  readonly scenario: string;
  readonly context: string;
  /** The decisions told back in order, with what they led to. */
  readonly path: readonly PathStep[];
  /** The preconditions of §4.4 that held in the context played, and those that did not. */
  readonly preconditions: {
    readonly held: readonly Precondition[];
    readonly missing: readonly Precondition[];
  };
  /** The competency set aside most often, when one was set aside more than once. */
  readonly mostSetAside?: Competency;
  readonly recommendations: readonly Recommendation[];
  readonly decisions: number;
  readonly competencies: readonly CompetencyTally[];
  readonly tensions: readonly TensionMet[];
  readonly strategies: readonly StrategyTally[];
  readonly ending?: { readonly beat: string; readonly title: LocalText };
  readonly meters: { readonly start: Meters; readonly end: Meters };
}

/** The choices of a play, resolved against the scenario; steps that no longer match are skipped. */
export const resolveSteps = (
  scenario: Scenario,
  play: PlayRecord,
): { beat: DecisionBeat; choice: Choice }[] =>
  play.steps.flatMap((step) => {
    const beat = scenario.beats[step.beat];
    if (beat?.kind !== 'decision') return [];
    const choice = beat.decision.choices.find((c) => c.id === step.choice);
    return choice ? [{ beat, choice }] : [];
  });

/** What a play shows about how the player weighed: no score, only the pattern of choices. */
export const buildDebrief = (scenario: Scenario, play: PlayRecord): Debrief => {
  const taken = resolveSteps(scenario, play);
  const competencies = COMPETENCIES.map((competency) => ({
    competency,
    layer: COMPETENCY_LAYER[competency],
    drawn: taken.filter((t) => t.choice.draws.includes(competency)).length,
    setAside: taken.filter((t) => t.choice.setsAside.includes(competency)).length,
  })).filter((c) => c.drawn + c.setAside > 0);

  const strategies = new Map<Strategy, string[]>();
  for (const { choice } of taken)
    strategies.set(choice.strategy, [...(strategies.get(choice.strategy) ?? []), choice.id]);

  const endingBeat = play.ending ? scenario.beats[play.ending] : undefined;
  const held = preconditionsOf(scenario, play.context);
  const missing = PRECONDITIONS.filter((p) => !held.includes(p));
  const mostSetAside = [...competencies]
    .sort((a, b) => b.setAside - a.setAside)
    .find((c) => c.setAside >= 2)?.competency;
  const chosen = taken.map((t) => t.choice);
  const fits: Record<Recommendation, boolean> = {
    'data-skills':
      chosen.some((c) => c.setsAside.includes('datatechnisch')) ||
      !chosen.some((c) => c.draws.includes('datatechnisch')),
    'team-spread': mostSetAside !== undefined,
    'conform-norm':
      chosen.some((c) => c.strategy === 'doordrukken' || c.strategy === 'dood-paard') ||
      !chosen.some((c) => c.strategy === 'conformeren'),
    hiring: chosen.some((c) => c.setsAside.some((x) => HIRING_COMPETENCIES.includes(x))),
    preconditions: missing.length > 0,
    'trust-experience': true,
  };
  const recommendations = RECOMMENDATIONS.filter((r) => fits[r]);
  return {
    scenario: scenario.id,
    context: play.context,
    path: replayPath(scenario, play),
    preconditions: { held, missing },
    ...(mostSetAside ? { mostSetAside } : {}),
    recommendations,
    decisions: taken.length,
    competencies,
    tensions: taken.map(({ beat, choice }) => ({
      beat: beat.id,
      tension: beat.decision.tension,
      side: choice.side,
      choice: choice.id,
      choiceText: choice.text,
    })),
    strategies: [...strategies].map(([strategy, choices]) => ({
      strategy,
      coping: isCopingStrategy(strategy),
      choices,
    })),
    ...(endingBeat?.kind === 'ending'
      ? { ending: { beat: endingBeat.id, title: endingBeat.ending.title } }
      : {}),
    meters: { start: scenario.meters, end: play.meters },
  };
};
