import type { Lang } from './text.ts';

/** One thing wrong with a scenario file, at a line and column (both 1-based). */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Where in the scenario, as a YAML path such as `beats.intro.text`; empty for the file itself. */
  readonly path: string;
  readonly code: ProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
  /**
   * A warning is shown but does not fail the check (unless `scenarios:check --strict`); absent means an
   * error. Warnings are kept apart from errors in `CheckResult.warnings`.
   */
  readonly severity?: 'warning';
}

type Params = Readonly<Record<string, string | number>>;
type Template = (p: Params) => string;

/** Kinds of ids, named in messages; Dutch nouns carry their article ("de" or "het"). */
const KIND: Record<string, { nl: readonly ['de' | 'het', string]; en: string }> = {
  beat: { nl: ['de', 'beat'], en: 'beat' },
  choice: { nl: ['de', 'keuze'], en: 'choice' },
  context: { nl: ['de', 'context'], en: 'context' },
  source: { nl: ['de', 'bron'], en: 'source' },
  character: { nl: ['het', 'personage'], en: 'character' },
  field: { nl: ['het', 'veld'], en: 'field' },
  competency: { nl: ['de', 'competentie'], en: 'competency' },
  tension: { nl: ['de', 'spanning'], en: 'tension' },
  strategy: { nl: ['de', 'strategie'], en: 'strategy' },
  meter: { nl: ['de', 'meter'], en: 'meter' },
  place: { nl: ['de', 'plek'], en: 'place' },
  speaker: { nl: ['de', 'spreker'], en: 'speaker' },
  precondition: { nl: ['de', 'randvoorwaarde'], en: 'precondition' },
  role: { nl: ['de', 'rol'], en: 'role' },
  municipality: { nl: ['de', 'gemeentegrootte'], en: 'municipality size' },
  mood: { nl: ['de', 'stemming'], en: 'mood' },
  figure: { nl: ['de', 'figuur'], en: 'figure' },
};

/** Shapes a value must have, named in messages. */
const SHAPE: Record<string, Record<Lang, string>> = {
  map: { nl: 'een lijst van velden (sleutel: waarde)', en: 'a set of fields (key: value)' },
  list: { nl: 'een lijst (regels die met "-" beginnen)', en: 'a list (lines starting with "-")' },
  text: {
    nl: 'een tekst in beide talen ({ nl: …, en: … })',
    en: 'a text in both languages ({ nl: …, en: … })',
  },
  string: { nl: 'een tekst', en: 'a piece of text' },
  minutes: { nl: 'een heel getal van 1 tot en met 60', en: 'a whole number from 1 to 60' },
  maturity: { nl: 'een heel getal van 1 tot en met 5', en: 'a whole number from 1 to 5' },
  meter: { nl: 'een heel getal van 0 tot en met 100', en: 'a whole number from 0 to 100' },
  effect: { nl: 'een heel getal van -30 tot en met 30', en: 'a whole number from -30 to 30' },
  colour: { nl: 'een kleur als "#a1b2c3"', en: 'a colour such as "#a1b2c3"' },
  id: {
    nl: 'een id van kleine letters, cijfers en "-" (zoals "eerste-overleg")',
    en: 'an id of lower-case letters, digits and "-" (such as "first-meeting")',
  },
};

const kindEn = (p: Params) => KIND[String(p.kind)]?.en ?? String(p.kind);
const kindNl = (p: Params) => KIND[String(p.kind)]?.nl ?? (['de', String(p.kind)] as const);
/** "De keuze" / "Het veld". */
const theNl = (p: Params) => {
  const [article, noun] = kindNl(p);
  return `${article === 'de' ? 'De' : 'Het'} ${noun}`;
};
/** "Onbekende keuze" / "Onbekend veld": the adjective follows the noun's gender. */
const unknownNl = (p: Params) => {
  const [article, noun] = kindNl(p);
  return `${article === 'de' ? 'Onbekende' : 'Onbekend'} ${noun}`;
};
const shape = (p: Params, lang: Lang) => SHAPE[String(p.expected)]?.[lang] ?? String(p.expected);
/** " Bedoel je "a" of "b"?" when the checker found a likely intended id (params.suggestion, space-separated). */
const didYouMean = (p: Params, lang: Lang): string => {
  const ids = String(p.suggestion ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => `"${id}"`);
  if (!ids.length) return '';
  const or = lang === 'nl' ? ' of ' : ' or ';
  const list = ids.length > 1 ? `${ids.slice(0, -1).join(', ')}${or}${ids.at(-1)}` : ids[0];
  return lang === 'nl' ? ` Bedoel je ${list}?` : ` Did you mean ${list}?`;
};

/**
 * What the YAML parser found, in plain words and with what to do (params.reason); the parser's own
 * English line (params.detail) is shown only for a kind not listed here.
 */
const SYNTAX: Record<string, Record<Lang, string>> = {
  'bad-indent': {
    nl: 'deze regel springt niet even ver in als de velden ernaast. Zet velden die bij elkaar horen precies even ver in, met spaties (twee per niveau).',
    en: 'this line is not indented as far as the fields beside it. Indent fields that belong together exactly as far, with spaces (two per level).',
  },
  'flow-unclosed': {
    nl: 'een { … } of [ … ] op een regel hierboven wordt niet gesloten. Zet de sluitende } of ] aan het eind van die regel.',
    en: 'a { … } or [ … ] on a line above is not closed. Put the closing } or ] at the end of that line.',
  },
  'missing-colon': {
    nl: 'na de naam van een veld hoort een dubbele punt en een spatie: schrijf "naam: waarde".',
    en: 'the name of a field must be followed by a colon and a space: write "name: value".',
  },
  'multiline-key': {
    nl: 'deze regel is geen veld ("naam: waarde"). Mist er een dubbele punt, of springt de regel verder in dan de regel erboven?',
    en: 'this line is not a field ("name: value"). Is a colon missing, or is the line indented further than the line above?',
  },
  'nested-map': {
    nl: 'hier staat een tweede "naam: waarde" binnen een waarde. Staat er een dubbele punt in je tekst, zet de tekst dan tussen aanhalingstekens; of springt de volgende regel te ver in?',
    en: 'here is a second "name: value" inside a value. If your text holds a colon, put the text in quotation marks; or is the next line indented too far?',
  },
  'colon-in-flow': {
    nl: 'binnen { … } staat een tekst met een dubbele punt. Zet die tekst tussen aanhalingstekens, zoals nl: "Let op: dit".',
    en: 'inside { … } is a text with a colon. Put that text in quotation marks, such as en: "Note: this".',
  },
  'reserved-start': {
    nl: 'een tekst mag zonder aanhalingstekens niet met @, ` of % beginnen. Zet de tekst tussen aanhalingstekens.',
    en: 'a text may not start with @, ` or % without quotation marks. Put the text in quotation marks.',
  },
  'text-after-quote': {
    nl: 'na een tekst tussen aanhalingstekens staat nog iets. Staat er een " binnen de tekst, gebruik dan ‘ ’ of “ ”, of schrijf \\".',
    en: 'something follows a text in quotation marks. If there is a " inside the text, use ‘ ’ or “ ” instead, or write \\".',
  },
  'unclosed-quote': {
    nl: 'de tekst die op deze regel met een aanhalingsteken begint, wordt niet gesloten. Zet hetzelfde aanhalingsteken aan het eind van de tekst.',
    en: 'the text that starts with a quotation mark on this line is never closed. Put the same quotation mark at the end of the text.',
  },
};
const syntax = (p: Params, lang: Lang): string => SYNTAX[String(p.reason)]?.[lang] ?? String(p.detail);

const langName = (p: Params, lang: Lang) =>
  p.lang === 'nl' ? (lang === 'nl' ? 'Nederlandse' : 'Dutch') : lang === 'nl' ? 'Engelse' : 'English';

const MESSAGES = {
  'yaml-syntax': {
    nl: (p) => `Dit is geen geldige YAML: ${syntax(p, 'nl')}`,
    en: (p) => `This is not valid YAML: ${syntax(p, 'en')}`,
  },
  'yaml-tab': {
    nl: () =>
      'Hier staat een tab. YAML springt alleen in met spaties: vervang de tab door spaties (twee per niveau, even ver als de regels eromheen).',
    en: () =>
      'Here is a tab. YAML indents with spaces only: replace the tab with spaces (two per level, as far as the lines around it).',
  },
  'unquoted-condition': {
    nl: (p) =>
      `Een voorwaarde die met "!" begint, leest YAML als iets anders dan tekst: zet de voorwaarde tussen aanhalingstekens, zo: "${p.condition}".`,
    en: (p) =>
      `YAML reads a condition that starts with "!" as something other than text: put the condition in quotation marks, like this: "${p.condition}".`,
  },
  'yaml-tag': {
    nl: (p) =>
      `De YAML-tag "${p.tag}" is niet toegestaan: een scenario bevat alleen gewone tekst, getallen, lijsten en velden. Is het als tekst bedoeld, zet het dan tussen aanhalingstekens.`,
    en: (p) =>
      `The YAML tag "${p.tag}" is not allowed: a scenario holds only plain text, numbers, lists and fields. If it is meant as text, put it in quotation marks.`,
  },
  'bad-encoding': {
    nl: (p) =>
      `Hier staat ${p.found === 'U+FFFD' ? 'het vervangingsteken U+FFFD' : `de byte ${p.found}`}, geen geldige UTF-8: het bestand is waarschijnlijk in een andere codering opgeslagen (zoals Latin-1 of Windows-1252). Bewaar het opnieuw als UTF-8.`,
    en: (p) =>
      `Here is ${p.found === 'U+FFFD' ? 'the replacement character U+FFFD' : `the byte ${p.found}`}, not valid UTF-8: the file was probably saved in another encoding (such as Latin-1 or Windows-1252). Save it again as UTF-8.`,
  },
  'nul-byte': {
    nl: () =>
      'Hier staat een NUL-teken (byte 0), dat niet in een tekstbestand hoort: het bestand is beschadigd of geen tekst. Bewaar het opnieuw als platte tekst (UTF-8).',
    en: () =>
      'Here is a NUL character (byte 0), which does not belong in a text file: the file is damaged or not text. Save it again as plain text (UTF-8).',
  },
  'file-too-large': {
    nl: (p) =>
      `Dit bestand is ${p.size} KB; een scenario is hoogstens ${p.max} KB. Verdeel het over meer scenario's, of kijk of er per ongeluk iets anders in is geplakt.`,
    en: (p) =>
      `This file is ${p.size} KB; a scenario is at most ${p.max} KB. Split it into more scenarios, or check whether something else was pasted into it by mistake.`,
  },
  'text-too-long': {
    nl: (p) =>
      `Deze tekst is ${p.length} tekens lang; het maximum is ${p.max}. Maak hem korter of verdeel hem over meer beats.`,
    en: (p) =>
      `This text is ${p.length} characters long; the most is ${p.max}. Shorten it or spread it over more beats.`,
  },
  'wrong-shape': {
    nl: (p) => `Hier hoort ${shape(p, 'nl')}.`,
    en: (p) => `Expected ${shape(p, 'en')} here.`,
  },
  'unknown-field': {
    nl: (p) => `Onbekend veld "${p.field}".${didYouMean(p, 'nl')} Toegestaan: ${p.allowed}.`,
    en: (p) => `Unknown field "${p.field}".${didYouMean(p, 'en')} Allowed: ${p.allowed}.`,
  },
  'missing-field': {
    nl: (p) => `Het verplichte veld "${p.field}" ontbreekt.`,
    en: (p) => `The required field "${p.field}" is missing.`,
  },
  'unknown-id': {
    nl: (p) => `${unknownNl(p)} "${p.value}".${didYouMean(p, 'nl')} Bekend: ${p.known}.`,
    en: (p) => `Unknown ${kindEn(p)} "${p.value}".${didYouMean(p, 'en')} Known: ${p.known}.`,
  },
  'duplicate-id': {
    nl: (p) => `${theNl(p)} "${p.id}" komt twee keer voor (eerst op regel ${p.firstLine}).`,
    en: (p) => `The ${kindEn(p)} "${p.id}" appears twice (first on line ${p.firstLine}).`,
  },
  'bad-id': {
    nl: (p) => `"${p.value}" is geen geldige id: gebruik ${SHAPE.id!.nl}.`,
    en: (p) => `"${p.value}" is not a valid id: use ${SHAPE.id!.en}.`,
  },
  'id-not-file-name': {
    nl: (p) => `De id "${p.id}" moet gelijk zijn aan de bestandsnaam: "${p.expected}".`,
    en: (p) => `The id "${p.id}" must match the file name: "${p.expected}".`,
  },
  'missing-translation': {
    nl: (p) => `De ${langName(p, 'nl')} tekst ontbreekt.`,
    en: (p) => `The ${langName(p, 'en')} text is missing.`,
  },
  'empty-text': {
    nl: (p) => `De ${langName(p, 'nl')} tekst is leeg.`,
    en: (p) => `The ${langName(p, 'en')} text is empty.`,
  },
  'beat-kind': {
    nl: () => 'Een beat heeft precies één van "next", "decision" of "ending".',
    en: () => 'A beat has exactly one of "next", "decision" or "ending".',
  },
  'unknown-target': {
    nl: (p) => `"${p.target}" is geen beat in dit scenario.${didYouMean(p, 'nl')}`,
    en: (p) => `"${p.target}" is not a beat in this scenario.${didYouMean(p, 'en')}`,
  },
  unreachable: {
    nl: (p) => `De beat "${p.beat}" is vanaf de start ("${p.start}") nooit te bereiken.`,
    en: (p) => `The beat "${p.beat}" can never be reached from the start ("${p.start}").`,
  },
  'no-ending': {
    nl: (p) => `Vanaf de beat "${p.beat}" leidt geen enkel pad naar een einde.`,
    en: (p) => `No path from the beat "${p.beat}" leads to an ending.`,
  },
  cycle: {
    nl: (p) => `Deze beats vormen een kringloop, zodat een spel eindeloos kan duren: ${p.path}.`,
    en: (p) => `These beats form a loop, so a play could go on forever: ${p.path}.`,
  },
  'no-trade-off': {
    nl: (p) =>
      p.missing === 'draws'
        ? `De keuze "${p.choice}" doet op geen enkele competentie een beroep ("draws" is leeg): een keuze weegt altijd iets af.`
        : `De keuze "${p.choice}" zet geen enkele competentie opzij ("sets-aside" is leeg): een keuze weegt altijd iets af.`,
    en: (p) =>
      p.missing === 'draws'
        ? `The choice "${p.choice}" draws on no competency ("draws" is empty): every choice trades something off.`
        : `The choice "${p.choice}" sets no competency aside ("sets-aside" is empty): every choice trades something off.`,
  },
  'both-sides': {
    nl: (p) => `De keuze "${p.choice}" doet een beroep op "${p.competency}" én zet die opzij.`,
    en: (p) => `The choice "${p.choice}" both draws on and sets aside "${p.competency}".`,
  },
  'choice-count': {
    nl: (p) => `Een beslismoment heeft 2 tot 4 keuzes; hier staan er ${p.count}.`,
    en: (p) => `A decision has 2 to 4 choices; this one has ${p.count}.`,
  },
  'side-not-in-tension': {
    nl: (p) =>
      `"${p.side}" hoort niet bij de spanning "${p.tension}".${didYouMean(p, 'nl')} Kies uit: ${p.poles}.`,
    en: (p) =>
      `"${p.side}" does not belong to the tension "${p.tension}".${didYouMean(p, 'en')} Choose from: ${p.poles}.`,
  },
  'no-fallback': {
    nl: () => 'De laatste mogelijkheid van "next" moet zonder "when" zijn, anders kan het spel vastlopen.',
    en: () => 'The last option of "next" must have no "when", or a play could get stuck.',
  },
  'bad-condition': {
    nl: (p) =>
      `"${p.condition}" is geen geldige voorwaarde.${p.word ? ` "${p.word}" is geen ${p.wordKind === 'meter' ? 'meter' : 'randvoorwaarde'}.` : ''}${didYouMean(p, 'nl')} Voorbeelden: "steun >= 60", "flag:kaart-openbaar", "!pre:mandaat".`,
    en: (p) =>
      `"${p.condition}" is not a valid condition.${p.word ? ` "${p.word}" is not a ${p.wordKind === 'meter' ? 'meter' : 'precondition'}.` : ''}${didYouMean(p, 'en')} Examples: "steun >= 60", "flag:kaart-openbaar", "!pre:mandaat".`,
  },
  'flag-never-set': {
    nl: (p) =>
      `De vlag "${p.flag}" wordt door geen enkele keuze gezet ("sets"), dus deze voorwaarde verandert nooit.${didYouMean(p, 'nl')}`,
    en: (p) =>
      `No choice sets the flag "${p.flag}" ("sets"), so this condition never changes.${didYouMean(p, 'en')}`,
  },
  'flag-never-read': {
    nl: (p) =>
      `De vlag "${p.flag}" wordt gezet, maar geen enkele "when" leest hem ("flag:${p.flag}"), dus verandert hij niets. Gebruik hem in een "when", of haal hem weg.`,
    en: (p) =>
      `The flag "${p.flag}" is set, but no "when" reads it ("flag:${p.flag}"), so it changes nothing. Use it in a "when", or remove it.`,
  },
  'character-never-speaks': {
    nl: (p) =>
      `Het personage "${p.id}" spreekt in geen enkele beat ("speaker: ${p.id}"), dus verschijnt het nooit. Laat het een beat uitspreken, of haal het weg.`,
    en: (p) =>
      `The character "${p.id}" speaks in no beat ("speaker: ${p.id}"), so it never appears. Let it speak a beat, or remove it.`,
  },
  'source-never-cited': {
    nl: (p) =>
      `De bron "${p.id}" wordt bij geen enkel beslismoment genoemd ("facilitator.sources"), dus ziet de trainer hem nooit. Noem hem bij een beslismoment, of haal hem weg.`,
    en: (p) =>
      `The source "${p.id}" is cited at no decision ("facilitator.sources"), so the trainer never sees it. Cite it at a decision, or remove it.`,
  },
  'section-not-text': {
    nl: (p) =>
      `Een sectienummer zonder aanhalingstekens leest YAML als getal: ${p.written} wordt ${p.read}. Zet het tussen aanhalingstekens: "${p.written}".`,
    en: (p) =>
      `YAML reads a section number without quotation marks as a number: ${p.written} becomes ${p.read}. Put it in quotation marks: "${p.written}".`,
  },
  'section-unknown': {
    nl: (p) =>
      `De thesis heeft geen paragraaf ${p.section}.${didYouMean(p, 'nl')} Paragrafen in dat hoofdstuk: ${p.known}.`,
    en: (p) =>
      `The thesis has no section ${p.section}.${didYouMean(p, 'en')} Sections in that chapter: ${p.known}.`,
  },
  'quote-not-in-thesis': {
    nl: (p) =>
      p.word
        ? `Dit citaat staat niet letterlijk in de thesis: het wijkt af bij "${p.word}" (woord ${p.index})${p.thesis ? `; de thesis heeft daar "${p.thesis}"` : ''}. Kopieer het citaat precies uit de thesis, met leestekens.`
        : 'Dit citaat staat niet letterlijk in de thesis, al vanaf het eerste woord. Kopieer het citaat precies uit de thesis, met leestekens (of kies er een uit docs/research-quotes.md).',
    en: (p) =>
      p.word
        ? `This quote is not verbatim in the thesis: it differs at "${p.word}" (word ${p.index})${p.thesis ? `; the thesis has "${p.thesis}" there` : ''}. Copy the quote exactly from the thesis, punctuation included.`
        : 'This quote is not verbatim in the thesis, from the first word on. Copy the quote exactly from the thesis, punctuation included (or pick one from docs/research-quotes.md).',
  },
  'too-few-prompts': {
    nl: (p) => `Een beslismoment heeft minstens 2 gespreksvragen voor de trainer; hier staan er ${p.count}.`,
    en: (p) => `A decision needs at least 2 discussion prompts for the trainer; this one has ${p.count}.`,
  },
  'quote-needs-translation': {
    nl: () => 'Een citaat ("quote") heeft ook een Engelse vertaling nodig ("translation").',
    en: () => 'A quote needs an English "translation" too.',
  },
  'no-sources': {
    nl: () => 'Een scenario noemt minstens één bron uit het onderzoek.',
    en: () => 'A scenario cites at least one source from the research.',
  },
  'too-few-contexts': {
    nl: () => 'Wie "contexts" gebruikt, geeft er minstens twee: anders is er niets te kiezen.',
    en: () => 'When you use "contexts", give at least two: otherwise there is nothing to choose.',
  },
  'contexts-identical': {
    nl: (p) =>
      `De contexten "${p.first}" en "${p.second}" hebben dezelfde randvoorwaarden, dus verschillen ze niet.`,
    en: (p) =>
      `The contexts "${p.first}" and "${p.second}" have the same preconditions, so they do not differ.`,
  },
  'variant-empty': {
    nl: () => 'Een variant verandert "effects", "consequence" of "mood"; deze verandert niets.',
    en: () => 'A variant changes "effects", "consequence" or "mood"; this one changes nothing.',
  },
  'variant-never-applies': {
    nl: () => 'Deze variant geldt in geen enkele context van dit scenario, dus speelt hij nooit.',
    en: () => 'This variant holds in none of the contexts of this scenario, so it never plays.',
  },
  'mood-without-figure': {
    nl: (p) =>
      `Een stemming ("mood") verandert het gezicht van wie de beat uitspreekt, maar ${p.speaker === 'jij' ? 'jij staat' : 'de verteller staat'} niet op het toneel. Laat een personage de beat uitspreken, of haal de stemming weg.`,
    en: (p) =>
      `A mood changes the face of whoever speaks the beat, but ${p.speaker === 'jij' ? 'you are' : 'the narrator is'} not on the stage. Let a character speak the beat, or remove the mood.`,
  },
  'duplicate-scenario-id': {
    nl: (p) =>
      `Het scenario "${p.id}" staat ook al in ${p.first}: het spel zou twee kaarten tonen die hetzelfde scenario spelen. Verwijder een van de twee bestanden.`,
    en: (p) =>
      `The scenario "${p.id}" is also in ${p.first}: the game would show two cards that play the same scenario. Remove one of the two files.`,
  },
  'read-failed': {
    nl: (p) => `Het bestand kon niet worden gelezen: ${p.detail}`,
    en: (p) => `The file could not be read: ${p.detail}`,
  },
  'drafts-unreadable': {
    nl: (p) =>
      p.keptAside === 'yes'
        ? 'De eigen scenario’s die de studio op dit apparaat bewaarde, konden niet worden gelezen. Ze zijn apart gezet (niet weggegooid); de studio begint met een lege lijst.'
        : 'De eigen scenario’s die de studio op dit apparaat bewaarde, konden niet worden gelezen, en ook niet apart gezet. Het spel speelt met de scenario’s die erbij horen.',
    en: (p) =>
      p.keptAside === 'yes'
        ? 'The own scenarios the studio kept on this device could not be read. They were set aside (not thrown away); the studio starts with an empty list.'
        : 'The own scenarios the studio kept on this device could not be read, nor set aside. The game plays with the scenarios that come with it.',
  },
} as const satisfies Record<string, Record<Lang, Template>>;

export type ProblemCode = keyof typeof MESSAGES;
export const PROBLEM_CODES = Object.keys(MESSAGES) as ProblemCode[];

export const describeProblem = (p: Problem, lang: Lang): string => {
  const message = MESSAGES[p.code][lang](p.params);
  const warning = p.severity === 'warning' ? (lang === 'nl' ? 'waarschuwing: ' : 'warning: ') : '';
  return p.path ? `${warning}${p.path}: ${message}` : `${warning}${message}`;
};

/**
 * `file:line:column  path: message [code]`, the form editors and terminals link to; the code is what
 * the authoring guide (docs/authoring-guide.*.md) explains.
 */
export const formatProblem = (p: Problem, lang: Lang): string =>
  `${p.file}:${p.line}:${p.column}  ${describeProblem(p, lang)} [${p.code}]`;

export const byPosition = (a: Problem, b: Problem): number =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
