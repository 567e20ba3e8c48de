import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/domain/problems.ts';
import { checkFile, ROOT } from '../support/scenarios.ts';

const broken = (name: string) => checkFile(join(ROOT, 'tests', 'fixtures', 'broken', name));
const messages = (name: string, lang: 'nl' | 'en' = 'en') =>
  broken(name).problems.map((p) => formatProblem(p, lang));

describe('deliberately broken scenario files', () => {
  it('reports a YAML syntax error with its line, in Dutch and English', () => {
    expect(messages('syntax-error.yaml', 'nl')).toEqual([
      'tests/fixtures/broken/syntax-error.yaml:3:1  Dit is geen geldige YAML: Flow map in block collection must be sufficiently indented and end with a } [yaml-syntax]',
    ]);
    expect(broken('syntax-error.yaml').scenario).toBeUndefined();
  });

  it('reports every problem of a file at once, each with line, column and path', () => {
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
      `${f}:19:3  beats.begin: No path from the beat "begin" leads to an ending. [no-ending]`,
      `${f}:20:12  beats.begin.place: Unknown place "kelder". Known: kantoor, vergaderzaal, raadszaal, buurthuis. [unknown-id]`,
      `${f}:21:14  beats.begin.speaker: Unknown speaker "burgemeester". Known: verteller, jij. [unknown-id]`,
      `${f}:23:11  beats.begin.next: "nergens" is not a beat in this scenario. [unknown-target]`,
      `${f}:24:3  beats.keuze: The beat "keuze" can never be reached from the start ("begin"). [unreachable]`,
      `${f}:29:16  beats.keuze.decision.tension: Unknown tension "geld-tijd". Known: innovatie-resultaat, transparantie-politiek, bureaucratie-innovatie, vernieuwing-cultuur. [unknown-id]`,
      `${f}:34:11  beats.keuze.decision.facilitator.prompts: A decision needs at least 2 discussion prompts for the trainer; this one has 1. [too-few-prompts]`,
      `${f}:35:19  beats.keuze.decision.facilitator.sources[1]: Unknown source "r9". Known: r1. [unknown-id]`,
      `${f}:37:9  beats.keuze.decision.choices: A decision has 2 to 4 choices; this one has 1. [choice-count]`,
      `${f}:39:18  beats.keuze.decision.choices[1].draws: The choice "a" draws on no competency ("draws" is empty): every choice trades something off. [no-trade-off]`,
      `${f}:42:21  beats.keuze.decision.choices[1].strategy: Unknown strategy "gokken". Known: maatwerk, waar-de-energie-is, conformeren, kleine-successen, doordrukken, opgeven, dood-paard, geen. [unknown-id]`,
      `${f}:43:22  beats.keuze.decision.choices[1].effects.geluk: Unknown meter "geluk". Known: vertrouwen, steun, energie, voortgang. [unknown-id]`,
      `${f}:43:40  beats.keuze.decision.choices[1].effects.steun: Expected a whole number from -30 to 30 here. [wrong-shape]`,
      `${f}:46:21  beats.keuze.decision.choices[1].next[1].when: No choice sets the flag "nooit" ("sets"), so this condition never changes. [flag-never-set]`,
      `${f}:48:21  beats.keuze.decision.choices[1].next[2].when: "steun ~ 3" is not a valid condition. Examples: "steun >= 60", "flag:kaart-openbaar", "!pre:mandaat". [bad-condition]`,
      `${f}:48:21  beats.keuze.decision.choices[1].next[2].when: The last option of "next" must have no "when", or a play could get stuck. [no-fallback]`,
      `${f}:50:3  beats.einde: The beat "einde" can never be reached from the start ("begin"). [unreachable]`,
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

  it('gives no scenario to play when anything is wrong', () => {
    for (const name of ['many-problems.yaml', 'graph-problems.yaml', 'duplicates.yaml']) {
      expect(broken(name).scenario).toBeUndefined();
    }
  });
});
