import compiled from 'virtual:scenario-catalog';
import { type Catalog, fromCompiled } from '../domain/catalog.ts';
import type { Problem } from '../domain/problems.ts';
import type { Scenario } from '../domain/scenario.ts';
import { createDraftStore, type Draft } from './draft-store.ts';

export { ownFile } from './draft-store.ts';

export type { Catalog };

/**
 * The scenario library as the build checked it (scripts/vite-scenario-plugin.ts): the game gets plain
 * data, and neither the YAML parser nor the checker is in what a player loads. In the dev server a
 * changed file is checked again and the page reloads.
 */
export const bundledCatalog = (): Catalog => fromCompiled(compiled);

/**
 * The bundled library plus the author's own scenarios kept on this device by the studio (drafts marked
 * "in my game"). Each is checked exactly as a bundled file is, by the same checker, which arrives only
 * when there are own scenarios; one whose id a bundled scenario already has is refused, as is a broken
 * one, and listed with the broken files. Nothing is read from or sent to anywhere but this device.
 */
export const withOwnScenarios = async (
  catalog: Catalog,
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
): Promise<Catalog> => {
  const store = createDraftStore(storage, () => Date.now());
  const own = store.list().filter((d) => d.own);
  const problem = store.problem();
  const broken = new Map(catalog.broken);
  if (problem?.reason === 'corrupt') broken.set('own', [unreadableDrafts(problem.keptAside)]);
  if (own.length === 0) return broken.size === catalog.broken.size ? catalog : { ...catalog, broken };
  try {
    const { checkOwn } = await import('./check-own.ts');
    const checked = checkOwn(catalog.scenarios, own);
    for (const [file, problems] of checked.broken) broken.set(file, problems);
    return { scenarios: [...catalog.scenarios, ...checked.scenarios], broken };
  } catch (error) {
    // The checker could not arrive (offline mid-update): the bundled library still plays.
    broken.set('own', [
      { ...unreadableDrafts(true), code: 'read-failed', params: { detail: String(error) } },
    ]);
    return { ...catalog, broken };
  }
};

const unreadableDrafts = (keptAside: boolean): Problem => ({
  file: 'own',
  line: 1,
  column: 1,
  path: '',
  code: 'drafts-unreadable',
  params: { keptAside: keptAside ? 'yes' : 'no' },
});

export type { Draft, Scenario };
