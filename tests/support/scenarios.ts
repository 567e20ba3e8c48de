import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type CheckResult, checkScenario } from '../../src/domain/check-scenario.ts';
import type { Scenario } from '../../src/domain/scenario.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

export const checkFile = (path: string): CheckResult =>
  checkScenario(relative(ROOT, path).replaceAll('\\', '/'), readFileSync(path, 'utf8'));

export const loadValid = (path: string): Scenario => {
  const result = checkFile(path);
  if (!result.scenario) {
    throw new Error(`${path} does not validate: ${result.problems.map((p) => p.code).join(', ')}`);
  }
  return result.scenario;
};

export const yamlFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));

export const MINI = join(ROOT, 'tests', 'fixtures', 'valid', 'mini.yaml');
export const SCENARIO_DIR = join(ROOT, 'scenarios');
