import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/domain/problems.ts';
import { checkFile, ROOT } from '../support/scenarios.ts';

const f = 'tests/fixtures/broken/moods.yaml';
const messages = (lang: 'nl' | 'en') => checkFile(join(ROOT, f)).problems.map((p) => formatProblem(p, lang));
const FIGURES_KNOWN =
  'wethouder-vrouw, wethouder-man, teamleider-vrouw, teamleider-man, collega-vrouw, collega-man, inwoner-vrouw, inwoner-man, raadslid-vrouw, raadslid-man, dataspecialist-vrouw, dataspecialist-man';

describe('moods and figures in a scenario file', () => {
  it('reports an unknown figure, an unknown mood and a mood nobody can show, each at its line', () => {
    expect(messages('en')).toEqual([
      `${f}:15:121  characters.wethouder.figure: Unknown figure "burgemeester". Known: ${FIGURES_KNOWN}. [unknown-id]`,
      `${f}:22:11  beats.begin.mood: Unknown mood "boos". Known: neutraal, blij, bezorgd, ontstemd. [unknown-id]`,
      `${f}:28:11  beats.keuze.mood: A mood changes the face of whoever speaks the beat, but the narrator is not on the stage. Let a character speak the beat, or remove the mood. [mood-without-figure]`,
      `${f}:47:17  beats.keuze.decision.choices[1].mood: A mood changes the face of whoever speaks the beat, but the narrator is not on the stage. Let a character speak the beat, or remove the mood. [mood-without-figure]`,
    ]);
    expect(checkFile(join(ROOT, f)).scenario).toBeUndefined();
  });

  it('says the same in Dutch', () => {
    expect(messages('nl').slice(1, 3)).toEqual([
      `${f}:22:11  beats.begin.mood: Onbekende stemming "boos". Bekend: neutraal, blij, bezorgd, ontstemd. [unknown-id]`,
      `${f}:28:11  beats.keuze.mood: Een stemming ("mood") verandert het gezicht van wie de beat uitspreekt, maar de verteller staat niet op het toneel. Laat een personage de beat uitspreken, of haal de stemming weg. [mood-without-figure]`,
    ]);
  });
});
