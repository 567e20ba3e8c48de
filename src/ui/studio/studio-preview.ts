import {
  advance,
  chosenChoice,
  decisionAt,
  type PlayState,
  phaseOf,
  start,
} from '../../domain/play-state.ts';
import type { Beat, DecisionBeat, Scenario } from '../../domain/scenario.ts';
import { METERS } from '../../domain/vocabulary.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { speakerLine } from '../screens/play.ts';

/** A play that starts at any beat: the start's meters and flags, standing where the author asked. */
export const startAt = (scenario: Scenario, context: string, beat: string): PlayState => {
  const state = start(scenario, context);
  if (!Object.hasOwn(scenario.beats, beat)) return state;
  return {
    ...state,
    beat,
    chosen: undefined,
    ending: scenario.beats[beat]!.kind === 'ending' ? beat : undefined,
  };
};

/** The nodes that are there, for `replaceChildren`. */
const present = (...nodes: (Node | null)[]): Node[] => nodes.filter((n): n is Node => n !== null);

const signed = (n: number) => (n > 0 ? `+${n}` : `−${Math.abs(n)}`);

export interface Preview {
  readonly element: HTMLElement;
  /** A newly checked scenario (or none yet); `stale` when the text now has problems. */
  readonly update: (scenario: Scenario | undefined, stale: boolean) => void;
  /** Starts the play at this beat, in the chosen context. */
  readonly playFrom: (beat: string) => void;
  /** Where the play stands, for the graph to mark. */
  readonly current: () => string | undefined;
}

/**
 * The scenario played beside its text, by the game's own rule engine (play-state.ts): from any beat,
 * in any context, with the meters and flags in view and the trainer's notes, prompts and sources of
 * each decision next to its words.
 */
export const createPreview = (
  ui: UiContext,
  hooks: { readonly showInText: (beat: string) => void; readonly moved: () => void },
): Preview => {
  let scenario: Scenario | undefined;
  let context = '';
  let from = '';
  let play: PlayState | undefined;
  let stale = false;

  const element = h('section', { class: 'studio-preview', attrs: { 'aria-labelledby': 'studio-preview-h' } });

  const restart = () => {
    if (!scenario) return;
    play = startAt(scenario, context, from);
    draw(true);
    hooks.moved();
  };

  const move = (next: PlayState | undefined) => {
    if (next) play = next;
    draw(true);
    hooks.moved();
  };

  const controls = (s: Scenario) => {
    const contextSelect = h(
      'select',
      { attrs: { id: 'studio-context' }, on: { change: () => (context = contextSelect.value) } },
      s.contexts.map((c) =>
        h('option', {
          text: `${ui.local(c.title)} (${c.id})`,
          attrs: { value: c.id, selected: c.id === context },
        }),
      ),
    );
    const beatSelect = h(
      'select',
      { attrs: { id: 'studio-beat' }, on: { change: () => (from = beatSelect.value) } },
      Object.values(s.beats).map((b) =>
        h('option', {
          text: `${b.id} (${ui.t(`studio.graph.kind.${b.kind}`)})`,
          attrs: { value: b.id, selected: b.id === from },
        }),
      ),
    );
    return h(
      'div',
      { class: 'studio-preview-controls' },
      h(
        'span',
        {},
        h('label', { attrs: { for: 'studio-context' }, text: ui.t('studio.preview.context') }),
        contextSelect,
      ),
      h(
        'span',
        {},
        h('label', { attrs: { for: 'studio-beat' }, text: ui.t('studio.preview.beat') }),
        beatSelect,
      ),
      h('button', {
        class: 'primary',
        text: ui.t('studio.preview.play'),
        attrs: { type: 'button', 'data-studio-play': true },
        on: {
          click: () => {
            context = contextSelect.value;
            from = beatSelect.value;
            restart();
          },
        },
      }),
    );
  };

  const meters = (p: PlayState) =>
    h(
      'div',
      { class: 'studio-meters' },
      h('h4', { text: ui.t('studio.preview.meters') }),
      h(
        'ul',
        {},
        METERS.map((m) => {
          const change = p.lastChange[m];
          return h(
            'li',
            { attrs: { 'data-meter': m } },
            h('span', { text: ui.t(`meter.${m}`) }),
            h('span', { class: 'studio-meter-bar', attrs: { 'aria-hidden': 'true' } }, [
              h('span', { attrs: { style: `width:${p.meters[m]}%` } }),
            ]),
            h('strong', { text: String(p.meters[m]) }),
            change ? h('span', { class: change > 0 ? 'up' : 'down', text: ` (${signed(change)})` }) : null,
          );
        }),
      ),
      h('p', {
        class: 'small',
        text: `${ui.t('studio.preview.flags')}: ${p.flags.length ? p.flags.join(', ') : ui.t('studio.preview.noFlags')}`,
      }),
    );

  const trainer = (s: Scenario, beat: DecisionBeat) => {
    const f = beat.decision.facilitator;
    const notes = ui.local(f.notes).trim();
    return h(
      'aside',
      { class: 'studio-trainer', attrs: { 'aria-labelledby': 'studio-trainer-h' } },
      h('h4', { attrs: { id: 'studio-trainer-h' }, text: ui.t('studio.preview.notes') }),
      h('h5', { text: ui.t('studio.preview.facilitatorNotes') }),
      h('p', { text: notes || ui.t('studio.preview.noneWritten') }),
      h('h5', { text: ui.t('studio.preview.prompts') }),
      f.prompts.length
        ? h(
            'ul',
            {},
            f.prompts.map((q) => h('li', { text: ui.local(q) })),
          )
        : h('p', { text: ui.t('studio.preview.noneWritten') }),
      h('h5', { text: ui.t('studio.preview.sources') }),
      f.sources.length
        ? h(
            'ul',
            {},
            f.sources.map((id) => {
              const source = s.sources.find((x) => x.id === id);
              return h(
                'li',
                {},
                h('strong', { text: id }),
                source ? ` — ${source.respondent}, §${source.section}` : '',
                source?.quote ? h('q', { text: ui.local(source.quote) }) : null,
              );
            }),
          )
        : h('p', { text: ui.t('studio.preview.noneWritten') }),
    );
  };

  const effectsLine = (effects: Partial<Record<string, number>>) =>
    Object.entries(effects)
      .filter(([, n]) => n)
      .map(([m, n]) => `${ui.t(`meter.${m as (typeof METERS)[number]}`)} ${signed(n!)}`)
      .join(', ');

  const beatView = (s: Scenario, p: PlayState, beat: Beat) => {
    const who = speakerLine(ui, s, beat);
    const phase = phaseOf(s, p);
    const next = () => move(advance(s, p, { type: 'beat.continue' }));
    const goOn = (label: string) =>
      h('button', { class: 'primary', text: label, attrs: { type: 'button' }, on: { click: next } });
    const body: (HTMLElement | null)[] = [
      h('p', {
        class: 'small studio-beat-meta',
        text: `${beat.id} · ${ui.t('studio.preview.place')}: ${ui.t(`place.${beat.place}`)} · ${ui.t('studio.preview.mood')}: ${beat.mood ?? 'neutraal'}`,
      }),
      h('p', {}, h('strong', { text: `${who.name}: ` }), ui.local(beat.text)),
    ];
    const decision = decisionAt(s, p);
    if (decision) {
      body.push(
        h('p', { class: 'studio-prompt', text: ui.local(decision.decision.prompt) }),
        h(
          'ul',
          { class: 'studio-choices', attrs: { 'aria-label': ui.t('studio.preview.choices') } },
          decision.decision.choices.map((c) =>
            h(
              'li',
              {},
              h('button', {
                text: ui.local(c.text),
                attrs: { type: 'button', 'data-choice': c.id },
                on: { click: () => move(advance(s, p, { type: 'choice.select', choice: c.id })) },
              }),
              h('span', { class: 'small', text: `${c.id} · ${c.strategy} · ${effectsLine(c.effects)}` }),
            ),
          ),
        ),
      );
    } else if (phase === 'consequence') {
      const choice = chosenChoice(s, p)!;
      const variant = p.lastVariant >= 0 ? choice.variants[p.lastVariant] : undefined;
      body.push(
        h('p', { class: 'studio-chosen', text: ui.local(choice.text) }),
        h('h4', { text: ui.t('studio.preview.consequence') }),
        h('p', { text: ui.local(variant?.consequence ?? choice.consequence) }),
        variant
          ? h('p', { class: 'small', text: ui.t('studio.preview.variant', { n: p.lastVariant + 1 }) })
          : null,
        advance(s, p, { type: 'beat.continue' })
          ? goOn(ui.t('studio.preview.continue'))
          : h('p', { class: 'notice', text: ui.t('studio.preview.stuck') }),
      );
    } else if (phase === 'ending' && beat.kind === 'ending') {
      body.push(
        h('p', {
          class: 'studio-ending',
          text: ui.t('studio.preview.ending', { title: ui.local(beat.ending.title) }),
        }),
        goOn(ui.t('studio.preview.continue')),
      );
    } else if (phase === 'done') {
      body.push(h('p', { text: ui.t('studio.preview.done') }));
    } else {
      body.push(
        advance(s, p, { type: 'beat.continue' })
          ? goOn(ui.t('studio.preview.continue'))
          : h('p', { class: 'notice', text: ui.t('studio.preview.stuck') }),
      );
    }
    body.push(
      h('button', {
        class: 'quiet',
        text: ui.t('studio.preview.restart'),
        attrs: { type: 'button' },
        on: { click: restart },
      }),
      h('button', {
        class: 'quiet',
        text: ui.t('studio.preview.showInText', { beat: beat.id }),
        attrs: { type: 'button' },
        on: { click: () => hooks.showInText(beat.id) },
      }),
    );
    const stage = h(
      'div',
      { class: 'studio-beat', attrs: { 'data-beat': beat.id, 'data-phase': phase } },
      body,
    );
    return h('div', { class: 'studio-play' }, stage, beat.kind === 'decision' ? trainer(s, beat) : null);
  };

  const draw = (focus = false) => {
    const heading = h('h3', { attrs: { id: 'studio-preview-h' }, text: ui.t('studio.preview.heading') });
    if (!scenario || !play) {
      element.replaceChildren(heading, h('p', { text: ui.t('studio.preview.none') }));
      return;
    }
    const beat = scenario.beats[play.beat]!;
    element.replaceChildren(
      ...present(
        heading,
        stale
          ? h('p', { class: 'notice', attrs: { role: 'status' }, text: ui.t('studio.preview.stale') })
          : null,
        controls(scenario),
        meters(play),
        beatView(scenario, play, beat),
      ),
    );
    if (focus) element.querySelector<HTMLElement>('.studio-beat button')?.focus();
  };

  return {
    element,
    update: (next, isStale) => {
      stale = isStale;
      if (next) {
        const same = scenario?.id === next.id;
        scenario = next;
        if (!next.contexts.some((c) => c.id === context)) context = next.contexts[0]!.id;
        if (!Object.hasOwn(next.beats, from)) from = next.start;
        // The same scenario edited: the play keeps its place if its beat is still there, else starts again.
        if (!same || !play || !Object.hasOwn(next.beats, play.beat)) play = startAt(next, context, from);
        else play = { ...play };
      }
      draw();
    },
    playFrom: (beat) => {
      if (!scenario || !Object.hasOwn(scenario.beats, beat)) return;
      from = beat;
      restart();
    },
    current: () => play?.beat,
  };
};
