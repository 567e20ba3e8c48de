import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDraftStore, DRAFTS_KEY } from '../../src/adapters/draft-store.ts';
import { bundledCatalog, withOwnScenarios } from '../../src/adapters/scenario-catalog.ts';
import { memoryStorage } from '../support/memory-storage.ts';
import { MINI } from '../support/scenarios.ts';

const mini = readFileSync(MINI, 'utf8');

describe('own scenarios in this device’s catalog', () => {
  it('adds a checked own scenario marked for the game, and leaves unmarked drafts out', async () => {
    const { storage } = memoryStorage();
    const drafts = createDraftStore(storage, () => 1);
    drafts.put({ name: 'mini.yaml', text: mini, own: true });
    drafts.put({ name: 'alleen-ontwerp.yaml', text: mini.replace(/^id: .*$/m, 'id: alleen-ontwerp') });
    const bundled = bundledCatalog();
    const catalog = await withOwnScenarios(bundled, storage);
    expect(catalog.scenarios.length).toBe(bundled.scenarios.length + 1);
    expect(catalog.scenarios.at(-1)).toMatchObject({ id: 'mini', file: 'own/mini.yaml' });
    expect([...catalog.broken.keys()]).toEqual([]);
  });

  it('lists a broken own scenario, or one taking a bundled id, with the broken files', async () => {
    const bundled = bundledCatalog();
    const taken = bundled.scenarios[0]!.id;
    const { storage } = memoryStorage();
    const drafts = createDraftStore(storage, () => 1);
    drafts.put({ name: 'kapot.yaml', text: 'id: kapot\ntitle: [', own: true });
    drafts.put({ name: `${taken}.yaml`, text: mini.replace(/^id: .*$/m, `id: ${taken}`), own: true });
    const catalog = await withOwnScenarios(bundled, storage);
    expect(catalog.scenarios).toEqual(bundled.scenarios);
    expect(catalog.broken.get('own/kapot.yaml')?.[0]?.code).toBe('yaml-syntax');
    expect(catalog.broken.get(`own/${taken}.yaml`)?.[0]).toMatchObject({
      code: 'duplicate-scenario-id',
      params: { id: taken, first: bundled.scenarios[0]!.file },
    });
  });

  it('reports unreadable drafts instead of failing, and keeps them aside', async () => {
    const { storage, data } = memoryStorage({ [DRAFTS_KEY]: 'not json' });
    const bundled = bundledCatalog();
    const catalog = await withOwnScenarios(bundled, storage);
    expect(catalog.scenarios).toEqual(bundled.scenarios);
    expect(catalog.broken.get('own')?.[0]?.code).toBe('drafts-unreadable');
    expect([...data.values()]).toContain('not json');
  });

  it('is the bundled catalog itself when this device has no own scenarios', async () => {
    const bundled = bundledCatalog();
    expect(await withOwnScenarios(bundled, memoryStorage().storage)).toBe(bundled);
    expect(await withOwnScenarios(bundled, undefined)).toBe(bundled);
  });
});
