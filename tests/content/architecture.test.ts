import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/scenarios.ts';

const sources = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe('rules stay replayable', () => {
  it.each(['src/domain', 'src/machines'])('%s reads no clock and no randomness of its own', (dir) => {
    const offenders = sources(dir).filter((file) =>
      /Math\.random\(|Date\.now\(|new Date\(|performance\.now\(|crypto\.getRandomValues/.test(
        readFileSync(join(ROOT, file), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
