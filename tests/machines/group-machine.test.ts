import { beforeAll, describe, expect, it } from 'vitest';
import { createActor, getInitialSnapshot, getNextSnapshot } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { compileScenario } from '../../src/machines/compile-scenario.ts';
import { createGroupMachine, type GroupEvent } from '../../src/machines/group-machine.ts';
import { groupPhaseOf, groupPlayRecord } from '../../src/machines/group-view.ts';
import { completePlays } from '../support/paths.ts';
import { loadValid, MINI, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

/** Budget for generating one scenario's group sessions on a busy 2-core machine; speed is measured by `npm run bench`. */
const GENERATION_BUDGET_MS = 60_000;
const mini = loadValid(MINI);
const machine = createGroupMachine(mini);
const input = { discussSeconds: 120, showMeters: true };

const run = (...events: GroupEvent[]) => {
  const actor = createActor(machine, { input });
  actor.start();
  for (const e of events) actor.send(e);
  return actor;
};
const next: GroupEvent = { type: 'group.next' };
const phaseOf = (actor: { getSnapshot(): { value: unknown } }) => groupPhaseOf(actor.getSnapshot().value);
/** From the first beat: read on, present the decision, discuss, and arrive at the tally. */
const toTally: GroupEvent[] = [next, next, next];

describe('a group session', () => {
  it('goes read → present → discuss → tally → reveal, and the majority drives the story', () => {
    const actor = run(next);
    expect(phaseOf(actor)).toBe('present');
    actor.send(next);
    expect(phaseOf(actor)).toBe('discuss');
    expect(actor.getSnapshot().context.timer).toEqual({ totalMs: 120_000, leftMs: 120_000, running: true });
    actor.send(next);
    actor.send({ type: 'tally.set', choice: 'open', count: 4 });
    actor.send({ type: 'tally.set', choice: 'stil', count: 9 });
    actor.send(next);
    expect(phaseOf(actor)).toBe('reveal');
    actor.send(next);
    const snap = actor.getSnapshot();
    expect(groupPhaseOf(snap.value)).toBe('reading');
    expect(snap.context.play.moves.at(-1)).toEqual({ type: 'choice.select', choice: 'stil' });
    expect(snap.context.votes).toEqual([
      { beat: 'keuze', tally: { open: 4, stil: 9 }, choice: 'stil', rule: 'majority' },
    ]);
    expect(snap.context.tally).toEqual({});
  });

  it('counts the discussion time down from injected ticks, pauses, and extends', () => {
    const actor = run(next, next);
    actor.send({ type: 'timer.tick', ms: 30_000 });
    expect(actor.getSnapshot().context.timer.leftMs).toBe(90_000);
    actor.send({ type: 'timer.toggle' });
    actor.send({ type: 'timer.tick', ms: 30_000 });
    expect(actor.getSnapshot().context.timer).toMatchObject({ leftMs: 90_000, running: false });
    actor.send({ type: 'timer.adjust', seconds: 30 });
    actor.send({ type: 'timer.toggle' });
    actor.send({ type: 'timer.tick', ms: 500_000 });
    expect(actor.getSnapshot().context.timer).toMatchObject({ leftMs: 0, running: false });
  });

  it('runs a clock only while the discussion timer runs, and counts what it reports', () => {
    const running = new Set<(ms: number) => void>();
    const clock = (onTick: (ms: number) => void) => {
      running.add(onTick);
      return () => running.delete(onTick);
    };
    const actor = createActor(createGroupMachine(mini, clock), { input });
    actor.start();
    actor.send(next);
    expect(running.size).toBe(0);
    actor.send(next);
    expect(phaseOf(actor)).toBe('discuss');
    expect(running.size).toBe(1);
    for (const tick of running) tick(20_000);
    expect(actor.getSnapshot().context.timer.leftMs).toBe(100_000);
    actor.send({ type: 'timer.toggle' });
    expect(running.size).toBe(0);
    actor.send({ type: 'timer.toggle' });
    expect(running.size).toBe(1);
    actor.send({ type: 'timer.adjust', seconds: -100 });
    expect(actor.getSnapshot().context.timer).toMatchObject({ leftMs: 0, running: false });
    expect(running.size).toBe(0);
    actor.send({ type: 'timer.adjust', seconds: 30 });
    actor.send({ type: 'timer.toggle' });
    actor.send(next);
    expect(phaseOf(actor)).toBe('tally');
    expect(running.size).toBe(0);
  });

  it('will not go on after a tie until the trainer picks one of the tied options', () => {
    const actor = run(
      ...toTally,
      { type: 'tally.set', choice: 'open', count: 5 },
      { type: 'tally.set', choice: 'stil', count: 5 },
      next,
    );
    actor.send(next);
    expect(phaseOf(actor)).toBe('reveal');
    actor.send({ type: 'reveal.pick', choice: 'open' });
    actor.send(next);
    expect(actor.getSnapshot().context.votes.at(-1)).toMatchObject({ choice: 'open', rule: 'tie-break' });
  });

  it('records an override of the majority as such, and a pick without votes as such', () => {
    const override = run(
      ...toTally,
      { type: 'tally.majority', choice: 'open' },
      next,
      { type: 'reveal.pick', choice: 'stil' },
      next,
    );
    expect(override.getSnapshot().context.votes.at(-1)).toMatchObject({ choice: 'stil', rule: 'override' });
    const silent = run(...toTally, next, next);
    expect(phaseOf(silent)).toBe('reveal');
    silent.send({ type: 'reveal.pick', choice: 'stil' });
    silent.send(next);
    expect(silent.getSnapshot().context.votes.at(-1)).toMatchObject({ choice: 'stil', rule: 'no-votes' });
  });

  it('ignores counts and times that are not whole numbers within the room’s bounds', () => {
    const actor = run(next, next);
    for (const ms of [Number.NaN, -5, Number.POSITIVE_INFINITY, '1000' as unknown as number])
      actor.send({ type: 'timer.tick', ms });
    for (const seconds of [Number.NaN, 1.5, 10 ** 9]) actor.send({ type: 'timer.adjust', seconds });
    expect(actor.getSnapshot().context.timer.leftMs).toBe(120_000);
    actor.send(next);
    for (const count of [Number.NaN, -1, 2.5, 10 ** 9, 'veel' as unknown as number])
      actor.send({ type: 'tally.set', choice: 'open', count });
    for (const delta of [Number.NaN, Number.NEGATIVE_INFINITY, 0.5])
      actor.send({ type: 'tally.adjust', choice: 'open', delta });
    expect(actor.getSnapshot().context.tally).toEqual({});
    actor.send({ type: 'tally.set', choice: 'open', count: 7 });
    expect(actor.getSnapshot().context.tally).toEqual({ open: 7 });
  });

  it('ignores votes for an option that is not on the screen', () => {
    const actor = run(...toTally, { type: 'tally.set', choice: 'verzonnen', count: 3 });
    expect(actor.getSnapshot().context.tally).toEqual({});
  });

  it('steps back one decision to re-run its vote, with the counts kept', () => {
    const actor = run(...toTally, { type: 'tally.set', choice: 'stil', count: 3 }, next, next);
    expect(phaseOf(actor)).toBe('reading');
    actor.send({ type: 'group.back' });
    const snap = actor.getSnapshot();
    expect(groupPhaseOf(snap.value)).toBe('tally');
    expect(snap.context.tally).toEqual({ stil: 3 });
    expect(snap.context.votes).toEqual([]);
    expect(snap.context.play.moves.some((m) => m.type === 'choice.select')).toBe(false);
  });

  it('adds phone votes to hand counts: the room’s choice follows both, and the record keeps which were phones', () => {
    // 3 hands for "open"; 5 phones for "stil" and 1 for "open": 4 against 5, so "stil" carries it.
    const actor = run(...toTally, { type: 'tally.set', choice: 'open', count: 3 });
    actor.send({ type: 'phones.set', tally: { stil: 5, open: 1 } });
    actor.send(next);
    expect(phaseOf(actor)).toBe('reveal');
    actor.send(next);
    const snap = actor.getSnapshot();
    expect(snap.context.votes).toEqual([
      {
        beat: 'keuze',
        tally: { open: 4, stil: 5 },
        phones: { stil: 5, open: 1 },
        choice: 'stil',
        rule: 'majority',
      },
    ]);
    expect(snap.context.phones).toEqual({});
    // Stepping back gives the trainer the hands back as hands, and the phones as phones.
    actor.send({ type: 'group.back' });
    expect(actor.getSnapshot().context).toMatchObject({
      tally: { open: 3, stil: 0 },
      phones: { stil: 5, open: 1 },
    });
  });

  it('takes phone counts only for this decision’s options, in whole numbers, and never as a trainer’s act to undo', () => {
    const actor = run(...toTally);
    actor.send({ type: 'phones.set', tally: { verzonnen: 2 } });
    actor.send({ type: 'phones.set', tally: { open: 1.5 } });
    actor.send({ type: 'phones.set', tally: { open: -1 } });
    expect(actor.getSnapshot().context.phones).toEqual({});
    actor.send({ type: 'phones.set', tally: { open: 2 } });
    actor.send({ type: 'phones.set', tally: { open: 1, stil: 1 } });
    expect(actor.getSnapshot().context.phones).toEqual({ open: 1, stil: 1 });
    expect(actor.getSnapshot().context.past.length).toBe(3);
  });

  it('undoes an accidental key press, across phases too', () => {
    const actor = run(...toTally, { type: 'tally.adjust', choice: 'open', delta: 1 });
    actor.send({ type: 'tally.adjust', choice: 'open', delta: 1 });
    actor.send({ type: 'group.undo' });
    expect(actor.getSnapshot().context.tally).toEqual({ open: 1 });
    actor.send(next);
    expect(phaseOf(actor)).toBe('reveal');
    actor.send({ type: 'group.undo' });
    expect(phaseOf(actor)).toBe('tally');
    expect(actor.getSnapshot().context.tally).toEqual({ open: 1 });
  });

  it('finishes after the ending, and a saved snapshot restores the session exactly', () => {
    const actor = run(...toTally, { type: 'tally.majority', choice: 'stil' }, next, next);
    const saved = actor.getPersistedSnapshot();
    const restored = createActor(machine, { input, snapshot: saved });
    restored.start();
    expect(restored.getSnapshot().value).toEqual(actor.getSnapshot().value);
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
    restored.send(next);
    restored.send(next);
    expect(restored.getSnapshot().status).toBe('done');
  });
});

describe.each([MINI, ...yamlFiles(SCENARIO_DIR)].map((f) => [f.replace(/^.*[\\/]/, ''), f]))(
  'generated group sessions over %s',
  (_name, file) => {
    const scenario = loadValid(file);
    const group = createGroupMachine(scenario);
    const choices = Object.values(scenario.beats).flatMap((b) =>
      b.kind === 'decision' ? b.decision.choices.map((c) => c.id) : [],
    );
    const events: GroupEvent[] = [
      { type: 'group.next' },
      ...choices.map((choice) => ({ type: 'tally.majority' as const, choice })),
    ];

    let paths: ReturnType<typeof getShortestPaths<typeof group>>;
    beforeAll(() => {
      paths = getShortestPaths(group, {
        events,
        input,
        toState: (s) => s.status === 'done',
        serializeState: (s) =>
          JSON.stringify([s.value, s.context.play.moves, s.context.tally, s.context.votes]),
      });
    }, GENERATION_BUDGET_MS);

    it('reaches every play a player alone can, with one vote per decision taken', () => {
      const solo = completePlays(scenario)
        .map((p) => JSON.stringify(p.record))
        .sort();
      expect(paths.map((p) => JSON.stringify(groupPlayRecord(p.state.context))).sort()).toEqual(solo);
      for (const path of paths) {
        const { play, votes } = path.state.context;
        const { moves } = play;
        expect(votes.length).toBe(moves.filter((m) => m.type === 'choice.select').length);
        expect(votes.every((v) => v.rule === 'majority')).toBe(true);
      }
      console.info(`${scenario.id}: ${paths.length} generated group sessions`);
    });
  },
);

it('the room’s moves, replayed in the solo statechart, end the play where the group ended', () => {
  // Reveal, settle, read the ending, finish.
  const actor = run(...toTally, { type: 'tally.majority', choice: 'open' }, next, next, next, next);
  expect(actor.getSnapshot().status).toBe('done');
  const { moves, context } = actor.getSnapshot().context.play;
  const solo = compileScenario(mini);
  const end = moves.reduce(
    (snap, move) => getNextSnapshot(solo, snap, move),
    getInitialSnapshot(solo, { context }),
  );
  expect(end.status).toBe('done');
  expect(end.output).toMatchObject({ ending: 'einde-alleen', steps: [{ beat: 'keuze', choice: 'open' }] });
});
