/**
 * The fixed vocabulary of the game model, taken from De Vries (2019): competencies (Table 4 and §4.2),
 * the paradigm layer each comes from (§2.2, sedimentatie), the four tensions (§4.3.1), the coping
 * strategies (§4.3.2), the preconditions (§4.4) and the four shared meters. Labels and explanations
 * live in the translation files; this module holds ids and structure only.
 */

export const LAYERS = ['weberiaans', 'npm', 'netwerk', 'open-overheid'] as const;
export type Layer = (typeof LAYERS)[number];

/**
 * The layer each competency comes from: the first paradigm table of the thesis that names it
 * (line numbers of docs/research/thesis-open-ambtenaar-2019.txt; tests/content/research-labels.test.ts
 * holds this table to them). Only data skills and innovation are new with open government (71, 851,
 * 1043); collaboration, within and beyond one's own department, is "niet nieuw" (835).
 */
export const COMPETENCY_LAYER = {
  integer: 'weberiaans', // Tabel 1, 396
  neutraal: 'weberiaans', // Tabel 1, 393
  deskundig: 'weberiaans', // Tabel 1, 397; "niet nieuw" (827)
  'kritisch-loyaal': 'weberiaans', // Tabel 1, 392 (loyaal); Steijn makes it critical (Tabel 2, 415)
  regelgericht: 'weberiaans', // Tabel 1, 395
  'psm-gemotiveerd': 'npm', // Tabel 2, 416
  'politiek-bewust': 'npm', // Tabel 2, 417
  resultaatgericht: 'npm', // Tabel 2, 418
  flexibel: 'npm', // Tabel 2, 420
  omgevingsbewust: 'npm', // Tabel 2, 419
  samenwerkend: 'npm', // Tabel 2, 421; "niet nieuw" (835)
  'integraal-samenwerken': 'npm', // Tabel 2, 421: "ook buiten de eigen afdeling"; intern (integraal) samenwerken (837)
  'emotioneel-intelligent': 'netwerk', // Tabel 3, 436; new with 't Hart (447)
  transparant: 'netwerk', // Tabel 3, 440; new with 't Hart (447)
  'burgers-betrekken': 'netwerk', // Tabel 3, 441 (verknoopt in relevante netwerken); networked governance (973)
  datatechnisch: 'open-overheid', // new: 71, 851, 1043
  innovatief: 'open-overheid', // new: 71, 1043
} as const satisfies Record<string, Layer>;
export type Competency = keyof typeof COMPETENCY_LAYER;
export const COMPETENCIES = Object.keys(COMPETENCY_LAYER) as Competency[];

export const TENSION_POLES = {
  'innovatie-resultaat': ['innovatie', 'resultaat'],
  'transparantie-politiek': ['transparantie', 'politiek'],
  'bureaucratie-innovatie': ['bureaucratie', 'innovatie'],
  'vernieuwing-cultuur': ['vernieuwing', 'cultuur'],
} as const satisfies Record<string, readonly [string, string]>;
export type Tension = keyof typeof TENSION_POLES;
export const TENSIONS = Object.keys(TENSION_POLES) as Tension[];
export type Pole = (typeof TENSION_POLES)[Tension][number];
/** A choice leans to one pole of its decision's tension, or weighs both. */
export type Side = Pole | 'midden';
export const BALANCED: Side = 'midden';

export const COPING_STRATEGIES = [
  'maatwerk',
  'waar-de-energie-is',
  'conformeren',
  'kleine-successen',
] as const;
/** Choices that match no coping strategy, named honestly in the debrief. */
export const NON_STRATEGIES = ['doordrukken', 'opgeven', 'dood-paard', 'geen'] as const;
export const STRATEGIES = [...COPING_STRATEGIES, ...NON_STRATEGIES] as const;
export type CopingStrategy = (typeof COPING_STRATEGIES)[number];
export type Strategy = (typeof STRATEGIES)[number];
export const isCopingStrategy = (s: Strategy): s is CopingStrategy =>
  (COPING_STRATEGIES as readonly string[]).includes(s);

export const PRECONDITIONS = [
  'ruimte-experimenteren',
  'achteraf-verantwoorden',
  'mandaat',
  'capaciteit',
] as const;
export type Precondition = (typeof PRECONDITIONS)[number];

export const METERS = ['vertrouwen', 'steun', 'energie', 'voortgang'] as const;
export type Meter = (typeof METERS)[number];
export type Meters = Readonly<Record<Meter, number>>;
export const METER_MIN = 0;
export const METER_MAX = 100;
export const METER_START = 50;
export const EFFECT_LIMIT = 30;

export const ROLES = ['data-ambtenaar', 'beleidsambtenaar'] as const;
export type Role = (typeof ROLES)[number];

export const MUNICIPALITY_SIZES = ['klein', 'middelgroot', 'groot', 'provincie'] as const;
export type MunicipalitySize = (typeof MUNICIPALITY_SIZES)[number];

export const PLACES = ['kantoor', 'vergaderzaal', 'raadszaal', 'buurthuis'] as const;
export type Place = (typeof PLACES)[number];

/** How a speaker looks while a beat or a consequence is shown (the scenario chooses; default neutraal). */
export const MOODS = ['neutraal', 'blij', 'bezorgd', 'ontstemd'] as const;
export type Mood = (typeof MOODS)[number];
export const DEFAULT_MOOD: Mood = 'neutraal';

/**
 * The people the stage can draw: a role and a look each (age, gender, skin tone differ over the set).
 * The first word is the role a default is found by (see default-figure.ts).
 */
export const FIGURES = [
  'wethouder-vrouw',
  'wethouder-man',
  'teamleider-vrouw',
  'teamleider-man',
  'collega-vrouw',
  'collega-man',
  'inwoner-vrouw',
  'inwoner-man',
  'raadslid-vrouw',
  'raadslid-man',
  'dataspecialist-vrouw',
  'dataspecialist-man',
] as const;
export type Figure = (typeof FIGURES)[number];

/** Speakers every scenario has without declaring them. */
export const NARRATOR = 'verteller';
export const PLAYER = 'jij';
export const BUILT_IN_SPEAKERS = [NARRATOR, PLAYER] as const;
export const isBuiltInSpeaker = (speaker: string): boolean =>
  (BUILT_IN_SPEAKERS as readonly string[]).includes(speaker);

export const includes = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);
