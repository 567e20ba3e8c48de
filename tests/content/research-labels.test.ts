import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDebrief, HIRING_COMPETENCIES, RECOMMENDATIONS } from '../../src/domain/debrief.ts';
import { STRATEGY_QUOTES } from '../../src/domain/research-quotes.ts';
import type { Choice, DecisionBeat, Scenario } from '../../src/domain/scenario.ts';
import { COMPETENCIES, COMPETENCY_LAYER, type Competency, type Layer } from '../../src/domain/vocabulary.ts';
import { en } from '../../src/locales/en.ts';
import { nl } from '../../src/locales/nl.ts';
import { completePlays } from '../support/paths.ts';
import { loadValid, MINI, ROOT, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

/**
 * The game's labels held to the thesis (De Vries, 2019), line by line: where a quote, a layer, a
 * tension or a claim about the study stands in the thesis. Line numbers are those of
 * docs/research/thesis-open-ambtenaar-2019.txt (one paragraph or table row a line); they are the same
 * as in the team's shared copy, which differs only on its title page.
 */
const thesis = readFileSync(join(ROOT, 'docs', 'research', 'thesis-open-ambtenaar-2019.txt'), 'utf8');
const lines = thesis.split('\n');
/** Line `n` of the thesis, counted from 1 as an editor does. */
const line = (n: number): string => lines[n - 1] ?? '';

describe('the voices beside the strategies stand where the thesis puts them (§4.3.2)', () => {
  // Thesis line 929: "Innovatie: Gaan waar de energie is" — R1's energy sentences and R5's door.
  const energy = line(929);

  it('R1’s “als de energie er niet is … naar het volgende” is the energy strategy itself', () => {
    const sentence =
      'En als de energie er niet is, dan laat maar dan negeer ik het weer en dan ga ik gewoon naar het volgende.';
    expect(energy).toContain(sentence);
    expect(STRATEGY_QUOTES['waar-de-energie-is']?.respondent).toBe('R1');
    expect(STRATEGY_QUOTES['waar-de-energie-is']?.text.nl).toContain(sentence);
    expect(STRATEGY_QUOTES.opgeven?.text.nl ?? '').not.toContain('als de energie er niet is');
  });

  it('R5’s door ajar and “gouden ei” are not shown as pulling a dead horse', () => {
    expect(energy).toContain('op een kier staat');
    expect(energy).toContain('gouden ei');
    for (const [strategy, quote] of Object.entries(STRATEGY_QUOTES)) {
      if (strategy === 'waar-de-energie-is') continue;
      expect(quote.text.nl, strategy).not.toMatch(/deur|gouden ei/);
    }
    expect(STRATEGY_QUOTES['dood-paard']?.respondent).not.toBe('R5');
  });

  it('every quote beside a strategy stands in the section it names', () => {
    const sectionOf = (lineNumber: number): string => {
      for (let n = lineNumber; n > 0; n--) {
        const heading = /^#{2,4} (\d+(?:\.\d+)+)/.exec(line(n));
        if (heading) return heading[1] ?? '';
      }
      return '';
    };
    for (const [strategy, quote] of Object.entries(STRATEGY_QUOTES)) {
      const at = lines.findIndex((l) => l.includes(quote.text.nl)) + 1;
      expect(at, strategy).toBeGreaterThan(0);
      expect(sectionOf(at), strategy).toBe(quote.section);
    }
  });
});

/**
 * Where each competency comes from: the first paradigm table of the thesis that names it (Table 1,
 * Weber, 1.0; Table 2, Steijn, 2.0; Table 3, 't Hart, 3.0), or, for the two the thesis calls new with
 * open government, the lines that say so. `text` stands verbatim on `line`.
 */
const LAYER_TABLE: Readonly<Record<Competency, { layer: Layer; line: number; text: string }>> = {
  integer: { layer: 'weberiaans', line: 396, text: 'De integere ambtenaar' },
  neutraal: { layer: 'weberiaans', line: 393, text: 'De neutrale ambtenaar' },
  deskundig: { layer: 'weberiaans', line: 397, text: 'De deskundige ambtenaar' },
  // Weber's loyal civil servant; Steijn's Table 2 (415) keeps the loyalty and adds the criticism.
  'kritisch-loyaal': { layer: 'weberiaans', line: 392, text: 'De loyale ambtenaar' },
  regelgericht: { layer: 'weberiaans', line: 395, text: 'op regels gericht' },
  'psm-gemotiveerd': { layer: 'npm', line: 416, text: 'De PSM-gemotiveerde ambtenaar' },
  'politiek-bewust': { layer: 'npm', line: 417, text: 'De politiek bewuste ambtenaar' },
  resultaatgericht: { layer: 'npm', line: 418, text: 'De resultaatgerichte ambtenaar' },
  omgevingsbewust: { layer: 'npm', line: 419, text: 'De omgevingsbewuste ambtenaar' },
  flexibel: { layer: 'npm', line: 420, text: 'De flexibele ambtenaar' },
  samenwerkend: { layer: 'npm', line: 421, text: 'De samenwerkende ambtenaar' },
  'integraal-samenwerken': { layer: 'npm', line: 421, text: 'ook buiten de eigen afdeling' },
  'emotioneel-intelligent': { layer: 'netwerk', line: 436, text: 'Emotioneel intelligent' },
  transparant: {
    layer: 'netwerk',
    line: 440,
    text: 'Transparant\tVerantwoording zoekend (naar samenleving).',
  },
  'burgers-betrekken': { layer: 'netwerk', line: 441, text: 'verknoopt in relevante netwerken' },
  datatechnisch: {
    layer: 'open-overheid',
    line: 851,
    text: 'De nieuwe competenties zijn echter de data-technische competenties',
  },
  innovatief: {
    layer: 'open-overheid',
    line: 1043,
    text: 'voegen data-technische en innovatieve competenties toe',
  },
};

/** The lines of the table whose caption starts with `caption`: from its header row to the caption. */
const tableLines = (caption: string): [number, number] => {
  const end = lines.findIndex((l) => l.startsWith(caption)) + 1;
  let start = end;
  while (start > 1 && !line(start).startsWith('Competentie\tCompetentie uitleg')) start--;
  return [start, end];
};
const TABLE_OF: Readonly<Partial<Record<Layer, string>>> = {
  weberiaans: 'Tabel 1: Weberiaanse ambtenaar',
  npm: 'Tabel 2: Ambtenaar 2.0 volgens Steijn',
  netwerk: 'Tabel 3: Ambtenaar 3.0',
};
/** The competencies the thesis adds with open government: 71 (summary), 851 (§4.2.6), 1043 (§6.1.3). */
const NEW_IN_THESIS: readonly Competency[] = ['datatechnisch', 'innovatief'];

describe('the layer of every competency is the one the thesis gives it (§2.2)', () => {
  it('has a row in the table for every competency of the vocabulary, and the game uses that layer', () => {
    expect(Object.keys(LAYER_TABLE).sort()).toEqual([...COMPETENCIES].sort());
    for (const c of COMPETENCIES) expect(COMPETENCY_LAYER[c], c).toBe(LAYER_TABLE[c].layer);
  });

  it.each(Object.entries(LAYER_TABLE))('%s: the cited line says so, in the table of its layer', (_c, row) => {
    expect(line(row.line)).toContain(row.text);
    const caption = TABLE_OF[row.layer];
    if (!caption) return;
    const [start, end] = tableLines(caption);
    expect(start, caption).toBeGreaterThan(1);
    expect(row.line).toBeGreaterThan(start);
    expect(row.line).toBeLessThan(end);
  });

  it('finds collaborating and environment-awareness in Steijn’s 2.0 table (419, 421), not in the 3.0 one', () => {
    const [start, end] = tableLines('Tabel 2: Ambtenaar 2.0 volgens Steijn');
    const table2 = lines.slice(start - 1, end).join('\n');
    expect(table2).toContain('De omgevingsbewuste ambtenaar');
    expect(table2).toContain('De samenwerkende ambtenaar');
    expect(COMPETENCY_LAYER.omgevingsbewust).toBe('npm');
    expect(COMPETENCY_LAYER.samenwerkend).toBe('npm');
  });
});

describe('only the competencies the thesis calls new are called new', () => {
  it('the thesis names data skills and innovation as new (71, 851, 1043) and collaboration as not new (835)', () => {
    expect(line(71)).toContain('de data-technische en innovatieve competenties moeten worden toegevoegd');
    expect(line(851)).toContain('De nieuwe competenties zijn echter de data-technische competenties');
    expect(line(1043)).toContain('voegen data-technische en innovatieve competenties toe');
    expect(line(835)).toContain('Net als de competentie deskundigheid is deze competentie niet nieuw.');
  });

  const calledNew = {
    nl: (text: string) => /(?<!\p{L})nieuwe?(?!\p{L})/iu.test(text),
    en: (text: string) => /\bnew\b(?! Public Management)/i.test(text),
  };

  it.each([
    ['nl', nl],
    ['en', en],
  ] as const)(
    '%s: the layer called new holds data skills and innovation, and nothing else',
    (lang, words) => {
      const newLayers = Object.entries(words.layer)
        .filter(([, label]) => calledNew[lang](label))
        .map(([layer]) => layer);
      const calledNewCompetencies = COMPETENCIES.filter(
        (c) => newLayers.includes(COMPETENCY_LAYER[c]) || calledNew[lang](words.competency[c]),
      );
      expect(calledNewCompetencies.sort()).toEqual([...NEW_IN_THESIS].sort());
    },
  );
});

/** Every string in a tree of interface words. */
const strings = (tree: unknown): string[] =>
  typeof tree === 'string'
    ? [tree]
    : tree && typeof tree === 'object'
      ? Object.values(tree).flatMap(strings)
      : [];

describe('what the game says about the study (§3.1)', () => {
  it('names the province and the focus group wherever it names the nine municipalities (53, 507)', () => {
    expect(line(507)).toContain('binnen negen gemeenten en één provincie');
    expect(line(507)).toContain('een focusgroep met een drietal experts');
    const texts: [string, string][] = [
      ...strings(nl).map((t): [string, string] => ['nl.ts', t]),
      ...strings(en).map((t): [string, string] => ['en.ts', t]),
    ];
    const files = [
      ...yamlFiles(SCENARIO_DIR),
      join(ROOT, 'README.md'),
      ...readdirSync(join(ROOT, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => join(ROOT, 'docs', f)),
    ];
    for (const file of files) {
      for (const paragraph of readFileSync(file, 'utf8').split(/\n\s*\n/)) texts.push([file, paragraph]);
    }
    const nine = /(negen|9) (nederlandse )?gemeenten|(nine|9) (dutch )?municipalities/i;
    for (const [where, text] of texts) {
      if (!nine.test(text)) continue;
      expect(text, where).toMatch(/provincie|province/i);
      expect(text, where).toMatch(/focusgroep|focus group/i);
    }
    expect(nl.title.basis).toMatch(/negen gemeenten/);
  });

  it('names the first dilemma as the thesis heads it: innovation versus result-oriented working (867)', () => {
    expect(line(867)).toContain('Innovatie vs. Resultaatgericht werken');
    expect(nl.title.intro).toContain('innovatie tegen resultaatgericht werken');
    expect(nl.title.intro).not.toContain('vernieuwing tegen resultaat');
    expect(en.title.intro).toContain('innovation against result-oriented working');
  });

  it('calls the reflection questions adapted from the interview questions, not the questions themselves', () => {
    expect(nl.debrief.reflectionIntro).toMatch(/aangepast/);
    expect(en.debrief.reflectionIntro).toMatch(/adapted/);
  });
});

describe('the recommendation on hiring of §6.4.2 (1081)', () => {
  const participatie = loadValid(join(SCENARIO_DIR, 'participatie-aan-de-voorkant.yaml'));

  it('is among the debrief’s recommendations, with words in both languages that say what 1081 says', () => {
    expect(line(1081)).toContain(
      'tijdens hun sollicitatieprocedure moeten gaan vragen naar data-technische competenties',
    );
    expect(line(1081)).toContain('creatief kunnen denken en kunnen samenwerken buiten hun eigen afdeling');
    expect(RECOMMENDATIONS).toContain('hiring');
    expect(nl.recommendation.hiring).toMatch(/sollicitatie/);
    expect(nl.recommendation.hiring).toMatch(/datavaardig/);
    expect(nl.recommendation.hiring).toMatch(/§6\.4\.2/);
    expect(en.recommendation.hiring).toMatch(/hiring/);
    expect(en.recommendation.hiring).toMatch(/§6\.4\.2/);
    expect([...HIRING_COMPETENCIES].sort()).toEqual(
      ['datatechnisch', 'innovatief', 'integraal-samenwerken', 'samenwerkend'].sort(),
    );
  });

  it('shows exactly when a choice set aside what 1081 asks to hire for, and so can show', () => {
    const plays = completePlays(participatie);
    let shown = 0;
    for (const { record } of plays) {
      const steps = record.steps.map((step) => {
        const beat = participatie.beats[step.beat];
        return beat?.kind === 'decision'
          ? beat.decision.choices.find((c) => c.id === step.choice)
          : undefined;
      });
      const setAside = steps.some((c) => c?.setsAside.some((x) => HIRING_COMPETENCIES.includes(x)));
      const recommended = buildDebrief(participatie, record).recommendations.includes('hiring');
      expect(recommended, record.steps.map((s) => s.choice).join(' → ')).toBe(setAside);
      if (recommended) shown++;
    }
    expect(shown).toBeGreaterThan(0);
  });

  it('does not show after a play that set none of them aside', () => {
    const mini = loadValid(MINI);
    const debrief = buildDebrief(mini, {
      scenario: 'mini',
      context: 'met-mandaat',
      steps: [{ beat: 'keuze', choice: 'open' }],
      meters: mini.meters,
      flags: ['open'],
    });
    expect(debrief.recommendations).not.toContain('hiring');
  });
});

/** The three scenarios this file holds to the thesis (issue 11, items 3, 5, 11 and 13). */
const OWN = ['participatie-aan-de-voorkant', 'de-nieuwe-wethouder', 'kun-je-dit-witte-vlekje-groen-verven'];
const scenarioFile = (id: string): string => join(SCENARIO_DIR, `${id}.yaml`);
const scenario = (id: string): Scenario => loadValid(scenarioFile(id));
const decision = (s: Scenario, beatId: string): DecisionBeat => {
  const beat = s.beats[beatId];
  if (beat?.kind !== 'decision') throw new Error(`no decision ${s.id} ${beatId}`);
  return beat;
};
const choiceOf = (beat: DecisionBeat, id: string): Choice => {
  const found = beat.decision.choices.find((c) => c.id === id);
  if (!found) throw new Error(`no choice ${beat.id}.${id}`);
  return found;
};

describe('the petition in “Participatie aan de voorkant” (R2, 717)', () => {
  const petitie = decision(scenario('participatie-aan-de-voorkant'), 'petitie');

  it('stages R2’s “schreeuwers”, which is not the transparency-vs-political-awareness dilemma (717, 891)', () => {
    expect(line(717)).toContain('Hoe zorgen we dat niet alle schreeuwers gelijk krijgen?');
    expect(line(891)).toContain('schuring op tussen de competentie transparantie en het politiek bewustzijn');
    expect(petitie.decision.tension).not.toBe('transparantie-politiek');
  });

  it('stages it as a quick result against a new way of working such as a participation project (881)', () => {
    expect(line(881)).toContain('nieuwe werkwijzen zoals datagedreven werken of participatieprojecten');
    expect(petitie.decision.tension).toBe('innovatie-resultaat');
    expect(petitie.decision.facilitator.notes.nl).toContain('participatieprojecten');
    expect(petitie.decision.facilitator.notes.en).toContain('participation projects');
  });

  it('does not call gathering views for two weeks “going where the energy is” (929: the door ajar)', () => {
    expect(choiceOf(petitie, 'stemmen-ophalen').strategy).not.toBe('waar-de-energie-is');
  });
});

describe('transparency in “De nieuwe wethouder” is accountability towards society (440, 471)', () => {
  const wethouder = scenario('de-nieuwe-wethouder');
  const kennismaking = decision(wethouder, 'kennismaking');

  it('the thesis defines it so', () => {
    expect(line(440)).toContain('Transparant\tVerantwoording zoekend (naar samenleving).');
    expect(line(471)).toContain('De verantwoording zoekende ambtenaar');
  });

  it('every choice on the transparency side draws on transparency and seeks accounting to council or residents', () => {
    for (const beat of Object.values(wethouder.beats)) {
      if (beat.kind !== 'decision' || beat.decision.tension !== 'transparantie-politiek') continue;
      for (const c of beat.decision.choices.filter((x) => x.side === 'transparantie')) {
        expect(c.draws, `${beat.id}.${c.id}`).toContain('transparant');
        expect(c.text.nl, `${beat.id}.${c.id}`).toMatch(/inwoners|openbaar|openlijk/);
      }
    }
  });

  it('does not give holding on to the council decision the transparency side for its own sake', () => {
    const hold = choiceOf(kennismaking, 'raadsbesluit-vasthouden');
    if (hold.side === 'transparantie')
      expect(hold.text.nl).toMatch(/openlijk verantwoorden aan raad en inwoners/);
  });

  it('does not present candour towards one’s own alderman as transparency', () => {
    expect(kennismaking.decision.facilitator.notes.nl).toContain('verantwoording zoekend (naar samenleving)');
    expect(kennismaking.decision.facilitator.notes.nl).not.toContain(
      'Is volledige openheid dan nog een risico?',
    );
    expect(choiceOf(kennismaking, 'hele-verhaal').text.nl).toMatch(/raad en inwoners/);
  });
});

describe('invented detail is flagged, and attached to no respondent’s municipality (issue 11)', () => {
  it.each(OWN)('%s: the header names what is invented and that the municipality is none of A–I', (id) => {
    const text = readFileSync(scenarioFile(id), 'utf8');
    const header = text
      .slice(0, text.indexOf('\nid:'))
      .replace(/\n#\s*/g, ' ')
      .replace(/\s+/g, ' ');
    expect(header).toContain('Verzonnen is: alle personages');
    expect(header).toContain('alles wat er gebeurt');
    expect(header).toContain('geen van de gemeenten A–I');
  });

  it.each(OWN)('%s: names a studied municipality only to say the story is not set there', (id) => {
    for (const l of readFileSync(scenarioFile(id), 'utf8').split('\n')) {
      if (/gemeente [A-I]\b/.test(l)) expect(l).toMatch(/\b(niet|geen)\b/);
    }
  });

  it('does not set the play area in “municipality C at stage 2” (C has no portal, 733, and is not in stage 2, 612)', () => {
    expect(line(733)).toMatch(/^Gemeente C\tGeen open data portaal\./);
    expect(line(612)).toMatch(/^C\tX\t-\t\//);
    expect(readFileSync(scenarioFile('participatie-aan-de-voorkant'), 'utf8')).not.toMatch(
      /zoals gemeente C/,
    );
  });
});

describe('the Dutch of the proposal to management says what the English and the consequence say', () => {
  it('sends the standard letter (it goes out: “Peter en Naima krijgen dezelfde twee alinea’s”)', () => {
    const c = choiceOf(decision(scenario('participatie-aan-de-voorkant'), 'terugkoppeling'), 'voorstel-mt');
    expect(c.text.nl).not.toMatch(/Laat de standaardbrief gaan/);
    expect(c.text.nl).toMatch(/Verstuur de standaardbrief/);
    expect(c.text.en).toMatch(/Send the standard letter/);
    expect(c.consequence.nl).toMatch(/krijgen dezelfde twee alinea/);
  });
});

describe('the study’s own limits, shown in every debrief (§6.2, §6.1.2)', () => {
  /** The heading of the section a line stands in: the nearest heading above it. */
  const sectionOf = (n: number) => lines.slice(0, n).findLast((l) => /^#{2,4} /.test(l)) ?? '';

  it('says most respondents championed data themselves, as 1059 does, citing the section it stands in', () => {
    expect(line(1059)).toContain(
      'overwegend ambtenaren geïnterviewd die zelf bezig zijn met de publicatie van open data',
    );
    expect(line(1059)).toContain('positieve visie op datagedreven werken of open overheid');
    expect(sectionOf(1059)).toMatch(/^## 6\.2:/);
    expect(nl.debrief.caveats.enthusiasts).toMatch(/open data publiceren/);
    expect(nl.debrief.caveats.enthusiasts).toContain('(§6.2)');
    expect(en.debrief.caveats.enthusiasts).toContain('(§6.2)');
  });

  it('says no dilemmas were found between networked governance and open government, as 1037 does', () => {
    expect(line(1037)).toContain(
      "geen dilemma's ontdekt tussen het *networked governance* en de open overheid-beweging",
    );
    expect(sectionOf(1037)).toMatch(/^#### 6\.1\.2:/);
    expect(nl.debrief.caveats.networked).toMatch(/geen dilemma’s/);
    expect(nl.debrief.caveats.networked).toContain('(§6.1.2)');
    expect(en.debrief.caveats.networked).toContain('(§6.1.2)');
  });
});
