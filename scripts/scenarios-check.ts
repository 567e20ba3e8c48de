/**
 * `npm run scenarios:check [--lang en] [files or folders…]` — checks scenario files and reports every
 * problem with file and line. Defaults to the scenarios/ folder. Exits non-zero when anything is wrong.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkScenario } from '../src/domain/check-scenario.ts';
import { formatProblem, type Problem } from '../src/domain/problems.ts';
import { scenarioArgs } from './scenario-args.ts';

const { lang, files, missing } = scenarioArgs(process.argv.slice(2));

const say = {
  nl: {
    missing: (t: string) => `${t}: bestaat niet`,
    none: 'Geen scenariobestanden (.yaml) gevonden.',
    ok: (f: string) => `✓ ${f}`,
    summary: (files: number, problems: number) =>
      `${files} ${files === 1 ? 'bestand' : 'bestanden'} gecontroleerd, ${problems} ${problems === 1 ? 'probleem' : 'problemen'}.`,
  },
  en: {
    missing: (t: string) => `${t}: does not exist`,
    none: 'No scenario files (.yaml) found.',
    ok: (f: string) => `✓ ${f}`,
    summary: (files: number, problems: number) =>
      `${files} ${files === 1 ? 'file' : 'files'} checked, ${problems} ${problems === 1 ? 'problem' : 'problems'}.`,
  },
}[lang];

for (const target of missing) console.error(say.missing(target));
const failed = missing.length > 0;

if (files.length === 0) {
  console.error(say.none);
  process.exit(1);
}

const problems: Problem[] = [];
for (const file of files) {
  const name = relative(process.cwd(), file).replaceAll('\\', '/');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    problems.push({
      file: name,
      line: 1,
      column: 1,
      path: '',
      code: 'read-failed',
      params: { detail: String(error) },
    });
    continue;
  }
  const result = checkScenario(name, text);
  if (result.problems.length === 0) console.log(say.ok(name));
  problems.push(...result.problems);
}
for (const p of problems) console.log(formatProblem(p, lang));
console.log(say.summary(files.length, problems.length));
process.exit(problems.length > 0 || failed ? 1 : 0);
