import type { Choice, Clause, Route } from './scenario.ts';
import type { LocalText } from './text.ts';
import { METER_MAX, METER_MIN, METERS, type Meter, type Meters, type Precondition } from './vocabulary.ts';

/** What the choices have done so far: the part of a play that guards read. */
export interface World {
  readonly meters: Meters;
  readonly flags: readonly string[];
  readonly preconditions: readonly Precondition[];
}

const clamp = (n: number): number => Math.min(METER_MAX, Math.max(METER_MIN, n));

export const applyEffects = (meters: Meters, effects: Partial<Record<Meter, number>>): Meters =>
  Object.fromEntries(METERS.map((m) => [m, clamp(meters[m] + (effects[m] ?? 0))])) as Record<Meter, number>;

/** The meters that moved, and by how much. */
export const meterChange = (before: Meters, after: Meters): Partial<Record<Meter, number>> =>
  Object.fromEntries(METERS.filter((m) => after[m] !== before[m]).map((m) => [m, after[m] - before[m]]));

export const addFlags = (flags: readonly string[], added: readonly string[]): string[] => [
  ...flags,
  ...added.filter((f) => !flags.includes(f)),
];

export const holds = (clause: Clause, world: World): boolean => {
  switch (clause.kind) {
    case 'meter': {
      const v = world.meters[clause.meter];
      switch (clause.op) {
        case '<':
          return v < clause.value;
        case '<=':
          return v <= clause.value;
        case '>':
          return v > clause.value;
        case '>=':
          return v >= clause.value;
        case '==':
          return v === clause.value;
      }
      return false;
    }
    case 'flag':
      return world.flags.includes(clause.flag) !== clause.negated;
    case 'precondition':
      return world.preconditions.includes(clause.precondition) !== clause.negated;
  }
};

export const routeHolds = (route: Route, world: World): boolean => route.when.every((c) => holds(c, world));

/** The first route whose conditions hold; the checker guarantees the last one always does. */
export const chooseRoute = (routes: readonly Route[], world: World): string | undefined =>
  routes.find((r) => routeHolds(r, world))?.go;

/** How a choice lands in this world: its own effects and consequence, or those of the first variant that holds. */
export const landing = (
  choice: Choice,
  world: World,
): { effects: Partial<Record<Meter, number>>; consequence: LocalText; variant: number } => {
  const variant = choice.variants.findIndex((v) => v.when.every((c) => holds(c, world)));
  const found = variant >= 0 ? choice.variants[variant] : undefined;
  return {
    effects: found?.effects ?? choice.effects,
    consequence: found?.consequence ?? choice.consequence,
    variant,
  };
};
