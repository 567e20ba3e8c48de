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
      'tests/fixtures/broken/syntax-error.yaml:3:1  Dit is geen geldige YAML: Flow map in block collection must be sufficiently indented and end with a }',
    ]);
    expect(broken('syntax-error.yaml').scenario).toBeUndefined();
  });

  it('reports every problem of a file at once, each with line, column and path', () => {
    const f = 'tests/fixtures/broken/many-problems.yaml';
    expect(messages('many-problems.yaml')).toEqual([
      `${f}:1:5  id: The id "other-name" must match the file name: "many-problems".`,
      `${f}:2:8  title: The English text is missing.`,
      `${f}:3:16  summary.nl: The Dutch text is empty.`,
      `${f}:4:10  minutes: Expected a whole number from 1 to 60 here.`,
      `${f}:5:7  role: Unknown role "wethouder". Known: data-ambtenaar, beleidsambtenaar.`,
      `${f}:6:1  colour: Unknown field "colour". Allowed: id, title, summary, minutes, role, setting, contexts, sources, characters, meters, start, beats.`,
      `${f}:10:19  setting.preconditions[1]: Unknown precondition "tijd". Known: ruimte-experimenteren, achteraf-verantwoorden, mandaat, capaciteit.`,
      `${f}:13:5  sources[1]: A quote needs an English "translation" too.`,
      `${f}:19:3  beats.begin: No path from the beat "begin" leads to an ending.`,
      `${f}:20:12  beats.begin.place: Unknown place "kelder". Known: kantoor, vergaderzaal, raadszaal, buurthuis.`,
      `${f}:21:14  beats.begin.speaker: Unknown speaker "burgemeester". Known: verteller, jij.`,
      `${f}:23:11  beats.begin.next: "nergens" is not a beat in this scenario.`,
      `${f}:24:3  beats.keuze: The beat "keuze" can never be reached from the start ("begin").`,
      `${f}:29:16  beats.keuze.decision.tension: Unknown tension "geld-tijd". Known: innovatie-resultaat, transparantie-politiek, bureaucratie-innovatie, vernieuwing-cultuur.`,
      `${f}:34:11  beats.keuze.decision.facilitator.prompts: A decision needs at least 2 discussion prompts for the trainer; this one has 1.`,
      `${f}:35:19  beats.keuze.decision.facilitator.sources[1]: Unknown source "r9". Known: r1.`,
      `${f}:37:9  beats.keuze.decision.choices: A decision has 2 to 4 choices; this one has 1.`,
      `${f}:39:18  beats.keuze.decision.choices[1].draws: The choice "a" draws on no competency ("draws" is empty): every choice trades something off.`,
      `${f}:42:21  beats.keuze.decision.choices[1].strategy: Unknown strategy "gokken". Known: maatwerk, waar-de-energie-is, conformeren, kleine-successen, doordrukken, opgeven, dood-paard, geen.`,
      `${f}:43:22  beats.keuze.decision.choices[1].effects.geluk: Unknown meter "geluk". Known: vertrouwen, steun, energie, voortgang.`,
      `${f}:43:40  beats.keuze.decision.choices[1].effects.steun: Expected a whole number from -30 to 30 here.`,
      `${f}:46:21  beats.keuze.decision.choices[1].next[1].when: No choice sets the flag "nooit" ("sets"), so this condition never changes.`,
      `${f}:48:21  beats.keuze.decision.choices[1].next[2].when: "steun ~ 3" is not a valid condition. Examples: "steun >= 60", "flag:kaart-openbaar", "!pre:mandaat".`,
      `${f}:48:21  beats.keuze.decision.choices[1].next[2].when: The last option of "next" must have no "when", or a play could get stuck.`,
      `${f}:50:3  beats.einde: The beat "einde" can never be reached from the start ("begin").`,
    ]);
  });

  it('reports loops, dead ends and unreachable beats', () => {
    const f = 'tests/fixtures/broken/graph-problems.yaml';
    expect(messages('graph-problems.yaml')).toEqual([
      `${f}:16:3  beats.begin: No path from the beat "begin" leads to an ending.`,
      `${f}:21:3  beats.heen: No path from the beat "heen" leads to an ending.`,
      `${f}:26:3  beats.terug: These beats form a loop, so a play could go on forever: heen → terug → heen.`,
      `${f}:26:3  beats.terug: No path from the beat "terug" leads to an ending.`,
      `${f}:31:3  beats.vergeten: The beat "vergeten" can never be reached from the start ("begin").`,
      `${f}:36:3  beats.einde: The beat "einde" can never be reached from the start ("begin").`,
    ]);
  });

  it('reports duplicate ids and a choice that sets aside what it draws on, in Dutch', () => {
    const f = 'tests/fixtures/broken/duplicates.yaml';
    expect(messages('duplicates.yaml', 'nl')).toEqual([
      `${f}:3:1  title: Het veld "title" komt twee keer voor (eerst op regel 2).`,
      `${f}:32:23  beats.keuze.decision.choices[1].sets-aside: De keuze "zelfde" doet een beroep op "innovatief" én zet die opzij.`,
      `${f}:37:15  beats.keuze.decision.choices[2].id: De keuze "zelfde" komt twee keer voor (eerst op regel 29).`,
      `${f}:41:17  beats.keuze.decision.choices[2].side: "politiek" hoort niet bij de spanning "innovatie-resultaat". Kies uit: innovatie, resultaat, midden.`,
      `${f}:45:3  beats.einde: Deze beats vormen een kringloop, zodat een spel eindeloos kan duren: keuze → einde → keuze.`,
      `${f}:46:5  beats.einde: Een beat heeft precies één van "next", "decision" of "ending".`,
    ]);
  });

  it('gives no scenario to play when anything is wrong', () => {
    for (const name of ['many-problems.yaml', 'graph-problems.yaml', 'duplicates.yaml']) {
      expect(broken(name).scenario).toBeUndefined();
    }
  });
});
