import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/domain/check-scenario.ts';
import { formatProblem } from '../../src/domain/problems.ts';
import { SHOWN_NAMES } from '../../src/locales/shown-names.ts';
import { MINI, ROOT } from '../support/scenarios.ts';

const thesis = readFileSync(join(ROOT, 'docs', 'research', 'thesis-open-ambtenaar-2019.txt'), 'utf8');
const options = { names: SHOWN_NAMES, thesis };

/** A fixture checked as `npm run scenarios:check` checks it: with the shown names and the thesis. */
const fixture = (name: string) => {
  const file = `tests/fixtures/broken/${name}.yaml`;
  return checkScenario(file, readFileSync(join(ROOT, file), 'utf8'), undefined, options);
};
const messages = (name: string, lang: 'nl' | 'en') => {
  const result = fixture(name);
  return [...result.problems, ...(result.warnings ?? [])].map((p) => formatProblem(p, lang));
};

describe('messages that say how to fix it (fixtures)', () => {
  it('a tab: one message at the tab, "replace the tab with spaces", and no knock-on messages', () => {
    const f = 'tests/fixtures/broken/tab-indent.yaml';
    expect(messages('tab-indent', 'nl')).toEqual([
      `${f}:34:1  Hier staat een tab. YAML springt alleen in met spaties: vervang de tab door spaties (twee per niveau, even ver als de regels eromheen). [yaml-tab]`,
    ]);
    expect(messages('tab-indent', 'en')).toEqual([
      `${f}:34:1  Here is a tab. YAML indents with spaces only: replace the tab with spaces (two per level, as far as the lines around it). [yaml-tab]`,
    ]);
  });

  it('an unquoted "!pre:" condition: "put the condition in quotation marks", with the quoted form', () => {
    const f = 'tests/fixtures/broken/unquoted-condition.yaml';
    expect(messages('unquoted-condition', 'nl')).toEqual([
      `${f}:61:21  Een voorwaarde die met "!" begint, leest YAML als iets anders dan tekst: zet de voorwaarde tussen aanhalingstekens, zo: "!pre:mandaat". [unquoted-condition]`,
    ]);
    expect(messages('unquoted-condition', 'en')).toEqual([
      `${f}:61:21  YAML reads a condition that starts with "!" as something other than text: put the condition in quotation marks, like this: "!pre:mandaat". [unquoted-condition]`,
    ]);
  });

  it('a shown name or a typo where an id belongs: "Did you mean …?" for beats, speakers, competencies, strategies, meters and flags', () => {
    const f = 'tests/fixtures/broken/shown-names.yaml';
    const competencies =
      'integer, neutraal, deskundig, kritisch-loyaal, regelgericht, psm-gemotiveerd, politiek-bewust, resultaatgericht, flexibel, omgevingsbewust, samenwerkend, integraal-samenwerken, emotioneel-intelligent, transparant, burgers-betrekken, datatechnisch, innovatief';
    expect(messages('shown-names', 'nl')).toEqual([
      `${f}:36:11  beats.begin.next: "keuzx" is geen beat in dit scenario. Bedoel je "keuze"? [unknown-target]`,
      `${f}:39:14  beats.keuze.speaker: Onbekende spreker "Wethouder Test". Bedoel je "wethouder"? Bekend: verteller, jij, wethouder. [unknown-id]`,
      `${f}:53:19  beats.keuze.decision.choices[1].draws[1]: Onbekende competentie "Datavaardig". Bedoel je "datatechnisch"? Bekend: ${competencies}. [unknown-id]`,
      `${f}:65:21  beats.keuze.decision.choices[1].next[1].when: De vlag "opne" wordt door geen enkele keuze gezet ("sets"), dus deze voorwaarde verandert nooit. Bedoel je "open"? [flag-never-set]`,
      `${f}:71:24  beats.keuze.decision.choices[2].sets-aside[1]: Onbekende competentie "Inwoners betrekken". Bedoel je "burgers-betrekken"? Bekend: ${competencies}. [unknown-id]`,
      `${f}:73:21  beats.keuze.decision.choices[2].strategy: Onbekende strategie "Opgeven". Bedoel je "opgeven"? Bekend: maatwerk, waar-de-energie-is, conformeren, kleine-successen, doordrukken, opgeven, dood-paard, geen. [unknown-id]`,
      `${f}:74:22  beats.keuze.decision.choices[2].effects.stuen: Onbekende meter "stuen". Bedoel je "steun"? Bekend: vertrouwen, steun, energie, voortgang. [unknown-id]`,
    ]);
    expect(messages('shown-names', 'en').slice(0, 3)).toEqual([
      `${f}:36:11  beats.begin.next: "keuzx" is not a beat in this scenario. Did you mean "keuze"? [unknown-target]`,
      `${f}:39:14  beats.keuze.speaker: Unknown speaker "Wethouder Test". Did you mean "wethouder"? Known: verteller, jij, wethouder. [unknown-id]`,
      `${f}:53:19  beats.keuze.decision.choices[1].draws[1]: Unknown competency "Datavaardig". Did you mean "datatechnisch"? Known: ${competencies}. [unknown-id]`,
    ]);
  });

  it('an altered quote names the first word that differs; an unquoted section number is told to be quoted', () => {
    const f = 'tests/fixtures/broken/altered-quote.yaml';
    expect(messages('altered-quote', 'nl')).toEqual([
      `${f}:22:14  sources[1].section: Een sectienummer zonder aanhalingstekens leest YAML als getal: 4.10 wordt 4.1. Zet het tussen aanhalingstekens: "4.10". [section-not-text]`,
      `${f}:26:12  sources[2].quote: Dit citaat staat niet letterlijk in de thesis: het wijkt af bij "maand." (woord 15); de thesis heeft daar "jaar.". Kopieer het citaat precies uit de thesis, met leestekens. [quote-not-in-thesis]`,
    ]);
    expect(messages('altered-quote', 'en')).toEqual([
      `${f}:22:14  sources[1].section: YAML reads a section number without quotation marks as a number: 4.10 becomes 4.1. Put it in quotation marks: "4.10". [section-not-text]`,
      `${f}:26:12  sources[2].quote: This quote is not verbatim in the thesis: it differs at "maand." (word 15); the thesis has "jaar." there. Copy the quote exactly from the thesis, punctuation included. [quote-not-in-thesis]`,
    ]);
    expect(fixture('altered-quote').scenario).toBeUndefined();
  });

  it('warns, without refusing the scenario, about a source never cited, a section the thesis lacks, a character who never speaks and a flag never read', () => {
    const f = 'tests/fixtures/broken/unused.yaml';
    const result = fixture('unused');
    expect(result.problems).toEqual([]);
    expect(result.scenario?.id).toBe('unused');
    expect(messages('unused', 'nl')).toEqual([
      `${f}:23:9  waarschuwing: sources[2]: De bron "r5" wordt bij geen enkel beslismoment genoemd ("facilitator.sources"), dus ziet de trainer hem nooit. Noem hem bij een beslismoment, of haal hem weg. [source-never-cited]`,
      `${f}:25:14  waarschuwing: sources[2].section: De thesis heeft geen paragraaf 4.7. Bedoel je "4.1", "4.2" of "4.3"? Paragrafen in dat hoofdstuk: 4, 4.1, 4.1.1, 4.1.2, 4.1.3, 4.2, 4.2.1, 4.2.2, 4.2.3, 4.2.4, 4.2.5, 4.2.6, 4.3, 4.3.1, 4.3.2, 4.4. [section-unknown]`,
      `${f}:31:3  waarschuwing: characters.raadslid: Het personage "raadslid" spreekt in geen enkele beat ("speaker: raadslid"), dus verschijnt het nooit. Laat het een beat uitspreken, of haal het weg. [character-never-speaks]`,
      `${f}:65:18  waarschuwing: beats.keuze.decision.choices[1].sets[1]: De vlag "open" wordt gezet, maar geen enkele "when" leest hem ("flag:open"), dus verandert hij niets. Gebruik hem in een "when", of haal hem weg. [flag-never-read]`,
    ]);
    expect(messages('unused', 'en')[2]).toBe(
      `${f}:31:3  warning: characters.raadslid: The character "raadslid" speaks in no beat ("speaker: raadslid"), so it never appears. Let it speak a beat, or remove it. [character-never-speaks]`,
    );
  });

  it('checks quotes and sections only when given the thesis (the game checks without it)', () => {
    const text = readFileSync(join(ROOT, 'tests/fixtures/broken/altered-quote.yaml'), 'utf8');
    const codes = checkScenario('altered-quote.yaml', text).problems.map((p) => p.code);
    expect(codes).toEqual(['section-not-text']);
  });
});

describe('YAML syntax errors in plain words, one at a time', () => {
  const mini = readFileSync(MINI, 'utf8');
  const first = (edit: (text: string) => string, lang: 'nl' | 'en' = 'en') =>
    checkScenario('mini.yaml', edit(mini), undefined, options).problems.map((p) => formatProblem(p, lang));
  const speakerLine = '    speaker: verteller\n    text: { nl: Het begint.';

  it.each([
    [
      'a line indented less than the fields beside it',
      (t: string) => t.replace(speakerLine, '   speaker: verteller\n    text: { nl: Het begint.'),
      'this line is not indented as far as the fields beside it.',
    ],
    [
      'a field name without a colon',
      (t: string) => t.replace(speakerLine, '    speaker verteller\n    text: { nl: Het begint.'),
      'this line is not a field ("name: value"). Is a colon missing',
    ],
    [
      'a line indented further than the one above',
      (t: string) => t.replace(speakerLine, '    speaker: verteller\n     text: { nl: Het begint.'),
      'here is a second "name: value" inside a value.',
    ],
    [
      'a colon inside a text in { … }',
      (t: string) => t.replace('{ nl: Het begint.,', '{ nl: Let op: het begint.,'),
      'inside { … } is a text with a colon. Put that text in quotation marks',
    ],
    [
      'a text that starts with @',
      (t: string) => t.replace('{ nl: Het begint.,', '{ nl: @gemeente begint.,'),
      'a text may not start with @, ` or % without quotation marks.',
    ],
    [
      'a straight quotation mark inside a quoted text',
      (t: string) => t.replace('{ nl: Het begint.,', '{ nl: "Zeg "ja" nu",'),
      'something follows a text in quotation marks. If there is a " inside the text, use ‘ ’ or “ ” instead',
    ],
    [
      'a quotation mark that is never closed',
      (t: string) => t.replace('{ nl: Het begint.,', '{ nl: "Het begint.,'),
      'the text that starts with a quotation mark on this line is never closed.',
    ],
    [
      'a { that is never closed',
      (t: string) => t.replace('Het begint., en: It begins. }', 'Het begint., en: It begins.'),
      'a { … } or [ … ] on a line above is not closed.',
    ],
  ])('%s: one message, saying what to do', (_name, edit, expected) => {
    const told = first(edit);
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(`This is not valid YAML: ${expected}`);
    expect(told[0]).not.toMatch(
      /Nested mappings|Implicit keys|must start at|reserved character|Missing closing/,
    );
  });

  it('points an unclosed quotation mark at the line where it opens, not at the end of the file', () => {
    const told = first((t) => t.replace('{ nl: Het begint.,', '{ nl: "Het begint.,'));
    expect(told[0]).toMatch(/^mini\.yaml:35:17 /);
  });

  it('tells a tab before a value as the cause even where the parser stumbles only later, and ignores a tab on a blank line', () => {
    const tabbed = first(
      (t) => t.replace('    text: { nl: Het begint.', '    text:\n\t  { nl: Het begint.'),
      'nl',
    );
    expect(tabbed).toHaveLength(1);
    expect(tabbed[0]).toMatch(/^mini\.yaml:36:1 .*vervang de tab door spaties/);
    const blank = first((t) =>
      t.replace('  begin:\n', '  begin:\n\t\n').replace('{ nl: Het begint.,', '{ nl: "Het begint.,'),
    );
    expect(blank).toHaveLength(1);
    expect(blank[0]).toContain('is never closed');
  });
});

describe('conditions and sides with a likely intended word', () => {
  const mini = readFileSync(MINI, 'utf8');
  const check = (edit: (text: string) => string, lang: 'nl' | 'en') =>
    checkScenario('mini.yaml', edit(mini), undefined, options).problems.map((p) => formatProblem(p, lang));

  it('names an unknown meter or precondition inside a condition, with the known one meant', () => {
    expect(check((t) => t.replace('"steun < 30"', '"stuen < 30"'), 'nl')[0]).toContain(
      '"stuen < 30" is geen geldige voorwaarde. "stuen" is geen meter. Bedoel je "steun"?',
    );
    expect(check((t) => t.replace('"!pre:mandaat"', '"!pre:mandat"'), 'en')[0]).toContain(
      '"!pre:mandat" is not a valid condition. "mandat" is not a precondition. Did you mean "mandaat"?',
    );
  });

  it('tells a "!" with a space after it, which YAML drops, to be quoted too', () => {
    expect(check((t) => t.replace('- when: "!pre:mandaat"', '- when: ! pre:mandaat'), 'en')).toEqual([
      'mini.yaml:61:23  beats.keuze.decision.choices[1].variants[1].when: YAML reads a condition that starts with "!" as something other than text: put the condition in quotation marks, like this: "!pre:mandaat". [unquoted-condition]',
    ]);
  });

  it('finds the pole behind the name the game shows for it', () => {
    expect(check((t) => t.replace('side: politiek\n', 'side: politiek bewustzijn\n'), 'en')[0]).toContain(
      '"politiek bewustzijn" does not belong to the tension "transparantie-politiek". Did you mean "politiek"?',
    );
  });

  it('finds a field behind a slip in its name, and does not also call the field meant missing', () => {
    const told = check(
      (t) => t.replace('sets-aside: [politiek-bewust]', 'sets_aside: [politiek-bewust]'),
      'nl',
    );
    expect(told).toEqual([
      'mini.yaml:54:11  beats.keuze.decision.choices[1].sets_aside: Onbekend veld "sets_aside". Bedoel je "sets-aside"? Toegestaan: id, text, draws, sets-aside, side, strategy, effects, sets, consequence, mood, variants, next. [unknown-field]',
    ]);
  });
});
