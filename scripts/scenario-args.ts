import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CheckedFile, CheckOptions } from '../src/domain/check-scenario.ts';
import { checkScenario } from '../src/domain/check-scenario.ts';
import type { Problem } from '../src/domain/problems.ts';
import { isLang, type Lang } from '../src/domain/text.ts';
import { decodeScenario } from '../src/domain/text-bytes.ts';

/**
 * `[--lang en] [--strict] [files or folders…]` as the scenario scripts take them; folders default to
 * scenarios/. An option the scripts do not know is never taken for a file: it is in `missing`.
 */
export const scenarioArgs = (argv: readonly string[]) => {
  const args = [...argv];
  const langIndex = args.indexOf('--lang');
  const langArg = langIndex >= 0 ? args.splice(langIndex, 2)[1] : undefined;
  const lang: Lang = isLang(langArg) ? langArg : 'nl';
  const strictIndex = args.indexOf('--strict');
  const strict = strictIndex >= 0;
  if (strict) args.splice(strictIndex, 1);
  const missing = args.filter((a) => a.startsWith('--'));
  const named = args.filter((a) => !a.startsWith('--'));
  const targets = named.length || missing.length ? named : ['scenarios'];
  const files: string[] = [];
  for (const target of targets) {
    let isFolder: boolean;
    try {
      isFolder = statSync(target).isDirectory();
    } catch {
      missing.push(target);
      continue;
    }
    if (!isFolder) files.push(target);
    else
      files.push(
        ...readdirSync(target)
          .filter((f) => /\.ya?ml$/.test(f))
          .sort()
          .map((f) => join(target, f)),
      );
  }
  return { lang, strict, files, missing };
};

/**
 * The thesis every quote is checked against, kept in the repository (docs/research/README.md);
 * SCENARIOS_THESIS names another copy (the test of a missing thesis uses it).
 */
export const THESIS_PATH =
  process.env.SCENARIOS_THESIS ??
  join(import.meta.dirname, '..', 'docs', 'research', 'thesis-open-ambtenaar-2019.txt');

/** The thesis text, or undefined when it cannot be read (the caller says so, loudly). */
export const readThesis = (path = THESIS_PATH): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/** Under CI a check that could not be made fails; on an author's machine it is said loudly and goes on. */
export const inCi = (): boolean => !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

/** Reads the bytes, so that a file that is not UTF-8 is reported at its first bad byte, not silently repaired. */
export const checkScenarioFile = (file: string, options: CheckOptions): CheckedFile => {
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
  return { file: name, text: decoded.text, result: checkScenario(name, decoded.text, undefined, options) };
};
