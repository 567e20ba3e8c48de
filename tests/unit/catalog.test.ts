import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/adapters/scenario-catalog.ts';
import { MINI } from '../support/scenarios.ts';

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

  it('bundles the scenario files of the game', async () => {
    const { bundledScenarioFiles } = await import('../../src/adapters/scenario-catalog.ts');
    expect(Object.keys(bundledScenarioFiles())).toContain('/scenarios/de-nieuwe-wethouder.yaml');
  });
});
