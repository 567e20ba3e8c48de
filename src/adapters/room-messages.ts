import * as v from 'valibot';
import { ID_PATTERN } from '../domain/ids.ts';
import { ROOM_LIMITS } from '../domain/room-vote.ts';
import type { GroupEvent } from '../machines/group-machine.ts';

/**
 * What may cross between the projector and presenter windows, and what a refresh reads back: one
 * schema per shape. Anything else on the channel or in storage is ignored or set aside, never run.
 */

const choice = v.pipe(v.string(), v.maxLength(100), v.regex(ID_PATTERN));
const whole = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

/** The events a presenter window may hand to the projector: the room's own, nothing that leaves the room. */
const presenterEvents = [
  v.object({ type: v.literal('group.next') }),
  v.object({ type: v.literal('group.back') }),
  v.object({ type: v.literal('group.undo') }),
  v.object({
    type: v.literal('timer.tick'),
    ms: v.pipe(v.number(), v.minValue(0), v.maxValue(ROOM_LIMITS.discussSeconds * 1000)),
  }),
  v.object({ type: v.literal('timer.toggle') }),
  v.object({
    type: v.literal('timer.adjust'),
    seconds: whole(-ROOM_LIMITS.discussSeconds, ROOM_LIMITS.discussSeconds),
  }),
  v.object({ type: v.literal('tally.set'), choice, count: whole(0, ROOM_LIMITS.votes) }),
  v.object({ type: v.literal('tally.adjust'), choice, delta: whole(-ROOM_LIMITS.votes, ROOM_LIMITS.votes) }),
  v.object({ type: v.literal('tally.majority'), choice }),
  v.object({ type: v.literal('reveal.pick'), choice }),
] as const;
export const GroupEventSchema = v.variant('type', [...presenterEvents]) satisfies v.GenericSchema<
  unknown,
  GroupEvent
>;

/**
 * The events a projector announces as applied, for its other windows to apply in turn: the
 * presenter's, its clock's ticks and the phones' counts (which only the projector takes in).
 */
export const AppliedEventSchema = v.variant('type', [
  ...presenterEvents,
  v.object({
    type: v.literal('phones.set'),
    tally: v.pipe(
      v.record(choice, whole(0, ROOM_LIMITS.votes)),
      v.check((t) => Object.keys(t).length <= 8, 'too many options'),
    ),
  }),
]) satisfies v.GenericSchema<unknown, GroupEvent>;

const revision = whole(0, Number.MAX_SAFE_INTEGER);

export const RoomMessageSchema = v.variant('kind', [
  v.object({ kind: v.literal('state'), revision, snapshot: v.optional(v.unknown()) }),
  v.object({ kind: v.literal('event'), event: GroupEventSchema }),
  // An event the projector applied, numbered: a window one revision behind applies it too; one further
  // behind asks for the whole state again.
  v.object({ kind: v.literal('applied'), revision, event: AppliedEventSchema }),
  v.object({ kind: v.literal('resync') }),
  // A projector's heartbeat: which window it is and since when, so only the oldest one keeps time.
  v.object({
    kind: v.literal('projector-alive'),
    id: v.pipe(v.string(), v.maxLength(64)),
    since: v.pipe(v.number(), v.minValue(0)),
  }),
  // A projector window closing: the others stop waiting for it at once.
  v.object({ kind: v.literal('projector-bye'), id: v.pipe(v.string(), v.maxLength(64)) }),
  v.object({ kind: v.literal('presenter-hello') }),
  // A screen-only action the trainer takes from the presenter for the projector: blank the room's screen.
  v.object({ kind: v.literal('screen'), action: v.picklist(['blank']) }),
]);
export type RoomMessage = v.InferOutput<typeof RoomMessageSchema>;

/** The room kept in storage so a refresh can pick it up. */
export const StoredRoomSchema = v.object({ revision, snapshot: v.unknown() });

/** A message as it arrived, or undefined when it is not one of ours. */
export const readRoomMessage = (data: unknown): RoomMessage | undefined => {
  const parsed = v.safeParse(RoomMessageSchema, data);
  return parsed.success ? parsed.output : undefined;
};

/** The stored room, or undefined when the text is not one (unreadable JSON, another shape). */
export const readStoredRoom = (text: string): v.InferOutput<typeof StoredRoomSchema> | undefined => {
  try {
    const parsed = v.safeParse(StoredRoomSchema, JSON.parse(text));
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
};
