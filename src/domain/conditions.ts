import { ID_PATTERN } from './ids.ts';
import { type Clause, COMPARISON_OPS, type ComparisonOp } from './scenario.ts';
import { includes, METERS, PRECONDITIONS } from './vocabulary.ts';

const METER_CLAUSE = /^([a-z]+)\s*(<=|>=|==|<|>)\s*(-?\d+)$/;
/** `flag:<id>` or `!flag:<id>`, where the id has the shape of every id (see ids.ts). */
const FLAG_CLAUSE = new RegExp(`^(!?)flag:(${ID_PATTERN.source.slice(1, -1)})$`);
const PRECONDITION_CLAUSE = /^(!?)pre:([a-z-]+)$/;

/** Reads one clause of a `when`, or undefined when it is not valid. */
export const parseClause = (source: string): Clause | undefined => {
  const text = source.trim();
  const meter = METER_CLAUSE.exec(text);
  if (meter) {
    const [, name, op, value] = meter;
    if (!includes(METERS, name) || !includes(COMPARISON_OPS, op)) return undefined;
    return { kind: 'meter', meter: name, op: op as ComparisonOp, value: Number(value) };
  }
  const flag = FLAG_CLAUSE.exec(text);
  if (flag) return { kind: 'flag', flag: flag[2]!, negated: flag[1] === '!' };
  const pre = PRECONDITION_CLAUSE.exec(text);
  if (pre && includes(PRECONDITIONS, pre[2])) {
    return { kind: 'precondition', precondition: pre[2], negated: pre[1] === '!' };
  }
  return undefined;
};

export const describeClause = (clause: Clause): string => {
  switch (clause.kind) {
    case 'meter':
      return `${clause.meter} ${clause.op} ${clause.value}`;
    case 'flag':
      return `${clause.negated ? '!' : ''}flag:${clause.flag}`;
    case 'precondition':
      return `${clause.negated ? '!' : ''}pre:${clause.precondition}`;
  }
};
