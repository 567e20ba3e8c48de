import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/domain/check-scenario.ts';
import type { Scenario } from '../../src/domain/scenario.ts';
import { playStage } from '../../src/scenes/stage-view.ts';
import { MINI } from '../support/scenarios.ts';

/** The mini scenario with moods: worried while asking, pleased by one choice, annoyed in one context. */
const withMoods = (): Scenario => {
  const text = readFileSync(MINI, 'utf8')
    .replace('text: { nl: Wat doe je?, en: What do you do? }', '$&\n    mood: bezorgd')
    .replace('consequence: { nl: Open gedaan., en: Done openly. }', '$&\n          mood: blij')
    .replace(
      'consequence: { nl: "Open gedaan, zonder rugdekking.", en: "Done openly, without cover." }',
      '$&\n              mood: ontstemd',
    );
  const { scenario, problems } = checkScenario('tests/fixtures/valid/mini.yaml', text);
  expect(problems).toEqual([]);
  return scenario!;
};

const play = (view: ReturnType<typeof playStage>) => {
  if (view.scene !== 'play') throw new Error(`expected the play scene, got ${view.scene}`);
  return view;
};

describe('the stage of a beat', () => {
  const scenario = withMoods();
  const ask = scenario.beats.keuze!;
  const choice = (id: string) => {
    if (ask.kind !== 'decision') throw new Error('keuze is a decision');
    return ask.decision.choices.find((c) => c.id === id)!;
  };

  it("shows the speaker's figure with the beat's own mood while the beat is read", () => {
    const view = play(playStage(scenario, ask, {}));
    expect(view.speaker).toMatchObject({ id: 'wethouder', narrator: false, mood: 'bezorgd' });
    expect(view.speaker.figure).toBe(scenario.characters.wethouder!.figure);
    expect(view.consequence).toBeUndefined();
  });

  it("changes to the choice's mood while its consequence is shown, and marks the consequence", () => {
    const view = play(playStage(scenario, ask, { vertrouwen: 10 }, { choice: choice('open'), variant: -1 }));
    expect(view.speaker.mood).toBe('blij');
    expect(view.consequence).toBe(true);
  });

  it('takes the mood of the variant that applied, when it names one', () => {
    const view = play(playStage(scenario, ask, {}, { choice: choice('open'), variant: 0 }));
    expect(view.speaker.mood).toBe('ontstemd');
  });

  it('keeps the beat mood for a consequence without a mood of its own', () => {
    const view = play(playStage(scenario, ask, { steun: 10 }, { choice: choice('stil') }));
    expect(view.speaker.mood).toBe('bezorgd');
  });

  it('draws nobody for the narrator, and a beat without a mood is neutral', () => {
    const view = play(playStage(scenario, scenario.beats.begin!, {}));
    expect(view.speaker.narrator).toBe(true);
    expect(view.speaker.figure).toBeUndefined();
    expect(view.speaker.mood).toBe('neutraal');
  });
});
