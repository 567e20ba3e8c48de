import type { Comparison } from '../../domain/debrief-compare.ts';
import type { DebriefSummary, PathLine, StrategyPoint, TensionPoint } from '../../domain/debrief-summary.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { who } from '../respondent.ts';

const pathPoint = (ui: UiContext, path: PathLine) => {
  const meter = (m: NonNullable<PathLine['rose']>) => ui.t(`meter.${m}`);
  const moved =
    path.rose && path.fell
      ? ui.t('debriefSummary.roseFell', {
          rose: meter(path.rose),
          fell: meter(path.fell).toLocaleLowerCase(ui.lang),
        })
      : path.rose
        ? ui.t('debriefSummary.rose', { meter: meter(path.rose) })
        : path.fell
          ? ui.t('debriefSummary.fell', { meter: meter(path.fell) })
          : ui.t('debriefSummary.steady');
  const ending = path.ending ? ui.local(path.ending) : '—';
  return `${ui.t('debriefSummary.pathLine', { count: path.decisions, ending })} ${moved}`;
};

const tensionPoint = (ui: UiContext, point: TensionPoint | undefined) => {
  if (!point) return ui.t('debriefSummary.noTension');
  const side =
    point.side === 'mixed'
      ? ui.t('debriefSummary.sideMixed')
      : point.side === 'midden'
        ? ui.t('debriefSummary.sideMiddle')
        : ui.t('debriefSummary.side', { side: ui.t(`pole.${point.side}`) });
  return `${ui.t('debriefSummary.tension', { count: point.times, tension: ui.t(`tension.${point.tension}`) })} ${side}`;
};

const strategyPoint = (ui: UiContext, point: StrategyPoint | undefined) => {
  if (!point) return [ui.t('debriefSummary.noStrategy')];
  const quote = point.quote;
  return [
    `${ui.t('debriefSummary.strategy', { strategy: ui.t(`strategy.${point.strategy}`) })} ${ui.t(
      'debriefSummary.share',
      { count: point.of, times: point.times },
    )}${point.coping ? '' : ` ${ui.t('debriefSummary.notCoping')}`}`,
    quote
      ? h(
          'figure',
          { class: 'quote summary-quote' },
          h('blockquote', { attrs: { lang: 'nl' }, text: `“${quote.excerpt.nl}”` }),
          ui.lang === 'en' ? h('p', { class: 'translation', text: `(${quote.excerpt.en})` }) : null,
          h('figcaption', {
            class: 'small',
            text: `— ${ui.t('debriefSummary.quoteBy', { who: who(ui, quote.quote.respondent) })}`,
          }),
        )
      : null,
  ];
};

/** The three points a trainee reads first, in plain words: no research terms, no section numbers. */
export const summarySection = (ui: UiContext, summary: DebriefSummary, title: string) =>
  h(
    'section',
    { class: 'debrief-summary', attrs: { 'data-summary': true, 'aria-label': ui.t('debriefSummary.label') } },
    h('p', { class: 'lead', text: ui.t('debrief.intro', { title }) }),
    h(
      'ol',
      { class: 'summary-points' },
      h('li', { attrs: { 'data-point': 'path' }, text: pathPoint(ui, summary.path) }),
      h('li', {
        attrs: { 'data-point': 'tension', 'data-tension-most': summary.tension?.tension },
        text: tensionPoint(ui, summary.tension),
      }),
      h(
        'li',
        { attrs: { 'data-point': 'strategy', 'data-strategy-most': summary.strategy?.strategy } },
        strategyPoint(ui, summary.strategy),
      ),
    ),
  );

/** The comparison's sentences: `brief` gives the few that fit the first screen, otherwise all of them. */
export const comparisonSentences = (ui: UiContext, c: Comparison, brief: boolean): string[] => {
  const choices =
    c.changed === 0
      ? ui.t('debriefSummary.compare.same')
      : c.changed === c.decisions
        ? ui.t('debriefSummary.compare.allChanged')
        : ui.t('debriefSummary.compare.changed', { count: c.changed, of: c.decisions });
  const ending = c.sameEnding
    ? ui.t('debriefSummary.compare.sameEnding')
    : ui.t('debriefSummary.compare.otherEnding', {
        before: c.ending.before ? ui.local(c.ending.before) : '—',
      });
  const strategies = c.strategies.map((s) =>
    ui.t(
      s.change === 'more' ? 'debriefSummary.compare.strategyMore' : 'debriefSummary.compare.strategyLess',
      {
        strategy: ui.t(`strategy.${s.strategy}`),
      },
    ),
  );
  const meters = c.meters.map((m) =>
    ui.t(m.change === 'higher' ? 'debriefSummary.compare.meterHigher' : 'debriefSummary.compare.meterLower', {
      meter: ui.t(`meter.${m.meter}`),
      now: m.now,
      before: m.before,
    }),
  );
  return brief
    ? [choices, ending, ...strategies.slice(0, 1), ...meters.slice(0, 1)]
    : [choices, ending, ...strategies, ...meters];
};

/** What changed since the previous play of this scenario, in a few sentences. */
export const comparisonBrief = (ui: UiContext, c: Comparison) =>
  h(
    'section',
    { class: 'compare-brief', attrs: { 'aria-labelledby': 'dq-compare-brief', 'data-compare-words': true } },
    h('h3', { attrs: { id: 'dq-compare-brief' }, text: ui.t('debriefSummary.compare.heading') }),
    h('p', { text: comparisonSentences(ui, c, true).join(' ') }),
  );
