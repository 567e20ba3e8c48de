import type { Catalog } from '../domain/catalog.ts';
import { type CheckedFile, checkScenario, refuseDuplicateIds } from '../domain/check-scenario.ts';
import type { Problem } from '../domain/problems.ts';
import type { Scenario } from '../domain/scenario.ts';
import { type Draft, ownFile } from './draft-store.ts';

/** Checks own scenarios after the bundled ones, so a bundled scenario keeps its id. */
export const checkOwn = (bundled: readonly Scenario[], own: readonly Draft[]): Catalog => {
  const first: CheckedFile[] = bundled.map((s) => ({
    file: s.file,
    text: '',
    result: { scenario: s, problems: [] },
  }));
  const mine: CheckedFile[] = own.map((d) => {
    const file = ownFile(d.name);
    return { file, text: d.text, result: checkScenario(file, d.text) };
  });
  const results = refuseDuplicateIds([...first, ...mine]).slice(first.length);
  const scenarios: Scenario[] = [];
  const broken = new Map<string, readonly Problem[]>();
  results.forEach((result, i) => {
    if (result.scenario) scenarios.push(result.scenario);
    else broken.set(mine[i]!.file, result.problems);
  });
  return { scenarios, broken };
};
