import type { CompetencyTally, StrategyTally } from '../../domain/debrief.ts';
import { buildPhoneDebrief, stepsFromLetters, votesFromLetters } from '../../domain/phone-debrief.ts';
import { letterOf, readDecisionKey } from '../../domain/room-decision.ts';
import type { Letter, PublicState } from '../../domain/room-protocol.ts';
import { VOTE_LETTERS } from '../../domain/room-vote.ts';
import type { DecisionBeat, Scenario } from '../../domain/scenario.ts';
import type { LocalText } from '../../domain/text.ts';
import type { FinishedScenario } from './phone-record.ts';

/**
 * What the phone screen shows, as plain data: from the room's state, this phone's own votes and the
 * scenarios it carries. No words here (only keys and the scenarios' own texts), no DOM: the renderer
 * (phone-render.ts) turns it into elements, and tests read it directly.
 */

export type Link = 'connecting' | 'online' | 'offline';
/** Why there is no room to be in: no code yet, the typed code is not one, no room has it, or the room is full. */
export type CodeProblem = 'missing' | 'malformed' | 'unknown-room' | 'full';

export interface PhoneSituation {
  /** The normalised room code, or undefined when what was typed cannot be a code. */
  readonly code: string | undefined;
  /** The code as it came (in the link, or typed). */
  readonly typed: string;
  readonly link: Link;
  readonly trouble: 'unknown-room' | 'expired' | 'full' | 'closed' | undefined;
  readonly state: PublicState | undefined;
  /** This phone's vote on the decision at hand, as the server confirmed it. */
  readonly mine: Letter | undefined;
  /** A vote on its way to the server. */
  readonly sending?: Letter | undefined;
  /** The last vote did not arrive: the vote had closed, or the link was down. */
  readonly refused?: 'closed' | 'offline' | undefined;
  /** An option was tapped while the vote was not open. */
  readonly nudged?: boolean;
  /** The scenarios this room finished while this phone was in it, oldest first. */
  readonly finished: readonly FinishedScenario[];
  readonly scenarios: readonly Scenario[];
}

export interface OptionView {
  readonly letter: Letter;
  /** The option's words, when this phone has the scenario. */
  readonly text?: LocalText;
  readonly mine: boolean;
  /** After the reveal: the room's votes for it (hands and phones) and their share, 0–100. */
  readonly votes?: number;
  readonly share?: number;
  /** Once the trainer confirmed it: the room's choice. */
  readonly room?: boolean;
}

export type DecisionStage = 'present' | 'discuss' | 'open' | 'closed' | 'reveal';

export type PhoneMain =
  | { readonly kind: 'code'; readonly problem: CodeProblem }
  | { readonly kind: 'connecting' }
  | { readonly kind: 'lobby'; readonly participants: number }
  | { readonly kind: 'look'; readonly participants: number }
  | {
      readonly kind: 'decision';
      readonly stage: DecisionStage;
      readonly number: number;
      readonly title?: LocalText;
      readonly prompt?: LocalText;
      /** Set when this phone lacks the scenario (or has another version of it): letters only. */
      readonly missing?: string;
      readonly options: readonly OptionView[];
      readonly mine?: Letter;
      readonly sending?: Letter;
      readonly refused?: 'closed' | 'offline';
      /** An option was tapped while the vote was not open: say when it will be. */
      readonly nudged?: true;
      /** After the reveal: every vote counted. */
      readonly total?: number;
    }
  | { readonly kind: 'finished' }
  | { readonly kind: 'over' };

export interface RowView {
  readonly number: number;
  readonly prompt?: LocalText;
  readonly room: { readonly letter: Letter; readonly text?: LocalText };
  readonly mine?: { readonly letter: Letter; readonly text?: LocalText };
  readonly agreed: boolean;
}

export interface DebriefView {
  /** Tells the finished scenarios apart on one page (and in the printed copy). */
  readonly id: string;
  readonly scenario: string;
  readonly context: string;
  readonly title?: LocalText;
  readonly contextTitle?: LocalText;
  /** Set when this phone lacks the scenario: the rows carry letters only, and nothing more is said. */
  readonly missing: boolean;
  readonly rows: readonly RowView[];
  readonly voted: number;
  readonly agreed: number;
  readonly competencies: readonly CompetencyTally[];
  readonly strategies: readonly StrategyTally[];
  readonly ending?: LocalText;
  /** What the Export button saves: the phone's own votes beside the room's, and what they leaned on. */
  readonly file: { readonly name: string; readonly data: unknown };
}

/** A status line: said once in the live region whenever it changes. */
export interface Status {
  readonly key: StatusKey;
  readonly params?: Readonly<Record<string, string | number>>;
}
export type StatusKey =
  | 'phone.status.code'
  | 'phone.status.connecting'
  | 'phone.status.lobby'
  | 'phone.status.look'
  | 'phone.status.present'
  | 'phone.status.open'
  | 'phone.status.sending'
  | 'phone.status.received'
  | 'phone.status.refusedClosed'
  | 'phone.status.refusedOffline'
  | 'phone.status.closed'
  | 'phone.status.reveal'
  | 'phone.status.finished'
  | 'phone.status.over';

export interface PhoneView {
  /** The link dropped after the phone was in: it reconnects by itself, its vote is kept. */
  readonly offline: boolean;
  readonly main: PhoneMain;
  /** Newest first; shown after a scenario and once the session is over. */
  readonly debriefs: readonly DebriefView[];
  readonly status: Status;
}

const DECIDING = new Set(['present', 'discuss', 'tally', 'reveal']);

/** The decision beat a key names in this phone's scenarios, when its options match the room's letters. */
const findDecision = (
  scenarios: readonly Scenario[],
  key: string,
  letters: readonly Letter[],
): { scenario: Scenario; beat: DecisionBeat } | undefined => {
  const ref = readDecisionKey(key);
  const scenario = ref && scenarios.find((s) => s.id === ref.scenario);
  const beat = ref && scenario?.beats[ref.beat];
  if (!scenario || beat?.kind !== 'decision') return undefined;
  return letters.every((l) => beat.decision.choices[letterIndex(l)]) ? { scenario, beat } : undefined;
};
const letterIndex = (letter: Letter) => VOTE_LETTERS.indexOf(letter);

const decisionMain = (s: PhoneSituation, state: PublicState, decision: string): PhoneMain => {
  const found = findDecision(s.scenarios, decision, state.letters);
  const at = state.path.findIndex((p) => p.decision === decision);
  const roomLetter = at >= 0 ? state.path[at]!.letter : undefined;
  // The split reaches the phones with the reveal (vote.reveal), whichever phase the trainer names with it.
  const revealed = state.tally !== null;
  const tally = state.tally ?? {};
  const total = state.letters.reduce((n, l) => n + (tally[l] ?? 0), 0);
  const stage: DecisionStage = revealed
    ? 'reveal'
    : state.open
      ? 'open'
      : state.phase === 'tally' || state.phase === 'reveal'
        ? 'closed'
        : state.phase === 'present'
          ? 'present'
          : 'discuss';
  const options = state.letters.map((letter): OptionView => {
    const text = found?.beat.decision.choices[letterIndex(letter)]?.text;
    const votes = tally[letter] ?? 0;
    return {
      letter,
      ...(text ? { text } : {}),
      mine: s.mine === letter,
      ...(revealed ? { votes, share: total ? Math.round((votes / total) * 100) : 0 } : {}),
      ...(roomLetter === letter ? { room: true } : {}),
    };
  });
  return {
    kind: 'decision',
    stage,
    number: at >= 0 ? at + 1 : state.path.length + 1,
    ...(found
      ? { title: found.scenario.title, prompt: found.beat.decision.prompt }
      : { missing: readDecisionKey(decision)?.scenario ?? decision }),
    options,
    ...(s.mine ? { mine: s.mine } : {}),
    ...(s.sending && stage === 'open' ? { sending: s.sending } : {}),
    ...(s.refused ? { refused: s.refused } : {}),
    ...(s.nudged && stage !== 'open' && stage !== 'reveal' ? { nudged: true as const } : {}),
    ...(revealed ? { total } : {}),
  };
};

const mainOf = (s: PhoneSituation): PhoneMain => {
  if (s.code === undefined) return { kind: 'code', problem: s.typed.trim() ? 'malformed' : 'missing' };
  if (s.trouble === 'expired' || s.trouble === 'closed') return { kind: 'over' };
  const state = s.state;
  // A room that goes missing after this phone was in it is on its way back (a restarted server).
  if (s.trouble === 'full' || (s.trouble === 'unknown-room' && !state))
    return { kind: 'code', problem: s.trouble };
  if (!state) return { kind: 'connecting' };
  if (state.phase === 'ended') return { kind: 'over' };
  if (state.phase === 'finished') return { kind: 'finished' };
  if (state.phase === 'lobby') return { kind: 'lobby', participants: state.participants };
  if (DECIDING.has(state.phase) && state.decision !== null) return decisionMain(s, state, state.decision);
  return { kind: 'look', participants: state.participants };
};

const statusOf = (main: PhoneMain): Status => {
  switch (main.kind) {
    case 'code':
      return { key: 'phone.status.code' };
    case 'connecting':
      return { key: 'phone.status.connecting' };
    case 'lobby':
      return { key: 'phone.status.lobby', params: { count: main.participants } };
    case 'look':
      return { key: 'phone.status.look' };
    case 'finished':
      return { key: 'phone.status.finished' };
    case 'over':
      return { key: 'phone.status.over' };
    case 'decision': {
      const n = { number: main.number };
      if (main.refused === 'closed') return { key: 'phone.status.refusedClosed', params: n };
      if (main.refused === 'offline') return { key: 'phone.status.refusedOffline', params: n };
      if (main.stage === 'reveal') return { key: 'phone.status.reveal', params: n };
      if (main.stage === 'closed') return { key: 'phone.status.closed', params: n };
      if (main.stage === 'open') {
        if (main.sending) return { key: 'phone.status.sending', params: { ...n, letter: main.sending } };
        if (main.mine) return { key: 'phone.status.received', params: { ...n, letter: main.mine } };
        return { key: 'phone.status.open', params: n };
      }
      return { key: 'phone.status.present', params: n };
    }
  }
};

/** The personal debrief of one finished scenario, in letters and the scenario's own words. */
export const debriefView = (
  scenarios: readonly Scenario[],
  done: FinishedScenario,
  index: number,
): DebriefView => {
  const scenario = scenarios.find((s) => s.id === done.scenario);
  const id = `debrief-${index + 1}`;
  const fileName = `nabespreking-${done.scenario}-${index + 1}.json`;
  if (!scenario) {
    const rows = done.path.map((p, i): RowView => {
      const mine = Object.hasOwn(done.votes, p.decision) ? done.votes[p.decision] : undefined;
      return {
        number: i + 1,
        room: { letter: p.letter },
        ...(mine ? { mine: { letter: mine } } : {}),
        agreed: mine === p.letter,
      };
    });
    const data = {
      format: 'open-ambtenaar/phone-debrief',
      version: 1,
      scenario: done.scenario,
      context: done.context,
      decisions: rows.map((r, i) => ({
        decision: done.path[i]!.decision,
        room: r.room.letter,
        mine: r.mine?.letter ?? null,
        agreed: r.agreed,
      })),
    };
    return {
      id,
      scenario: done.scenario,
      context: done.context,
      missing: true,
      rows,
      voted: rows.filter((r) => r.mine).length,
      agreed: rows.filter((r) => r.agreed).length,
      competencies: [],
      strategies: [],
      file: { name: fileName, data },
    };
  }
  const roomPath = stepsFromLetters(scenario, done.context, done.path);
  const personal = buildPhoneDebrief(
    scenario,
    done.context,
    roomPath,
    votesFromLetters(scenario, done.context, done.votes),
  );
  const option = (beat: string, choice: string) => {
    const b = scenario.beats[beat];
    const c = b?.kind === 'decision' ? b.decision.choices.find((x) => x.id === choice) : undefined;
    return { letter: letterOf(scenario, beat, choice)!, ...(c ? { text: c.text } : {}) };
  };
  const rows = personal.rows.map((r, i): RowView => {
    const beat = scenario.beats[r.beat];
    return {
      number: i + 1,
      ...(beat?.kind === 'decision' ? { prompt: beat.decision.prompt } : {}),
      room: option(r.beat, r.room),
      ...(r.mine ? { mine: option(r.beat, r.mine) } : {}),
      agreed: r.agreed,
    };
  });
  const { debrief } = personal;
  const contextTitle = scenario.contexts.find((c) => c.id === done.context)?.title;
  const data = {
    format: 'open-ambtenaar/phone-debrief',
    version: 1,
    scenario: scenario.id,
    context: done.context,
    ending: debrief.ending?.beat ?? null,
    decisions: personal.rows.map((r, i) => ({
      decision: r.beat,
      room: { letter: rows[i]!.room.letter, choice: r.room },
      mine: r.mine ? { letter: rows[i]!.mine!.letter, choice: r.mine } : null,
      agreed: r.agreed,
    })),
    competencies: debrief.competencies.map(({ competency, drawn, setAside }) => ({
      competency,
      drawn,
      setAside,
    })),
    strategies: debrief.strategies.map(({ strategy, coping, choices }) => ({
      strategy,
      coping,
      count: choices.length,
    })),
  };
  return {
    id,
    scenario: scenario.id,
    context: done.context,
    title: scenario.title,
    ...(scenario.contexts.length > 1 && contextTitle ? { contextTitle } : {}),
    missing: false,
    rows,
    voted: personal.voted,
    agreed: personal.agreed,
    competencies: debrief.competencies,
    strategies: debrief.strategies,
    ...(debrief.ending ? { ending: debrief.ending.title } : {}),
    file: { name: fileName, data },
  };
};

const SHOWS_DEBRIEFS = new Set<PhoneMain['kind']>(['finished', 'over', 'code', 'connecting']);

export const phoneView = (s: PhoneSituation): PhoneView => {
  const main = mainOf(s);
  const debriefs = SHOWS_DEBRIEFS.has(main.kind)
    ? s.finished.map((f, i) => debriefView(s.scenarios, f, i)).reverse()
    : [];
  const lost = s.link === 'offline' || (s.trouble === 'unknown-room' && s.state !== undefined);
  const offline = lost && main.kind !== 'code' && main.kind !== 'over';
  return { offline, main, debriefs, status: statusOf(main) };
};
