import '../page-screen.css';
import { acrossPlays } from '../../domain/profile.ts';
import { MAX_IMPORT_BYTES } from '../../domain/progress.ts';
import { isCopingStrategy } from '../../domain/vocabulary.ts';
import { competencyChart } from '../competency-chart.ts';
import type { ProgressStep, UiContext } from '../context.ts';
import { navButton } from '../controls.ts';
import { h } from '../dom.ts';
import { filePicker } from '../file-picker.ts';
import { progressNotices } from '../progress-notices.ts';

/** A moment as words; never throws, whatever the number (stored data is checked, but a screen must not die of it). */
export const formatWhen = (ui: Pick<UiContext, 'lang'>, time: number): string => {
  try {
    return new Intl.DateTimeFormat(ui.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
  } catch {
    return '—';
  }
};

const megabytes = (ui: UiContext, bytes: number) =>
  new Intl.NumberFormat(ui.lang, { maximumFractionDigits: 1 }).format(bytes / 1_000_000);

/** What an import step says. */
const importWords = (ui: UiContext, step: ProgressStep | undefined): string => {
  switch (step?.step) {
    case 'offer':
      return ui.t('progress.importFound', { count: step.count, mine: step.mine });
    case 'refused':
      return ui.t(`progress.importProblem.${step.reason}`);
    case 'tooLarge':
      return ui.t('progress.importTooLarge', {
        size: megabytes(ui, step.bytes),
        limit: megabytes(ui, MAX_IMPORT_BYTES),
      });
    case 'merged': {
      const said =
        step.added > 0
          ? [
              ui.t('progress.merged', { count: step.added }),
              step.known > 0 ? ui.t('progress.mergedKnown', { count: step.known }) : '',
            ]
          : [ui.t(step.known > 0 ? 'progress.mergedNothing' : 'progress.mergedEmpty')];
      if (step.shelvedTheirs) said.push(ui.t('progress.mergedShelved'));
      return said.filter(Boolean).join(' ');
    }
    case 'replaced':
      return ui.t('progress.replaced');
    case 'cancelled':
      return step.of === 'import' ? ui.t('progress.cancelled') : '';
    default:
      return '';
  }
};

/** Making room when the storage is full: remove the oldest finished plays, after a confirmation. */
const removal = (ui: UiContext) => {
  const step = ui.progressStep;
  const asking = step?.step === 'confirmRemoval';
  const said =
    step?.step === 'confirmRemoval'
      ? ui.t('progress.confirmRemoval', { count: step.count })
      : step?.step === 'removed'
        ? ui.t('progress.removed', { count: step.count })
        : step?.step === 'cancelled' && step.of === 'removal'
          ? ui.t('progress.cancelled')
          : '';
  const full = ui.saving?.status === 'full' && ui.history.length > 0;
  if (!full && !said) return null;
  return h(
    'div',
    {},
    h('p', { attrs: { role: 'status', id: 'removal-status', tabindex: -1 }, text: said }),
    h(
      'div',
      { class: 'actions', attrs: { id: 'removal-confirm' } },
      asking
        ? [
            h('button', {
              text: ui.t('progress.remove'),
              attrs: { 'data-remove': 'confirm' },
              on: { click: () => ui.removeOldPlays(true) },
            }),
            h('button', {
              class: 'quiet',
              text: ui.t('progress.cancel'),
              attrs: { 'data-cancel': true },
              on: { click: () => ui.cancelProgressStep() },
            }),
          ]
        : full
          ? h('button', {
              text: ui.t('progress.removeOld'),
              attrs: { 'data-remove': 'ask' },
              on: { click: () => ui.removeOldPlays(false) },
            })
          : null,
    ),
  );
};

/** The player's own record on this device: what they played, how they tend to weigh, and export/import. */
export const renderProgress = (ui: UiContext): HTMLElement => {
  const history = ui.history;
  const profile = acrossPlays(ui.catalog.scenarios, history);
  const step = ui.progressStep;
  const status = h('p', {
    attrs: { role: 'status', id: 'import-status', tabindex: -1 },
    text: importWords(ui, step),
  });
  const confirm = h(
    'div',
    { class: 'actions', attrs: { id: 'import-confirm' } },
    step?.step === 'offer'
      ? [
          h('button', {
            class: 'primary',
            text: ui.t('progress.merge'),
            attrs: { 'data-import': 'merge' },
            on: { click: () => ui.importProgress('merge') },
          }),
          h('button', {
            text: ui.t('progress.replace'),
            attrs: { 'data-import': 'replace' },
            on: { click: () => ui.importProgress('replace') },
          }),
          h('button', {
            class: 'quiet',
            text: ui.t('progress.cancel'),
            on: { click: () => ui.cancelProgressStep() },
          }),
        ]
      : null,
  );

  const fileInput = filePicker({
    id: 'import-file',
    label: ui.t('progress.import'),
    accept: '.json,application/json',
    t: ui.t,
    onFile: (file) => void ui.chooseImport(file),
  });

  return h(
    'main',
    { class: 'panel debrief-screen', attrs: { id: 'content', 'aria-labelledby': 'progress-heading' } },
    h('h2', {
      attrs: { id: 'progress-heading', tabindex: -1, 'data-autofocus': true },
      text: ui.t('progress.heading'),
    }),
    h('p', { class: 'small', text: ui.t('progress.private') }),
    progressNotices(ui),
    removal(ui),
    history.length === 0
      ? h('p', { text: ui.t('progress.nothingYet') })
      : [
          h(
            'section',
            { attrs: { 'aria-labelledby': 'pq-profile' } },
            h('h3', { attrs: { id: 'pq-profile' }, text: ui.t('progress.profile') }),
            h('p', { text: ui.t('progress.caveat') }),
            h('p', {
              text: ui.t('progress.summary', {
                plays: ui.t('progress.summaryPlays', { count: profile.plays }),
                scenarios: ui.t('progress.summaryScenarios', { count: profile.scenarios }),
                decisions: ui.t('progress.summaryDecisions', { count: profile.decisions }),
              }),
            }),
            competencyChart(ui, profile.competencies),
            h('h4', { text: ui.t('debrief.strategies') }),
            h(
              'ul',
              {},
              profile.strategies.map((s) =>
                h('li', {
                  attrs: { 'data-strategy': s.strategy },
                  text: `${ui.t(`strategy.${s.strategy}`)}: ${ui.t('debrief.strategyCount', { count: s.choices })}${
                    isCopingStrategy(s.strategy) ? '' : ` (${ui.t('progress.noStrategy')})`
                  }`,
                }),
              ),
            ),
          ),
          h(
            'section',
            { attrs: { 'aria-labelledby': 'pq-history' } },
            h('h3', { attrs: { id: 'pq-history' }, text: ui.t('progress.history') }),
            h(
              'table',
              { class: 'compare' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  [
                    ui.t('progress.when'),
                    ui.t('progress.scenario'),
                    ui.t('choose.context'),
                    ui.t('play.ending'),
                  ].map((t) => h('th', { attrs: { scope: 'col' }, text: t })),
                ),
              ),
              h(
                'tbody',
                {},
                [...history].reverse().map((play) => {
                  const scenario = ui.catalog.scenarios.find((s) => s.id === play.scenario);
                  const context = scenario?.contexts.find((c) => c.id === play.context);
                  const ending = scenario?.beats[play.ending];
                  return h(
                    'tr',
                    { attrs: { 'data-history': play.scenario } },
                    h('td', { text: formatWhen(ui, play.finishedAt) }),
                    h('td', { text: scenario ? ui.local(scenario.title) : play.scenario }),
                    h('td', {
                      text:
                        context && scenario && scenario.contexts.length > 1 ? ui.local(context.title) : '—',
                    }),
                    h('td', {
                      text: ending?.kind === 'ending' ? ui.local(ending.ending.title) : play.ending,
                    }),
                  );
                }),
              ),
            ),
          ),
        ],
    h(
      'section',
      { attrs: { 'aria-labelledby': 'pq-move' } },
      h('h3', { attrs: { id: 'pq-move' }, text: ui.t('progress.move') }),
      h('p', { text: ui.t('progress.moveIntro') }),
      h(
        'div',
        { class: 'actions' },
        h('button', {
          text: ui.t('progress.export'),
          attrs: { 'data-export': true },
          on: { click: () => ui.exportProgress() },
        }),
      ),
      fileInput,
      status,
      confirm,
    ),
    h('div', { class: 'actions' }, navButton(ui, 'choose.back', { type: 'session.title' })),
  );
};
