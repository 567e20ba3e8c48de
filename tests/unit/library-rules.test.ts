import { describe, expect, it } from 'vitest';
import { SCENARIO_TEMPLATE } from '../../scripts/scenario-template.ts';
import { checkScenario } from '../../src/domain/check-scenario.ts';
import {
  checkLibraryRules,
  describeRule,
  RULE_CODES,
  type RuleCode,
} from '../../src/domain/library-rules.ts';
import type { Beat, Scenario } from '../../src/domain/scenario.ts';

/** The scenarios:new template, which meets every rule; each test breaks one rule on a copy. */
const template = (): Scenario => {
  const scenario = checkScenario('regels.yaml', SCENARIO_TEMPLATE.replaceAll('{{id}}', 'regels')).scenario;
  if (!scenario) throw new Error('the template does not pass the checker');
  return structuredClone(scenario);
};
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const decision = (s: Scenario, id: string) => s.beats[id] as Extract<Beat, { kind: 'decision' }>;
const failing = (s: Scenario) => checkLibraryRules(s).filter((r) => !r.ok);
const only = (s: Scenario, code: RuleCode, lang: 'nl' | 'en' = 'en') => {
  const failed = failing(s);
  expect(failed.map((r) => r.rule)).toEqual([code]);
  return describeRule(failed[0]!, lang);
};

describe('the library rules', () => {
  it('are all met by the template, in the order they are listed', () => {
    const results = checkLibraryRules(template());
    expect(results.map((r) => r.rule)).toEqual([...RULE_CODES]);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });

  it('minutes: says what the file says and what to do', () => {
    const s = template() as Mutable<Scenario>;
    s.minutes = 12;
    expect(only(s, 'minutes', 'nl')).toBe(
      'Een scenario duurt 5 tot 10 minuten ("minutes"). Hier staat 12. Schat opnieuw, of maak het scenario korter of langer.',
    );
  });

  it('summary: a one-word intro line is too short', () => {
    const s = template() as Mutable<Scenario>;
    s.summary = { nl: 'Kort.', en: 'A longer English summary line.' };
    expect(only(s, 'summary')).toBe(
      'The intro line ("summary") is longer than 20 characters in both languages. The shorter one is 5 characters. Say in one sentence what the scenario is about.',
    );
  });

  it('decisions and coping strategies: a scenario cut to one decision fails both, and names the strategies missing', () => {
    const s = template();
    const first = decision(s, 'eerste-keuze');
    for (const choice of first.decision.choices)
      (choice.next as unknown as { go: string; when: [] }[])[0] = { when: [], go: 'einde-alleen' };
    delete (s.beats as Record<string, Beat>)['tweede-keuze'];
    delete (s.beats as Record<string, Beat>)['derde-keuze'];
    delete (s.beats as Record<string, Beat>)['einde-samen'];
    const failed = failing(s);
    expect(failed.map((r) => r.rule)).toEqual(['decisions', 'endings', 'coping-strategies']);
    expect(describeRule(failed[0]!, 'en')).toBe(
      'A scenario has at least 3 decisions ("decision"). It has 1. Add a decision.',
    );
    expect(describeRule(failed[1]!, 'en')).toContain('Too few in: standaard (1)');
    expect(describeRule(failed[2]!, 'nl')).toContain(
      'Nu 1: maatwerk. Geef een keuze een van deze strategieën',
    );
    expect(describeRule(failed[2]!, 'nl')).toContain('waar-de-energie-is, conformeren, kleine-successen.');
  });

  it('non-coping-choice: every choice a coping strategy fails', () => {
    const s = template();
    for (const beat of Object.values(s.beats))
      if (beat.kind === 'decision')
        for (const c of beat.decision.choices)
          if (c.strategy === 'doordrukken' || c.strategy === 'opgeven')
            (c as { strategy: string }).strategy = 'maatwerk';
    expect(only(s, 'non-coping-choice')).toContain('Every choice is a strategy now.');
  });

  it('decision-sources: names the decision without a source', () => {
    const s = template();
    (decision(s, 'tweede-keuze').decision.facilitator as { sources: readonly string[] }).sources = [];
    expect(only(s, 'decision-sources', 'nl')).toContain('Zonder bron: tweede-keuze.');
  });

  it('every-path-ends and nothing-dead: a route that can never be taken leaves plays stuck and an ending unplayed', () => {
    const s = template();
    const smallStep = decision(s, 'derde-keuze').decision.choices[0]!;
    (smallStep as { next: unknown }).next = [
      { when: [{ kind: 'meter', meter: 'steun', op: '>', value: 100 }], go: 'einde-samen' },
    ];
    const failed = failing(s);
    expect(failed.map((r) => r.rule)).toEqual(['endings', 'every-path-ends', 'nothing-dead']);
    expect(describeRule(failed[1]!, 'en')).toMatch(
      /^Every path .*\. 4 paths get stuck, such as standaard: begin → eerste-keuze → .* → derde-keuze\/kleine-stap; .* \(\+1\)\. Give the last option of "next" there no "when"\.$/,
    );
    expect(describeRule(failed[2]!, 'nl')).toContain('Nooit gespeeld: einde-samen, derde-keuze/kleine-stap.');
  });
});
