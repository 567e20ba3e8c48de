/**
 * `npm run scenarios:new -- <id> [--lang en] [--dir <folder>]` — writes <folder>/<id>.yaml (default
 * scenarios/) from a short, commented template that passes `scenarios:check` and `scenarios:test`.
 * Never overwrites a file; the id must have the shape of every id (lower-case words joined by "-").
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ID_PATTERN } from '../src/domain/ids.ts';
import { isLang, type Lang } from '../src/domain/text.ts';
import { SCENARIO_TEMPLATE } from './scenario-template.ts';

const args = process.argv.slice(2);
const take = (option: string): string | undefined => {
  const i = args.indexOf(option);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const langArg = take('--lang');
const lang: Lang = isLang(langArg) ? langArg : 'nl';
const dir = take('--dir') ?? 'scenarios';
const [id, ...rest] = args;

const say = {
  nl: {
    usage:
      'Gebruik: npm run scenarios:new -- <id>   (bijvoorbeeld: npm run scenarios:new -- de-open-dataset)',
    badId: (v: string) =>
      `"${v}" is geen geldige id: gebruik kleine letters, cijfers en "-" (zoals "de-open-dataset"), zonder spaties.`,
    exists: (f: string) =>
      `${f} bestaat al; er is niets overschreven. Kies een andere id, of bewerk dat bestand.`,
    failed: (f: string, e: string) => `${f} kon niet worden geschreven: ${e}`,
    done: (f: string) =>
      `${f} is gemaakt. Vervang de teksten door je eigen verhaal en controleer na elke wijziging:\n  npm run scenarios:check -- ${f}\n  npm run scenarios:test -- ${f}`,
  },
  en: {
    usage: 'Usage: npm run scenarios:new -- <id>   (for example: npm run scenarios:new -- the-open-dataset)',
    badId: (v: string) =>
      `"${v}" is not a valid id: use lower-case letters, digits and "-" (such as "the-open-dataset"), no spaces.`,
    exists: (f: string) =>
      `${f} already exists; nothing was overwritten. Choose another id, or edit that file.`,
    failed: (f: string, e: string) => `${f} could not be written: ${e}`,
    done: (f: string) =>
      `${f} has been made. Replace the texts with your own story and check after every change:\n  npm run scenarios:check -- --lang en ${f}\n  npm run scenarios:test -- --lang en ${f}`,
  },
}[lang];

if (!id || rest.length || id.startsWith('-')) {
  console.error(say.usage);
  process.exit(1);
}
if (!ID_PATTERN.test(id)) {
  console.error(say.badId(id));
  process.exit(1);
}
const file = relative(process.cwd(), join(dir, `${id}.yaml`)).replaceAll('\\', '/');
try {
  mkdirSync(dir, { recursive: true });
  // 'wx': fails when the file exists, so an author's work is never replaced.
  writeFileSync(file, SCENARIO_TEMPLATE.replaceAll('{{id}}', id), { encoding: 'utf8', flag: 'wx' });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EEXIST' ? say.exists(file) : say.failed(file, String(error)));
  process.exit(1);
}
console.log(say.done(file));
