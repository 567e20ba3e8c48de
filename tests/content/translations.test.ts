import { describe, expect, it } from 'vitest';
import {
  COMPETENCIES,
  LAYERS,
  METERS,
  MUNICIPALITY_SIZES,
  PLACES,
  PRECONDITIONS,
  ROLES,
  STRATEGIES,
  TENSION_POLES,
  TENSIONS,
} from '../../src/domain/vocabulary.ts';
import { en } from '../../src/locales/en.ts';
import { nl } from '../../src/locales/nl.ts';

type Tree = { readonly [key: string]: string | Tree };

const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v]] : leaves(v, `${prefix}${k}.`),
  );

const nlLeaves = new Map(leaves(nl));
const enLeaves = new Map(leaves(en as Tree));

describe('interface words', () => {
  it('have exactly the same keys in Dutch and English', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...nlLeaves.keys()].sort());
  });

  it('are never empty, and every placeholder of the Dutch text is used in the English one', () => {
    for (const [key, text] of nlLeaves) {
      expect(text.trim(), `nl ${key}`).not.toBe('');
      const other = enLeaves.get(key) ?? '';
      expect(other.trim(), `en ${key}`).not.toBe('');
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(other), `placeholders of ${key}`).toEqual(placeholders(text));
    }
  });

  it('are really translated: no English text is a copy of the Dutch, except names', () => {
    const sameAllowed = new Set([
      'lang.nl',
      'lang.en',
      'meter.energie',
      'debrief.quoteBy',
      'debrief.direction.by',
      // Only numbers and parts joined by commas; "scenario" is the same word in both languages.
      'progress.summary',
      'progress.summaryScenarios_one',
      'debrief.respondent',
      'play.meterChange',
      'layer.npm',
      // The studio's lines made only of placeholders (and "Zoom", the same word in both).
      'studio.graph.zoom',
      'studio.graph.reaches',
      'studio.graph.node',
    ]);
    const copies = [...nlLeaves].filter(
      ([k, v]) => enLeaves.get(k) === v && !sameAllowed.has(k) && v.length > 12,
    );
    expect(copies).toEqual([]);
  });

  const vocabulary: [string, readonly string[]][] = [
    ['competency', COMPETENCIES],
    ['layer', LAYERS],
    ['tension', TENSIONS],
    ['pole', [...new Set(Object.values(TENSION_POLES).flat()), 'midden']],
    ['strategy', STRATEGIES],
    ['strategyExplain', STRATEGIES],
    ['precondition', PRECONDITIONS],
    ['meter', METERS],
    ['meterExplain', METERS],
    ['role', ROLES],
    ['municipality', MUNICIPALITY_SIZES],
    ['place', PLACES],
  ];
  it.each(vocabulary)('name every %s of the research vocabulary in both languages', (group, ids) => {
    for (const id of ids) {
      expect(nlLeaves.get(`${group}.${id}`), `nl ${group}.${id}`).toBeTruthy();
      expect(enLeaves.get(`${group}.${id}`), `en ${group}.${id}`).toBeTruthy();
    }
  });
});
