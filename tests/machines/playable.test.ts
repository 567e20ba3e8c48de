import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/domain/scenario.ts';
import { splitPlayable } from '../../src/machines/playable.ts';
import { createSessionPort } from '../../src/machines/session-port.ts';
import { loadValid, MINI } from '../support/scenarios.ts';

const mini = loadValid(MINI);

describe('scenarios that fail to compile', () => {
  it('are set apart with their error, and the rest stay playable', () => {
    // What the checker should never let through, made by hand: a start beat that does not exist.
    const broken: Scenario = { ...mini, id: 'kapot', file: 'scenarios/kapot.yaml', start: 'nergens' };
    const { playable, failed } = splitPlayable([broken, mini]);
    expect(playable.map((s) => s.id)).toEqual(['mini']);
    expect(failed.map((f) => f.scenario.id)).toEqual(['kapot']);
    expect(String(failed[0]!.error)).toMatch(/nergens/);
    const port = createSessionPort(playable);
    port.send({ type: 'session.start' });
    port.send({ type: 'scenario.pick', scenario: 'mini' });
    expect(port.view().screen).toBe('playing');
  });
});
