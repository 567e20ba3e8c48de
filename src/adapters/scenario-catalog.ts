import compiled from 'virtual:scenario-catalog';
import { type Catalog, fromCompiled } from '../domain/catalog.ts';

export type { Catalog };

/**
 * The scenario library as the build checked it (scripts/vite-scenario-plugin.ts): the game gets plain
 * data, and neither the YAML parser nor the checker is in what a player loads. In the dev server a
 * changed file is checked again and the page reloads.
 */
export const bundledCatalog = (): Catalog => fromCompiled(compiled);
