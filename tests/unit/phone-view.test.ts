import { describe, expect, it } from 'vitest';
import { buildPhoneDebrief } from '../../src/domain/phone-debrief.ts';
import { choiceOf, decisionKey, letterOf } from '../../src/domain/room-decision.ts';
import type { Letter, PublicState } from '../../src/domain/room-protocol.ts';
import type { DecisionBeat } from '../../src/domain/scenario.ts';
import { type PhoneSituation, phoneView } from '../../src/ui/phone/phone-view.ts';
import { completePlays } from '../support/paths.ts';
import { loadValid, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

const library = yamlFiles(SCENARIO_DIR).map(loadValid);
const scenario = library.find((s) => s.id === 'data-is-een-extra')!;
const context = scenario.contexts[0]!.id;
const beat = Object.values(scenario.beats).find((b): b is DecisionBeat => b.kind === 'decision')!;
const key = decisionKey({ scenario: scenario.id, context, beat: beat.id });
const letters = beat.decision.choices.map((_, i) => 'ABCD'[i] as Letter);

const state = (over: Partial<PublicState> = {}): PublicState => ({
  code: 'ABC234',
  phase: 'discuss',
  decision: key,
  letters,
  open: false,
  participants: 5,
  tally: null,
  path: [],
  ...over,
});
const situation = (over: Partial<PhoneSituation> = {}): PhoneSituation => ({
  code: 'ABC234',
  typed: 'abc 234',
  link: 'online',
  trouble: undefined,
  state: state(),
  mine: undefined,
  finished: [],
  scenarios: library,
  ...over,
});
const decisionOf = (s: PhoneSituation) => {
  const main = phoneView(s).main;
  if (main.kind !== 'decision') throw new Error(`not a decision: ${main.kind}`);
  return main;
};

describe('the phone view before it is in a room', () => {
  it('asks for a code when the link had none, or one that cannot be a code', () => {
    expect(phoneView(situation({ code: undefined, typed: '', state: undefined })).main).toEqual({
      kind: 'code',
      problem: 'missing',
    });
    expect(phoneView(situation({ code: undefined, typed: 'A0O1IL', state: undefined })).main).toEqual({
      kind: 'code',
      problem: 'malformed',
    });
  });

  it('asks for the code again when no room has it, and says so when the room is full', () => {
    const unknown = phoneView(situation({ trouble: 'unknown-room', state: undefined }));
    expect(unknown.main).toEqual({ kind: 'code', problem: 'unknown-room' });
    expect(unknown.status.key).toBe('phone.status.code');
    expect(phoneView(situation({ trouble: 'full', state: undefined })).main).toEqual({
      kind: 'code',
      problem: 'full',
    });
  });

  it('waits while it connects', () => {
    const view = phoneView(situation({ link: 'connecting', state: undefined }));
    expect(view.main.kind).toBe('connecting');
    expect(view.offline).toBe(false);
  });

  it('treats a room that vanished after it joined as a link that is coming back (a restarted server)', () => {
    const view = phoneView(situation({ trouble: 'unknown-room' }));
    expect(view.main.kind).toBe('decision');
    expect(view.offline).toBe(true);
  });
});

describe('the phone view in a room', () => {
  it('shows the lobby with the number of phones, and "look at the screen" while the story is read', () => {
    expect(phoneView(situation({ state: state({ phase: 'lobby', decision: null }) })).main).toEqual({
      kind: 'lobby',
      participants: 5,
    });
    expect(phoneView(situation({ state: state({ phase: 'reading' }) })).main.kind).toBe('look');
    expect(phoneView(situation({ state: state({ phase: 'present', decision: null }) })).main.kind).toBe(
      'look',
    );
  });

  it('shows the dilemma and every option in the phone’s own scenario text while the room discusses', () => {
    for (const phase of ['present', 'discuss'] as const) {
      const main = decisionOf(situation({ state: state({ phase }) }));
      expect(main.stage).toBe(phase);
      expect(main.prompt).toEqual(beat.decision.prompt);
      expect(main.title).toEqual(scenario.title);
      expect(main.options.map((o) => o.letter)).toEqual(letters);
      expect(main.options.map((o) => o.text)).toEqual(beat.decision.choices.map((c) => c.text));
      expect(main.number).toBe(1);
    }
  });

  it('numbers the decision by the room’s path in this scenario', () => {
    const path = [
      { decision: decisionKey({ scenario: scenario.id, context, beat: 'x' }), letter: 'A' as const },
    ];
    expect(decisionOf(situation({ state: state({ path }) })).number).toBe(2);
    expect(decisionOf(situation({ state: state({ path: [{ decision: key, letter: 'B' }] }) })).number).toBe(
      1,
    );
  });

  it('opens the vote while the room’s vote is open, marks the phone’s vote, and says it was received', () => {
    const open = situation({ state: state({ phase: 'tally', open: true }) });
    expect(decisionOf(open).stage).toBe('open');
    expect(phoneView(open).status).toEqual({ key: 'phone.status.open', params: { number: 1 } });
    const voted = { ...open, mine: 'B' as const };
    expect(
      decisionOf(voted)
        .options.filter((o) => o.mine)
        .map((o) => o.letter),
    ).toEqual(['B']);
    expect(phoneView(voted).status).toEqual({
      key: 'phone.status.received',
      params: { number: 1, letter: 'B' },
    });
    const sending = { ...voted, sending: 'A' as const };
    expect(phoneView(sending).status).toEqual({
      key: 'phone.status.sending',
      params: { number: 1, letter: 'A' },
    });
  });

  it('says when a vote did not arrive, and why', () => {
    const open = situation({ state: state({ phase: 'tally', open: true }) });
    expect(phoneView({ ...open, refused: 'closed' }).status.key).toBe('phone.status.refusedClosed');
    expect(phoneView({ ...open, refused: 'offline' }).status.key).toBe('phone.status.refusedOffline');
  });

  it('says when the vote will open after a tap while it is not open, and forgets that once it is', () => {
    expect(decisionOf(situation({ nudged: true })).nudged).toBe(true);
    expect(
      decisionOf(situation({ nudged: true, state: state({ phase: 'tally', open: true }) })).nudged,
    ).toBeUndefined();
  });

  it('closes the vote without showing any split until the reveal', () => {
    const closed = decisionOf(situation({ state: state({ phase: 'tally', open: false }), mine: 'A' }));
    expect(closed.stage).toBe('closed');
    expect(closed.options.every((o) => o.votes === undefined)).toBe(true);
  });

  it('shows the room’s split after the reveal, with the phone’s own choice and (once confirmed) the room’s marked', () => {
    const tally = { A: 3, B: 1 };
    const reveal = situation({ state: state({ phase: 'reveal', tally }), mine: 'B' });
    const main = decisionOf(reveal);
    expect(main.stage).toBe('reveal');
    expect(main.total).toBe(4);
    expect(main.options.slice(0, 2)).toEqual([
      { letter: 'A', text: beat.decision.choices[0]!.text, mine: false, votes: 3, share: 75 },
      { letter: 'B', text: beat.decision.choices[1]!.text, mine: true, votes: 1, share: 25 },
    ]);
    const confirmed = decisionOf({
      ...reveal,
      state: state({ phase: 'reveal', tally, path: [{ decision: key, letter: 'A' }] }),
    });
    expect(confirmed.options.filter((o) => o.room).map((o) => o.letter)).toEqual(['A']);
  });

  it('shows letters only, and names the scenario, when this phone does not have it', () => {
    const foreign = decisionKey({ scenario: 'elders', context: 'ergens', beat: 'keuze' });
    const main = decisionOf(situation({ state: state({ decision: foreign, letters: ['A', 'B', 'C'] }) }));
    expect(main.missing).toBe('elders');
    expect(main.prompt).toBeUndefined();
    expect(main.options.map((o) => [o.letter, o.text])).toEqual([
      ['A', undefined],
      ['B', undefined],
      ['C', undefined],
    ]);
  });

  it('does not take a version of the decision with fewer options than the room’s letters for the room’s', () => {
    const small = library
      .flatMap((sc) => Object.values(sc.beats).map((b) => ({ sc, b })))
      .find(({ b }) => b.kind === 'decision' && b.decision.choices.length < 4)!;
    const decision = decisionKey({
      scenario: small.sc.id,
      context: small.sc.contexts[0]!.id,
      beat: small.b.id,
    });
    const main = decisionOf(situation({ state: state({ decision, letters: ['A', 'B', 'C', 'D'] }) }));
    expect(main.missing).toBe(small.sc.id);
  });

  it('shows a calm offline banner while the link is down, and not on the code form', () => {
    expect(phoneView(situation({ link: 'offline' })).offline).toBe(true);
    expect(phoneView(situation({ link: 'offline', code: undefined, typed: 'x' })).offline).toBe(false);
  });
});

describe('the phone’s debriefs', () => {
  const play = completePlays(scenario, context)[0]!;
  const path = play.record.steps.map((s) => ({
    decision: decisionKey({ scenario: scenario.id, context, beat: s.beat }),
    letter: letterOf(scenario, s.beat, s.choice)!,
  }));
  const votes = { [path[0]!.decision]: path[0]!.letter === 'A' ? ('B' as const) : ('A' as const) };
  const finished = [{ scenario: scenario.id, context, path, votes }];

  it('shows this phone’s votes beside the room’s path at the end of a scenario', () => {
    const view = phoneView(situation({ state: state({ phase: 'finished', path }), finished }));
    expect(view.main.kind).toBe('finished');
    expect(view.debriefs).toHaveLength(1);
    const [d] = view.debriefs;
    expect(d!.rows.map((r) => r.room.letter)).toEqual(path.map((p) => p.letter));
    expect(d!.rows[0]!.mine?.letter).toBe(votes[path[0]!.decision]);
    expect(d!.rows.slice(1).every((r) => r.mine === undefined)).toBe(true);
    expect([d!.voted, d!.agreed]).toEqual([1, 0]);
    const first = play.record.steps[0]!.beat;
    const choice = choiceOf(scenario, first, votes[path[0]!.decision]!)!;
    const own = buildPhoneDebrief(scenario, context, play.record.steps, { [first]: choice });
    expect(d!.competencies).toEqual(own.debrief.competencies);
    expect(d!.ending).toEqual(own.debrief.ending?.title);
  });

  it('keeps earlier scenarios’ debriefs, newest first, once the session is over or closed', () => {
    const two = [...finished, { ...finished[0]!, votes: {} }];
    for (const s of [
      situation({ state: state({ phase: 'ended', path: [] }), finished: two }),
      situation({ trouble: 'closed', finished: two }),
      situation({ trouble: 'expired', state: undefined, finished: two }),
    ]) {
      const view = phoneView(s);
      expect(view.main.kind).toBe('over');
      expect(view.debriefs.map((d) => d.id)).toEqual(['debrief-2', 'debrief-1']);
    }
  });

  it('does not show them while the room is deciding', () => {
    expect(phoneView(situation({ finished })).debriefs).toEqual([]);
  });

  it('exports no device id, no room code, only the phone’s votes beside the room’s choices', () => {
    const [d] = phoneView(situation({ state: state({ phase: 'finished', path }), finished })).debriefs;
    const text = JSON.stringify(d!.file.data);
    expect(text).not.toContain('ABC234');
    expect(d!.file.name).toMatch(/^nabespreking-data-is-een-extra-1\.json$/);
    expect(d!.file.data).toMatchObject({
      format: 'open-ambtenaar/phone-debrief',
      version: 1,
      scenario: scenario.id,
    });
  });

  it('shows letters only for a finished scenario this phone does not have', () => {
    const foreign = [
      {
        scenario: 'elders',
        context: 'ergens',
        path: [{ decision: 'elders/ergens/k', letter: 'C' as const }],
        votes: { 'elders/ergens/k': 'C' as const },
      },
    ];
    const [d] = phoneView(situation({ trouble: 'closed', finished: foreign })).debriefs;
    expect(d!.missing).toBe(true);
    expect(d!.rows).toEqual([{ number: 1, room: { letter: 'C' }, mine: { letter: 'C' }, agreed: true }]);
  });
});
