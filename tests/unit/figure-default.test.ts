import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/domain/check-scenario.ts';
import { defaultFigure, figureRoleOf } from '../../src/domain/default-figure.ts';
import { FIGURES } from '../../src/domain/vocabulary.ts';
import { MINI } from '../support/scenarios.ts';

describe('the figure of a character that names none', () => {
  it.each([
    ['wethouder Wonen en Bedrijfsvoering', 'wethouder'],
    ['raadslid, partij van de vorige wethouder', 'raadslid'],
    ['teamleider Data & Analyse, je leidinggevende', 'teamleider'],
    ['hoofd afdeling Samenleving', 'teamleider'],
    ['gemeentesecretaris en algemeen directeur', 'teamleider'],
    ['GIS-specialist, medeoprichter van het datalab', 'dataspecialist'],
    ['voorzitter van de bewonersvereniging Havenwijk', 'inwoner'],
    ['jongerenwerker in de Bomenbuurt', 'collega'],
    ['trainee, 23 jaar', 'collega'],
  ])('reads "%s" as a %s', (role, kind) => {
    expect(figureRoleOf(role)).toBe(kind);
  });

  it('takes the first of its kind that is still free, then any free figure', () => {
    expect(defaultFigure('wethouder', [])).toBe('wethouder-vrouw');
    expect(defaultFigure('wethouder', ['wethouder-vrouw'])).toBe('wethouder-man');
    expect(defaultFigure('wethouder', ['wethouder-vrouw', 'wethouder-man'])).toBe(
      FIGURES.find((f) => !f.startsWith('wethouder-')),
    );
  });

  it('is given by the checker, after the figures the file names itself', () => {
    const text = readFileSync(MINI, 'utf8').replace(
      'characters:\n',
      'characters:\n  andere:\n    name: { nl: Andere, en: Other }\n    role: { nl: wethouder, en: alderman }\n    colour: "#884422"\n    figure: wethouder-vrouw\n',
    );
    const { scenario, problems } = checkScenario('tests/fixtures/valid/mini.yaml', text);
    expect(problems).toEqual([]);
    // "wethouder" is listed after "andere", which took the first alderman already.
    expect(scenario!.characters.andere!.figure).toBe('wethouder-vrouw');
    expect(scenario!.characters.wethouder!.figure).toBe('wethouder-man');
  });
});
