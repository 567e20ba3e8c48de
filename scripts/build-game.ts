import { join } from 'node:path';
import { build, loadConfigFromFile, type PluginOption } from 'vite';
import { scenarioCatalog } from './vite-scenario-plugin.ts';

const ROOT = join(import.meta.dirname, '..');

export interface BuildOptions {
  /** A folder of scenario files to build in place of scenarios/. */
  readonly scenarios?: string;
  readonly outDir: string;
  /** With the offline worker (sw.js), as the game is served; without it inside an LMS, which serves its own copy. */
  readonly offline: boolean;
}

/** The game built with the project's own Vite config, the library swapped when another is asked for. */
export const buildGame = async ({ scenarios, outDir, offline }: BuildOptions) => {
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production', isSsrBuild: false, isPreview: false },
    join(ROOT, 'vite.config.ts'),
  );
  if (!loaded) throw new Error('vite.config.ts could not be read');
  const flatten = (list: readonly PluginOption[]): PluginOption[] =>
    list.flatMap((p) => (Array.isArray(p) ? flatten(p) : [p]));
  const named = (p: PluginOption) => (p && typeof p === 'object' && 'name' in p ? p.name : undefined);
  await build({
    ...loaded.config,
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: flatten(loaded.config.plugins ?? [])
      .filter((p) => offline || named(p) !== 'offline-cache')
      .map((p) => (scenarios && named(p) === 'scenario-catalog' ? scenarioCatalog({ scenarios }) : p)),
    build: { ...loaded.config.build, outDir, emptyOutDir: true },
  });
};
