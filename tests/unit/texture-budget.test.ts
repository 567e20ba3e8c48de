import { describe, expect, it } from 'vitest';
import { createTextureBudget } from '../../src/scenes/figures/texture-budget.ts';

describe('how many speakers’ colourings the stage keeps', () => {
  it('keeps the most recent ones and lets the oldest go once over the budget', () => {
    const budget = createTextureBudget(2);
    expect(budget.use('a')).toEqual([]);
    budget.release('a');
    expect(budget.use('b')).toEqual([]);
    budget.release('b');
    expect(budget.use('c')).toEqual(['a']);
  });

  it('counts a colouring shown again as recent', () => {
    const budget = createTextureBudget(2);
    for (const f of ['a', 'b', 'a']) {
      budget.use(f);
      budget.release(f);
    }
    expect(budget.use('c')).toEqual(['b']);
  });

  it('never lets go of one still on the stage, and lets it go after it left', () => {
    const budget = createTextureBudget(1);
    budget.use('a');
    expect(budget.use('b')).toEqual([]);
    budget.release('b');
    budget.release('a');
    expect(budget.use('c')).toEqual(['a', 'b']);
  });

  it('stays within the budget over a long workshop', () => {
    const budget = createTextureBudget(8);
    const kept = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const family = `speaker-${i % 37}`;
      kept.add(family);
      for (const gone of budget.use(family)) kept.delete(gone);
      budget.release(family);
      expect(kept.size).toBeLessThanOrEqual(8);
    }
  });
});
