import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { PutResult } from '../../src/adapters/draft-store.ts';
import type { PhonesInfo } from '../../src/adapters/room-phones.ts';
import { RECOMMENDATIONS } from '../../src/domain/debrief.ts';
import type { ProgressReading } from '../../src/domain/progress.ts';
import { INCOMING_NAMES, OUTGOING } from '../../src/domain/room-protocol.ts';
import type { RoomRule } from '../../src/domain/room-vote.ts';
import type { Beat } from '../../src/domain/scenario.ts';
import { LANGS } from '../../src/domain/text.ts';
import {
  BALANCED,
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
import { nl } from '../../src/locales/nl.ts';
import type { GroupPhase } from '../../src/machines/group-machine.ts';
import { SHORTCUTS } from '../../src/ui/group-keys.ts';
import { ORGANISATION_REFLECTION, REFLECTION } from '../../src/ui/reflection-questions.ts';
import { ROOT } from '../support/scenarios.ts';

/*
 * Every interface word in the Dutch tree is used somewhere in `src`, and every word `src` asks for is
 * there. The source is read as text (parsed, never run):
 *
 * - static keys: the string literals in the first argument of a call to `t` (`t('a.b')`, `ui.t(...)`,
 *   `i18n.t(...)`, also both branches of `t(c ? 'a.b' : 'a.c')`);
 * - keys handed over as values: any other string literal shaped like a key (`'room.buttons.blank'` in an
 *   array, `'choose.back'` in a parameter's type) whose first part names a group of the Dutch tree.
 *   Event names share that shape, so a literal outside `t(...)` spelled like the `type` of some event
 *   (`{ type: 'group.back' }` in a value or a type anywhere in src) does not count: that also leaves out
 *   `on: { 'group.next': ... }`, `event.type === 'play.resume'` and `actor.on('play.finished', ...)`;
 * - dynamic keys: a template literal `t(`prefix.${id}`)`. Its prefix must be listed in DYNAMIC below,
 *   with the ids the source can really put after it. Only those ids count as used, and each must exist.
 */

type Tree = { readonly [key: string]: string | Tree };

const leaves = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`),
  );

/** i18next picks `key_one`, `key_other`, … when `t('key', { count })` is called: they are one key. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKey = (leaf: string) => leaf.replace(PLURAL, '');
const dutchKeys = new Set(leaves(nl).map(baseKey));
const groups = new Set(Object.keys(nl));

/**
 * The ids of a union type that has no list at run time, spelled out here; `satisfies` makes the type
 * check (`npm run typecheck`, which covers tests/) fail when they drift from the type.
 */
const ids = (union: Readonly<Record<string, true>>) => Object.keys(union);
const GROUP_PHASES = ids({
  reading: true,
  present: true,
  discuss: true,
  tally: true,
  reveal: true,
  finished: true,
} satisfies Record<GroupPhase, true>);
const BEAT_KINDS = ids({ narration: true, decision: true, ending: true } satisfies Record<
  Beat['kind'],
  true
>);
const SAVE_REFUSALS = ids({
  unavailable: true,
  full: true,
  name: true,
  size: true,
} satisfies Record<Extract<PutResult, { ok: false }>['reason'], true>);
const PHONE_STATUSES = ids({
  checking: true,
  unavailable: true,
  failed: true,
} satisfies Record<Exclude<PhonesInfo['status'], 'open'>, true>);
const PROGRESS_PROBLEMS = ids({
  unreadable: true,
  foreign: true,
  newer: true,
  damaged: true,
} satisfies Record<Extract<ProgressReading, { ok: false }>['reason'], true>);
const ROOM_RULES = ids({
  majority: true,
  'tie-break': true,
  override: true,
  'no-votes': true,
} satisfies Record<RoomRule, true>);

/**
 * The only prefixes a key may be built from, each with the ids that can follow it: a list from the
 * source, or LOCAL when every call site maps over an array literal of ids written beside it (read
 * from the call site itself). A new `t(`x.${...}`)` fails this test until it is added here.
 */
const LOCAL = 'local';
const DYNAMIC: Readonly<Record<string, readonly string[] | typeof LOCAL>> = {
  // The research vocabulary (src/domain/vocabulary.ts).
  'competency.': COMPETENCIES,
  'layer.': LAYERS,
  'tension.': TENSIONS,
  // A choice leans to one pole of its tension, or to the middle (`Side`).
  'pole.': [...new Set(Object.values(TENSION_POLES).flat()), BALANCED],
  'strategy.': STRATEGIES,
  'strategyExplain.': STRATEGIES,
  'precondition.': PRECONDITIONS,
  'meter.': METERS,
  'meterExplain.': METERS,
  'role.': ROLES,
  'municipality.': MUNICIPALITY_SIZES,
  'place.': PLACES,
  // The debrief's recommendations (src/domain/debrief.ts).
  'recommendation.': RECOMMENDATIONS,
  // The reflection questions, after the two parts of the interview guide (src/ui/reflection-questions.ts).
  'reflection.': REFLECTION,
  'reflection.org.': ORGANISATION_REFLECTION,
  // The room's shortcut overview, one line per entry of SHORTCUTS (src/ui/group-keys.ts).
  'room.key.': SHORTCUTS.map(([, action]) => action),
  // The group session's phases (GroupPhase): the next-button and the presenter's phase name.
  'group.next.': GROUP_PHASES,
  'presenter.phases.': GROUP_PHASES,
  // How the room's choice was settled (RoomRule).
  'group.rule.': ROOM_RULES,
  // Why stored or imported progress could not be read (ProgressReading's reason).
  'progress.problem.': PROGRESS_PROBLEMS,
  'progress.importProblem.': PROGRESS_PROBLEMS,
  // The language switch (LANGS).
  'lang.': LANGS,
  // Whether phones can join a group session (PhonesInfo's status other than an open room).
  'phones.status.': PHONE_STATUSES,
  // The studio (src/ui/studio/): a beat's kind, why a draft could not be kept, its two side views.
  'studio.graph.kind.': BEAT_KINDS,
  'studio.save.reasons.': SAVE_REFUSALS,
  'studio.view.': ['preview', 'graph'],
};

const sources = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return path === 'src/locales' ? [] : sources(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });

interface Use {
  readonly key: string;
  readonly at: string;
}
interface DynamicUse {
  readonly prefix: string;
  readonly at: string;
  /** The ids read from an array literal the call site maps over, if it does. */
  readonly local?: readonly string[];
  /** Set when the template is more than `prefix${id}`. */
  readonly shape?: string;
}

const KEY_SHAPE = /^[a-zA-Z]+(\.[\w-]+)+$/;
const isString = (n: ts.Node): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
  ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n);
const unwrap = (n: ts.Expression): ts.Expression =>
  ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isSatisfiesExpression(n)
    ? unwrap(n.expression)
    : n;
const isTranslateCall = (n: ts.Node): n is ts.CallExpression =>
  ts.isCallExpression(n) &&
  ((ts.isIdentifier(n.expression) && n.expression.text === 't') ||
    (ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 't'));

/** `['a', 'b']`, `(['a'] as const)`, or a const of this file bound to such an array. */
const arrayIds = (expr: ts.Expression, file: ts.SourceFile): string[] | undefined => {
  const e = unwrap(expr);
  if (ts.isArrayLiteralExpression(e))
    return e.elements.every(isString) ? e.elements.map((el) => (el as ts.StringLiteral).text) : undefined;
  if (!ts.isIdentifier(e)) return undefined;
  let found: string[] | undefined;
  const visit = (n: ts.Node) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === e.text && n.initializer)
      found = arrayIds(n.initializer, file);
    else ts.forEachChild(n, visit);
  };
  visit(file);
  return found;
};

/** For `list.map((id) => t(`p.${id}`))`, the ids of `list` when it is an array literal. */
const mappedIds = (id: ts.Expression, file: ts.SourceFile): string[] | undefined => {
  if (!ts.isIdentifier(id)) return undefined;
  for (let n: ts.Node | undefined = id.parent; n; n = n.parent) {
    if (!ts.isArrowFunction(n) && !ts.isFunctionExpression(n)) continue;
    const param = n.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === id.text);
    if (!param) continue;
    const call = n.parent;
    if (
      n.parameters.indexOf(param) === 0 &&
      ts.isCallExpression(call) &&
      call.arguments[0] === n &&
      ts.isPropertyAccessExpression(call.expression) &&
      ['map', 'flatMap', 'forEach'].includes(call.expression.name.text)
    )
      return arrayIds(call.expression.expression, file);
    return undefined;
  }
  return undefined;
};

/** The `type` of an event: `{ type: 'x.y' }` in a value or in a type. */
const isEventType = (literal: ts.Node): boolean => {
  let n = literal;
  while (
    n.parent &&
    (ts.isParenthesizedExpression(n.parent) || ts.isAsExpression(n.parent) || ts.isLiteralTypeNode(n.parent))
  )
    n = n.parent;
  const p = n.parent;
  const named = (prop: ts.PropertyName) =>
    (ts.isIdentifier(prop) || ts.isStringLiteral(prop)) && prop.text === 'type';
  return (
    !!p &&
    ((ts.isPropertyAssignment(p) && p.initializer === n && named(p.name)) ||
      (ts.isPropertySignature(p) && p.type === n && named(p.name)))
  );
};

const scan = () => {
  const stat: Use[] = [];
  const dynamic: DynamicUse[] = [];
  const files = sources('src').map((path) => ({
    path,
    file: ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, true),
  }));
  const eventNames = new Set<string>();
  const collectEvents = (n: ts.Node) => {
    if (isString(n) && isEventType(n)) eventNames.add(n.text);
    ts.forEachChild(n, collectEvents);
  };
  for (const { file } of files) collectEvents(file);
  // The room socket's event names (src/domain/room-protocol.ts) share the shape of a key, too.
  for (const name of [...INCOMING_NAMES, ...Object.keys(OUTGOING)]) eventNames.add(name);
  for (const { path, file } of files) {
    const at = (n: ts.Node) => `${path}:${file.getLineAndCharacterOfPosition(n.getStart(file)).line + 1}`;
    const keyArgument = (arg: ts.Expression): void => {
      const e = unwrap(arg);
      if (isString(e)) stat.push({ key: e.text, at: at(e) });
      else if (ts.isConditionalExpression(e)) {
        keyArgument(e.whenTrue);
        keyArgument(e.whenFalse);
      } else if (ts.isTemplateExpression(e)) {
        const [span, ...more] = e.templateSpans;
        const simple = span && more.length === 0 && span.literal.text === '';
        const local = span && mappedIds(span.expression, file);
        dynamic.push({
          prefix: e.head.text,
          at: at(e),
          ...(local ? { local } : {}),
          ...(simple ? {} : { shape: e.getText(file) }),
        });
      }
      // Anything else (`t(label)`) passes a key held in a variable: its literal is found below.
    };
    const visit = (n: ts.Node) => {
      if (isTranslateCall(n) && n.arguments[0]) keyArgument(n.arguments[0]);
      else if (
        isString(n) &&
        KEY_SHAPE.test(n.text) &&
        groups.has(n.text.split('.')[0]!) &&
        !eventNames.has(n.text) &&
        !(n.parent && isTranslateCall(n.parent))
      )
        stat.push({ key: n.text, at: at(n) });
      ts.forEachChild(n, visit);
    };
    visit(file);
  }
  return { stat, dynamic };
};

const { stat, dynamic } = scan();
const reachable = (prefix: string): string[] => {
  const listed = DYNAMIC[prefix];
  if (listed === undefined) return [];
  if (listed !== LOCAL) return listed.map((id) => `${prefix}${id}`);
  return dynamic
    .filter((d) => d.prefix === prefix)
    .flatMap((d) => (d.local ?? []).map((id) => `${prefix}${id}`));
};

describe('interface words and the source', () => {
  it('finds the uses it is meant to find', () => {
    // Guards the scanner itself: if these disappear, the reading of the source broke, not the words.
    const found = new Set(stat.map((u) => u.key));
    for (const key of ['debrief.print', 'room.blank', 'room.buttons.help', 'choose.back', 'sound.unmuted'])
      expect(found, key).toContain(key);
    expect(new Set(dynamic.map((d) => d.prefix))).toContain('room.key.');
  });

  it('builds keys only from the listed prefixes, each as a prefix and one id', () => {
    const unlisted = dynamic.filter((d) => !(d.prefix in DYNAMIC) || d.shape !== undefined);
    expect(
      unlisted.map((d) => `${d.at}: ${d.shape ?? `${d.prefix}\${…}`}`),
      'dynamic keys not covered by DYNAMIC in this test',
    ).toEqual([]);
    const usedPrefixes = new Set(dynamic.map((d) => d.prefix));
    expect(
      Object.keys(DYNAMIC).filter((p) => !usedPrefixes.has(p)),
      'prefixes in DYNAMIC that the source no longer uses',
    ).toEqual([]);
    const unreadable = dynamic.filter((d) => DYNAMIC[d.prefix] === LOCAL && !d.local);
    expect(
      unreadable.map((d) => `${d.at}: ${d.prefix}`),
      'LOCAL prefixes whose call site maps over no array literal',
    ).toEqual([]);
  });

  it('asks only for words the Dutch tree has', () => {
    const missing = [
      ...stat.filter((u) => !dutchKeys.has(u.key)).map((u) => `${u.at}: ${u.key}`),
      ...Object.keys(DYNAMIC)
        .flatMap(reachable)
        .filter((key) => !dutchKeys.has(key)),
    ];
    expect([...new Set(missing)], 'keys used in src but missing from src/locales/nl.ts').toEqual([]);
  });

  it('has no Dutch word that the source never uses', () => {
    const used = new Set([...stat.map((u) => u.key), ...Object.keys(DYNAMIC).flatMap(reachable)]);
    const unused = [...dutchKeys].filter((key) => !used.has(key));
    expect(unused, 'keys in src/locales/nl.ts used nowhere in src').toEqual([]);
  });
});
