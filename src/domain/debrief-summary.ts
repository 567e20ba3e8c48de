import type { Debrief } from './debrief.ts';
import { type ResearchQuote, STRATEGY_QUOTES } from './research-quotes.ts';
import type { LocalText } from './text.ts';
import {
  isCopingStrategy,
  METERS,
  type Meter,
  type Side,
  STRATEGIES,
  type Strategy,
  type Tension,
} from './vocabulary.ts';

/**
 * A short stretch of one of the debrief's verbatim quotes: `nl` is a piece of the quote's Dutch words
 * exactly as they stand (so of the thesis), `en` the matching piece of its English rendering.
 */
export interface QuoteExcerpt {
  readonly quote: ResearchQuote;
  readonly excerpt: LocalText;
}

const excerpt = (quote: ResearchQuote | undefined, nl: string, en: string): QuoteExcerpt | undefined =>
  quote && { quote, excerpt: { nl, en } };

/**
 * The words the summary quotes beside each strategy: the start or heart of the quote the full report
 * shows in whole, short enough to read at a glance. Pulling a dead horse has no voice of its own in the
 * thesis: R1's words against it (the energy strategy's quote) stand beside it, as its opposite.
 */
export const SUMMARY_QUOTES: Readonly<Partial<Record<Strategy, QuoteExcerpt>>> = Object.fromEntries(
  Object.entries({
    maatwerk: excerpt(
      STRATEGY_QUOTES.maatwerk,
      'als ik maar weet: Past dit ongeveer een beetje?',
      'as long as I know: does this roughly fit?',
    ),
    'waar-de-energie-is': excerpt(
      STRATEGY_QUOTES['waar-de-energie-is'],
      'Ik heb gewoon geleerd om te gaan waar de energie zit en niet aan dode paarden trekken',
      'I have simply learned to go where the energy is and not to pull dead horses',
    ),
    conformeren: excerpt(
      STRATEGY_QUOTES.conformeren,
      'bewijs maar dat het meerwaarde oplevert en dat het minder complex is dan mensen denken.',
      'prove that it adds value and that it is less complex than people think.',
    ),
    'kleine-successen': excerpt(
      STRATEGY_QUOTES['kleine-successen'],
      'En je moet ook geduld hebben, dit soort processen realiseer je niet in een jaar.',
      'And you also need patience; you don’t achieve processes like this in a year.',
    ),
    doordrukken: excerpt(
      STRATEGY_QUOTES.doordrukken,
      'ik ga echt geen een of andere ruzie staan maken',
      'I’m really not going to start some kind of fight',
    ),
    opgeven: excerpt(
      STRATEGY_QUOTES.opgeven,
      'Dan is dit element wel eentje die als eerste sneuvelt, want het kost gewoon tijd.',
      'then this element is definitely one of the first to go, because it simply takes time.',
    ),
    'dood-paard': excerpt(
      STRATEGY_QUOTES['waar-de-energie-is'],
      'niet aan dode paarden trekken, want dat gaat gewoon je rug kosten letterlijk.',
      'not to pull dead horses, because that will literally cost you your back.',
    ),
  }).filter((entry): entry is [Strategy, QuoteExcerpt] => entry[1] !== undefined),
);

/** The path in one line: how many decisions, where it ended, which meter rose and fell most. */
export interface PathLine {
  readonly decisions: number;
  readonly ending?: LocalText;
  readonly rose?: Meter;
  readonly fell?: Meter;
}

export interface TensionPoint {
  readonly tension: Tension;
  /** How many decisions staged it. */
  readonly times: number;
  /** The side taken most often there; `mixed` when two sides were taken equally often. */
  readonly side: Side | 'mixed';
}

export interface StrategyPoint {
  readonly strategy: Strategy;
  readonly coping: boolean;
  /** How many choices resembled it, of `of` decisions. */
  readonly times: number;
  readonly of: number;
  readonly quote?: QuoteExcerpt;
}

/** The three points a trainee reads first: no score, the pattern of the play in brief. */
export interface DebriefSummary {
  readonly path: PathLine;
  /** Absent only when no decision was taken. */
  readonly tension?: TensionPoint;
  /** Absent when no choice resembled any strategy (every choice followed none). */
  readonly strategy?: StrategyPoint;
}

/** The key with the highest count; ties go to the one that came first in `order`. */
const most = <K>(counts: ReadonlyMap<K, number>, order: readonly K[]): K | undefined => {
  let best: K | undefined;
  for (const key of order) {
    const n = counts.get(key) ?? 0;
    if (n > 0 && (best === undefined || n > (counts.get(best) ?? 0))) best = key;
  }
  return best;
};

const countBy = <T, K>(items: readonly T[], key: (item: T) => K): Map<K, number> => {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

const pathLine = (debrief: Debrief): PathLine => {
  const change = (m: Meter) => debrief.meters.end[m] - debrief.meters.start[m];
  // The largest rise and the largest fall; on a tie the meter listed first in METERS.
  const rose = METERS.reduce<Meter | undefined>(
    (best, m) => (change(m) > 0 && (best === undefined || change(m) > change(best)) ? m : best),
    undefined,
  );
  const fell = METERS.reduce<Meter | undefined>(
    (best, m) => (change(m) < 0 && (best === undefined || change(m) < change(best)) ? m : best),
    undefined,
  );
  return {
    decisions: debrief.decisions,
    ...(debrief.ending ? { ending: debrief.ending.title } : {}),
    ...(rose ? { rose } : {}),
    ...(fell ? { fell } : {}),
  };
};

/** The tension staged most often; on a tie the one met first. The side taken most there, or `mixed`. */
const tensionPoint = (debrief: Debrief): TensionPoint | undefined => {
  const met = debrief.tensions;
  const order = [...new Set(met.map((t) => t.tension))];
  const tension = most(
    countBy(met, (t) => t.tension),
    order,
  );
  if (!tension) return undefined;
  const here = met.filter((t) => t.tension === tension);
  const sides = countBy(here, (t) => t.side);
  const top = Math.max(...sides.values());
  const leading = [...sides].filter(([, n]) => n === top).map(([side]) => side);
  return {
    tension,
    times: here.length,
    side: leading.length === 1 ? leading[0]! : 'mixed',
  };
};

/**
 * The strategy most choices resembled. A choice that follows no strategy ('geen') says nothing about
 * a way of coping, so it is not counted; on a tie a coping strategy of the study goes before a way of
 * not coping, and then the strategy the player turned to first.
 */
const strategyPoint = (debrief: Debrief): StrategyPoint | undefined => {
  const counted = debrief.strategies.filter((s) => s.strategy !== 'geen');
  const firstChosen = (s: Strategy) => {
    const ids = counted.find((c) => c.strategy === s)?.choices ?? [];
    const at = debrief.path.findIndex((step) => ids.includes(step.choice.id));
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  const order = [...STRATEGIES].sort(
    (a, b) =>
      Number(isCopingStrategy(b)) - Number(isCopingStrategy(a)) ||
      firstChosen(a) - firstChosen(b) ||
      STRATEGIES.indexOf(a) - STRATEGIES.indexOf(b),
  );
  const strategy = most(new Map(counted.map((s) => [s.strategy, s.choices.length])), order);
  if (!strategy) return undefined;
  const quote = SUMMARY_QUOTES[strategy];
  return {
    strategy,
    coping: isCopingStrategy(strategy),
    times: counted.find((s) => s.strategy === strategy)?.choices.length ?? 0,
    of: debrief.decisions,
    ...(quote ? { quote } : {}),
  };
};

/** What the first screen of the debrief says: the path in a line, the tension met most, the strategy most like it. */
export const summarise = (debrief: Debrief): DebriefSummary => {
  const tension = tensionPoint(debrief);
  const strategy = strategyPoint(debrief);
  return {
    path: pathLine(debrief),
    ...(tension ? { tension } : {}),
    ...(strategy ? { strategy } : {}),
  };
};
