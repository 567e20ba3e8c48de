import extraScenarioFiles from 'virtual:extra-scenario-files';
import { checkScenario } from '../domain/check-scenario.ts';
import type { Problem } from '../domain/problems.ts';
import type { Scenario } from '../domain/scenario.ts';

export interface Catalog {
  readonly scenarios: readonly Scenario[];
  /** Problems of the files that were skipped, grouped per file. */
  readonly broken: ReadonlyMap<string, readonly Problem[]>;
}

/** Checks scenario file texts; valid ones are offered, broken ones are reported and skipped. */
export const buildCatalog = (files: Readonly<Record<string, string>>): Catalog => {
  const scenarios: Scenario[] = [];
  const broken = new Map<string, readonly Problem[]>();
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.replace(/^\//, '');
    try {
      const result = checkScenario(file, text);
      if (result.scenario) scenarios.push(result.scenario);
      else broken.set(file, result.problems);
    } catch (error) {
      broken.set(file, [
        { file, line: 1, column: 1, path: '', code: 'read-failed', params: { detail: String(error) } },
      ]);
    }
  }
  return { scenarios, broken };
};

/** The scenario files bundled with the game (and, in one test build, more); in the dev server a change reloads the page. */
export const bundledScenarioFiles = (): Record<string, string> => ({
  ...import.meta.glob<string>('/scenarios/*.{yaml,yml}', { query: '?raw', import: 'default', eager: true }),
  ...extraScenarioFiles,
});
