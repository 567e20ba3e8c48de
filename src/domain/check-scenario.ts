import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { checkGraph } from './check-graph.ts';
import { parseClause } from './conditions.ts';
import { defaultFigure } from './default-figure.ts';
import { isId } from './ids.ts';
import { byPosition, type Problem } from './problems.ts';
import type {
  Beat,
  Character,
  Choice,
  Clause,
  Decision,
  PlayContext,
  Route,
  Scenario,
  Setting,
  Source,
  Variant,
} from './scenario.ts';
import { DEFAULT_CONTEXT } from './scenario.ts';
import { candidatesOf, type ShownNames } from './suggest.ts';
import type { LocalText } from './text.ts';
import { MAX_FILE_BYTES, positionIn, textProblem } from './text-bytes.ts';
import { checkQuote, type ThesisIndex, thesisIndex } from './thesis-check.ts';
import {
  BALANCED,
  BUILT_IN_SPEAKERS,
  COMPETENCIES,
  EFFECT_LIMIT,
  FIGURES,
  type Figure,
  isBuiltInSpeaker,
  METER_MAX,
  METER_MIN,
  METER_START,
  METERS,
  type Meter,
  type Meters,
  MOODS,
  type Mood,
  MUNICIPALITY_SIZES,
  PLACES,
  PRECONDITIONS,
  ROLES,
  type Side,
  STRATEGIES,
  TENSION_POLES,
  TENSIONS,
} from './vocabulary.ts';
import { holds } from './world.ts';
import {
  type At,
  type Field,
  isSingle,
  MAX_TEXT_CHARS,
  offsetOf,
  suggestion,
  YamlReader,
} from './yaml-reader.ts';

export interface CheckResult {
  /** Present only when the file has no problems at all (warnings allowed). */
  readonly scenario?: Scenario;
  readonly problems: readonly Problem[];
  /** Things that do not stop the scenario from playing but are likely mistakes (flags never read …). */
  readonly warnings?: readonly Problem[];
}

/** What the caller can add to a check: both optional, as the game itself checks without them. */
export interface CheckOptions {
  /** The names the game shows for fixed ids, so "Did you mean …?" also matches "Datavaardig". */
  readonly names?: ShownNames;
  /**
   * The thesis text (docs/research/thesis-open-ambtenaar-2019.txt): with it, every quote is checked to
   * be verbatim and every section to exist.
   */
  readonly thesis?: string;
}

const TOP = [
  'id',
  'title',
  'summary',
  'minutes',
  'role',
  'setting',
  'contexts',
  'sources',
  'characters',
  'meters',
  'start',
  'beats',
];
const TOP_REQUIRED = ['id', 'title', 'summary', 'minutes', 'role', 'setting', 'sources', 'start', 'beats'];
const BEAT = ['place', 'speaker', 'text', 'mood', 'next', 'decision', 'ending'];
const CHOICE = [
  'id',
  'text',
  'draws',
  'sets-aside',
  'side',
  'strategy',
  'effects',
  'sets',
  'consequence',
  'mood',
  'variants',
  'next',
];
const CHOICE_REQUIRED = ['id', 'text', 'draws', 'sets-aside', 'side', 'strategy', 'consequence', 'next'];

/** Where ids are used, so that unknown or unused ones can be reported at the right line. */
interface Refs {
  targets: { from: At; target: string }[];
  speakers: { at: At; id: string }[];
  sourceIds: { at: At; id: string }[];
  flagsUsed: { at: At; flag: string }[];
  flagsSet: Set<string>;
  flagsSetAt: { at: At; flag: string }[];
  skeleton: Map<string, { ending: boolean; next: string[] }>;
  variants: { at: At; when: Clause[] }[];
  /** Moods and the speaker who would show them (a choice's mood: its decision's speaker). */
  moods: { at: At; speaker: string }[];
}

/** How large a file and how long a single text may be; only tests of the walks themselves raise them. */
export interface CheckLimits {
  readonly fileBytes: number;
  readonly textChars: number;
}
export const LIMITS: CheckLimits = { fileBytes: MAX_FILE_BYTES, textChars: MAX_TEXT_CHARS };

/**
 * Reads and checks one scenario file. Reports every problem it can find, never throws: should the
 * checker itself fail, that is reported as `read-failed`.
 */
export const checkScenario = (
  file: string,
  text: string,
  limits: CheckLimits = LIMITS,
  options: CheckOptions = {},
): CheckResult => {
  try {
    const early = textProblem(file, text, limits.fileBytes);
    return early ? { problems: [early] } : check(file, text, limits, options);
  } catch (error) {
    return {
      problems: [
        { file, line: 1, column: 1, path: '', code: 'read-failed', params: { detail: String(error) } },
      ],
    };
  }
};

/** One file's result, with the text it was checked from (empty when it could not be read). */
export interface CheckedFile {
  readonly file: string;
  readonly text: string;
  readonly result: CheckResult;
}

/**
 * A scenario id is unique over all files checked together: `x.yaml` and `x.yml` would otherwise both be
 * offered, and one card would play the other file. A later file (in the order given) with the id of an
 * earlier playable one is refused, with a problem that names the first.
 */
export const refuseDuplicateIds = (files: readonly CheckedFile[]): CheckResult[] => {
  const first = new Map<string, string>();
  return files.map(({ file, text, result }) => {
    const id = result.scenario?.id;
    if (id === undefined) return result;
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, file);
      return result;
    }
    const idLine = /^id[ \t]*:[ \t]*/m.exec(text);
    const { line, column } = idLine
      ? positionIn(text, idLine.index + idLine[0].length)
      : { line: 1, column: 1 };
    const problem: Problem = {
      file,
      line,
      column,
      path: 'id',
      code: 'duplicate-scenario-id',
      params: { id, first: earlier },
    };
    return { problems: [problem] };
  });
};

const check = (file: string, text: string, limits: CheckLimits, options: CheckOptions): CheckResult => {
  const r = new YamlReader(file, text, limits.textChars, options.names);
  const thesis = options.thesis === undefined ? undefined : thesisIndex(options.thesis);
  if (r.failed || r.root.node === null) {
    if (!r.failed) r.reportAt(r.root, 'wrong-shape', { expected: 'map' });
    return { problems: [...r.problems].sort(byPosition) };
  }
  const refs: Refs = {
    targets: [],
    speakers: [],
    sourceIds: [],
    flagsUsed: [],
    flagsSet: new Set(),
    flagsSetAt: [],
    skeleton: new Map(),
    variants: [],
    moods: [],
  };
  const top = r.fields(r.root, TOP, TOP_REQUIRED);
  if (!top) return { problems: r.problems };
  const get = (key: string) => top.get(key)?.at;

  const expectedId = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
  const idAt = get('id');
  const id = idAt && r.id(idAt);
  if (idAt && id !== undefined && id !== expectedId) {
    r.reportAt(idAt, 'id-not-file-name', { id, expected: expectedId });
  }
  const title = opt(get('title'), (at) => r.text(at));
  const summary = opt(get('summary'), (at) => r.text(at));
  const minutes = opt(get('minutes'), (at) => r.integer(at, 1, 60, 'minutes'));
  const role = opt(get('role'), (at) => r.oneOf(at, ROLES, 'role'));
  const setting = opt(get('setting'), (at) => readSetting(r, at));
  const contexts = opt(get('contexts'), (at) => readContexts(r, at));
  const sources = opt(get('sources'), (at) => readSources(r, at, thesis)) ?? [];
  const characters = opt(get('characters'), (at) => readCharacters(r, at)) ?? ownKeys<Character>();
  const meters = opt(get('meters'), (at) => readMeters(r, at)) ?? startMeters({});
  const startAt = get('start');
  const start = startAt && r.id(startAt);
  const beatsAt = get('beats');
  const { beats, offsets: beatOffsets } = beatsAt
    ? readBeats(r, beatsAt, refs)
    : { beats: ownKeys<Beat>(), offsets: new Map<string, number>() };

  if (startAt && start !== undefined) refs.targets.push({ from: startAt, target: start });
  const beatIds = [...beatOffsets.keys()].map((id) => ({ id }));
  const unknownTargets = refs.targets.filter(({ target }) => !beatOffsets.has(target));
  for (const { from, target } of unknownTargets) {
    r.reportAt(from, 'unknown-target', { target, ...suggestion(target, beatIds) });
  }
  const speakerIds = [...BUILT_IN_SPEAKERS, ...Object.keys(characters)];
  const speakerNames = speakerIds.map((id) => {
    const c = characters[id];
    return { id, names: c ? [c.name.nl, c.name.en, c.role.nl, c.role.en] : [] };
  });
  for (const { at, id: speaker } of refs.speakers) {
    if (!speakerIds.includes(speaker)) {
      r.reportAt(at, 'unknown-id', {
        kind: 'speaker',
        value: speaker,
        known: speakerIds.join(', '),
        ...suggestion(speaker, speakerNames),
      });
    }
  }

  for (const { at, speaker } of refs.moods) {
    if (isBuiltInSpeaker(speaker)) r.reportAt(at, 'mood-without-figure', { speaker });
  }
  // Every source written down counts here, also one with a problem of its own (told at the source).
  const declaredSources = sourceAts(get('sources'));
  for (const { at, id: source } of refs.sourceIds) {
    if (!declaredSources.some(([id]) => id === source)) {
      r.reportAt(at, 'unknown-id', {
        kind: 'source',
        value: source,
        known: declaredSources.map(([id]) => id).join(', ') || '—',
        ...suggestion(
          source,
          declaredSources.map(([id]) => ({ id })),
        ),
      });
    }
  }
  const flagsSet = [...refs.flagsSet].map((id) => ({ id }));
  for (const { at, flag } of refs.flagsUsed) {
    if (!refs.flagsSet.has(flag)) r.reportAt(at, 'flag-never-set', { flag, ...suggestion(flag, flagsSet) });
  }
  // While a file has errors, a use may be in a part that could not be read: these wait until then.
  if (r.problems.length === 0) warnUnused(r, refs, get('characters'), declaredSources);
  const playable: PlayContext[] =
    contexts ??
    (setting
      ? [{ id: DEFAULT_CONTEXT, title: title ?? { nl: '', en: '' }, preconditions: setting.preconditions }]
      : []);
  for (const variant of refs.variants) {
    const onlyContext = variant.when.every((c) => c.kind === 'precondition');
    const world = (pre: PlayContext) => ({
      meters: startMeters({}),
      flags: [],
      preconditions: pre.preconditions,
    });
    if (
      onlyContext &&
      playable.length &&
      !playable.some((c) => variant.when.every((clause) => holds(clause, world(c))))
    ) {
      r.reportAt(variant.at, 'variant-never-applies');
    }
  }
  // A target that names no beat leaves beats unreachable and paths without an ending: those follow from
  // the unknown target and are told once it is fixed.
  if (start !== undefined && refs.skeleton.has(start)) {
    for (const issue of checkGraph(refs.skeleton, start)) {
      if (unknownTargets.length && issue.code !== 'cycle') continue;
      const offset = beatOffsets.get(issue.beat) ?? 0;
      const path = `beats.${issue.beat}`;
      if (issue.code === 'cycle')
        r.report(offset, path, 'cycle', { path: shortLoop(issue.path).join(' → ') });
      else r.report(offset, path, issue.code, { beat: issue.beat, start });
    }
  }

  const problems = [...r.problems].sort(byPosition);
  const warnings = [...r.warnings].sort(byPosition);
  if (problems.length > 0) return { problems, warnings };
  return {
    problems,
    warnings,
    scenario: {
      id: id!,
      file,
      title: title!,
      summary: summary!,
      minutes: minutes!,
      role: role!,
      setting: setting!,
      contexts: playable,
      sources,
      characters,
      meters,
      start: start!,
      beats,
    },
  };
};

/** A loop of many beats is named by its first and last five, so one message stays readable. */
const shortLoop = (path: readonly string[]): readonly string[] =>
  path.length > 12 ? [...path.slice(0, 5), '…', ...path.slice(-5)] : path;

const opt = <T>(at: At | undefined, read: (at: At) => T | undefined): T | undefined =>
  at ? read(at) : undefined;

/**
 * A record keyed by author text (beat and character ids): without a prototype, so that an id such as
 * `constructor` names nothing unless the author wrote it.
 */
const ownKeys = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

const readSetting = (r: YamlReader, at: At): Setting | undefined => {
  const f = r.fields(
    at,
    ['municipality', 'maturity', 'preconditions', 'description'],
    ['municipality', 'maturity', 'description'],
  );
  if (!f) return undefined;
  const municipality = opt(f.get('municipality')?.at, (a) => r.oneOf(a, MUNICIPALITY_SIZES, 'municipality'));
  const maturity = opt(f.get('maturity')?.at, (a) => r.integer(a, 1, 5, 'maturity'));
  const preconditions =
    opt(f.get('preconditions')?.at, (a) => r.listOf(a, PRECONDITIONS, 'precondition')) ?? [];
  const description = opt(f.get('description')?.at, (a) => r.text(a));
  if (municipality === undefined || maturity === undefined || description === undefined) return undefined;
  return { municipality, maturity, preconditions, description };
};

const readContexts = (r: YamlReader, at: At): PlayContext[] | undefined => {
  const items = r.list(at);
  if (!items) return undefined;
  if (items.length < 2) r.reportAt(at, 'too-few-contexts');
  const seen = new Map<string, number>();
  const contexts = items.flatMap((item) => {
    const f = r.fields(item, ['id', 'title', 'preconditions'], ['id', 'title', 'preconditions']);
    if (!f) return [];
    const idAt = f.get('id')?.at;
    const id = idAt && r.id(idAt);
    if (idAt && id) noteDuplicate(r, seen, id, idAt, 'context');
    const title = opt(f.get('title')?.at, (a) => r.text(a));
    const preconditions =
      opt(f.get('preconditions')?.at, (a) => r.listOf(a, PRECONDITIONS, 'precondition')) ?? [];
    return id && title ? [{ id, title, preconditions, at: item }] : [];
  });
  const key = (c: { preconditions: readonly string[] }) => [...c.preconditions].sort().join(',');
  contexts.forEach((c, i) => {
    const same = contexts.slice(0, i).find((other) => key(other) === key(c));
    if (same) r.reportAt(c.at, 'contexts-identical', { first: same.id, second: c.id });
  });
  return contexts.length === items.length ? contexts.map(({ at: _, ...c }) => c) : undefined;
};

const readSources = (r: YamlReader, at: At, thesis: ThesisIndex | undefined): Source[] => {
  const items = r.list(at) ?? [];
  if (items.length === 0 && at.node) r.reportAt(at, 'no-sources');
  const seen = new Map<string, number>();
  return items.flatMap((item) => {
    const f = r.fields(
      item,
      ['id', 'respondent', 'section', 'quote', 'translation'],
      ['id', 'respondent', 'section'],
    );
    if (!f) return [];
    const idAt = f.get('id')?.at;
    const id = idAt && r.id(idAt);
    if (idAt && id) noteDuplicate(r, seen, id, idAt, 'source');
    const respondent = opt(f.get('respondent')?.at, (a) => r.string(a));
    const sectionAt = f.get('section')?.at;
    const section = opt(sectionAt, (a) => readSection(r, a, thesis));
    const quoteAt = f.get('quote')?.at;
    const quote = opt(quoteAt, (a) => r.string(a));
    if (thesis && quoteAt && quote !== undefined) checkQuote(r, quoteAt, quote, thesis);
    const translation = opt(f.get('translation')?.at, (a) => r.string(a));
    if (quote !== undefined && translation === undefined && !f.has('translation'))
      r.reportAt(item, 'quote-needs-translation');
    if (!id || !respondent || !section) return [];
    return [
      { id, respondent, section, ...(quote && translation ? { quote: { nl: quote, en: translation } } : {}) },
    ];
  });
};

/**
 * A section is text: `section: 4.10` unquoted is the number 4.1 to YAML, so a number is refused with
 * the quoted form to write. With the thesis at hand, a section it does not have is a warning.
 */
const readSection = (r: YamlReader, at: At, thesis: ThesisIndex | undefined): string | undefined => {
  const value = isScalar(at.node) ? at.node.value : undefined;
  if (typeof value === 'number') {
    const written = r.written(at);
    r.reportAt(at, 'section-not-text', { written, read: String(value) });
    return undefined;
  }
  const section = r.string(at);
  if (section === undefined || !thesis || thesis.sections.includes(section)) return section;
  const chapter = section.split('.')[0];
  const inChapter = thesis.sections.filter((s) => s.split('.')[0] === chapter);
  const known = inChapter.length ? inChapter : thesis.sections;
  r.warnAt(at, 'section-unknown', {
    section,
    known: known.join(', '),
    ...suggestion(
      section,
      known.map((id) => ({ id })),
    ),
  });
  return section;
};

/** Characters who never speak, sources never cited and flags never read: likely slips, not errors. */
const warnUnused = (r: YamlReader, refs: Refs, charactersAt: At | undefined, sources: [string, At][]) => {
  const speaking = new Set(refs.speakers.map((s) => s.id));
  for (const [id, at] of characterAts(charactersAt)) {
    if (!speaking.has(id)) r.warnAt(at, 'character-never-speaks', { id });
  }
  const cited = new Set(refs.sourceIds.map((s) => s.id));
  for (const [id, at] of sources) {
    if (!cited.has(id)) r.warnAt(at, 'source-never-cited', { id });
  }
  const flagsRead = new Set(refs.flagsUsed.map((f) => f.flag));
  const warned = new Set<string>();
  for (const { at, flag } of refs.flagsSetAt) {
    if (flagsRead.has(flag) || warned.has(flag)) continue;
    warned.add(flag);
    r.warnAt(at, 'flag-never-read', { flag });
  }
};

/** Where each character is declared, for the warning about one who never speaks. */
const characterAts = (at: At | undefined): [string, At][] =>
  at && isMap(at.node)
    ? at.node.items.flatMap((pair) => {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        return isId(key) ? [[key, { node: pair.key as Node, path: `characters.${key}`, offset: 0 }]] : [];
      })
    : [];

/** Where each source is declared (its `id`), for the warning about one never cited. */
const sourceAts = (at: At | undefined): [string, At][] =>
  at && isSeq(at.node)
    ? at.node.items.flatMap((item, i) => {
        if (!isMap(item)) return [];
        const id = item.get('id', true);
        return isScalar(id) && typeof id.value === 'string'
          ? [[id.value, { node: id as Node, path: `sources[${i + 1}]`, offset: 0 }]]
          : [];
      })
    : [];

/**
 * What is wrong inside a condition that does not parse: an unknown meter (`stuen >= 60`) or
 * precondition (`pre:mandat`), with the closest known one.
 */
const conditionHint = (source: string, names: ShownNames | undefined): Record<string, string> => {
  const text = source.trim();
  const meter = /^([a-z][a-z-]*)\s*(<=|>=|==|<|>)/.exec(text)?.[1];
  if (meter && !(METERS as readonly string[]).includes(meter))
    return { word: meter, wordKind: 'meter', ...suggestion(meter, candidatesOf('meter', METERS, names)) };
  const pre = /^!?pre:(.+)$/.exec(text)?.[1];
  if (pre && !(PRECONDITIONS as readonly string[]).includes(pre))
    return {
      word: pre,
      wordKind: 'precondition',
      ...suggestion(pre, candidatesOf('precondition', PRECONDITIONS, names)),
    };
  return {};
};

const readCharacters = (r: YamlReader, at: At): Record<string, Character> => {
  const read: { id: string; name: LocalText; role: LocalText; colour: string; figure?: Figure }[] = [];
  for (const entry of r.entries(at, 'character')) {
    if (!checkKeyId(r, entry)) continue;
    const f = r.fields(entry.at, ['name', 'role', 'colour', 'figure'], ['name', 'role', 'colour']);
    if (!f) continue;
    const name = opt(f.get('name')?.at, (a) => r.text(a));
    const role = opt(f.get('role')?.at, (a) => r.text(a));
    const figure = opt(f.get('figure')?.at, (a) => r.oneOf(a, FIGURES, 'figure'));
    const colourAt = f.get('colour')?.at;
    const colour = colourAt && r.string(colourAt);
    if (colourAt && colour !== undefined && !/^#[0-9a-fA-F]{6}$/.test(colour)) {
      r.reportAt(colourAt, 'wrong-shape', { expected: 'colour' });
      continue;
    }
    if (name && role && colour)
      read.push({ id: entry.key, name, role, colour, ...(figure ? { figure } : {}) });
  }
  // Figures given in the file are taken first; the others get a default in the order they are listed.
  const taken: Figure[] = read.flatMap((c) => c.figure ?? []);
  const out = ownKeys<Character>();
  for (const { id, figure, ...c } of read) {
    const resolved = figure ?? defaultFigure(`${id} ${c.role.nl} ${c.role.en}`, taken);
    if (!figure) taken.push(resolved);
    out[id] = { ...c, figure: resolved };
  }
  return out;
};

const startMeters = (given: Partial<Record<Meter, number>>): Meters =>
  Object.fromEntries(METERS.map((m) => [m, given[m] ?? METER_START])) as Record<Meter, number>;

const readMeters = (r: YamlReader, at: At): Meters => {
  const f = r.fields(at, METERS, []);
  const given: Partial<Record<Meter, number>> = {};
  for (const m of METERS) {
    const value = opt(f?.get(m)?.at, (a) => r.integer(a, METER_MIN, METER_MAX, 'meter'));
    if (value !== undefined) given[m] = value;
  }
  return startMeters(given);
};

const checkKeyId = (r: YamlReader, entry: Field): boolean => {
  if (isId(entry.key)) return true;
  r.report(entry.at.offset, entry.at.path, 'bad-id', { value: entry.key });
  return false;
};

const noteDuplicate = (r: YamlReader, seen: Map<string, number>, id: string, at: At, kind: string) => {
  const first = seen.get(id);
  if (first !== undefined) r.reportAt(at, 'duplicate-id', { kind, id, firstLine: r.lineOf(first) });
  else seen.set(id, offsetOf(at));
};

/** The beats, and where each key (also one that is not a valid id) stands, for targets and graph problems. */
const readBeats = (
  r: YamlReader,
  at: At,
  refs: Refs,
): { beats: Record<string, Beat>; offsets: Map<string, number> } => {
  const beats = ownKeys<Beat>();
  const offsets = new Map<string, number>();
  const choiceIds = new Map<string, number>();
  for (const entry of r.entries(at, 'beat')) {
    offsets.set(entry.key, entry.at.offset);
    if (!checkKeyId(r, entry)) continue;
    const targetsBefore = refs.targets.length;
    const beat = readBeat(r, entry, refs, choiceIds);
    refs.skeleton.set(entry.key, {
      ending: isMap(entry.at.node) && entry.at.node.has('ending'),
      next: refs.targets.slice(targetsBefore).map((t) => t.target),
    });
    if (beat) beats[entry.key] = beat;
  }
  return { beats, offsets };
};

const readBeat = (
  r: YamlReader,
  entry: Field,
  refs: Refs,
  choiceIds: Map<string, number>,
): Beat | undefined => {
  const f = r.fields(entry.at, BEAT, ['place', 'speaker', 'text']);
  if (!f) return undefined;
  const kinds = (['next', 'decision', 'ending'] as const).filter((k) => f.has(k));
  if (kinds.length !== 1) r.reportAt(entry.at, 'beat-kind');
  const place = opt(f.get('place')?.at, (a) => r.oneOf(a, PLACES, 'place'));
  const speakerAt = f.get('speaker')?.at;
  // A name where the id belongs ("Wethouder Jansen") is told as an unknown speaker, with the id meant.
  const written = speakerAt && r.string(speakerAt);
  if (speakerAt && written) refs.speakers.push({ at: speakerAt, id: written });
  const speaker = written && isId(written) ? written : undefined;
  const text = opt(f.get('text')?.at, (a) => r.text(a));
  const mood = readMood(r, f.get('mood')?.at, speaker, refs);
  const base = { id: entry.key, place: place!, speaker: speaker!, text: text!, ...(mood ? { mood } : {}) };
  const nextAt = f.get('next')?.at;
  const decisionAt = f.get('decision')?.at;
  const endingAt = f.get('ending')?.at;
  const next = nextAt && readRoutes(r, nextAt, refs);
  const decision = decisionAt && readDecision(r, decisionAt, refs, choiceIds, speaker);
  const ending = endingAt && readEnding(r, endingAt);
  if (kinds.length !== 1 || !place || !speaker || !text || (f.has('mood') && !mood)) return undefined;
  if (next) return { ...base, kind: 'narration', next };
  if (decision) return { ...base, kind: 'decision', decision };
  if (ending) return { ...base, kind: 'ending', ending };
  return undefined;
};

/** An optional mood, noted with the speaker who would show it. */
const readMood = (
  r: YamlReader,
  at: At | undefined,
  speaker: string | undefined,
  refs: Refs,
): Mood | undefined => {
  const mood = opt(at, (a) => r.oneOf(a, MOODS, 'mood'));
  if (at && mood && speaker) refs.moods.push({ at, speaker });
  return mood;
};

const readEnding = (r: YamlReader, at: At): { title: LocalText } | undefined => {
  const f = r.fields(at, ['title'], ['title']);
  const title = opt(f?.get('title')?.at, (a) => r.text(a));
  return title && { title };
};

const readRoutes = (r: YamlReader, at: At, refs: Refs): Route[] | undefined => {
  if (isSingle(at)) {
    const target = r.string(at);
    if (target === undefined) return undefined;
    refs.targets.push({ from: at, target });
    return [{ when: [], go: target }];
  }
  const items = r.list(at);
  if (!items) return undefined;
  const routes: Route[] = [];
  items.forEach((item, i) => {
    const f = r.fields(item, ['when', 'go'], ['go']);
    if (!f) return;
    const goAt = f.get('go')?.at;
    const go = goAt && r.string(goAt);
    if (goAt && go !== undefined) refs.targets.push({ from: goAt, target: go });
    const whenAt = f.get('when')?.at;
    const when = whenAt ? readWhen(r, whenAt, refs) : [];
    if (i === items.length - 1 && whenAt) r.reportAt(whenAt, 'no-fallback');
    if (go !== undefined && when) routes.push({ when, go });
  });
  return routes.length === items.length && routes.length > 0 ? routes : undefined;
};

const readWhen = (r: YamlReader, at: At, refs: Refs): Clause[] | undefined => {
  const items = r.items(at);
  const clauses: Clause[] = [];
  for (const item of items) {
    const source = r.string(item);
    if (source === undefined) return undefined;
    // `! pre:mandaat` unquoted: YAML takes the "!" for its own mark and keeps only "pre:mandaat".
    if (isScalar(item.node) && item.node.tag === '!') {
      r.reportAt(item, 'unquoted-condition', { condition: `!${source}` });
      return undefined;
    }
    const clause = parseClause(source);
    if (!clause) {
      r.reportAt(item, 'bad-condition', { condition: source, ...conditionHint(source, r.names) });
      return undefined;
    }
    if (clause.kind === 'flag') refs.flagsUsed.push({ at: item, flag: clause.flag });
    clauses.push(clause);
  }
  return clauses;
};

const readDecision = (
  r: YamlReader,
  at: At,
  refs: Refs,
  choiceIds: Map<string, number>,
  speaker: string | undefined,
): Decision | undefined => {
  const f = r.fields(
    at,
    ['tension', 'prompt', 'facilitator', 'choices'],
    ['tension', 'prompt', 'facilitator', 'choices'],
  );
  if (!f) return undefined;
  const tension = opt(f.get('tension')?.at, (a) => r.oneOf(a, TENSIONS, 'tension'));
  const prompt = opt(f.get('prompt')?.at, (a) => r.text(a));
  const facilitator = opt(f.get('facilitator')?.at, (a) => readFacilitator(r, a, refs));
  const choicesAt = f.get('choices')?.at;
  const items = (choicesAt && r.list(choicesAt)) ?? [];
  if (choicesAt && items.length > 0 && (items.length < 2 || items.length > 4)) {
    r.reportAt(choicesAt, 'choice-count', { count: items.length });
  }
  const choices = items.map((item) => readChoice(r, item, refs, choiceIds, tension, speaker));
  if (!tension || !prompt || !facilitator || choices.length === 0 || choices.some((c) => !c))
    return undefined;
  return { tension, prompt, facilitator, choices: choices as Choice[] };
};

const readFacilitator = (r: YamlReader, at: At, refs: Refs): Decision['facilitator'] | undefined => {
  const f = r.fields(at, ['notes', 'prompts', 'sources'], ['notes', 'prompts', 'sources']);
  if (!f) return undefined;
  const notes = opt(f.get('notes')?.at, (a) => r.text(a));
  const promptsAt = f.get('prompts')?.at;
  const promptItems = (promptsAt && r.list(promptsAt)) ?? [];
  if (promptsAt && promptItems.length < 2)
    r.reportAt(promptsAt, 'too-few-prompts', { count: promptItems.length });
  const prompts = promptItems.map((p) => r.text(p));
  const sourcesAt = f.get('sources')?.at;
  const sourceItems = sourcesAt ? r.items(sourcesAt) : [];
  const sources = sourceItems.flatMap((s) => {
    const id = r.id(s);
    if (id) refs.sourceIds.push({ at: s, id });
    return id ? [id] : [];
  });
  if (!notes || prompts.some((p) => !p)) return undefined;
  return { notes, prompts: prompts as LocalText[], sources };
};

const readChoice = (
  r: YamlReader,
  at: At,
  refs: Refs,
  choiceIds: Map<string, number>,
  tension: (typeof TENSIONS)[number] | undefined,
  speaker: string | undefined,
): Choice | undefined => {
  const f = r.fields(at, CHOICE, CHOICE_REQUIRED);
  if (!f) return undefined;
  const idAt = f.get('id')?.at;
  const id = idAt && r.id(idAt);
  if (idAt && id) noteDuplicate(r, choiceIds, id, idAt, 'choice');
  const label = id ?? '?';
  const text = opt(f.get('text')?.at, (a) => r.text(a));
  const drawsAt = f.get('draws')?.at;
  const asideAt = f.get('sets-aside')?.at;
  const draws = opt(drawsAt, (a) => r.listOf(a, COMPETENCIES, 'competency')) ?? [];
  const setsAside = opt(asideAt, (a) => r.listOf(a, COMPETENCIES, 'competency')) ?? [];
  if (drawsAt && draws.length === 0 && !hasItems(drawsAt))
    r.reportAt(drawsAt, 'no-trade-off', { choice: label, missing: 'draws' });
  if (asideAt && setsAside.length === 0 && !hasItems(asideAt)) {
    r.reportAt(asideAt, 'no-trade-off', { choice: label, missing: 'sets-aside' });
  }
  for (const c of draws.filter((d) => setsAside.includes(d))) {
    r.reportAt(asideAt!, 'both-sides', { choice: label, competency: c });
  }
  const sideAt = f.get('side')?.at;
  const sideValue = sideAt && r.string(sideAt);
  let side: Side | undefined;
  if (sideAt && sideValue !== undefined && tension) {
    const poles: readonly string[] = TENSION_POLES[tension];
    if (sideValue === BALANCED || poles.includes(sideValue)) side = sideValue as Side;
    else
      r.reportAt(sideAt, 'side-not-in-tension', {
        side: sideValue,
        tension,
        poles: [...poles, BALANCED].join(', '),
        ...suggestion(sideValue, candidatesOf('side', [...poles, BALANCED], r.names)),
      });
  }
  const strategy = opt(f.get('strategy')?.at, (a) => r.oneOf(a, STRATEGIES, 'strategy'));
  const effects = opt(f.get('effects')?.at, (a) => readEffects(r, a)) ?? {};
  const setsAt = f.get('sets')?.at;
  const sets = setsAt
    ? r.items(setsAt).flatMap((s) => {
        const flag = r.id(s);
        if (flag !== undefined) refs.flagsSetAt.push({ at: s, flag });
        return flag ?? [];
      })
    : [];
  for (const flag of sets) refs.flagsSet.add(flag);
  const consequence = opt(f.get('consequence')?.at, (a) => r.text(a));
  const mood = readMood(r, f.get('mood')?.at, speaker, refs);
  const variantsAt = f.get('variants')?.at;
  const variants = variantsAt ? readVariants(r, variantsAt, refs, speaker) : [];
  const next = opt(f.get('next')?.at, (a) => readRoutes(r, a, refs));
  if (
    !id ||
    !text ||
    !side ||
    !strategy ||
    !consequence ||
    !next ||
    !variants ||
    !draws.length ||
    !setsAside.length ||
    (f.has('mood') && !mood)
  ) {
    return undefined;
  }
  return {
    id,
    text,
    draws,
    setsAside,
    side,
    strategy,
    effects,
    sets,
    consequence,
    ...(mood ? { mood } : {}),
    variants,
    next,
  };
};

const readVariants = (
  r: YamlReader,
  at: At,
  refs: Refs,
  speaker: string | undefined,
): Variant[] | undefined => {
  const items = r.list(at);
  if (!items) return undefined;
  const variants = items.flatMap((item) => {
    const f = r.fields(item, ['when', 'effects', 'consequence', 'mood'], ['when']);
    if (!f) return [];
    const whenAt = f.get('when')?.at;
    const when = whenAt && readWhen(r, whenAt, refs);
    if (!f.has('effects') && !f.has('consequence') && !f.has('mood')) r.reportAt(item, 'variant-empty');
    const effects = opt(f.get('effects')?.at, (a) => readEffects(r, a));
    const consequence = opt(f.get('consequence')?.at, (a) => r.text(a));
    const mood = readMood(r, f.get('mood')?.at, speaker, refs);
    if (!when || (f.has('consequence') && !consequence) || (f.has('mood') && !mood)) return [];
    refs.variants.push({ at: whenAt!, when });
    return [
      {
        when,
        ...(effects ? { effects } : {}),
        ...(consequence ? { consequence } : {}),
        ...(mood ? { mood } : {}),
      },
    ];
  });
  return variants.length === items.length ? variants : undefined;
};

const hasItems = (at: At): boolean =>
  !!at.node && 'items' in at.node && (at.node.items as unknown[]).length > 0;

const readEffects = (r: YamlReader, at: At): Partial<Record<Meter, number>> => {
  const out: Partial<Record<Meter, number>> = {};
  for (const entry of r.entries(at, 'meter')) {
    if (!(METERS as readonly string[]).includes(entry.key)) {
      r.report(entry.at.offset, entry.at.path, 'unknown-id', {
        kind: 'meter',
        value: entry.key,
        known: METERS.join(', '),
        ...suggestion(entry.key, candidatesOf('meter', METERS, r.names)),
      });
      continue;
    }
    const value = r.integer(entry.at, -EFFECT_LIMIT, EFFECT_LIMIT, 'effect');
    if (value !== undefined) out[entry.key as Meter] = value;
  }
  return out;
};
