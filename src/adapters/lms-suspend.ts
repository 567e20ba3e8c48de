import * as v from 'valibot';
import { ID_PATTERN } from '../domain/ids.ts';
import type { Move } from '../domain/play.ts';

/**
 * The play in progress as an LMS keeps it in `cmi.suspend_data`: the scenario, its context and the
 * player's own moves, nothing else (no meters, no strategies, no answers' meaning). Compact, versioned,
 * plain text:
 *
 *     oa1|<scenario>|<context>|<move>,<move>,…
 *
 * A move is a choice id, or `.n` for n times "read on" in a row (an id never starts with a dot).
 * SCORM 1.2 allows 4,096 characters (2004 4th edition: 64,000); a longer play is not stored in the LMS
 * at all (see lms.ts) rather than stored cut short.
 */
export const SUSPEND_FORMAT = 'oa1';

/** The most characters `cmi.suspend_data` may hold, per SCORM version. */
export const SUSPEND_LIMITS = { '1.2': 4096, '2004': 64000 } as const;

/** More moves than any play of a scenario can take; a text asking for more is not a play. */
export const MAX_SUSPEND_MOVES = 2000;

export interface SuspendedPlay {
  readonly scenario: string;
  readonly context: string;
  readonly moves: readonly Move[];
}

export type SuspendReading =
  | { readonly ok: true; readonly play: SuspendedPlay }
  | { readonly ok: false; readonly reason: 'empty' | 'newer' | 'damaged'; readonly detail: string };

const id = v.pipe(v.string(), v.maxLength(100), v.regex(ID_PATTERN));
const run = v.pipe(v.string(), v.regex(/^\.[1-9][0-9]{0,3}$/));
const Suspended = v.object({
  format: v.literal(SUSPEND_FORMAT),
  scenario: id,
  context: id,
  moves: v.pipe(v.array(v.union([run, id])), v.maxLength(MAX_SUSPEND_MOVES)),
});

/** The text for a play in progress. */
export const encodeSuspend = (play: SuspendedPlay): string => {
  const tokens: string[] = [];
  let reads = 0;
  for (const move of play.moves) {
    if (move.type === 'beat.continue') {
      reads++;
      continue;
    }
    if (reads > 0) tokens.push(`.${reads}`);
    reads = 0;
    tokens.push(move.choice);
  }
  if (reads > 0) tokens.push(`.${reads}`);
  return [SUSPEND_FORMAT, play.scenario, play.context, tokens.join(',')].join('|');
};

/** Reads what `encodeSuspend` wrote; anything else is refused with a reason, never thrown. */
export const decodeSuspend = (text: unknown): SuspendReading => {
  if (typeof text !== 'string' || text === '') return { ok: false, reason: 'empty', detail: 'no text' };
  if (text.length > SUSPEND_LIMITS['2004'])
    return { ok: false, reason: 'damaged', detail: `${text.length} characters` };
  const [format, scenario, context, moves, ...rest] = text.split('|');
  if (format !== SUSPEND_FORMAT && /^oa[0-9]+$/.test(format ?? ''))
    return { ok: false, reason: 'newer', detail: `format ${format}` };
  const parsed = v.safeParse(Suspended, {
    format,
    scenario,
    context,
    moves: moves === '' || moves === undefined ? [] : moves.split(','),
  });
  if (!parsed.success || rest.length > 0 || moves === undefined)
    return { ok: false, reason: 'damaged', detail: parsed.issues?.[0]?.message ?? 'unexpected parts' };
  const played: Move[] = [];
  for (const token of parsed.output.moves) {
    if (!token.startsWith('.')) played.push({ type: 'choice.select', choice: token });
    else for (let n = Number(token.slice(1)); n > 0; n--) played.push({ type: 'beat.continue' });
    if (played.length > MAX_SUSPEND_MOVES)
      return { ok: false, reason: 'damaged', detail: `more than ${MAX_SUSPEND_MOVES} moves` };
  }
  return {
    ok: true,
    play: { scenario: parsed.output.scenario, context: parsed.output.context, moves: played },
  };
};
