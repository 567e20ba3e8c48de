import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSessionMachine } from '../../src/machines/session-machine.ts';
import { SCREENS } from '../../src/ui/screens/index.ts';
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

describe('one place for each thing', () => {
  const all = sources('src');

  it('applies the rules of play (routes, effects, flags) only in the rule engine', () => {
    const users = all.filter(
      (file) =>
        !file.endsWith(join('domain', 'world.ts')) &&
        /\b(chooseRoute|applyEffects|addFlags)\(/.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(users).toEqual([join('src', 'domain', 'play-state.ts')]);
  });

  it('has a screen registry entry for every state of the session, and no other', () => {
    const states = Object.keys(createSessionMachine([]).config.states ?? {}).sort();
    expect(Object.keys(SCREENS).sort()).toEqual(states);
  });

  it('names no test folder in the game’s own code', () => {
    const offenders = all.filter((file) => /['"`/]tests\//.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
