import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isLang, type Lang } from '../src/domain/text.ts';

/** `[--lang en] [files or folders…]` as the scenario scripts take them; folders default to scenarios/. */
export const scenarioArgs = (argv: readonly string[]) => {
  const args = [...argv];
  const langIndex = args.indexOf('--lang');
  const langArg = langIndex >= 0 ? args.splice(langIndex, 2)[1] : undefined;
  const lang: Lang = isLang(langArg) ? langArg : 'nl';
  const targets = args.length ? args : ['scenarios'];
  const files: string[] = [];
  const missing: string[] = [];
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
  return { lang, files, missing };
};
