import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/build-catalog.ts';
import { checkScenario } from '../../src/domain/check-scenario.ts';
import { formatProblem } from '../../src/domain/problems.ts';
import { checkFile, MINI, ROOT } from '../support/scenarios.ts';

const broken = (name: string) => checkFile(join(ROOT, 'tests', 'fixtures', 'broken', name));
const messages = (name: string, lang: 'nl' | 'en' = 'en') =>
  broken(name).problems.map((p) => formatProblem(p, lang));

describe('deliberately broken scenario files', () => {
  it('reports a YAML syntax error with its line, in plain Dutch and English with what to do', () => {
    expect(messages('syntax-error.yaml', 'nl')).toEqual([
      'tests/fixtures/broken/syntax-error.yaml:3:1  Dit is geen geldige YAML: een { … } of [ … ] op een regel hierboven wordt niet gesloten. Zet de sluitende } of ] aan het eind van die regel. [yaml-syntax]',
    ]);
    expect(messages('syntax-error.yaml', 'en')).toEqual([
      'tests/fixtures/broken/syntax-error.yaml:3:1  This is not valid YAML: a { … } or [ … ] on a line above is not closed. Put the closing } or ] at the end of that line. [yaml-syntax]',
    ]);
    expect(broken('syntax-error.yaml').scenario).toBeUndefined();
  });

  it('reports every problem of a file at once, each with line, column and path; beats left unreachable by an unknown target wait until it is fixed', () => {
    const f = 'tests/fixtures/broken/many-problems.yaml';
    expect(messages('many-problems.yaml')).toEqual([
      `${f}:1:5  id: The id "other-name" must match the file name: "many-problems". [id-not-file-name]`,
      `${f}:2:8  title: The English text is missing. [missing-translation]`,
      `${f}:3:16  summary.nl: The Dutch text is empty. [empty-text]`,
      `${f}:4:10  minutes: Expected a whole number from 1 to 60 here. [wrong-shape]`,
      `${f}:5:7  role: Unknown role "wethouder". Known: data-ambtenaar, beleidsambtenaar. [unknown-id]`,
      `${f}:6:1  colour: Unknown field "colour". Allowed: id, title, summary, minutes, role, setting, contexts, sources, characters, meters, start, beats. [unknown-field]`,
      `${f}:10:19  setting.preconditions[1]: Unknown precondition "tijd". Known: ruimte-experimenteren, achteraf-verantwoorden, mandaat, capaciteit. [unknown-id]`,
      `${f}:13:5  sources[1]: A quote needs an English "translation" too. [quote-needs-translation]`,
      `${f}:20:12  beats.begin.place: Unknown place "kelder". Known: kantoor, vergaderzaal, raadszaal, buurthuis. [unknown-id]`,
      `${f}:21:14  beats.begin.speaker: Unknown speaker "burgemeester". Known: verteller, jij. [unknown-id]`,
      `${f}:23:11  beats.begin.next: "nergens" is not a beat in this scenario. [unknown-target]`,
      `${f}:29:16  beats.keuze.decision.tension: Unknown tension "geld-tijd". Known: innovatie-resultaat, transparantie-politiek, bureaucratie-innovatie, vernieuwing-cultuur. [unknown-id]`,
      `${f}:34:11  beats.keuze.decision.facilitator.prompts: A decision needs at least 2 discussion prompts for the trainer; this one has 1. [too-few-prompts]`,
      `${f}:35:19  beats.keuze.decision.facilitator.sources[1]: Unknown source "r9". Did you mean "r1"? Known: r1. [unknown-id]`,
      `${f}:37:9  beats.keuze.decision.choices: A decision has 2 to 4 choices; this one has 1. [choice-count]`,
      `${f}:39:18  beats.keuze.decision.choices[1].draws: The choice "a" draws on no competency ("draws" is empty): every choice trades something off. [no-trade-off]`,
      `${f}:42:21  beats.keuze.decision.choices[1].strategy: Unknown strategy "gokken". Known: maatwerk, waar-de-energie-is, conformeren, kleine-successen, doordrukken, opgeven, dood-paard, geen. [unknown-id]`,
      `${f}:43:22  beats.keuze.decision.choices[1].effects.geluk: Unknown meter "geluk". Known: vertrouwen, steun, energie, voortgang. [unknown-id]`,
      `${f}:43:40  beats.keuze.decision.choices[1].effects.steun: Expected a whole number from -30 to 30 here. [wrong-shape]`,
      `${f}:46:21  beats.keuze.decision.choices[1].next[1].when: No choice sets the flag "nooit" ("sets"), so this condition never changes. [flag-never-set]`,
      `${f}:48:21  beats.keuze.decision.choices[1].next[2].when: "steun ~ 3" is not a valid condition. Examples: "steun >= 60", "flag:kaart-openbaar", "!pre:mandaat". [bad-condition]`,
      `${f}:48:21  beats.keuze.decision.choices[1].next[2].when: The last option of "next" must have no "when", or a play could get stuck. [no-fallback]`,
    ]);
  });

  it('reports loops, dead ends and unreachable beats', () => {
    const f = 'tests/fixtures/broken/graph-problems.yaml';
    expect(messages('graph-problems.yaml')).toEqual([
      `${f}:16:3  beats.begin: No path from the beat "begin" leads to an ending. [no-ending]`,
      `${f}:21:3  beats.heen: No path from the beat "heen" leads to an ending. [no-ending]`,
      `${f}:26:3  beats.terug: These beats form a loop, so a play could go on forever: heen → terug → heen. [cycle]`,
      `${f}:26:3  beats.terug: No path from the beat "terug" leads to an ending. [no-ending]`,
      `${f}:31:3  beats.vergeten: The beat "vergeten" can never be reached from the start ("begin"). [unreachable]`,
      `${f}:36:3  beats.einde: The beat "einde" can never be reached from the start ("begin"). [unreachable]`,
    ]);
  });

  it('reports duplicate ids and a choice that sets aside what it draws on, in Dutch', () => {
    const f = 'tests/fixtures/broken/duplicates.yaml';
    expect(messages('duplicates.yaml', 'nl')).toEqual([
      `${f}:3:1  title: Het veld "title" komt twee keer voor (eerst op regel 2). [duplicate-id]`,
      `${f}:32:23  beats.keuze.decision.choices[1].sets-aside: De keuze "zelfde" doet een beroep op "innovatief" én zet die opzij. [both-sides]`,
      `${f}:37:15  beats.keuze.decision.choices[2].id: De keuze "zelfde" komt twee keer voor (eerst op regel 29). [duplicate-id]`,
      `${f}:41:17  beats.keuze.decision.choices[2].side: "politiek" hoort niet bij de spanning "innovatie-resultaat". Kies uit: innovatie, resultaat, midden. [side-not-in-tension]`,
      `${f}:45:3  beats.einde: Deze beats vormen een kringloop, zodat een spel eindeloos kan duren: keuze → einde → keuze. [cycle]`,
      `${f}:46:5  beats.einde: Een beat heeft precies één van "next", "decision" of "ending". [beat-kind]`,
    ]);
  });

  it('reports a duplicate beat and a duplicate character once each, by their kind', () => {
    const f = 'tests/fixtures/broken/duplicate-beats.yaml';
    expect(messages('duplicate-beats.yaml', 'nl')).toEqual([
      `${f}:16:3  characters.wethouder: Het personage "wethouder" komt twee keer voor (eerst op regel 15). [duplicate-id]`,
      `${f}:29:3  beats.einde: De beat "einde" komt twee keer voor (eerst op regel 24). [duplicate-id]`,
    ]);
  });

  it('treats targets named like JavaScript’s built-in properties as unknown beats', () => {
    const f = 'tests/fixtures/broken/prototype-names.yaml';
    expect(messages('prototype-names.yaml')).toEqual([
      `${f}:14:8  start: "constructor" is not a beat in this scenario. [unknown-target]`,
      `${f}:18:14  beats.begin.speaker: Unknown speaker "constructor". Known: verteller, jij. [unknown-id]`,
      `${f}:20:11  beats.begin.next: "toString" is not a beat in this scenario. [unknown-target]`,
      `${f}:27:13  beats.verder.next[1].go: "__proto__" is not a beat in this scenario. [unknown-target]`,
      `${f}:28:13  beats.verder.next[2].go: "hasOwnProperty" is not a beat in this scenario. [unknown-target]`,
    ]);
  });

  it('refuses every YAML tag outside the core schema, at the tag, and checks nothing further; an unquoted condition is told to be quoted', () => {
    const f = 'tests/fixtures/broken/yaml-tags.yaml';
    const rest =
      'is not allowed: a scenario holds only plain text, numbers, lists and fields. If it is meant as text, put it in quotation marks. [yaml-tag]';
    expect(messages('yaml-tags.yaml')).toEqual([
      `${f}:2:8  The YAML tag "!!js/function" ${rest}`,
      `${f}:3:10  The YAML tag "!!python/object:os.system" ${rest}`,
      `${f}:4:10  The YAML tag "!!binary" ${rest}`,
      `${f}:5:7  The YAML tag "!rol" ${rest}`,
      `${f}:21:15  YAML reads a condition that starts with "!" as something other than text: put the condition in quotation marks, like this: "!pre:mandaat". [unquoted-condition]`,
    ]);
    expect(messages('yaml-tags.yaml', 'nl')[0]).toBe(
      `${f}:2:8  De YAML-tag "!!js/function" is niet toegestaan: een scenario bevat alleen gewone tekst, getallen, lijsten en velden. Is het als tekst bedoeld, zet het dan tussen aanhalingstekens. [yaml-tag]`,
    );
  });

  it('gives no scenario to play when anything is wrong', () => {
    for (const name of [
      'many-problems.yaml',
      'graph-problems.yaml',
      'duplicates.yaml',
      'duplicate-beats.yaml',
      'prototype-names.yaml',
      'yaml-tags.yaml',
    ]) {
      expect(broken(name).scenario).toBeUndefined();
    }
  });
});

describe('hostile scenario files', () => {
  const mini = readFileSync(MINI, 'utf8');
  const check = (text: string, lang: 'nl' | 'en' = 'en') =>
    checkScenario('mini.yaml', text).problems.map((p) => formatProblem(p, lang));

  it('plays beats and characters named like built-in properties, and hands out no inherited names', () => {
    const text = mini.replaceAll('keuze', 'constructor').replaceAll('wethouder', 'valueof');
    const scenario = checkScenario('mini.yaml', text).scenario!;
    const beat: string = 'constructor';
    expect(scenario.beats[beat]?.kind).toBe('decision');
    expect(scenario.characters.valueof?.colour).toBe('#336699');
    for (const record of [scenario.beats, scenario.characters]) {
      expect(Object.getPrototypeOf(record)).toBeNull();
      expect('toString' in record).toBe(false);
    }
    expect(checkScenario('mini.yaml', mini).scenario?.beats.toString).toBeUndefined();
  });

  it('refuses a NUL character or U+FFFD in text, at its line', () => {
    expect(check(mini.replace('It begins.', 'It be\0gins.'), 'nl')).toEqual([
      'mini.yaml:35:39  Hier staat een NUL-teken (byte 0), dat niet in een tekstbestand hoort: het bestand is beschadigd of geen tekst. Bewaar het opnieuw als platte tekst (UTF-8). [nul-byte]',
    ]);
    expect(check(mini.replace('It begins.', 'It be\uFFFDgins.'))).toEqual([
      'mini.yaml:35:39  Here is the replacement character U+FFFD, not valid UTF-8: the file was probably saved in another encoding (such as Latin-1 or Windows-1252). Save it again as UTF-8. [bad-encoding]',
    ]);
  });

  it('refuses a 2.5 MB decision before reading it as YAML', () => {
    const prompts = Array.from(
      { length: 45_000 },
      (_, i) => `          - { nl: "Vraag ${i}?", en: "Question ${i}?" }`,
    );
    const text = mini.replace(/ {8}prompts:\n(?: {10}- .*\n)+/, `        prompts:\n${prompts.join('\n')}\n`);
    expect(text.length).toBeGreaterThan(2_500_000);
    expect(check(text)).toEqual([
      `mini.yaml:1:1  This file is ${Math.ceil(text.length / 1024)} KB; a scenario is at most 256 KB. Split it into more scenarios, or check whether something else was pasted into it by mistake. [file-too-large]`,
    ]);
  });

  it('refuses a single text that is too long, at the text', () => {
    const long = 'a'.repeat(4001);
    expect(check(mini.replace('It begins.', long), 'nl')).toEqual([
      'mini.yaml:35:34  beats.begin.text.en: Deze tekst is 4001 tekens lang; het maximum is 4000. Maak hem korter of verdeel hem over meer beats. [text-too-long]',
    ]);
    expect(check(mini.replace('It begins.', 'a'.repeat(4000)))).toEqual([]);
  });

  it('reports the second of two files with the same scenario id, naming the first (the game’s catalog)', () => {
    const catalog = buildCatalog({ '/scenarios/mini.yml': mini, '/scenarios/mini.yaml': mini });
    expect(catalog.scenarios.map((s) => s.file)).toEqual(['scenarios/mini.yaml']);
    expect([...catalog.broken.values()].flat().map((p) => formatProblem(p, 'en'))).toEqual([
      'scenarios/mini.yml:2:5  id: The scenario "mini" is also in scenarios/mini.yaml: the game would show two cards that play the same scenario. Remove one of the two files. [duplicate-scenario-id]',
    ]);
  });

  it('npm run scenarios:check reads bytes: a Latin-1 file, a NUL byte and a duplicate id are each reported once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    try {
      const latin1 = mini.replace('id: mini', 'id: latin').replace('Het begint.', 'Caf\u00e9.');
      writeFileSync(
        join(dir, 'latin.yaml'),
        Uint8Array.from(latin1, (c) => c.charCodeAt(0)),
      );
      writeFileSync(join(dir, 'leeg.yaml'), Buffer.from('id: leeg\n\0\n'));
      writeFileSync(join(dir, 'mini.yaml'), mini);
      writeFileSync(join(dir, 'mini.yml'), mini);
      const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
      const script = join(ROOT, 'scripts', 'scenarios-check.ts');
      const run = spawnSync(process.execPath, [tsx, script, '--lang', 'en', '.'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stdout.trim().split('\n')).toEqual([
        '✓ mini.yaml',
        'latin.yaml:35:20  Here is the byte 0xE9, not valid UTF-8: the file was probably saved in another encoding (such as Latin-1 or Windows-1252). Save it again as UTF-8. [bad-encoding]',
        'leeg.yaml:2:1  Here is a NUL character (byte 0), which does not belong in a text file: the file is damaged or not text. Save it again as plain text (UTF-8). [nul-byte]',
        `mini.yml:2:5  id: The scenario "mini" is also in mini.yaml: the game would show two cards that play the same scenario. Remove one of the two files. [duplicate-scenario-id]`,
        'mini.yaml:58:18  warning: beats.keuze.decision.choices[1].sets[1]: The flag "open" is set, but no "when" reads it ("flag:open"), so it changes nothing. Use it in a "when", or remove it. [flag-never-read]',
        '4 files checked, 3 problems, 1 warning.',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
