/**
 * `npm run scenarios:test -- [--lang en] <file or folder…>` — for an author: runs the library rules and
 * the every-path walk on these scenario files only (src/domain/library-rules.ts, the same rules the
 * test suite holds the library to), and explains each rule that fails in plain words. Nothing else of
 * the developers' test suite runs, so a trainer is never stopped by a test unrelated to their file.
 */
import { checkLibraryRules, describeRule } from '../src/domain/library-rules.ts';
import { formatProblem } from '../src/domain/problems.ts';
import { SHOWN_NAMES } from '../src/locales/shown-names.ts';
import { checkScenarioFile, readThesis, scenarioArgs } from './scenario-args.ts';

const { lang, files, missing } = scenarioArgs(process.argv.slice(2));

const say = {
  nl: {
    missing: (t: string) => `${t}: bestaat niet`,
    none: 'Geen scenariobestanden (.yaml) gevonden.',
    file: (f: string) => `\n${f}`,
    checker: (n: number) =>
      `  ✗ De controle vindt eerst ${n === 1 ? 'één probleem' : `${n} problemen`}; los ${n === 1 ? 'dat' : 'die'} op, dan volgen de regels hieronder (npm run scenarios:check -- <bestand>):`,
    pass: (rule: string) => `  ✓ ${rule}`,
    fail: (rule: string) => `  ✗ ${rule}`,
    summary: (files: number, failed: number) =>
      failed === 0
        ? `${files === 1 ? 'Het bestand voldoet' : `Alle ${files} bestanden voldoen`} aan alle regels.`
        : `${files === 1 ? 'Het bestand' : `${failed} van de ${files} bestanden`} ${failed === 1 ? 'voldoet' : 'voldoen'} nog niet aan alle regels.`,
  },
  en: {
    missing: (t: string) => `${t}: does not exist`,
    none: 'No scenario files (.yaml) found.',
    file: (f: string) => `\n${f}`,
    checker: (n: number) =>
      `  ✗ The check finds ${n === 1 ? 'a problem' : `${n} problems`} first; fix ${n === 1 ? 'it' : 'them'}, then the rules below follow (npm run scenarios:check -- <file>):`,
    pass: (rule: string) => `  ✓ ${rule}`,
    fail: (rule: string) => `  ✗ ${rule}`,
    summary: (files: number, failed: number) =>
      failed === 0
        ? `${files === 1 ? 'The file meets' : `All ${files} files meet`} every rule.`
        : `${files === 1 ? 'The file' : `${failed} of the ${files} files`} ${failed === 1 ? 'does' : 'do'} not meet every rule yet.`,
  },
}[lang];

for (const target of missing) console.error(say.missing(target));
if (files.length === 0) {
  console.error(say.none);
  process.exit(1);
}

const thesis = readThesis();
let failedFiles = 0;
for (const file of files) {
  const { file: name, result } = checkScenarioFile(file, { names: SHOWN_NAMES, thesis });
  console.log(say.file(name));
  if (!result.scenario) {
    failedFiles += 1;
    console.log(say.checker(result.problems.length));
    for (const p of result.problems) console.log(`    ${formatProblem(p, lang)}`);
    continue;
  }
  const results = checkLibraryRules(result.scenario);
  for (const r of results) console.log((r.ok ? say.pass : say.fail)(describeRule(r, lang)));
  if (results.some((r) => !r.ok)) failedFiles += 1;
}
console.log(`\n${say.summary(files.length, failedFiles)}`);
process.exit(failedFiles > 0 || missing.length > 0 ? 1 : 0);
