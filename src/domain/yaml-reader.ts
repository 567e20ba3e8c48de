import {
  type Document,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  type Scalar,
  type YAMLError,
} from 'yaml';
import { ID_PATTERN } from './ids.ts';
import type { Problem, ProblemCode } from './problems.ts';
import { type Candidate, candidatesOf, type ShownNames, suggest } from './suggest.ts';
import { LANGS, type LocalText } from './text.ts';

/** A YAML node with the path that leads to it, so every problem can name a line and a field. */
export interface At {
  readonly node: Node | null;
  readonly path: string;
  /** Offset to report when the node itself is missing (the parent's position). */
  readonly offset: number;
}

/** The longest single text (one language of a text, a quote, an id) a scenario may hold, in characters. */
export const MAX_TEXT_CHARS = 4000;

/**
 * The tags of the YAML core schema (`!!str`, `!!int` …) and the non-specific `!`. Any other tag —
 * `!!js/function`, `!!python/object`, `!!binary`, a typo such as `!pre:mandaat` — is refused.
 */
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`).concat('!'),
);

/** The problems that mean the YAML itself could not be read. */
const SYNTAX_CODES = new Set<ProblemCode>(['yaml-syntax', 'yaml-tab', 'yaml-tag', 'unquoted-condition']);

/** A tag that is a condition written without quotation marks: `!pre:mandaat`, `!flag:kaart-open`. */
const CONDITION_TAG = /^!(pre|flag):/;

/** The kind of a parser error, by its code and first line, as the messages name it (problems.ts). */
const syntaxReason = (code: string, detail: string): string | undefined => {
  if (code === 'BAD_INDENT') return /^Flow (map|sequence)/.test(detail) ? 'flow-unclosed' : 'bad-indent';
  if (code === 'MISSING_CHAR' && /closing/.test(detail)) return 'unclosed-quote';
  if (code === 'MISSING_CHAR' && /map values/.test(detail)) return 'missing-colon';
  if (code === 'MISSING_CHAR' && /flow/i.test(detail)) return 'flow-unclosed';
  if (code === 'MULTILINE_IMPLICIT_KEY') return 'multiline-key';
  if (code === 'BLOCK_AS_IMPLICIT_KEY') return 'nested-map';
  if (code === 'BLOCK_IN_FLOW') return 'colon-in-flow';
  if (code === 'BAD_SCALAR_START') return 'reserved-start';
  if (/^Unexpected scalar at node end/.test(detail)) return 'text-after-quote';
  return undefined;
};

/**
 * The parser notices an unclosed quotation mark only where the file ends: the opening one is where
 * the author must look: the first line with an odd number of that mark, one of them after a `:`,
 * `-`, `[`, `{` or `,`.
 */
const openingQuote = (source: string, at: number, detail: string): number => {
  const mark = detail.includes("'") ? "'" : '"';
  const lines = source.slice(0, at).split('\n');
  let offset = at;
  let lineStart = 0;
  const starts = lines.map((line) => {
    const s = lineStart;
    lineStart += line.length + 1;
    return s;
  });
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = line.search(new RegExp(`(^|[:\\-\\[{,]\\s*)${mark}`));
    const count = line.split(mark).length - 1;
    if (open >= 0 && count % 2 === 1) {
      offset = starts[i]! + line.indexOf(mark, open);
      break;
    }
  }
  return offset;
};

export interface Field {
  readonly key: string;
  readonly keyNode: Scalar;
  readonly at: At;
}

/** Collects problems while reading one file; never throws on bad input. */
export class YamlReader {
  readonly problems: Problem[] = [];
  /** Shown but not failing the check: see `Problem.severity`. */
  readonly warnings: Problem[] = [];
  private readonly lines = new LineCounter();
  readonly root: At;

  constructor(
    readonly file: string,
    private readonly source: string,
    private readonly maxText = MAX_TEXT_CHARS,
    /** The names the game shows for fixed ids, for "Did you mean …?" (see suggest.ts). */
    readonly names?: ShownNames,
  ) {
    let doc: Document.Parsed | undefined;
    try {
      // Only the core schema, even under `%YAML 1.1`, and no YAML 1.1 extras (!!binary, !!set …):
      // an unknown tag then always gives a warning, which is reported below.
      doc = parseDocument(source, {
        lineCounter: this.lines,
        uniqueKeys: false,
        prettyErrors: false,
        schema: 'core',
        resolveKnownTags: false,
      });
    } catch (error) {
      this.report(0, '', 'yaml-syntax', { detail: String(error) });
    }
    // Only the first syntax error is told: the ones after it are mostly the parser losing its way.
    const first = doc?.errors.reduce<YAMLError | undefined>(
      (a, e) => (a === undefined || e.pos[0] < a.pos[0] ? e : a),
      undefined,
    );
    if (first) this.reportSyntax(first);
    // The parser still reads a value after a warning (an unknown tag, an unknown directive): refuse it.
    for (const warning of first ? [] : (doc?.warnings ?? [])) {
      const [start, end] = warning.pos;
      if (warning.code === 'TAG_RESOLVE_FAILED')
        this.reportTag(start, source.slice(start, end).trim() || '!');
      else this.report(start, '', 'yaml-syntax', { detail: warning.message.split('\n')[0] ?? '' });
    }
    if (doc && !this.failed) this.refuseTags(doc.contents);
    this.root = { node: this.failed || !doc ? null : (doc.contents as Node | null), path: '', offset: 0 };
  }

  /** Once the YAML cannot be trusted, nothing else is checked. */
  get failed(): boolean {
    return this.problems.some((p) => SYNTAX_CODES.has(p.code));
  }

  /**
   * One syntax error, in plain words with what to do. A tab in the indentation at or before the error
   * is nearly always its cause (the parser may stumble only later), so that tab is what is told.
   */
  private reportSyntax(error: YAMLError): void {
    const at = error.pos[0];
    // A tab on a blank or comment line is harmless: only one before a value counts.
    const tab = /^ *\t[ \t]*[^\s#]/m.exec(
      this.source.slice(0, this.source.indexOf('\n', at) + 1 || undefined),
    );
    if (tab) {
      this.report(tab.index + tab[0].indexOf('\t'), '', 'yaml-tab');
      return;
    }
    const detail = error.message.split('\n')[0] ?? error.message;
    const reason = syntaxReason(error.code, detail);
    const offset = reason === 'unclosed-quote' ? openingQuote(this.source, at, detail) : at;
    this.report(offset, '', 'yaml-syntax', { detail, ...(reason ? { reason } : {}) });
  }

  /** `!pre:mandaat` unquoted is read as a tag: the author meant a condition. */
  private reportTag(offset: number, tag: string): void {
    if (CONDITION_TAG.test(tag)) this.report(offset, '', 'unquoted-condition', { condition: tag });
    else this.report(offset, '', 'yaml-tag', { tag });
  }

  /**
   * A safety net behind the warnings: any node tagged outside the core schema that came through without
   * one. Iterative, as nesting is unbounded.
   */
  private refuseTags(contents: unknown): void {
    const stack: unknown[] = [contents];
    while (stack.length) {
      const item = stack.pop();
      if (isPair(item)) stack.push(item.value, item.key);
      if (!isNode(item) || isAlias(item)) continue;
      if (item.tag && !CORE_TAGS.has(item.tag)) {
        // The tag is written before the value: its token starts at a `!` after a space or bracket.
        let offset = Math.max(0, this.source.lastIndexOf('!', item.range?.[0] ?? 0));
        while (offset > 0 && !/[\s,[\]{}]/.test(this.source[offset - 1]!)) offset--;
        this.reportTag(offset, item.tag);
      }
      if (isMap(item) || isSeq(item))
        for (let i = item.items.length - 1; i >= 0; i--) stack.push(item.items[i]);
    }
  }

  lineOf(offset: number): number {
    return this.lines.linePos(offset).line;
  }

  report(offset: number, path: string, code: ProblemCode, params: Problem['params'] = {}): void {
    const { line, col } = this.lines.linePos(offset);
    this.problems.push({ file: this.file, line, column: col, path, code, params });
  }

  reportAt(at: At, code: ProblemCode, params: Problem['params'] = {}): void {
    this.report(offsetOf(at), at.path, code, params);
  }

  warnAt(at: At, code: ProblemCode, params: Problem['params'] = {}): void {
    const { line, col } = this.lines.linePos(offsetOf(at));
    this.warnings.push({
      file: this.file,
      line,
      column: col,
      path: at.path,
      code,
      params,
      severity: 'warning',
    });
  }

  /** The value as written in the file (`4.10`, where YAML reads the number 4.1). */
  written(at: At): string {
    const range = at.node?.range;
    return range ? this.source.slice(range[0], range[1]).trim() : '';
  }

  /** The fields of a map, reporting duplicates, unknown fields and missing required ones. */
  fields(
    at: At,
    allowed: readonly string[],
    required: readonly string[],
    kind = 'field',
  ): Map<string, Field> | undefined {
    if (!isMap(at.node)) {
      this.reportAt(at, 'wrong-shape', { expected: 'map' });
      return undefined;
    }
    const result = new Map<string, Field>();
    // A misspelt field ("sets_aside") is told once, as unknown with the field meant, not also as missing.
    const meant = new Set<string>();
    for (const pair of at.node.items) {
      const keyNode = pair.key as Scalar;
      const key = isScalar(keyNode) ? String(keyNode.value) : '';
      const fieldAt: At = {
        node: (pair.value as Node | null) ?? null,
        path: join(at.path, key),
        offset: keyNode?.range?.[0] ?? offsetOf(at),
      };
      const first = result.get(key);
      if (first) {
        this.report(fieldAt.offset, fieldAt.path, 'duplicate-id', {
          kind: allowed.length ? 'field' : kind,
          id: key,
          firstLine: this.lineOf(first.at.offset),
        });
        continue;
      }
      if (allowed.length && !allowed.includes(key)) {
        const likely = suggestion(
          key,
          allowed.map((id) => ({ id })),
        );
        for (const field of likely.suggestion?.split(' ') ?? []) meant.add(field);
        this.report(fieldAt.offset, fieldAt.path, 'unknown-field', {
          field: key,
          allowed: allowed.join(', '),
          ...likely,
        });
        continue;
      }
      result.set(key, { key, keyNode, at: fieldAt });
    }
    for (const key of required) {
      if (!result.has(key) && !meant.has(key)) this.reportAt(at, 'missing-field', { field: key });
    }
    return result;
  }

  /** All entries of a map whose keys are ids (beats, characters, meters); `kind` names them in a duplicate. */
  entries(at: At, kind: string): Field[] {
    return [...(this.fields(at, [], [], kind)?.values() ?? [])];
  }

  list(at: At): At[] | undefined {
    if (!isSeq(at.node)) {
      this.reportAt(at, 'wrong-shape', { expected: 'list' });
      return undefined;
    }
    return at.node.items.map((item, i) => ({
      node: (item as Node | null) ?? null,
      path: `${at.path}[${i + 1}]`,
      offset: (item as Node | null)?.range?.[0] ?? offsetOf(at),
    }));
  }

  string(at: At): string | undefined {
    if (isScalar(at.node) && typeof at.node.value === 'string' && at.node.value.trim() !== '') {
      return this.notTooLong(at, at.node.value.trim());
    }
    if (isScalar(at.node) && (typeof at.node.value === 'number' || typeof at.node.value === 'boolean')) {
      return String(at.node.value);
    }
    this.reportAt(at, 'wrong-shape', { expected: 'string' });
    return undefined;
  }

  id(at: At): string | undefined {
    const value = this.string(at);
    if (value === undefined) return undefined;
    if (!ID_PATTERN.test(value)) {
      this.reportAt(at, 'bad-id', { value });
      return undefined;
    }
    return value;
  }

  integer(at: At, min: number, max: number, expected: string): number | undefined {
    const value = isScalar(at.node) ? at.node.value : undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
    this.reportAt(at, 'wrong-shape', { expected });
    return undefined;
  }

  /** One of a fixed vocabulary. */
  oneOf<T extends string>(at: At, known: readonly T[], kind: string): T | undefined {
    const value = this.string(at);
    if (value === undefined) return undefined;
    if ((known as readonly string[]).includes(value)) return value as T;
    this.reportAt(at, 'unknown-id', {
      kind,
      value,
      known: known.join(', '),
      ...suggestion(value, candidatesOf(kind, known, this.names)),
    });
    return undefined;
  }

  private notTooLong(at: At, value: string): string | undefined {
    if (value.length <= this.maxText) return value;
    this.reportAt(at, 'text-too-long', { length: value.length, max: this.maxText });
    return undefined;
  }

  /** The items of a list; a single value is accepted as a list of one. */
  items(at: At): At[] {
    return isScalar(at.node) ? [at] : (this.list(at) ?? []);
  }

  /** A list of ids from a fixed vocabulary; a single id is accepted as a list of one. */
  listOf<T extends string>(at: At, known: readonly T[], kind: string): T[] {
    const items = this.items(at);
    return items.flatMap((item) => this.oneOf(item, known, kind) ?? []);
  }

  /** `{ nl: "…", en: "…" }`, both present and non-empty. */
  text(at: At): LocalText | undefined {
    const fields = this.fields(at, LANGS, []);
    if (!fields) return undefined;
    const out: Record<string, string> = {};
    for (const lang of LANGS) {
      const field = fields.get(lang);
      if (!field) {
        this.reportAt(at, 'missing-translation', { lang });
        continue;
      }
      const value = isScalar(field.at.node) ? field.at.node.value : undefined;
      if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
        this.reportAt(field.at, 'empty-text', { lang });
        continue;
      }
      if (typeof value !== 'string') {
        this.reportAt(field.at, 'wrong-shape', { expected: 'string' });
        continue;
      }
      const text = this.notTooLong(field.at, value.trim());
      if (text !== undefined) out[lang] = text;
    }
    return out.nl !== undefined && out.en !== undefined ? { nl: out.nl, en: out.en } : undefined;
  }
}

/** `{ suggestion }` for a problem's params when some candidate is close to `value`, else nothing. */
export const suggestion = (value: string, candidates: readonly Candidate[]): { suggestion?: string } => {
  const ids = suggest(value, candidates);
  return ids.length ? { suggestion: ids.join(' ') } : {};
};

export const isSingle = (at: At): boolean => isScalar(at.node);

export const offsetOf = (at: At): number => at.node?.range?.[0] ?? at.offset;
const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);
