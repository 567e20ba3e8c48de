import { describe, expect, it } from 'vitest';
import type { GroupView } from '../../src/machines/group-view.ts';
import type { SessionEvent } from '../../src/machines/session-machine.ts';
import { createSessionPort } from '../../src/machines/session-port.ts';
import type { SessionView } from '../../src/machines/session-view.ts';
import { roomKey, SHORTCUTS } from '../../src/ui/group-keys.ts';
import { soloKey } from '../../src/ui/solo-keys.ts';
import { ROOM_START } from '../support/room.ts';
import { loadValid, MINI } from '../support/scenarios.ts';

const mini = loadValid(MINI);

/** The view after these events, from the real machines. */
const viewAfter = (...events: SessionEvent[]): SessionView => {
  const port = createSessionPort([mini]);
  for (const e of events) port.send(e);
  return port.view();
};
const next: SessionEvent = { type: 'group.next' };
const room = (...events: SessionEvent[]): GroupView => {
  const view = viewAfter(...ROOM_START, ...events);
  if (view.screen !== 'group') throw new Error(`not in a group session but on ${view.screen}`);
  return view;
};
const reading = room();
const present = room(next);
const discuss = room(next, next);
const tally = room(next, next, next);
const reveal = room(next, next, next, next);

describe('the room keys', () => {
  it('are looked up in the phase they apply to', () => {
    expect([reading, present, discuss, tally, reveal].map((v) => v.phase)).toEqual([
      'reading',
      'present',
      'discuss',
      'tally',
      'reveal',
    ]);
  });

  it.each(['ArrowRight', 'PageDown', ' '])('%s goes on in every phase', (key) => {
    for (const view of [reading, present, discuss, tally, reveal])
      expect(roomKey(key, view, undefined)).toEqual({ type: 'group.next' });
  });

  it('← and PageUp step back, U undoes, in every phase', () => {
    for (const view of [reading, discuss, reveal]) {
      expect(roomKey('ArrowLeft', view, undefined)).toEqual({ type: 'group.back' });
      expect(roomKey('PageUp', view, undefined)).toEqual({ type: 'group.back' });
      expect(roomKey('u', view, undefined)).toEqual({ type: 'group.undo' });
    }
  });

  it('T pauses and + / − change the time only while discussing', () => {
    expect(roomKey('t', discuss, undefined)).toEqual({ type: 'timer.toggle' });
    expect(roomKey('+', discuss, undefined)).toEqual({ type: 'timer.adjust', seconds: 30 });
    expect(roomKey('-', discuss, undefined)).toEqual({ type: 'timer.adjust', seconds: -30 });
    for (const view of [reading, present, reveal]) {
      expect(roomKey('t', view, undefined)).toBeUndefined();
      expect(roomKey('+', view, 'open')).toBeUndefined();
    }
  });

  it('1–4 count a vote for an option that is on screen while counting, and pick one after the reveal', () => {
    const [a, b] = tally.choices;
    expect(roomKey('1', tally, undefined)).toEqual({ type: 'tally.adjust', choice: a!.id, delta: 1 });
    expect(roomKey('2', tally, undefined)).toEqual({ type: 'tally.adjust', choice: b!.id, delta: 1 });
    expect(roomKey(String(tally.choices.length + 1), tally, undefined)).toBeUndefined();
    expect(roomKey('2', reveal, undefined)).toEqual({ type: 'reveal.pick', choice: b!.id });
    expect(roomKey('1', discuss, undefined)).toBeUndefined();
    expect(roomKey('1', reading, undefined)).toBeUndefined();
  });

  it('+ and − adjust the option last counted, and R reveals, only while counting', () => {
    expect(roomKey('+', tally, 'stil')).toEqual({ type: 'tally.adjust', choice: 'stil', delta: 1 });
    expect(roomKey('-', tally, 'stil')).toEqual({ type: 'tally.adjust', choice: 'stil', delta: -1 });
    expect(roomKey('+', tally, undefined)).toBeUndefined();
    expect(roomKey('r', tally, undefined)).toEqual({ type: 'group.next' });
    expect(roomKey('r', discuss, undefined)).toBeUndefined();
  });

  it('B, F, P and ? are screen actions in any phase, and every shortcut listed does something somewhere', () => {
    expect(roomKey('b', reading, undefined)).toEqual({ type: 'ui.blank' });
    expect(roomKey('F', tally, undefined)).toEqual({ type: 'ui.fullscreen' });
    expect(roomKey('p', reveal, undefined)).toEqual({ type: 'ui.presenter' });
    expect(roomKey('?', discuss, undefined)).toEqual({ type: 'ui.help' });
    expect(roomKey('x', discuss, undefined)).toBeUndefined();
    const keysOf = (listed: string) =>
      listed === '→ / Space'
        ? ['ArrowRight', ' ']
        : listed === '←'
          ? ['ArrowLeft']
          : listed === '+ / −'
            ? ['+', '-']
            : listed === '1–4'
              ? ['1', '2']
              : [listed.toLowerCase()];
    for (const [listed] of SHORTCUTS) {
      for (const key of keysOf(listed)) {
        const acts = [reading, present, discuss, tally, reveal].some((v) => roomKey(key, v, 'open'));
        expect(acts, `${listed} (${key})`).toBe(true);
      }
    }
  });
});

describe('the keys of a player alone', () => {
  const choosing = viewAfter(
    { type: 'session.start' },
    { type: 'scenario.pick', scenario: 'mini', context: 'met-mandaat' },
    { type: 'beat.continue' },
  );
  const readingBeat = viewAfter({ type: 'session.start' }, { type: 'scenario.pick', scenario: 'mini' });

  it('pick the choices that exist with 1–4 while choosing, and nothing else', () => {
    expect(choosing.screen === 'playing' && choosing.phase).toBe('choosing');
    const beat = choosing.screen === 'playing' ? mini.beats[choosing.beat] : undefined;
    const choices = beat?.kind === 'decision' ? beat.decision.choices : [];
    expect(choices.length).toBeGreaterThan(0);
    choices.forEach((c, i) => {
      expect(soloKey(String(i + 1), choosing)).toEqual({ type: 'choice.select', choice: c.id });
    });
    expect(soloKey(String(choices.length + 1), choosing)).toBeUndefined();
    expect(soloKey('0', choosing)).toBeUndefined();
    expect(soloKey('1', readingBeat)).toBeUndefined();
    expect(soloKey('1', viewAfter())).toBeUndefined();
  });

  it('turn the sound on or off with M on every screen', () => {
    for (const view of [choosing, readingBeat, viewAfter(), reading]) {
      expect(soloKey('m', view)).toEqual({ type: 'ui.mute' });
      expect(soloKey('M', view)).toEqual({ type: 'ui.mute' });
    }
  });
});
