import type { LocalText } from './text.ts';
import type {
  Competency,
  Figure,
  Meter,
  Meters,
  Mood,
  MunicipalitySize,
  Place,
  Precondition,
  Role,
  Side,
  Strategy,
  Tension,
} from './vocabulary.ts';

/** A validated scenario, as the checker hands it to the compiler and the debrief. */
export interface Scenario {
  readonly id: string;
  readonly file: string;
  readonly title: LocalText;
  readonly summary: LocalText;
  readonly minutes: number;
  readonly role: Role;
  readonly setting: Setting;
  /** The organisational contexts it can be played in (at least one: the setting itself). */
  readonly contexts: readonly PlayContext[];
  readonly sources: readonly Source[];
  readonly characters: Readonly<Record<string, Character>>;
  readonly meters: Meters;
  readonly start: string;
  readonly beats: Readonly<Record<string, Beat>>;
}

export interface Setting {
  readonly municipality: MunicipalitySize;
  readonly maturity: number;
  readonly preconditions: readonly Precondition[];
  readonly description: LocalText;
}

/** An organisational context: which preconditions of §4.4 hold while the scenario is played. */
export interface PlayContext {
  readonly id: string;
  readonly title: LocalText;
  readonly preconditions: readonly Precondition[];
}

/** The context a scenario without `contexts` is played in: its own setting. */
export const DEFAULT_CONTEXT = 'standaard';

export interface Source {
  readonly id: string;
  readonly respondent: string;
  readonly section: string;
  readonly quote?: LocalText;
}

export interface Character {
  readonly name: LocalText;
  readonly role: LocalText;
  readonly colour: string;
  /** How the stage draws them: as given in the file, or derived from id and role (default-figure.ts). */
  readonly figure: Figure;
}

interface BeatBase {
  readonly id: string;
  readonly place: Place;
  readonly speaker: string;
  readonly text: LocalText;
  /** How the speaker looks while the beat is shown; absent: neutraal. */
  readonly mood?: Mood;
}
export interface NarrationBeat extends BeatBase {
  readonly kind: 'narration';
  readonly next: readonly Route[];
}
export interface DecisionBeat extends BeatBase {
  readonly kind: 'decision';
  readonly decision: Decision;
}
export interface EndingBeat extends BeatBase {
  readonly kind: 'ending';
  readonly ending: { readonly title: LocalText };
}
export type Beat = NarrationBeat | DecisionBeat | EndingBeat;

export interface Decision {
  readonly tension: Tension;
  readonly prompt: LocalText;
  readonly facilitator: {
    readonly notes: LocalText;
    readonly prompts: readonly LocalText[];
    readonly sources: readonly string[];
  };
  readonly choices: readonly Choice[];
}

export interface Choice {
  readonly id: string;
  readonly text: LocalText;
  readonly draws: readonly Competency[];
  readonly setsAside: readonly Competency[];
  readonly side: Side;
  readonly strategy: Strategy;
  readonly effects: Partial<Record<Meter, number>>;
  readonly sets: readonly string[];
  readonly consequence: LocalText;
  /** How the decision's speaker looks while the consequence is shown; absent: as during the beat. */
  readonly mood?: Mood;
  /** How the choice lands differently in some contexts: the first whose clauses hold replaces effects, consequence and/or mood. */
  readonly variants: readonly Variant[];
  readonly next: readonly Route[];
}

export interface Variant {
  readonly when: readonly Clause[];
  readonly effects?: Partial<Record<Meter, number>>;
  readonly consequence?: LocalText;
  readonly mood?: Mood;
}

/** One option of a `next`: taken when every clause holds (no clauses: always). */
export interface Route {
  readonly when: readonly Clause[];
  readonly go: string;
}

export type Clause =
  | { readonly kind: 'meter'; readonly meter: Meter; readonly op: ComparisonOp; readonly value: number }
  | { readonly kind: 'flag'; readonly flag: string; readonly negated: boolean }
  | { readonly kind: 'precondition'; readonly precondition: Precondition; readonly negated: boolean };

export const COMPARISON_OPS = ['<', '<=', '>', '>=', '=='] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];

/** Every way out of a beat: its routes, each with the choice it belongs to when the beat is a decision. */
export const routesOf = (beat: Beat): { readonly route: Route; readonly choice?: string }[] => {
  switch (beat.kind) {
    case 'narration':
      return beat.next.map((route) => ({ route }));
    case 'decision':
      return beat.decision.choices.flatMap((c) => c.next.map((route) => ({ route, choice: c.id })));
    case 'ending':
      return [];
  }
};

/** The beats a beat can lead to, whatever the conditions. */
export const successorsOf = (beat: Beat): string[] => routesOf(beat).map((r) => r.route.go);
