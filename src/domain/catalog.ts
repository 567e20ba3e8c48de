import type { Problem } from './problems.ts';
import type { Scenario } from './scenario.ts';

export interface Catalog {
  readonly scenarios: readonly Scenario[];
  /** Problems of the files that were skipped, grouped per file. */
  readonly broken: ReadonlyMap<string, readonly Problem[]>;
}

/** A catalog as plain JSON: what the build writes, so the game never parses or checks YAML itself. */
export interface CompiledCatalog {
  readonly scenarios: readonly Scenario[];
  readonly broken: readonly (readonly [string, readonly Problem[]])[];
}

export const compileCatalog = (catalog: Catalog): CompiledCatalog => ({
  scenarios: catalog.scenarios,
  broken: [...catalog.broken],
});

export const fromCompiled = (compiled: CompiledCatalog): Catalog => ({
  scenarios: compiled.scenarios,
  broken: new Map(compiled.broken),
});
