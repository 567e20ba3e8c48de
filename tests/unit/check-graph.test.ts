import { describe, expect, it } from 'vitest';
import { checkGraph, type Skeleton } from '../../src/domain/check-graph.ts';
import { checkScenario, LIMITS } from '../../src/domain/check-scenario.ts';

/** b0 → b1 → … → b(n-1), the last an ending unless told otherwise. */
const chain = (n: number, ending = true): Skeleton =>
  new Map(
    Array.from({ length: n }, (_, i) => [
      `b${i}`,
      { ending: ending && i === n - 1, next: i < n - 1 ? [`b${i + 1}`] : [] },
    ]),
  );

describe('the beat graph check', () => {
  it('walks a chain of 100,000 beats without running out of stack', () => {
    expect(checkGraph(chain(100_000), 'b0')).toEqual([]);
  });

  it('finds a loop of 100,000 beats once, and every beat on it without an ending', () => {
    const beats = new Map(chain(100_000, false));
    beats.set('b99999', { ending: false, next: ['b0'] });
    const issues = checkGraph(beats, 'b0');
    const loops = issues.filter((i) => i.code === 'cycle');
    expect(loops).toHaveLength(1);
    expect(loops[0]).toMatchObject({ beat: 'b99999' });
    expect(loops[0]?.code === 'cycle' && loops[0].path.length).toBe(100_001);
    expect(issues.filter((i) => i.code === 'no-ending')).toHaveLength(100_000);
  });

  it('reports in the order of the file, each loop by the edge that closes it, a repeated route once', () => {
    const beats: Skeleton = new Map([
      ['begin', { ending: false, next: ['heen', 'heen'] }],
      ['heen', { ending: false, next: ['terug'] }],
      ['terug', { ending: false, next: ['heen', 'heen', 'einde'] }],
      ['los', { ending: false, next: ['einde'] }],
      ['einde', { ending: true, next: [] }],
    ]);
    expect(checkGraph(beats, 'begin')).toEqual([
      { code: 'unreachable', beat: 'los' },
      { code: 'cycle', beat: 'terug', path: ['heen', 'terug', 'heen'] },
    ]);
  });

  it('treats names of Object.prototype as plain beat ids', () => {
    const beats: Skeleton = new Map([
      ['constructor', { ending: false, next: ['toString', '__proto__'] }],
      ['toString', { ending: true, next: [] }],
    ]);
    expect(checkGraph(beats, 'constructor')).toEqual([]);
    expect(checkGraph(beats, 'hasOwnProperty')).toEqual([
      { code: 'unreachable', beat: 'constructor' },
      { code: 'unreachable', beat: 'toString' },
    ]);
  });
});

/** A scenario whose beats form one chain of n beats, as YAML text. */
const chainScenario = (n: number): string =>
  [
    'id: keten',
    'title: { nl: Keten, en: Chain }',
    'summary: { nl: Een lange keten., en: A long chain. }',
    'minutes: 5',
    'role: data-ambtenaar',
    'setting: { municipality: groot, maturity: 2, description: { nl: Groot., en: Large. } }',
    'sources: [{ id: r4, respondent: R4, section: "4.3.1" }]',
    'start: b0',
    'beats:',
    ...Array.from({ length: n }, (_, i) =>
      i < n - 1
        ? `  b${i}: { place: kantoor, speaker: jij, text: { nl: a, en: a }, next: b${i + 1} }`
        : `  b${i}: { place: kantoor, speaker: jij, text: { nl: a, en: a }, ending: { title: { nl: E, en: E } } }`,
    ),
  ].join('\n');

describe('a scenario with a long chain of beats', () => {
  it('checks a chain of 10,000 beats without throwing (how fast: npm run bench)', () => {
    const text = chainScenario(10_000);
    const started = performance.now();
    // 10,000 beats take about 780 KB: more than a scenario file may be, so the size limit is lifted.
    const result = checkScenario('keten.yaml', text, { ...LIMITS, fileBytes: Number.POSITIVE_INFINITY });
    const ms = performance.now() - started;
    expect(result.problems).toEqual([]);
    expect(Object.keys(result.scenario?.beats ?? {})).toHaveLength(10_000);
    console.info(`10,000-beat chain (${Math.round(text.length / 1024)} KB) checked in ${Math.round(ms)} ms`);
  }, 60_000);

  it('refuses the same chain by its size under the normal limits, before reading it', () => {
    expect(checkScenario('keten.yaml', chainScenario(10_000)).problems.map((p) => p.code)).toEqual([
      'file-too-large',
    ]);
  });
});
