import type { Debrief } from './debrief.ts';
import type { LocalText } from './text.ts';
import {
  COMPETENCIES,
  type Competency,
  METERS,
  type Meter,
  STRATEGIES,
  type Strategy,
} from './vocabulary.ts';

/** One decision of either play: what was chosen this time and last time (absent: not reached). */
export interface DecisionRow {
  readonly beat: string;
  readonly prompt: LocalText;
  readonly now?: LocalText;
  readonly before?: LocalText;
}

export type More = 'more' | 'less';

export interface StrategyShift {
  readonly strategy: Strategy;
  readonly change: More;
}

export interface MeterShift {
  readonly meter: Meter;
  readonly now: number;
  readonly before: number;
  readonly change: 'higher' | 'lower';
}

export interface CompetencyShift {
  readonly competency: Competency;
  /** Whether this play drew on it, or set it aside, more or less often than the last. */
  readonly kind: 'drawn' | 'setAside';
  readonly change: More;
}

/** This play beside the previous play of the same scenario, as differences that can be said in words. */
export interface Comparison {
  readonly rows: readonly DecisionRow[];
  /** Decisions of this play where the choice differed from last time's there, or that last time never reached. */
  readonly changed: number;
  /** Decisions taken in this play. */
  readonly decisions: number;
  readonly sameEnding: boolean;
  readonly ending: { readonly now?: LocalText; readonly before?: LocalText };
  /** Largest shift first; a tie in the order of STRATEGIES. Choices that follow no strategy are left out. */
  readonly strategies: readonly StrategyShift[];
  /** Largest difference first; a tie in the order of METERS. */
  readonly meters: readonly MeterShift[];
  /** Largest shift first; a tie in the order of COMPETENCIES, drawn on before set aside. */
  readonly competencies: readonly CompetencyShift[];
}

/** Items with a non-zero difference, largest first; the sort is stable, so ties keep the given order. */
const byShift = <T>(items: readonly T[], delta: (item: T) => number): T[] =>
  items.filter((item) => delta(item) !== 0).sort((a, b) => Math.abs(delta(b)) - Math.abs(delta(a)));

const sign = (n: number): More => (n > 0 ? 'more' : 'less');

/** Compares two debriefs of the same scenario: `now` is this play, `before` the one before it. */
export const compareDebriefs = (now: Debrief, before: Debrief): Comparison => {
  const steps = [...now.path, ...before.path];
  const beats = [...new Set(steps.map((s) => s.beat.id))];
  const chosen = (d: Debrief, beat: string) => d.path.find((s) => s.beat.id === beat)?.choice;
  const rows = beats.map((beat) => {
    const a = chosen(now, beat);
    const b = chosen(before, beat);
    return {
      beat,
      prompt: steps.find((s) => s.beat.id === beat)!.beat.decision.prompt,
      ...(a ? { now: a.text } : {}),
      ...(b ? { before: b.text } : {}),
      changed: a !== undefined && a.id !== b?.id,
    };
  });

  const strategyCount = (d: Debrief, s: Strategy) =>
    d.strategies.find((x) => x.strategy === s)?.choices.length ?? 0;
  const strategyDelta = (s: Strategy) => strategyCount(now, s) - strategyCount(before, s);
  const meterDelta = (m: Meter) => now.meters.end[m] - before.meters.end[m];
  const tally = (d: Debrief, c: Competency, kind: 'drawn' | 'setAside') =>
    d.competencies.find((x) => x.competency === c)?.[kind] ?? 0;
  const competencyDelta = ({ competency, kind }: { competency: Competency; kind: 'drawn' | 'setAside' }) =>
    tally(now, competency, kind) - tally(before, competency, kind);

  return {
    rows: rows.map(({ changed: _, ...row }) => row),
    changed: rows.filter((r) => r.changed).length,
    decisions: now.path.length,
    sameEnding: now.ending?.beat === before.ending?.beat,
    ending: {
      ...(now.ending ? { now: now.ending.title } : {}),
      ...(before.ending ? { before: before.ending.title } : {}),
    },
    strategies: byShift(
      STRATEGIES.filter((s) => s !== 'geen'),
      strategyDelta,
    ).map((strategy) => ({ strategy, change: sign(strategyDelta(strategy)) })),
    meters: byShift(METERS, meterDelta).map((meter) => ({
      meter,
      now: now.meters.end[meter],
      before: before.meters.end[meter],
      change: meterDelta(meter) > 0 ? 'higher' : 'lower',
    })),
    competencies: byShift(
      COMPETENCIES.flatMap((competency) => [
        { competency, kind: 'drawn' as const },
        { competency, kind: 'setAside' as const },
      ]),
      competencyDelta,
    ).map((c) => ({ ...c, change: sign(competencyDelta(c)) })),
  };
};
