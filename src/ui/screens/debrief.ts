import '../page-screen.css';
import { buildDebrief } from '../../domain/debrief.ts';
import { compareDebriefs } from '../../domain/debrief-compare.ts';
import { summarise } from '../../domain/debrief-summary.ts';
import {
  DATA_INTERPRETER_QUOTE,
  PRECONDITION_QUOTES,
  type ResearchQuote,
  ROLE_DIRECTION,
  STRATEGY_QUOTES,
  type ThesisPassage,
} from '../../domain/research-quotes.ts';
import {
  COPING_STRATEGIES,
  METERS,
  type Precondition,
  type Side,
  type Strategy,
  type Tension,
} from '../../domain/vocabulary.ts';
import type { SessionView } from '../../machines/session-view.ts';
import { competencyChart } from '../competency-chart.ts';
import type { UiContext } from '../context.ts';
import { navButton, printButton } from '../controls.ts';
import { appendChildren, h } from '../dom.ts';
import { ORGANISATION_REFLECTION, REFLECTION } from '../reflection-questions.ts';
import { who } from '../respondent.ts';
import '../debrief.css';
import { compareSection, exploreSection } from './debrief-explore.ts';
import { comparisonBrief, summarySection } from './debrief-summary.ts';

type DebriefView = Extract<SessionView, { screen: 'debrief' }>;

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
    quote ? quoteFigure(ui, quote) : null,
    strategy === 'conformeren'
      ? h(
          'div',
          { class: 'data-role', attrs: { 'data-data-role': true } },
          h('h5', { text: ui.t('debrief.dataRole') }),
          h('p', { text: ui.t('debrief.dataRoleIntro') }),
          quoteFigure(ui, DATA_INTERPRETER_QUOTE),
        )
      : null,
  );
};

/** The researcher's own words, in Dutch as written, with a translation in English. */
const passageFigure = (ui: UiContext, passage: ThesisPassage) =>
  h(
    'figure',
    { class: 'quote' },
    h('blockquote', { attrs: { lang: 'nl' }, text: `“${passage.text.nl}”` }),
    ui.lang === 'en' ? h('p', { class: 'small', text: `(${passage.text.en})` }) : null,
    h('figcaption', {
      class: 'small',
      text: `— ${ui.t('debrief.direction.by', { section: passage.section })}`,
    }),
  );

/** Where the study thinks the role is heading (§4.4, §5.1): a direction, not a measure of the play. */
const directionSection = (ui: UiContext) =>
  h(
    'section',
    { attrs: { 'aria-labelledby': 'dq-direction', 'data-direction': true } },
    h('h3', { attrs: { id: 'dq-direction' }, text: ui.t('debrief.direction.heading') }),
    h('p', { text: ui.t('debrief.direction.intro') }),
    ROLE_DIRECTION.map((passage) => passageFigure(ui, passage)),
  );

const conditions = (ui: UiContext, view: DebriefView) => {
  const { held, missing } = view.debrief.preconditions;
  const names = (list: readonly Precondition[]) =>
    list.length ? list.map((p) => ui.t(`precondition.${p}`)).join(', ') : ui.t('debrief.nothing');
  const sensitive = view.debrief.path.filter((step) => step.sensitiveTo.length > 0);
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'dq-conditions' } },
    h('h3', { attrs: { id: 'dq-conditions' }, text: ui.t('debrief.conditions') }),
    h('p', { text: ui.t('debrief.conditionsIntro') }),
    h('p', { attrs: { 'data-held': held.join(' ') }, text: ui.t('debrief.held', { list: names(held) }) }),
    h('p', {
      attrs: { 'data-missing': missing.join(' ') },
      text: ui.t('debrief.missing', { list: names(missing) }),
    }),
    sensitive.map((step) =>
      h('p', {
        class: 'would-differ',
        text: ui.t('debrief.wouldDiffer', {
          choice: ui.local(step.choice.text),
          list: names(step.sensitiveTo),
        }),
      }),
    ),
    missing.map((p) => quoteFigure(ui, PRECONDITION_QUOTES[p], ui.t(`precondition.${p}`))),
  );
};

/** A voice from practice: the Dutch words as spoken, a translation in English, and who said it where. */
const quoteFigure = (ui: UiContext, quote: ResearchQuote, label?: string) =>
  h(
    'figure',
    { class: 'quote' },
    label ? h('p', { class: 'small', text: label }) : null,
    h('blockquote', { attrs: { lang: 'nl' }, text: `“${quote.text.nl}”` }),
    ui.lang === 'en' ? h('p', { class: 'small', text: `(${quote.text.en})` }) : null,
    h('figcaption', {
      class: 'small',
      text: `— ${ui.t('debrief.quoteBy', { who: who(ui, quote.respondent), section: quote.section })}`,
    }),
  );

/**
 * The folded report is built when it is first opened, not with every debrief: most plays end without
 * it, and its branch map alone lays the scenario out several times over.
 */
const fillers = new WeakMap<Element, () => void>();

/**
 * Printing shows the whole report: the folded part is built and opens for the print and folds again
 * after it (the print stylesheet also shows it where the browser can style a closed disclosure's content).
 */
const fillForPrint = () => {
  for (const d of document.querySelectorAll('details[data-full-report]')) fillers.get(d)?.();
};
const unfoldForPrint = () => {
  fillForPrint();
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details[data-full-report]:not([open])')) {
    d.open = true;
    d.dataset.printOpened = '';
  }
};
const refoldAfterPrint = () => {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details[data-print-opened]')) {
    d.open = false;
    delete d.dataset.printOpened;
  }
};
window.addEventListener('beforeprint', unfoldForPrint);
window.addEventListener('afterprint', refoldAfterPrint);
// A page rendered for print without the print events (a PDF made by a browser driver) still gets it whole.
window.matchMedia('print').addEventListener('change', (event) => {
  if (event.matches) fillForPrint();
});

/** The tension a decision staged and the side the choice took, in a line. */
const tensionWords = (ui: UiContext, tension: Tension, side: Side) =>
  side === 'midden'
    ? ui.t('debrief.tensionBalanced', { tension: ui.t(`tension.${tension}`) })
    : ui.t('debrief.tensionRow', { tension: ui.t(`tension.${tension}`), side: ui.t(`pole.${side}`) });

/**
 * The debriefs whose full report the reader opened: the screen is drawn again when the language
 * changes or a notice comes, and the report stays open. A new play's report starts folded.
 */
const openReports = new Set<string>();

/** The play told back: each decision, the choice, the tension it staged and what it led to. */
const pathSection = (ui: UiContext, view: DebriefView) =>
  h(
    'section',
    { attrs: { 'aria-labelledby': 'dq-path' } },
    h('h3', { attrs: { id: 'dq-path' }, text: ui.t('debrief.path') }),
    h('p', { text: ui.t('debrief.pathIntro') }),
    h(
      'ol',
      { class: 'path' },
      view.debrief.path.map((step) =>
        h(
          'li',
          { attrs: { 'data-step': step.choice.id } },
          h('p', { class: 'small', text: ui.local(step.beat.decision.prompt) }),
          h('p', { text: ui.t('debrief.pathChoice', { choice: ui.local(step.choice.text) }) }),
          h('p', {
            class: 'tension-met',
            attrs: { 'data-tension': step.beat.decision.tension },
            text: tensionWords(ui, step.beat.decision.tension, step.choice.side),
          }),
          h('p', { class: 'small', text: ui.local(step.consequence) }),
        ),
      ),
    ),
  );

const endingSection = (ui: UiContext, view: DebriefView) =>
  h(
    'section',
    { attrs: { 'aria-labelledby': 'dq-ending' } },
    h('h3', { attrs: { id: 'dq-ending' }, text: ui.t('debrief.ending') }),
    view.debrief.ending ? h('p', { class: 'beat-text', text: ui.local(view.debrief.ending.title) }) : null,
    h('h4', { text: ui.t('debrief.meters') }),
    h(
      'ul',
      {},
      METERS.map((m) =>
        h('li', {
          text: ui.t('debrief.meterRow', {
            label: ui.t(`meter.${m}`),
            start: view.debrief.meters.start[m],
            end: view.debrief.meters.end[m],
          }),
        }),
      ),
    ),
  );

const reflectionSection = (ui: UiContext) =>
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
    h('h4', { text: ui.t('debrief.reflectionOrg') }),
    h('p', { text: ui.t('debrief.reflectionOrgIntro') }),
    h(
      'ul',
      { attrs: { 'data-reflection-org': true } },
      ORGANISATION_REFLECTION.map((q) => h('li', { text: ui.t(`reflection.org.${q}`) })),
    ),
  );

const strategiesSection = (ui: UiContext, view: DebriefView) => {
  const tally = new Map(view.debrief.strategies.map((s) => [s.strategy, s.choices]));
  const nonStrategies = view.debrief.strategies.filter((s) => !s.coping);
  return h(
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
  );
};

const competenciesSection = (ui: UiContext, view: DebriefView) =>
  h(
    'section',
    { attrs: { 'aria-labelledby': 'dq-competencies' } },
    h('h3', { attrs: { id: 'dq-competencies' }, text: ui.t('debrief.competencies') }),
    h('p', { attrs: { 'data-layers': true }, text: ui.t('debriefSummary.layers') }),
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
    competencyChart(ui, view.debrief.competencies),
  );

const recommendationsSection = (ui: UiContext, view: DebriefView) =>
  h(
    'section',
    { attrs: { 'aria-labelledby': 'dq-recommendations' } },
    h('h3', { attrs: { id: 'dq-recommendations' }, text: ui.t('debrief.recommendations') }),
    h(
      'ul',
      {},
      view.debrief.recommendations.map((r) =>
        h('li', { attrs: { 'data-recommendation': r }, text: ui.t(`recommendation.${r}`) }),
      ),
    ),
  );

// What the study itself says it cannot claim (§6.2, §6.1.2), so the debrief is not read as a verdict.
const caveatsSection = (ui: UiContext) =>
  h(
    'section',
    { attrs: { 'aria-labelledby': 'dq-caveats', 'data-caveats': true } },
    h('h3', { attrs: { id: 'dq-caveats' }, text: ui.t('debrief.caveats.heading') }),
    h('p', { text: ui.t('debrief.caveats.enthusiasts') }),
    h('p', { text: ui.t('debrief.caveats.networked') }),
  );

/**
 * The debrief: first three points in plain words (and, on a second play, what changed), the next step,
 * then the full report folded: what the player did first, what the study says about it after.
 */
export const renderDebrief = (ui: UiContext, view: DebriefView): HTMLElement => {
  const { scenario } = view;
  const title = ui.local(scenario.title);
  const plays = ui.history.filter((p) => p.scenario === scenario.id);
  const current = plays.at(-1);
  const earlier = plays.at(-2);
  const reportKey = `${scenario.id}:${current?.finishedAt ?? 'unsaved'}`;
  const comparison =
    current && earlier
      ? compareDebriefs(buildDebrief(scenario, current), buildDebrief(scenario, earlier))
      : undefined;
  const report = h(
    'details',
    {
      class: 'full-report',
      attrs: { 'data-full-report': true },
      on: {
        toggle: () => {
          if (report.open) fill();
          // A fold opened only for printing is not the reader's choice.
          if (report.dataset.printOpened !== undefined) return;
          if (report.open) openReports.add(reportKey);
          else openReports.delete(reportKey);
        },
      },
    },
    h(
      'summary',
      {},
      h('span', { class: 'summary-title', text: ui.t('debriefSummary.fullReport') }),
      h('span', { class: 'small summary-hint', text: ui.t('debriefSummary.fullReportHint') }),
    ),
  );
  const fill = () => {
    if (!fillers.delete(report)) return;
    appendChildren(
      report,
      scenario.contexts.length > 1
        ? h('p', {
            attrs: { 'data-context': view.context.id },
            text: `${ui.t('choose.context')}: ${ui.local(view.context.title)}`,
          })
        : null,
      pathSection(ui, view),
      endingSection(ui, view),
      comparison && earlier ? compareSection(ui, comparison, earlier.finishedAt) : null,
      reflectionSection(ui),
      exploreSection(ui, scenario),
      h(
        'section',
        { attrs: { 'aria-labelledby': 'dq-research', 'data-research': true } },
        h('h3', { attrs: { id: 'dq-research' }, text: ui.t('debriefSummary.research') }),
        h('p', { text: ui.t('debriefSummary.researchIntro') }),
      ),
      strategiesSection(ui, view),
      competenciesSection(ui, view),
      conditions(ui, view),
      recommendationsSection(ui, view),
      directionSection(ui),
      caveatsSection(ui),
    );
  };
  fillers.set(report, fill);
  if (openReports.has(reportKey)) {
    fill();
    report.open = true;
  }
  return h(
    'main',
    {
      class: 'panel debrief-screen solo-debrief',
      attrs: { id: 'content', 'aria-labelledby': 'debrief-heading' },
    },
    h('h2', {
      attrs: { id: 'debrief-heading', tabindex: -1, 'data-autofocus': true },
      text: ui.t('debrief.heading'),
    }),
    summarySection(ui, summarise(view.debrief), title),
    comparison ? comparisonBrief(ui, comparison) : null,
    h(
      'div',
      { class: 'next-step' },
      h('h3', { attrs: { id: 'dq-next' }, text: ui.t('debriefSummary.next') }),
      h(
        'div',
        { class: 'actions', attrs: { role: 'group', 'aria-labelledby': 'dq-next' } },
        h('button', {
          class: 'primary',
          text: ui.t('debrief.again'),
          attrs: { type: 'button' },
          on: { click: () => ui.send({ type: 'debrief.again' }) },
        }),
        h('button', {
          text: ui.t('debrief.another'),
          attrs: { type: 'button' },
          on: { click: () => ui.send({ type: 'debrief.choose' }) },
        }),
        printButton(ui),
        navButton(ui, 'debrief.toTitle', { type: 'session.title' }),
      ),
    ),
    report,
  );
};
