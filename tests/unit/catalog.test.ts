import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/build-catalog.ts';
import { loadValid, MINI, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

describe('the catalog the game loads', () => {
  it('offers the valid scenarios and reports the broken ones per file, without throwing', () => {
    const catalog = buildCatalog({
      '/scenarios/mini.yaml': readFileSync(MINI, 'utf8'),
      '/scenarios/kapot.yaml': 'id: kapot\ntitle: [unterminated',
      '/scenarios/leeg.yaml': '',
    });
    expect(catalog.scenarios.map((s) => s.id)).toEqual(['mini']);
    expect([...catalog.broken.keys()]).toEqual(['scenarios/kapot.yaml', 'scenarios/leeg.yaml']);
    expect(catalog.broken.get('scenarios/kapot.yaml')?.[0]?.code).toBe('yaml-syntax');
    expect(catalog.broken.get('scenarios/leeg.yaml')?.[0]?.code).toBe('wrong-shape');
  });

  it('bundles the library as the build checked it: every scenario file, none broken', async () => {
    const { bundledCatalog } = await import('../../src/adapters/scenario-catalog.ts');
    const catalog = bundledCatalog();
    expect(catalog.scenarios.map((s) => s.file).sort()).toEqual(
      yamlFiles(SCENARIO_DIR)
        .map((f) => `scenarios/${basename(f)}`)
        .sort(),
    );
    expect([...catalog.broken.keys()]).toEqual([]);
    // The compiled scenarios are the checked ones, as plain data.
    for (const scenario of catalog.scenarios)
      expect(scenario).toEqual(loadValid(join(SCENARIO_DIR, basename(scenario.file))));
  });
});
