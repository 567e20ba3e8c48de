import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../src/domain/vocabulary.ts';
import { LOOKS } from '../../src/scenes/figures/looks.ts';
import { loadValid, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

describe('the people on the stage', () => {
  it('has a drawing for every figure a scenario can name, and no drawing nobody can name', () => {
    expect(Object.keys(LOOKS).sort()).toEqual([...FIGURES].sort());
  });

  it('differs in skin tone, hair and build over the set', () => {
    const looks = Object.values(LOOKS);
    expect(new Set(looks.map((l) => l.skin)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(looks.map((l) => l.hairStyle)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(looks.map((l) => l.shoulders)).size).toBeGreaterThanOrEqual(3);
  });

  it.each(yamlFiles(SCENARIO_DIR))('gives every speaker of %s a figure of their own', (file) => {
    const scenario = loadValid(file);
    const figures = Object.values(scenario.characters).map((c) => c.figure);
    expect(new Set(figures).size).toBe(figures.length);
  });
});
