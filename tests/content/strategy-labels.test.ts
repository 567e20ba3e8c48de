/**
 * Holds every choice's strategy label to what the thesis (De Vries, 2019) says the strategy is.
 *
 * The table below gives, for each strategy id of the vocabulary, the thesis line(s) that define it
 * and a short paraphrase. Line numbers are those of docs/research/thesis-open-ambtenaar-2019.txt
 * (the same as the copy in /work/shared/research: only the title page differs, not the numbering);
 * the test checks that each cited line really says what the row claims. The checks after the table
 * run over every scenario in scenarios/ and look at the words of each choice (nl): a choice that goes
 * ahead first and accounts afterwards is not "going where the energy is", a choice that waits is not
 * "being glad of small successes", and a quote attributed to a respondent is the respondent's words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRATEGY_QUOTES } from '../../src/domain/research-quotes.ts';
import type { Choice, DecisionBeat, Scenario } from '../../src/domain/scenario.ts';
import { isCopingStrategy, STRATEGIES, type Strategy } from '../../src/domain/vocabulary.ts';
import { loadValid, ROOT, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

const thesisText = readFileSync(join(ROOT, 'docs', 'research', 'thesis-open-ambtenaar-2019.txt'), 'utf8');
const thesisLines = thesisText.split(/\r?\n/);
/** Thesis line `n`, counted from 1 as an editor does. */
const thesisLine = (n: number): string => thesisLines[n - 1] ?? '';
const lineOf = (heading: string): number => thesisLines.indexOf(heading) + 1;

interface Citation {
  /** Line number in the thesis. */
  readonly line: number;
  /** Words that stand on that line, verbatim. */
  readonly text: string;
}
interface Definition {
  readonly cites: readonly Citation[];
  readonly paraphrase: string;
}

/** One row per strategy id (src/domain/vocabulary.ts): where the thesis says what it is. */
const DEFINITIONS: Readonly<Record<Strategy, Definition>> = {
  maatwerk: {
    cites: [
      { line: 925, text: 'in iedere situatie maatwerk te leveren' },
      { line: 951, text: 'Bovenal is het maken van de keuze vaak maatwerk' },
    ],
    paraphrase:
      'weigh the competencies case by case, on experience and Fingerspitzengefühl: sense how far you can go here (R10, R5)',
  },
  'waar-de-energie-is': {
    cites: [
      {
        line: 929,
        text: 'bij gesloten deuren snel wordt doorgekeken naar een nieuw project dat wel mogelijkheid heeft tot slagen',
      },
      { line: 929, text: 'waar de deur al op een kier staat' },
      { line: 951, text: 'welke kansen gepakt worden en welke niet' },
    ],
    paraphrase:
      'at a closed door, move on to a person or project whose door is already ajar (R1, R5); moving effort to where people are willing, not skipping procedure',
  },
  conformeren: {
    cites: [
      { line: 933, text: 'bewijs maar dat het meerwaarde oplevert' },
      { line: 935, text: 'Eigenlijk conformeert de innovatie zich' },
    ],
    paraphrase:
      "prove with concrete results that data-driven work adds value: the innovator conforms to the organisation's result-orientation (R2)",
  },
  'kleine-successen': {
    cites: [
      { line: 941, text: 'blij met elk klein succes' },
      { line: 951, text: 'vooruitgang te blijven boeken, hoe klein dan ook' },
    ],
    paraphrase:
      'patience and realism about culture: keep making progress, however small, and celebrate each step (R14); not waiting or postponing',
  },
  doordrukken: {
    cites: [
      { line: 933, text: 'ruzie staan maken dat heeft echt geen nut' },
      { line: 957, text: 'handig als de verantwoording achteraf kan worden gedaan' },
      { line: 897, text: 'Of je moet de ruimte krijgen' },
    ],
    paraphrase:
      'forcing it: pushing on without bringing others along, or acting first and accounting afterwards where nobody gave that room. No respondent recommends it; accountability afterwards is room the organisation gives (897, 957), and R2 will not pick a fight (933)',
  },
  opgeven: {
    cites: [{ line: 881, text: 'gekozen om de data achterwege te laten' }],
    paraphrase:
      'giving up: letting the new work go, as the thesis sees happen under clashing expectations; no strategy of §4.3.2',
  },
  'dood-paard': {
    cites: [{ line: 929, text: 'niet aan dode paarden trekken' }],
    paraphrase: 'pulling a dead horse: pushing on where nothing moves, which costs "je rug" (R1)',
  },
  geen: {
    cites: [],
    paraphrase: 'the choice resembles none of the strategies of §4.3.2',
  },
};

/**
 * Words with which the scenarios themselves write an act-first move: go ahead now, the paperwork or the
 * accounting comes afterwards. Collected from the choices labelled `doordrukken` and from issue 11.
 */
const ACT_FIRST: readonly RegExp[] = [
  /\bverantwoord\w*\b[^.]*\bachteraf\b/i,
  /\bachteraf\b[^.]*\bverantwoord/i,
  /\blater wel\b/i,
  /\berachteraan\b/i,
  /\balvast\b/i,
  /\b(begin|doe) gewoon\b/i,
  /\bgewoon (beginnen|doen|openzetten|online)\b/i,
  /\bniet wachten\b/i,
  /\bzonder (toestemming|akkoord|handtekening|toets|aanvraag)\b/i,
  /\bvergeving\b/i,
];
/** A choice that asks someone for the room (a trial, a pilot) does not take it. */
const ASKS_FIRST = /^(Vraag|Stel)\b/;
/** Waiting and postponing: the opposite of "vooruitgang te blijven boeken, hoe klein dan ook" (951). */
const WAITING: readonly RegExp[] = [
  /\b(wacht|wachten|afwachten)\b/i,
  /\blater\b/i,
  /\buitstel\w*/i,
  /\buitgesteld\b/i,
  /\bbeter moment\b/i,
  /\blaat (het )?rusten\b/i,
];
/** A small success is named as one: a celebration, something small, one step. */
const SMALL_STEP = /(?<!\p{L})(vier|klein\p{L}*|één|stap\p{L}*)(?!\p{L})/iu;

const matches = (text: string, patterns: readonly RegExp[]): string[] =>
  patterns.filter((p) => p.test(text)).map(String);

const files = yamlFiles(SCENARIO_DIR);
const library: readonly Scenario[] = files.map(loadValid);
const decisions = (s: Scenario): DecisionBeat[] =>
  Object.values(s.beats).flatMap((b) => (b.kind === 'decision' ? [b] : []));
const choices = (s: Scenario): { beat: DecisionBeat; choice: Choice }[] =>
  decisions(s).flatMap((beat) => beat.decision.choices.map((choice) => ({ beat, choice })));
const where = (s: Scenario, beat: DecisionBeat, choice?: Choice): string =>
  `${s.id} ${beat.id}${choice ? `.${choice.id}` : ''}`;

/**
 * Fragments between ‘…’ in a note that are attributed to a respondent or to the thesis: the reference
 * stands earlier in the same clause (no full stop, semicolon or bracket in between). A closing ’ is followed by no letter; ’ inside a word (collega’s)
 * is an apostrophe.
 */
const ATTRIBUTED =
  /(Respondent \d+|\bR\d+\b|\bF[12]\b|\b[Dd]e (?:thesis|scriptie)\b)(?:(?!\.\s)[^‘();]){0,120}?‘((?:[^’]|’(?=\p{L}))+)’(?!\p{L})/gu;
const verbatim = (fragment: string): boolean => {
  const f = fragment.replace(/[.,;:!?]+$/, '');
  const capitalised = f.charAt(0).toUpperCase() + f.slice(1);
  const lowered = f.charAt(0).toLowerCase() + f.slice(1);
  return [f, capitalised, lowered].some((v) => thesisText.includes(v));
};

describe('the strategy table', () => {
  it('has one row for every strategy id of the vocabulary, and no other', () => {
    expect(Object.keys(DEFINITIONS).sort()).toEqual([...STRATEGIES].sort());
  });

  it.each(Object.entries(DEFINITIONS))('%s: each cited thesis line says what the row claims', (_id, row) => {
    expect(row.paraphrase.length).toBeGreaterThan(20);
    for (const { line, text } of row.cites) {
      expect(thesisLine(line), `thesis line ${line} should contain “${text}”`).toContain(text);
    }
  });

  it('defines every coping strategy from §4.3.2, and every other label but "geen" from the thesis too', () => {
    const from = lineOf('#### 4.3.2: Strategieën: omgang met de wisselwerking');
    const to = lineOf('## 4.4: Randvoorwaarden van een open overheid');
    expect(from).toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
    for (const [id, row] of Object.entries(DEFINITIONS) as [Strategy, Definition][]) {
      if (id === 'geen') {
        expect(row.cites).toEqual([]);
        continue;
      }
      expect(row.cites.length, id).toBeGreaterThan(0);
      if (isCopingStrategy(id)) {
        expect(
          row.cites.some((c) => c.line > from && c.line < to),
          `${id} is defined in §4.3.2`,
        ).toBe(true);
      }
    }
  });

  it("takes the debrief's voice for each coping strategy from the passage the table cites", () => {
    for (const [id, row] of Object.entries(DEFINITIONS) as [Strategy, Definition][]) {
      if (!isCopingStrategy(id)) continue;
      const quote = STRATEGY_QUOTES[id]?.text.nl ?? '';
      expect(quote, id).not.toBe('');
      const passage = [...new Set(row.cites.map((c) => c.line))].map(thesisLine).join('\n');
      expect(passage.includes(quote), `${id}: “${quote}”`).toBe(true);
    }
  });
});

describe.each(library.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
  const all = choices(scenario);

  it('labels every choice with a strategy the table defines', () => {
    for (const { beat, choice } of all) {
      expect(Object.keys(DEFINITIONS), where(scenario, beat, choice)).toContain(choice.strategy);
    }
  });

  it('never calls going ahead first and accounting afterwards "going where the energy is" (thesis 929)', () => {
    for (const { beat, choice } of all) {
      if (choice.strategy !== 'waar-de-energie-is') continue;
      expect(
        matches(choice.text.nl, ACT_FIRST),
        `${where(scenario, beat, choice)}: ${choice.text.nl}`,
      ).toEqual([]);
    }
  });

  it('gives an act-first move that asks nobody no coping strategy', () => {
    for (const { beat, choice } of all) {
      if (!isCopingStrategy(choice.strategy) || ASKS_FIRST.test(choice.text.nl)) continue;
      expect(
        matches(choice.text.nl, ACT_FIRST),
        `${where(scenario, beat, choice)}: ${choice.text.nl}`,
      ).toEqual([]);
    }
  });

  it('never calls waiting or postponing "being glad of small successes" (thesis 941, 951)', () => {
    for (const { beat, choice } of all) {
      if (choice.strategy !== 'kleine-successen') continue;
      const label = `${where(scenario, beat, choice)}: ${choice.text.nl}`;
      expect(matches(choice.text.nl, WAITING), label).toEqual([]);
      expect(SMALL_STEP.test(choice.text.nl), label).toBe(true);
    }
  });

  it("lets a policy officer's choice to drop data work resemble no coping strategy (thesis 823: ask for help, level 2)", () => {
    if (scenario.role !== 'beleidsambtenaar') return;
    for (const { beat, choice } of all) {
      const dropsData =
        choice.setsAside.includes('datatechnisch') &&
        !choice.draws.includes('datatechnisch') &&
        !choice.draws.includes('integraal-samenwerken');
      if (!dropsData) continue;
      expect(isCopingStrategy(choice.strategy), `${where(scenario, beat, choice)}: ${choice.strategy}`).toBe(
        false,
      );
    }
  });

  it('quotes a respondent or the thesis in the trainer notes word for word', () => {
    for (const beat of decisions(scenario)) {
      for (const [, , fragment] of beat.decision.facilitator.notes.nl.matchAll(ATTRIBUTED)) {
        expect(verbatim(fragment ?? ''), `${where(scenario, beat)}: ‘${fragment}’`).toBe(true);
      }
    }
  });

  it('gives the thesis\'s conclusion wherever a note cites R8\'s "hyper data" warning (thesis 823)', () => {
    const helpSources = new Set(
      scenario.sources.filter((s) => s.quote?.nl.includes('durven vragen om hulp')).map((s) => s.id),
    );
    for (const beat of decisions(scenario)) {
      const { notes, sources } = beat.decision.facilitator;
      if (!notes.nl.includes('hyper data')) continue;
      const label = where(scenario, beat);
      expect(notes.nl, label).toMatch(/om hulp/);
      expect(
        sources.some((id) => helpSources.has(id)),
        `${label} cites the thesis on asking for help`,
      ).toBe(true);
    }
  });

  it('has F2 give two ways out of the bureaucracy, not one (thesis 897)', () => {
    for (const beat of decisions(scenario)) {
      const { nl, en } = beat.decision.facilitator.notes;
      expect(nl, where(scenario, beat)).not.toMatch(/\bF2\b[^.]*(?<!\p{L})(één|een|enige) uitweg(?!\p{L})/iu);
      expect(en, where(scenario, beat)).not.toMatch(/\bF2\b[^.]*\bone way out\b/i);
    }
  });
});

describe('the corrections of issue 11 stay made', () => {
  const find = (scenarioId: string, beatId: string): DecisionBeat => {
    const scenario = library.find((s) => s.id === scenarioId);
    const beat = scenario?.beats[beatId];
    if (beat?.kind !== 'decision') throw new Error(`no decision ${scenarioId} ${beatId}`);
    return beat;
  };
  const choice = (beat: DecisionBeat, id: string): Choice => {
    const found = beat.decision.choices.find((c) => c.id === id);
    if (!found) throw new Error(`no choice ${beat.id}.${id}`);
    return found;
  };

  it('stages "wie houdt het bij", a question of capacity (709, 961), under no innovation-vs-result tension', () => {
    const beat = find('het-datalab-ernaast', 'wie-houdt-het-bij');
    expect(beat.decision.tension).not.toBe('innovatie-resultaat');
    expect(beat.decision.facilitator.notes.nl).toMatch(/capaciteit/);
  });

  it('does not call waiting for a better moment a small success (951)', () => {
    expect(choice(find('het-datalab-ernaast', 'begroting'), 'klein-houden').strategy).not.toBe(
      'kleine-successen',
    );
  });

  it('does not call starting without the application going where the energy is (929)', () => {
    expect(choice(find('ruimte-om-te-experimenteren', 'projectaanvraag'), 'gewoon-beginnen').strategy).toBe(
      'doordrukken',
    );
  });

  it("does not let a policy adviser's letting go of data pass for a coping strategy (803, 823)", () => {
    expect(isCopingStrategy(choice(find('data-is-een-extra', 'na-de-zomer'), 'loslaten').strategy)).toBe(
      false,
    );
  });

  it('quotes R12 as "er dan wel bij" (961), never as "er wel bij"', () => {
    expect(thesisLine(961)).toContain('Dus ik doe dit er dan wel bij.');
    for (const scenario of library) {
      for (const beat of decisions(scenario)) {
        expect(beat.decision.facilitator.notes.nl, where(scenario, beat)).not.toContain('‘er wel bij’');
      }
    }
  });
});
