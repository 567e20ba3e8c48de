import { buildDebrief } from './debrief.ts';
import { everyPlay, start, toPlayRecord } from './play-state.ts';
import type { Scenario } from './scenario.ts';
import type { Lang } from './text.ts';
import { COPING_STRATEGIES, isCopingStrategy } from './vocabulary.ts';

/**
 * The rules every scenario of the library meets beyond the checker: enough to play and to discuss.
 * Shared by the test suite (tests/content/scenarios.test.ts) and `npm run scenarios:test`, which
 * explains each failing rule to an author in plain words.
 */
export const RULES = {
  minMinutes: 5,
  maxMinutes: 10,
  minSummary: 20,
  minDecisions: 3,
  minEndings: 2,
  minCopingStrategies: 3,
} as const;

export const RULE_CODES = [
  'minutes',
  'summary',
  'decisions',
  'endings',
  'coping-strategies',
  'non-coping-choice',
  'decision-sources',
  'every-path-ends',
  'nothing-dead',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

export interface RuleResult {
  readonly rule: RuleCode;
  readonly ok: boolean;
  readonly params: Readonly<Record<string, string | number>>;
}

type Params = RuleResult['params'];

/** How many paths, or ids, a failing message names, so that one message stays readable. */
const few = (items: readonly string[], shown: number, separator: string): string =>
  items.length > shown
    ? `${items.slice(0, shown).join(separator)} (+${items.length - shown})`
    : items.join(separator);

/** A play told as the author wrote it: beat → beat/choice → … */
const told = (states: readonly { beat: string; chosen?: string }[]): string =>
  states.map((s) => (s.chosen ? `${s.beat}/${s.chosen}` : s.beat)).join(' → ');

/**
 * Every rule, in order, each with whether it holds and what it found. Walks every play in every
 * context once (the every-path walk); a scenario that did not pass the checker is never given here.
 */
export const checkLibraryRules = (scenario: Scenario): RuleResult[] => {
  const beats = Object.values(scenario.beats);
  const decisions = beats.flatMap((b) => (b.kind === 'decision' ? [b] : []));
  const choices = decisions.flatMap((b) => b.decision.choices.map((c) => ({ beat: b.id, choice: c })));
  const walks = scenario.contexts.map((c) => ({
    context: c.id,
    ...everyPlay(scenario, start(scenario, c.id)),
  }));
  const complete = walks.flatMap((w) => w.complete);

  const endingsPerContext = walks.map((w) => ({
    context: w.context,
    endings: new Set(w.complete.map((p) => p.at(-1)!.ending)).size,
  }));
  const fewEndings = endingsPerContext.filter((e) => e.endings < RULES.minEndings);
  const reached = new Set(
    complete.flatMap((p) =>
      buildDebrief(scenario, toPlayRecord(p.at(-1)!)).strategies.map((s) => s.strategy),
    ),
  );
  const copingReached = COPING_STRATEGIES.filter((s) => reached.has(s));
  const uncited = decisions.filter((b) => b.decision.facilitator.sources.length === 0).map((b) => b.id);
  const stuck = walks.flatMap((w) => w.stuck.map((p) => `${w.context}: ${told(p)}`));
  const seenBeats = new Set(complete.flatMap((p) => p.map((s) => s.beat)));
  const seenChoices = new Set(
    complete.flatMap((p) => p.flatMap((s) => (s.chosen ? [`${s.beat}/${s.chosen}`] : []))),
  );
  const dead = [
    ...beats.filter((b) => !seenBeats.has(b.id)).map((b) => b.id),
    ...choices.map((c) => `${c.beat}/${c.choice.id}`).filter((c) => !seenChoices.has(c)),
  ];
  const summary = Math.min(scenario.summary.nl.length, scenario.summary.en.length);

  const rule = (code: RuleCode, ok: boolean, params: Params = {}): RuleResult => ({ rule: code, ok, params });
  return [
    rule('minutes', scenario.minutes >= RULES.minMinutes && scenario.minutes <= RULES.maxMinutes, {
      minutes: scenario.minutes,
    }),
    rule('summary', summary > RULES.minSummary, { length: summary }),
    rule('decisions', decisions.length >= RULES.minDecisions, { count: decisions.length }),
    rule('endings', complete.length > 0 && fewEndings.length === 0, {
      contexts: fewEndings.map((e) => `${e.context} (${e.endings})`).join(', '),
    }),
    rule('coping-strategies', copingReached.length >= RULES.minCopingStrategies, {
      count: copingReached.length,
      reached: copingReached.join(', ') || '—',
      missing: COPING_STRATEGIES.filter((s) => !reached.has(s)).join(', '),
    }),
    rule(
      'non-coping-choice',
      choices.some((c) => !isCopingStrategy(c.choice.strategy)),
    ),
    rule('decision-sources', uncited.length === 0, { beats: uncited.join(', ') }),
    rule('every-path-ends', stuck.length === 0 && complete.length > 0, {
      count: stuck.length,
      paths: few(stuck, 3, '; '),
    }),
    rule('nothing-dead', dead.length === 0, { dead: few(dead, 10, ', ') }),
  ];
};

type Template = (p: Params) => string;

/** What each rule asks, and — when it fails — what was found and what to do. */
const RULE_TEXT: Record<RuleCode, Record<Lang, { rule: string; fix: Template }>> = {
  minutes: {
    nl: {
      rule: `Een scenario duurt ${RULES.minMinutes} tot ${RULES.maxMinutes} minuten ("minutes").`,
      fix: (p) => `Hier staat ${p.minutes}. Schat opnieuw, of maak het scenario korter of langer.`,
    },
    en: {
      rule: `A scenario takes ${RULES.minMinutes} to ${RULES.maxMinutes} minutes ("minutes").`,
      fix: (p) => `It says ${p.minutes}. Estimate again, or make the scenario shorter or longer.`,
    },
  },
  summary: {
    nl: {
      rule: `De introregel ("summary") is in beide talen langer dan ${RULES.minSummary} tekens.`,
      fix: (p) => `De kortste is ${p.length} tekens. Zeg in één zin waar het scenario over gaat.`,
    },
    en: {
      rule: `The intro line ("summary") is longer than ${RULES.minSummary} characters in both languages.`,
      fix: (p) =>
        `The shorter one is ${p.length} characters. Say in one sentence what the scenario is about.`,
    },
  },
  decisions: {
    nl: {
      rule: `Een scenario heeft minstens ${RULES.minDecisions} beslismomenten ("decision").`,
      fix: (p) => `Er ${p.count === 1 ? 'is er' : 'zijn er'} ${p.count}. Voeg een beslismoment toe.`,
    },
    en: {
      rule: `A scenario has at least ${RULES.minDecisions} decisions ("decision").`,
      fix: (p) => `It has ${p.count}. Add a decision.`,
    },
  },
  endings: {
    nl: {
      rule: `In elke context zijn minstens ${RULES.minEndings} verschillende einden te bereiken.`,
      fix: (p) =>
        `Te weinig in: ${p.contexts || 'elke context'} (tussen haakjes hoeveel). Laat een keuze of een "when" naar een ander einde leiden.`,
    },
    en: {
      rule: `In every context at least ${RULES.minEndings} different endings can be reached.`,
      fix: (p) =>
        `Too few in: ${p.contexts || 'every context'} (how many in brackets). Let a choice or a "when" lead to another ending.`,
    },
  },
  'coping-strategies': {
    nl: {
      rule: `Een speler kan minstens ${RULES.minCopingStrategies} van de 4 strategieën uit het onderzoek bereiken (maatwerk, waar-de-energie-is, conformeren, kleine-successen).`,
      fix: (p) =>
        `Nu ${p.count}: ${p.reached}. Geef een keuze een van deze strategieën, waar die past bij wat de keuze doet: ${p.missing}.`,
    },
    en: {
      rule: `A player can reach at least ${RULES.minCopingStrategies} of the 4 strategies of the research (maatwerk, waar-de-energie-is, conformeren, kleine-successen).`,
      fix: (p) =>
        `Now ${p.count}: ${p.reached}. Give a choice one of these strategies, where it fits what the choice does: ${p.missing}.`,
    },
  },
  'non-coping-choice': {
    nl: {
      rule: 'Minstens één keuze volgt geen strategie uit het onderzoek (doordrukken, opgeven, dood-paard of geen).',
      fix: () =>
        'Elke keuze is nu een strategie. Laat een keuze eerlijk doordrukken, opgeven of aan een dood paard trekken.',
    },
    en: {
      rule: 'At least one choice follows no strategy of the research (doordrukken, opgeven, dood-paard or geen).',
      fix: () =>
        'Every choice is a strategy now. Let one choice honestly push through, give up or flog a dead horse.',
    },
  },
  'decision-sources': {
    nl: {
      rule: 'Elk beslismoment noemt minstens één bron voor de trainer ("facilitator.sources").',
      fix: (p) => `Zonder bron: ${p.beats}. Noem daar de id van een bron uit "sources".`,
    },
    en: {
      rule: 'Every decision cites at least one source for the trainer ("facilitator.sources").',
      fix: (p) => `Without a source: ${p.beats}. Name the id of a source from "sources" there.`,
    },
  },
  'every-path-ends': {
    nl: {
      rule: 'Elk pad door het scenario, in elke context, eindigt in een einde ("ending").',
      fix: (p) =>
        `${p.count} ${p.count === 1 ? 'pad loopt' : 'paden lopen'} vast, zoals ${p.paths || '—'}. Geef de laatste mogelijkheid van "next" daar geen "when".`,
    },
    en: {
      rule: 'Every path through the scenario, in every context, ends in an ending ("ending").',
      fix: (p) =>
        `${p.count} ${p.count === 1 ? 'path gets' : 'paths get'} stuck, such as ${p.paths || '—'}. Give the last option of "next" there no "when".`,
    },
  },
  'nothing-dead': {
    nl: {
      rule: 'Elke beat en elke keuze komt voor op een pad dat eindigt, in een van de contexten.',
      fix: (p) =>
        `Nooit gespeeld: ${p.dead}. Een "when" die nooit waar wordt, of een meter die zo niet kan uitkomen? Pas de voorwaarde aan.`,
    },
    en: {
      rule: 'Every beat and every choice is met on a path that ends, in one of the contexts.',
      fix: (p) =>
        `Never played: ${p.dead}. A "when" that never holds, or a meter that cannot get there? Change the condition.`,
    },
  },
};

/** The rule in plain words; for a failing rule also what was found and what to do. */
export const describeRule = (result: RuleResult, lang: Lang): string => {
  const text = RULE_TEXT[result.rule][lang];
  return result.ok ? text.rule : `${text.rule} ${text.fix(result.params)}`;
};
