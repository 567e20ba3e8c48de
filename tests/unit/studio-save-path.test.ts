import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioSavePath } from '../../scripts/vite-studio-plugin.ts';

describe('where the studio’s Save may write in npm run dev', () => {
  const library = mkdtempSync(join(tmpdir(), 'studio-save-'));

  it('writes a plain scenario file directly in the library folder', () => {
    expect(scenarioSavePath(library, 'scenarios/mijn-scenario.yaml')).toBe(
      join(library, 'mijn-scenario.yaml'),
    );
    expect(scenarioSavePath(library, 'scenarios/a1.yaml')).toBe(join(library, 'a1.yaml'));
  });

  it('refuses every other path, however it is written', () => {
    const refused: unknown[] = [
      'scenarios/../package.json',
      'scenarios/../../etc/passwd.yaml',
      '../scenarios/x.yaml',
      '/etc/x.yaml',
      'scenarios//x.yaml',
      'scenarios/sub/x.yaml',
      'scenarios\\x.yaml',
      'scenarios/..\\x.yaml',
      'scenarios/x.yml',
      'scenarios/x.yaml.js',
      'scenarios/X.yaml',
      'scenarios/.yaml',
      'scenarios/x y.yaml',
      'scenarios/x%2F..yaml',
      'src/x.yaml',
      'x.yaml',
      'scenarios/',
      '',
      42,
      undefined,
      null,
      { file: 'scenarios/x.yaml' },
    ];
    for (const path of refused) expect(scenarioSavePath(library, path), String(path)).toBeUndefined();
  });
});
