import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/scenarios.ts';

/*
 * The README and package.json say which Node.js the game needs. Every package installed (the lock file
 * says which, and which Node each asks for) must run on the oldest Node that promise allows, so the
 * promise is honest.
 */
const json = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const promised: string = json('package.json').engines.node;
const oldest = semver.minVersion(promised)!.version;

describe('the Node.js the game promises', () => {
  it('is what the README says', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`Node.js ${oldest.replace(/\.0$/, '')} or newer`);
  });

  it('is enough for every package in the lock file', () => {
    const packages: Record<string, { engines?: { node?: string } }> = json('package-lock.json').packages;
    const asking = Object.entries(packages)
      .filter(([path, p]) => path && p.engines?.node && !semver.satisfies(oldest, p.engines.node))
      .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')} wants Node ${p.engines!.node}`);
    expect(asking, `Node ${oldest} (package.json: ${promised})`).toEqual([]);
  });

  it('includes the Node running these tests', () => {
    expect(semver.satisfies(process.versions.node, promised)).toBe(true);
  });
});
