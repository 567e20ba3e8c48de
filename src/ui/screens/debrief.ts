import { STRATEGY_QUOTES } from '../../domain/research-quotes.ts';
import { COPING_STRATEGIES, LAYERS, METERS, type Strategy } from '../../domain/vocabulary.ts';
import type { SessionView } from '../../machines/session-view.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';

type DebriefView = Extract<SessionView, { screen: 'debrief' }>;

const REFLECTION = ['goal', 'did', 'happened', 'felt', 'other'] as const;

/** "R5" → "respondent 5", "F2" → "focus group, participant 2", as the thesis numbers them. */
const who = (ui: UiContext, respondent: string): string => {
  const match = /^([RF])(\d+)$/.exec(respondent);
  if (!match) return respondent;
  return ui.t(match[1] === 'R' ? 'debrief.respondent' : 'debrief.focusGroup', { number: match[2] });
};

const chart = (ui: UiContext, view: DebriefView) => {
  const rows = view.debrief.competencies;
  const max = Math.max(1, ...rows.flatMap((r) => [r.drawn, r.setAside]));
  // A diverging bar: set aside grows to the left of the axis, drawn on to the right.
  const half = (kind: 'drawn' | 'aside', n: number) =>
    h(
      'span',
      { class: `half ${kind}` },
      h('span', {
        class: 'visually-hidden',
        text: `${ui.t(kind === 'drawn' ? 'debrief.drawn' : 'debrief.setAside')}: `,
      }),
      h('span', { class: 'fill', attrs: { style: `width:${(n / max) * 85}%`, 'aria-hidden': 'true' } }),
      h('span', { class: 'count', text: String(n) }),
    );
  return h(
    'table',
    { class: 'chart', attrs: { 'aria-label': ui.t('debrief.chartLabel') } },
    h('caption', { text: ui.t('debrief.competenciesCaption') }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'col' }, text: ui.t('debrief.competency') }),
        h(
          'th',
          { attrs: { scope: 'col' }, class: 'axis-head' },
          h('span', { text: `← ${ui.t('debrief.setAside')}` }),
          h('span', { text: `${ui.t('debrief.drawn')} →` }),
        ),
      ),
    ),
    LAYERS.map((layer) => {
      const inLayer = rows.filter((r) => r.layer === layer);
      if (inLayer.length === 0) return null;
      return h(
        'tbody',
        {},
        h(
          'tr',
          { class: 'layer' },
          h('th', { attrs: { scope: 'rowgroup', colspan: 2 }, text: ui.t(`layer.${layer}`) }),
        ),
        inLayer.map((r) =>
          h(
            'tr',
            { attrs: { 'data-competency': r.competency } },
            h('th', { attrs: { scope: 'row' }, text: ui.t(`competency.${r.competency}`) }),
            h(
              'td',
              { class: 'bars' },
              h('div', { class: 'diverge' }, half('aside', r.setAside), half('drawn', r.drawn)),
            ),
          ),
        ),
      );
    }),
  );
};

const strategyBlock = (ui: UiContext, strategy: Strategy, choices: readonly string[]) => {
  const quote = STRATEGY_QUOTES[strategy];
  return h(
    'div',
    { class: `strategy${choices.length ? '' : ' absent'}`, attrs: { 'data-strategy': strategy } },
    h(
      'h4',
      {},
      ui.t(`strategy.${strategy}`),
      choices.length ? ` — ${ui.t('debrief.strategyCount', { count: choices.length })}` : '',
    ),
    h('p', { text: ui.t(`strategyExplain.${strategy}`) }),
    choices.length === 0 ? h('p', { class: 'small', text: ui.t('debrief.notChosen') }) : null,
    quote
      ? h(
          'figure',
          { attrs: { style: 'margin:0' } },
          h('blockquote', { attrs: { lang: 'nl' }, text: `“${quote.text.nl}”` }),
          ui.lang === 'en' ? h('p', { class: 'small', text: `(${quote.text.en})` }) : null,
          h('figcaption', {
            class: 'small',
            text: `— ${ui.t('debrief.quoteBy', { who: who(ui, quote.respondent), section: quote.section })}`,
          }),
        )
      : null,
  );
};

export const renderDebrief = (ui: UiContext, view: DebriefView): HTMLElement => {
  const { debrief, scenario } = view;
  const title = ui.local(scenario.title);
  const tally = new Map(debrief.strategies.map((s) => [s.strategy, s.choices]));
  const nonStrategies = debrief.strategies.filter((s) => !s.coping);
  return h(
    'main',
    { class: 'panel debrief-screen', attrs: { id: 'content', 'aria-labelledby': 'debrief-heading' } },
    h('h2', {
      attrs: { id: 'debrief-heading', tabindex: -1, 'data-autofocus': true },
      text: ui.t('debrief.heading'),
    }),
    h('p', { text: ui.t('debrief.intro', { title }) }),
    scenario.contexts.length > 1
      ? h('p', {
          attrs: { 'data-context': view.context.id },
          text: `${ui.t('choose.context')}: ${ui.local(view.context.title)}`,
        })
      : null,
    h(
      'section',
      { attrs: { 'aria-labelledby': 'dq-ending' } },
      h('h3', { attrs: { id: 'dq-ending' }, text: ui.t('debrief.ending') }),
      debrief.ending ? h('p', { class: 'beat-text', text: ui.local(debrief.ending.title) }) : null,
      h('h4', { text: ui.t('debrief.meters') }),
      h(
        'ul',
        {},
        METERS.map((m) =>
          h('li', {
            text: ui.t('debrief.meterRow', {
              label: ui.t(`meter.${m}`),
              start: debrief.meters.start[m],
              end: debrief.meters.end[m],
            }),
          }),
        ),
      ),
    ),
    h(
      'section',
      { attrs: { 'aria-labelledby': 'dq-competencies' } },
      h('h3', { attrs: { id: 'dq-competencies' }, text: ui.t('debrief.competencies') }),
      h(
        'div',
        { class: 'legend', attrs: { 'aria-hidden': 'true' } },
        h(
          'span',
          {},
          h('span', { class: 'swatch', attrs: { style: 'background:var(--drawn)' } }),
          ui.t('debrief.drawn'),
        ),
        h(
          'span',
          {},
          h('span', { class: 'swatch', attrs: { style: 'background:var(--aside)' } }),
          ui.t('debrief.setAside'),
        ),
      ),
      chart(ui, view),
    ),
    h(
      'section',
      { attrs: { 'aria-labelledby': 'dq-tensions' } },
      h('h3', { attrs: { id: 'dq-tensions' }, text: ui.t('debrief.tensions') }),
      h(
        'ol',
        {},
        debrief.tensions.map((t) =>
          h(
            'li',
            { attrs: { 'data-tension': t.tension } },
            t.side === 'midden'
              ? ui.t('debrief.tensionBalanced', { tension: ui.t(`tension.${t.tension}`) })
              : ui.t('debrief.tensionRow', {
                  tension: ui.t(`tension.${t.tension}`),
                  side: ui.t(`pole.${t.side}`),
                }),
            h('br'),
            h('span', {
              class: 'small',
              text: ui.t('debrief.yourChoice', { choice: ui.local(t.choiceText) }),
            }),
          ),
        ),
      ),
    ),
    h(
      'section',
      { attrs: { 'aria-labelledby': 'dq-strategies' } },
      h('h3', { attrs: { id: 'dq-strategies' }, text: ui.t('debrief.strategies') }),
      h('p', { text: ui.t('debrief.strategiesIntro') }),
      COPING_STRATEGIES.map((s) => strategyBlock(ui, s, tally.get(s) ?? [])),
      nonStrategies.length
        ? [
            h('h4', { text: ui.t('debrief.none') }),
            nonStrategies.map((s) => strategyBlock(ui, s.strategy, s.choices)),
          ]
        : null,
    ),
    h(
      'section',
      { attrs: { 'aria-labelledby': 'dq-reflection' } },
      h('h3', { attrs: { id: 'dq-reflection' }, text: ui.t('debrief.reflection') }),
      h('p', { text: ui.t('debrief.reflectionIntro') }),
      h(
        'ul',
        {},
        REFLECTION.map((q) => h('li', { text: ui.t(`reflection.${q}`) })),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', {
        class: 'primary',
        text: ui.t('debrief.again'),
        on: { click: () => ui.send({ type: 'debrief.again' }) },
      }),
      h('button', {
        text: ui.t('debrief.another'),
        on: { click: () => ui.send({ type: 'debrief.choose' }) },
      }),
      h('button', {
        class: 'quiet',
        text: ui.t('debrief.toTitle'),
        on: { click: () => ui.send({ type: 'session.title' }) },
      }),
    ),
  );
};
