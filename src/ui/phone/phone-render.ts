import { LANGS } from '../../domain/text.ts';
import { h } from '../dom.ts';
import type { PhoneUi } from './phone-context.ts';
import { renderDebrief } from './phone-debrief-render.ts';
import type { OptionView, PhoneMain, PhoneView } from './phone-view.ts';

type Decision = Extract<PhoneMain, { kind: 'decision' }>;

/** The heading every screen starts with; focus moves here when the control that had it is gone. */
const heading = (text: string) =>
  h('h1', { attrs: { id: 'phone-heading', tabindex: -1, 'data-focus': 'heading' }, text });

const card = (kind: string, ...children: Parameters<typeof h>[2][]) =>
  h(
    'section',
    { class: `phone-card phone-${kind}`, attrs: { 'aria-labelledby': 'phone-heading' } },
    ...children,
  );

const header = (ui: PhoneUi, inRoom: boolean) =>
  h(
    'header',
    { class: 'phone-head' },
    h(
      'p',
      { class: 'phone-brand' },
      h('span', { text: ui.t('app.title') }),
      ui.code && inRoom
        ? h('span', { class: 'phone-code', text: ui.t('phone.room', { code: ui.code }) })
        : null,
    ),
    h(
      'fieldset',
      { class: 'lang-switch phone-lang' },
      h('legend', { class: 'visually-hidden', text: ui.t('title.language') }),
      LANGS.map((lang) =>
        h('button', {
          class: 'quiet',
          text: ui.t(`lang.${lang}`),
          attrs: {
            type: 'button',
            lang,
            'aria-pressed': String(ui.lang === lang),
            'data-focus': `lang-${lang}`,
          },
          on: { click: () => ui.setLang(lang) },
        }),
      ),
    ),
  );

const codeForm = (ui: PhoneUi, problem: Extract<PhoneMain, { kind: 'code' }>['problem']) => {
  const message =
    problem === 'missing'
      ? ui.t('phone.code.missing')
      : problem === 'malformed'
        ? ui.t('phone.code.malformed', { typed: ui.typed.trim() })
        : problem === 'full'
          ? ui.t('phone.code.full', { code: ui.code ?? '' })
          : ui.t('phone.code.unknownRoom', { code: ui.code ?? '' });
  const input = h('input', {
    attrs: {
      id: 'phone-code',
      name: 'code',
      type: 'text',
      value: problem === 'missing' ? '' : ui.typed,
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      maxlength: 20,
      'aria-describedby': 'phone-code-problem phone-code-hint',
      'aria-invalid': problem === 'missing' ? undefined : 'true',
      'data-focus': 'code',
    },
  });
  return card(
    'join',
    heading(ui.t('phone.code.heading')),
    h('p', {
      class: `phone-problem${problem === 'missing' ? ' calm' : ''}`,
      attrs: { id: 'phone-code-problem' },
      text: message,
    }),
    h(
      'form',
      {
        class: 'phone-code-form',
        attrs: { novalidate: true },
        on: {
          submit: (event) => {
            event.preventDefault();
            ui.joinCode(input.value);
          },
        },
      },
      h('label', { attrs: { for: 'phone-code' }, text: ui.t('phone.code.label') }),
      h('p', { class: 'small', attrs: { id: 'phone-code-hint' }, text: ui.t('phone.code.hint') }),
      input,
      h('button', {
        class: 'primary',
        text: ui.t('phone.code.join'),
        attrs: { type: 'submit', 'data-focus': 'join' },
      }),
    ),
  );
};

const letterBadge = (letter: string) =>
  h('span', { class: 'phone-letter', attrs: { 'aria-hidden': 'true' }, text: letter });

const voteButton = (ui: PhoneUi, view: Decision, option: OptionView) => {
  const open = view.stage === 'open';
  const pressed = view.sending ? view.sending === option.letter : option.mine;
  return h(
    'li',
    { class: `option-${option.letter.toLowerCase()}` },
    h(
      'button',
      {
        class: `phone-vote${pressed ? ' mine' : ''}`,
        attrs: {
          type: 'button',
          'aria-pressed': String(pressed),
          'aria-disabled': open ? undefined : 'true',
          'data-letter': option.letter,
          'data-focus': `vote-${option.letter}`,
        },
        on: { click: () => (open ? ui.vote(option.letter) : ui.notOpen(view.stage === 'closed')) },
      },
      letterBadge(option.letter),
      h(
        'span',
        { class: 'phone-option-text' },
        h('span', { class: 'visually-hidden', text: `${option.letter}: ` }),
        option.text ? ui.local(option.text) : option.letter,
        pressed
          ? h('span', {
              class: `phone-tag${view.sending ? ' sending' : ''}`,
              text: view.sending
                ? ui.t('phone.decision.tagSending')
                : open
                  ? ui.t('phone.decision.tagReceived')
                  : ui.t('phone.decision.yourVote'),
            })
          : null,
      ),
    ),
  );
};

const revealRow = (ui: PhoneUi, option: OptionView) =>
  h(
    'li',
    {
      class: `option-${option.letter.toLowerCase()}${option.mine ? ' mine' : ''}${option.room ? ' room' : ''}`,
      attrs: { 'data-letter': option.letter },
    },
    letterBadge(option.letter),
    h(
      'div',
      { class: 'phone-split-body' },
      h(
        'p',
        { class: 'phone-option-text' },
        h('span', { class: 'visually-hidden', text: `${option.letter}: ` }),
        option.text ? ui.local(option.text) : option.letter,
      ),
      h(
        'p',
        { class: 'phone-split-count' },
        h('span', {
          class: 'phone-bar',
          attrs: { 'aria-hidden': 'true', style: `--share:${option.share ?? 0}%` },
        }),
        h('span', {
          text: ui.t('phone.reveal.votes', { count: option.votes ?? 0, share: option.share ?? 0 }),
        }),
      ),
      option.mine || option.room
        ? h(
            'p',
            { class: 'phone-tags' },
            option.mine ? h('span', { class: 'phone-tag', text: ui.t('phone.reveal.yours') }) : null,
            option.room ? h('span', { class: 'phone-tag room', text: ui.t('phone.reveal.room') }) : null,
          )
        : null,
    ),
  );

const STAGE_HINT = {
  present: 'phone.decision.present',
  discuss: 'phone.decision.discuss',
  open: 'phone.decision.open',
  closed: 'phone.decision.closed',
} as const;

/** The line under the options that says whether this phone's vote arrived. */
const feedback = (ui: PhoneUi, view: Decision) => {
  if (view.refused === 'closed') return { kind: 'refused', text: ui.t('phone.decision.refusedClosed') };
  if (view.refused === 'offline') return { kind: 'refused', text: ui.t('phone.decision.refusedOffline') };
  if (view.sending)
    return { kind: 'sending', text: ui.t('phone.decision.sending', { letter: view.sending }) };
  if (view.mine)
    return { kind: 'received', text: `✓ ${ui.t('phone.decision.received', { letter: view.mine })}` };
  if (view.nudged)
    return {
      kind: 'nudged',
      text: view.stage === 'closed' ? ui.t('phone.decision.closed') : ui.t('phone.decision.notOpen'),
    };
  if (view.stage === 'closed') return { kind: 'none', text: ui.t('phone.decision.noVote') };
  return undefined;
};

const decisionCard = (ui: PhoneUi, view: Decision) => {
  const said = feedback(ui, view);
  const roomLetter = view.options.find((o) => o.room)?.letter;
  const question = h(
    'div',
    { class: 'phone-question' },
    view.title ? h('p', { class: 'small phone-scenario', text: ui.local(view.title) }) : null,
    heading(ui.t('phone.decision.number', { number: view.number })),
    view.prompt ? h('p', { class: 'phone-prompt', text: ui.local(view.prompt) }) : null,
    view.missing
      ? h('p', { class: 'phone-note', text: ui.t('phone.decision.missing', { scenario: view.missing }) })
      : null,
    view.stage === 'reveal' ? null : h('p', { class: 'phone-hint', text: ui.t(STAGE_HINT[view.stage]) }),
  );
  if (view.stage === 'reveal')
    return card(
      'decision reveal',
      question,
      h(
        'div',
        { class: 'phone-answers' },
        h('h2', { text: ui.t('phone.reveal.heading') }),
        h(
          'ul',
          { class: 'phone-split' },
          view.options.map((o) => revealRow(ui, o)),
        ),
        h('p', { class: 'small', text: ui.t('phone.reveal.total', { count: view.total ?? 0 }) }),
        h('p', {
          class: roomLetter ? 'phone-room-choice' : 'small',
          text: roomLetter
            ? ui.t('phone.reveal.roomChose', { letter: roomLetter })
            : ui.t('phone.reveal.pending'),
        }),
        view.mine ? null : h('p', { class: 'small', text: ui.t('phone.decision.noVote') }),
      ),
    );
  return card(
    `decision ${view.stage}`,
    question,
    h(
      'div',
      { class: 'phone-answers' },
      h(
        'ul',
        { class: 'phone-options', attrs: { 'aria-label': ui.t('phone.decision.options') } },
        view.options.map((o) => voteButton(ui, view, o)),
      ),
      said
        ? h('p', {
            class: `phone-feedback ${said.kind}`,
            attrs: { 'data-feedback': said.kind },
            text: said.text,
          })
        : null,
    ),
  );
};

const simpleCard = (kind: string, title: string, ...lines: (string | undefined)[]) =>
  card(
    kind,
    heading(title),
    lines.map((line) => (line ? h('p', { text: line }) : null)),
  );

const mainCard = (ui: PhoneUi, view: PhoneView) => {
  const main = view.main;
  switch (main.kind) {
    case 'code':
      return codeForm(ui, main.problem);
    case 'connecting':
      return simpleCard('connecting', ui.t('phone.connecting.heading'), ui.t('phone.connecting.text'));
    case 'lobby':
      return simpleCard(
        'lobby',
        ui.t('phone.lobby.heading'),
        ui.t('phone.lobby.text'),
        ui.t('phone.lobby.count', { count: main.participants }),
      );
    case 'look':
      return simpleCard('look', ui.t('phone.look.heading'), ui.t('phone.look.text'));
    case 'decision':
      return decisionCard(ui, main);
    case 'finished':
      return simpleCard('finished', ui.t('phone.finished.heading'), ui.t('phone.finished.text'));
    case 'over':
      return simpleCard(
        'over',
        ui.t('phone.over.heading'),
        ui.t('phone.over.text'),
        view.debriefs.length ? undefined : ui.t('phone.over.none'),
      );
  }
};

/** The whole phone page: the header, a calm banner while the link is down, the screen, the debriefs. */
export const renderPhone = (ui: PhoneUi, view: PhoneView): HTMLElement[] => [
  header(ui, view.main.kind !== 'code'),
  h(
    'main',
    { class: 'phone-main', attrs: { id: 'content' } },
    view.offline
      ? h('p', { class: 'phone-banner', attrs: { 'data-offline': true }, text: ui.t('phone.offline') })
      : null,
    ui.storeNote ? h('p', { class: 'phone-note', text: ui.t(ui.storeNote) }) : null,
    mainCard(ui, view),
    view.debriefs.map((d) => renderDebrief(ui, d)),
  ),
];
