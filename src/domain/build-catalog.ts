import type { Catalog } from './catalog.ts';
import { type CheckedFile, checkScenario, refuseDuplicateIds } from './check-scenario.ts';
import type { Problem } from './problems.ts';
import type { Scenario } from './scenario.ts';

/**
 * Checks scenario file texts (checkScenario never throws); valid ones are offered, broken ones are
 * reported and skipped. Of two files with the same scenario id (`x.yaml` and `x.yml`), the second in
 * path order is reported, naming the first.
 */
export const buildCatalog = (files: Readonly<Record<string, string>>): Catalog => {
  const checked: CheckedFile[] = Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => {
      const file = path.replace(/^\//, '');
      return { file, text, result: checkScenario(file, text) };
    });
  const scenarios: Scenario[] = [];
  const broken = new Map<string, readonly Problem[]>();
  refuseDuplicateIds(checked).forEach((result, i) => {
    if (result.scenario) scenarios.push(result.scenario);
    else broken.set(checked[i]!.file, result.problems);
  });
  return { scenarios, broken };
};
