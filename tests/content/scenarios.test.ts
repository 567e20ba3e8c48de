import { describe, expect, it } from 'vitest';
import { checkLibraryRules, describeRule, RULE_CODES } from '../../src/domain/library-rules.ts';
import { checkFile, loadValid, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

const files = yamlFiles(SCENARIO_DIR);

describe('the scenario library', () => {
  it('has at least one scenario, and scenario ids are unique', () => {
    const ids = files.map((f) => loadValid(f).id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(files.map((f) => [f.replace(/^.*[\\/]/, ''), f]))('%s', (_name, file) => {
    it('passes the checker without a single problem', () => {
      expect(checkFile(file).problems).toEqual([]);
    });

    // The same rules `npm run scenarios:test` explains to an author (src/domain/library-rules.ts).
    const results = checkLibraryRules(loadValid(file));
    it.each(RULE_CODES)('meets the library rule %s', (code) => {
      const result = results.find((r) => r.rule === code);
      expect(result, code).toBeDefined();
      expect(result!.ok, describeRule(result!, 'en')).toBe(true);
    });
  });
});
