import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type Scalar } from 'yaml';
import { ID_PATTERN } from './ids.ts';
import type { Problem, ProblemCode } from './problems.ts';
import { LANGS, type LocalText } from './text.ts';

/** A YAML node with the path that leads to it, so every problem can name a line and a field. */
export interface At {
  readonly node: Node | null;
  readonly path: string;
  /** Offset to report when the node itself is missing (the parent's position). */
  readonly offset: number;
}

export interface Field {
  readonly key: string;
  readonly keyNode: Scalar;
  readonly at: At;
}

/** Collects problems while reading one file; never throws on bad input. */
export class YamlReader {
  readonly problems: Problem[] = [];
  private readonly lines = new LineCounter();
  readonly root: At;

  constructor(
    readonly file: string,
    text: string,
  ) {
    const doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: false, prettyErrors: false });
    for (const error of doc.errors) {
      const detail = error.message.split('\n')[0] ?? error.message;
      this.report(error.pos[0], '', 'yaml-syntax', { detail });
    }
    this.root = { node: doc.errors.length ? null : (doc.contents as Node | null), path: '', offset: 0 };
  }

  get failed(): boolean {
    return this.problems.some((p) => p.code === 'yaml-syntax');
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

  /** The fields of a map, reporting duplicates, unknown fields and missing required ones. */
  fields(at: At, allowed: readonly string[], required: readonly string[]): Map<string, Field> | undefined {
    if (!isMap(at.node)) {
      this.reportAt(at, 'wrong-shape', { expected: 'map' });
      return undefined;
    }
    const result = new Map<string, Field>();
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
          kind: allowed.length ? 'field' : 'beat',
          id: key,
          firstLine: this.lineOf(first.at.offset),
        });
        continue;
      }
      if (allowed.length && !allowed.includes(key)) {
        this.report(fieldAt.offset, fieldAt.path, 'unknown-field', {
          field: key,
          allowed: allowed.join(', '),
        });
        continue;
      }
      result.set(key, { key, keyNode, at: fieldAt });
    }
    for (const key of required) {
      if (!result.has(key)) this.reportAt(at, 'missing-field', { field: key });
    }
    return result;
  }

  /** All entries of a map whose keys are ids (beats, characters, meters). */
  entries(at: At): Field[] {
    return [...(this.fields(at, [], [])?.values() ?? [])];
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
      return at.node.value.trim();
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
    this.reportAt(at, 'unknown-id', { kind, value, known: known.join(', ') });
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
      out[lang] = value.trim();
    }
    return out.nl !== undefined && out.en !== undefined ? { nl: out.nl, en: out.en } : undefined;
  }
}

export const isSingle = (at: At): boolean => isScalar(at.node);

export const offsetOf = (at: At): number => at.node?.range?.[0] ?? at.offset;
const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);
