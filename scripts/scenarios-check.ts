/**
 * `npm run scenarios:check [--lang en] [files or folders…]` — checks scenario files and reports every
 * problem with file and line. Defaults to the scenarios/ folder. Exits non-zero when anything is wrong.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { type CheckedFile, checkScenario, refuseDuplicateIds } from '../src/domain/check-scenario.ts';
import { formatProblem, type Problem } from '../src/domain/problems.ts';
import { decodeScenario } from '../src/domain/text-bytes.ts';
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

/** Reads the bytes, so that a file that is not UTF-8 is reported at its first bad byte, not silently repaired. */
const checkFile = (file: string): CheckedFile => {
  const name = relative(process.cwd(), file).replaceAll('\\', '/');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const problem: Problem = {
      file: name,
      line: 1,
      column: 1,
      path: '',
      code: 'read-failed',
      params: { detail: String(error) },
    };
    return { file: name, text: '', result: { problems: [problem] } };
  }
  const decoded = decodeScenario(name, bytes);
  if ('problem' in decoded) return { file: name, text: '', result: { problems: [decoded.problem] } };
  return { file: name, text: decoded.text, result: checkScenario(name, decoded.text) };
};

// Checked together: a scenario id used by two files (x.yaml and x.yml) is reported at the second.
const checked = files.map(checkFile);
const problems: Problem[] = [];
refuseDuplicateIds(checked).forEach((result, i) => {
  if (result.problems.length === 0) console.log(say.ok(checked[i]!.file));
  problems.push(...result.problems);
});
for (const p of problems) console.log(formatProblem(p, lang));
console.log(say.summary(files.length, problems.length));
process.exit(problems.length > 0 || failed ? 1 : 0);
