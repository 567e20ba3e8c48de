import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createSessionMachine } from '../../src/machines/session-machine.ts';
import { loadValid, MINI } from '../support/scenarios.ts';

const scenario = loadValid(MINI);

const start = () => {
  const actor = createActor(createSessionMachine([scenario]));
  actor.start();
  return actor;
};

const playThrough = (actor: ReturnType<typeof start>) => {
  actor.send({ type: 'beat.continue' });
  actor.send({ type: 'choice.select', choice: 'stil' });
  actor.send({ type: 'beat.continue' });
  actor.send({ type: 'beat.continue' });
};

describe('session machine', () => {
  it('goes title → choosing → playing → debrief', () => {
    const actor = start();
    expect(actor.getSnapshot().value).toBe('title');
    actor.send({ type: 'session.start' });
    expect(actor.getSnapshot().value).toBe('choosing');
    actor.send({ type: 'scenario.pick', scenario: 'mini' });
    expect(actor.getSnapshot().matches('playing')).toBe(true);
    playThrough(actor);
    expect(actor.getSnapshot().value).toBe('debrief');
    expect(actor.getSnapshot().context.lastPlay?.ending).toBe('einde-samen');
    expect(actor.getSnapshot().context.playsFinished).toBe(1);
  });

  it('refuses a scenario it does not know', () => {
    const actor = start();
    actor.send({ type: 'session.start' });
    actor.send({ type: 'scenario.pick', scenario: 'missing' });
    expect(actor.getSnapshot().value).toBe('choosing');
  });

  it('plays the same scenario again from its start, with fresh meters', () => {
    const actor = start();
    actor.send({ type: 'session.start' });
    actor.send({ type: 'scenario.pick', scenario: 'mini' });
    playThrough(actor);
    actor.send({ type: 'debrief.again' });
    const player = actor.getSnapshot().children.player;
    expect(player?.getSnapshot().value).toBe('begin');
    expect(player?.getSnapshot().context.steps).toEqual([]);
    playThrough(actor);
    expect(actor.getSnapshot().context.playsFinished).toBe(2);
  });

  it('goes back to the choice of scenarios from the debrief or mid-play', () => {
    const actor = start();
    actor.send({ type: 'session.start' });
    actor.send({ type: 'scenario.pick', scenario: 'mini' });
    actor.send({ type: 'play.quit' });
    expect(actor.getSnapshot().value).toBe('choosing');
    expect(actor.getSnapshot().children.player).toBeUndefined();
  });

  it('cues the debrief sound once per finished play', () => {
    const actor = start();
    const cues: string[] = [];
    actor.on('cue', (e) => cues.push(e.cue));
    actor.send({ type: 'session.start' });
    actor.send({ type: 'scenario.pick', scenario: 'mini' });
    playThrough(actor);
    expect(cues).toEqual(['debrief']);
  });
});

describe('resuming a saved play', () => {
  it('replays the saved moves and continues exactly where the play stopped', () => {
    const first = start();
    first.send({ type: 'session.start' });
    first.send({ type: 'scenario.pick', scenario: 'mini', context: 'zonder-mandaat' });
    first.send({ type: 'beat.continue' });
    first.send({ type: 'choice.select', choice: 'open' });
    const player = first.getSnapshot().children.player!.getSnapshot();
    const saved = { scenario: 'mini', context: 'zonder-mandaat', moves: player.context.moves };
    expect(saved.moves).toHaveLength(2);

    const second = start();
    second.send({ type: 'play.resume', ...saved });
    const resumed = second.getSnapshot().children.player!.getSnapshot();
    expect(resumed.value).toEqual(player.value);
    expect(resumed.context).toEqual(player.context);
    second.send({ type: 'beat.continue' });
    second.send({ type: 'beat.continue' });
    expect(second.getSnapshot().value).toBe('debrief');
    expect(second.getSnapshot().context.lastPlay?.steps).toEqual([{ beat: 'keuze', choice: 'open' }]);
  });

  it('ignores a saved play of a scenario that no longer exists', () => {
    const actor = start();
    actor.send({ type: 'play.resume', scenario: 'weg', context: 'x', moves: [] });
    expect(actor.getSnapshot().value).toBe('title');
  });

  it('takes a saved play only on the title screen: nothing pulls a room or a play into it', () => {
    const resume = { type: 'play.resume', scenario: 'mini', context: 'met-mandaat', moves: [] } as const;
    const room = start();
    room.send({ type: 'session.group' });
    room.send({
      type: 'group.start',
      scenario: 'mini',
      context: 'met-mandaat',
      discussSeconds: 60,
      showMeters: true,
    });
    room.send(resume);
    expect(room.getSnapshot().matches('group')).toBe(true);
    const playing = start();
    playing.send({ type: 'session.start' });
    playing.send({ type: 'scenario.pick', scenario: 'mini' });
    playing.send({ type: 'beat.continue' });
    playing.send(resume);
    expect(playing.getSnapshot().children.player!.getSnapshot().context.moves).toHaveLength(1);
  });

  it('starts no room with a discussion time that is not a whole number of seconds within bounds', () => {
    for (const discussSeconds of [Number.NaN, 0, -60, 1.5, 10 ** 6]) {
      const actor = start();
      actor.send({ type: 'session.group' });
      actor.send({
        type: 'group.start',
        scenario: 'mini',
        context: 'met-mandaat',
        discussSeconds,
        showMeters: true,
      });
      expect(actor.getSnapshot().value, String(discussSeconds)).toBe('groupSetup');
    }
  });

  it('a new pick after a resumed play starts clean', () => {
    const actor = start();
    actor.send({
      type: 'play.resume',
      scenario: 'mini',
      context: 'met-mandaat',
      moves: [{ type: 'beat.continue' }],
    });
    actor.send({ type: 'play.quit' });
    actor.send({ type: 'scenario.pick', scenario: 'mini' });
    expect(actor.getSnapshot().children.player!.getSnapshot().value).toBe('begin');
  });
});

describe('a group session over a sequence of scenarios', () => {
  it('runs the queued scenarios one after another, each with its own debrief', () => {
    const actor = start();
    actor.send({ type: 'session.group' });
    actor.send({
      type: 'group.start',
      scenario: 'mini',
      context: 'met-mandaat',
      discussSeconds: 60,
      showMeters: false,
      queue: [
        { scenario: 'mini', context: 'zonder-mandaat' },
        { scenario: 'unknown', context: 'x' },
      ],
    });
    const runToEnd = () => {
      for (let i = 0; i < 20 && actor.getSnapshot().value !== 'groupDebrief'; i++) {
        const group = actor.getSnapshot().children.group!.getSnapshot();
        if (group.value === 'tally') actor.send({ type: 'tally.majority', choice: 'stil' });
        actor.send({ type: 'group.next' });
      }
    };
    runToEnd();
    expect(actor.getSnapshot().value).toBe('groupDebrief');
    expect(actor.getSnapshot().context.groupResult?.play.context).toBe('met-mandaat');
    // Unknown scenarios are dropped from the queue rather than blocking the session.
    expect(actor.getSnapshot().context.groupQueue).toEqual([{ scenario: 'mini', context: 'zonder-mandaat' }]);
    actor.send({ type: 'group.continue' });
    expect(actor.getSnapshot().matches('group')).toBe(true);
    runToEnd();
    expect(actor.getSnapshot().context.groupResult?.play.context).toBe('zonder-mandaat');
    actor.send({ type: 'group.continue' });
    expect(actor.getSnapshot().value).toBe('groupDebrief');
  });
});
