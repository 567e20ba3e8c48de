import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI, ROOT } from '../support/scenarios.ts';

/** The author's scripts, run as `npm run …` runs them, in a folder of their own. */
const dir = mkdtempSync(join(tmpdir(), 'scenarios-new-'));
const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const run = (script: string, args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, [tsx, join(ROOT, 'scripts', script), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CI: '', ...env },
  });
/** Generous: a cold tsx start on a busy 2-core machine; the scripts themselves take about a second. */
const SLOW = 90_000;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run scenarios:new, scenarios:check and scenarios:test on a fresh template', () => {
  it(
    'writes scenarios/<id>.yaml that passes the check (even --strict) and every library rule',
    () => {
      const made = run('scenarios-new.ts', ['de-open-dataset']);
      expect(made.status, made.stderr).toBe(0);
      expect(made.stdout).toContain('scenarios/de-open-dataset.yaml is gemaakt');
      const text = readFileSync(join(dir, 'scenarios', 'de-open-dataset.yaml'), 'utf8');
      expect(text).toMatch(/^id: de-open-dataset\b/m);

      const checked = run('scenarios-check.ts', ['--strict', 'scenarios/de-open-dataset.yaml']);
      expect(checked.stdout.trim().split('\n')).toEqual([
        '✓ scenarios/de-open-dataset.yaml',
        '1 bestand gecontroleerd, 0 problemen.',
      ]);
      expect(checked.stderr).toBe('');
      expect(checked.status).toBe(0);

      const tested = run('scenarios-test.ts', ['--lang', 'en', 'scenarios/de-open-dataset.yaml']);
      expect(tested.stdout).not.toContain('✗');
      expect(tested.stdout.match(/✓/g)?.length).toBe(9);
      expect(tested.stdout).toContain('The file meets every rule.');
      expect(tested.status).toBe(0);
    },
    SLOW,
  );

  it(
    'never overwrites a file, and refuses an id it cannot use, saying why',
    () => {
      const target = join(dir, 'scenarios', 'bestaat-al.yaml');
      run('scenarios-new.ts', ['bestaat-al']);
      writeFileSync(target, 'mijn werk\n');
      const again = run('scenarios-new.ts', ['bestaat-al']);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('bestaat al; er is niets overschreven');
      expect(readFileSync(target, 'utf8')).toBe('mijn werk\n');

      const bad = run('scenarios-new.ts', ['De Open Dataset', '--lang', 'en']);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('"De Open Dataset" is not a valid id');
      const none = run('scenarios-new.ts', []);
      expect(none.status).toBe(1);
      expect(none.stderr).toContain('npm run scenarios:new -- <id>');
    },
    SLOW,
  );

  it(
    'explains each library rule a file does not meet, in Dutch by default, and fails',
    () => {
      writeFileSync(join(dir, 'mini.yaml'), readFileSync(MINI, 'utf8'));
      const tested = run('scenarios-test.ts', ['mini.yaml']);
      expect(tested.status).toBe(1);
      const failed = tested.stdout.split('\n').filter((l) => l.includes('✗'));
      expect(failed).toEqual([
        '  ✗ Een scenario duurt 5 tot 10 minuten ("minutes"). Hier staat 2. Schat opnieuw, of maak het scenario korter of langer.',
        '  ✗ Een scenario heeft minstens 3 beslismomenten ("decision"). Er is er 1. Voeg een beslismoment toe.',
        '  ✗ Een speler kan minstens 3 van de 4 strategieën uit het onderzoek bereiken (maatwerk, waar-de-energie-is, conformeren, kleine-successen). Nu 1: waar-de-energie-is. Geef een keuze een van deze strategieën, waar die past bij wat de keuze doet: maatwerk, conformeren, kleine-successen.',
      ]);
      expect(tested.stdout).toContain('Het bestand voldoet nog niet aan alle regels.');
    },
    SLOW,
  );

  it(
    'says in one loud line when the thesis is missing, and fails under CI=true',
    () => {
      expect(run('scenarios-new.ts', ['zonder-thesis']).status).toBe(0);
      const missing = { SCENARIOS_THESIS: join(dir, 'geen-thesis.txt') };
      const local = run('scenarios-check.ts', ['scenarios/zonder-thesis.yaml'], missing);
      const loud = local.stderr.trim().split('\n');
      expect(loud).toHaveLength(1);
      expect(loud[0]).toMatch(
        /^!!! DE THESIS IS NIET GEVONDEN .*CITATEN EN PARAGRAFEN ZIJN NIET GECONTROLEERD/,
      );
      expect(local.status).toBe(0);
      const ci = run('scenarios-check.ts', ['--lang', 'en', 'scenarios/zonder-thesis.yaml'], {
        ...missing,
        CI: 'true',
      });
      expect(ci.stderr).toMatch(/^!!! THE THESIS WAS NOT FOUND .*QUOTES AND SECTIONS WERE NOT CHECKED/);
      expect(ci.status).toBe(1);
    },
    SLOW,
  );

  it(
    'checks quotes where the author works: a quote changed by one word fails scenarios:check',
    () => {
      expect(run('scenarios-new.ts', ['veranderd']).status).toBe(0);
      const file = join(dir, 'scenarios', 'veranderd.yaml');
      const text = readFileSync(file, 'utf8');
      writeFileSync(join(dir, 'scenarios', 'veranderd.yaml'), text.replace('in een jaar.', 'in een maand.'));
      const checked = run('scenarios-check.ts', ['--lang', 'en', 'scenarios/veranderd.yaml']);
      expect(checked.status).toBe(1);
      expect(checked.stdout).toContain('it differs at "maand." (word 15); the thesis has "jaar." there.');
      const hint = run('scenarios-check.ts', ['scenarios/veranderd.yaml', 'en']);
      expect(hint.stderr).toContain('en: bestaat niet (bedoel je --lang? Zet dan -- na het commando');
    },
    SLOW,
  );
});
