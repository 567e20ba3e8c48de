/**
 * `npm run scenarios:check -- [--lang en] [--strict] [files or folders…]` — checks scenario files and
 * reports every problem with file and line, and every quote and section against the thesis. Defaults
 * to the scenarios/ folder. Exits non-zero when anything is wrong (with `--strict` also on a warning).
 */
import { refuseDuplicateIds } from '../src/domain/check-scenario.ts';
import { formatProblem, type Problem } from '../src/domain/problems.ts';
import { SHOWN_NAMES } from '../src/locales/shown-names.ts';
import { checkScenarioFile, inCi, readThesis, scenarioArgs, THESIS_PATH } from './scenario-args.ts';

const { lang, strict, files, missing } = scenarioArgs(process.argv.slice(2));

const say = {
  nl: {
    missing: (t: string) =>
      t.startsWith('--')
        ? `${t}: onbekende optie (wel: --lang en, --strict)`
        : `${t}: bestaat niet${t === 'en' || t === 'nl' ? ' (bedoel je --lang? Zet dan -- na het commando: npm run scenarios:check -- --lang en …)' : ''}`,
    none: 'Geen scenariobestanden (.yaml) gevonden.',
    ok: (f: string) => `✓ ${f}`,
    noThesis: (path: string) =>
      `!!! DE THESIS IS NIET GEVONDEN (${path}): CITATEN EN PARAGRAFEN ZIJN NIET GECONTROLEERD. Haal het bestand terug (git checkout -- docs/research).`,
    summary: (files: number, problems: number, warnings: number) =>
      `${files} ${files === 1 ? 'bestand' : 'bestanden'} gecontroleerd, ${problems} ${problems === 1 ? 'probleem' : 'problemen'}${warnings ? `, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}` : ''}.`,
    strict: 'Met --strict telt een waarschuwing als probleem.',
  },
  en: {
    missing: (t: string) =>
      t.startsWith('--')
        ? `${t}: unknown option (known: --lang en, --strict)`
        : `${t}: does not exist${t === 'en' || t === 'nl' ? ' (did you mean --lang? Then put -- after the command: npm run scenarios:check -- --lang en …)' : ''}`,
    none: 'No scenario files (.yaml) found.',
    ok: (f: string) => `✓ ${f}`,
    noThesis: (path: string) =>
      `!!! THE THESIS WAS NOT FOUND (${path}): QUOTES AND SECTIONS WERE NOT CHECKED. Restore the file (git checkout -- docs/research).`,
    summary: (files: number, problems: number, warnings: number) =>
      `${files} ${files === 1 ? 'file' : 'files'} checked, ${problems} ${problems === 1 ? 'problem' : 'problems'}${warnings ? `, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''}.`,
    strict: 'With --strict a warning counts as a problem.',
  },
}[lang];

for (const target of missing) console.error(say.missing(target));

if (files.length === 0) {
  console.error(say.none);
  process.exit(1);
}

const thesis = readThesis();
if (thesis === undefined) console.error(say.noThesis(THESIS_PATH));

// Checked together: a scenario id used by two files (x.yaml and x.yml) is reported at the second.
const checked = files.map((file) => checkScenarioFile(file, { names: SHOWN_NAMES, thesis }));
const problems: Problem[] = [];
const warnings: Problem[] = [];
refuseDuplicateIds(checked).forEach((result, i) => {
  if (result.problems.length === 0) console.log(say.ok(checked[i]!.file));
  problems.push(...result.problems);
  warnings.push(...(result.problems.length ? [] : (result.warnings ?? [])));
});
for (const p of [...problems, ...warnings]) console.log(formatProblem(p, lang));
console.log(say.summary(files.length, problems.length, warnings.length));
if (strict && warnings.length && !problems.length) console.log(say.strict);
const failed =
  problems.length > 0 ||
  missing.length > 0 ||
  (strict && warnings.length > 0) ||
  (thesis === undefined && inCi());
process.exit(failed ? 1 : 0);
