import { acrossPlays } from '../../domain/profile.ts';
import { type Progress, readProgress } from '../../domain/progress.ts';
import { isCopingStrategy } from '../../domain/vocabulary.ts';
import { competencyChart } from '../competency-chart.ts';
import type { UiContext } from '../context.ts';
import { navButton } from '../controls.ts';
import { h } from '../dom.ts';

/** The player's own record on this device: what they played, how they tend to weigh, and export/import. */
export const renderProgress = (ui: UiContext): HTMLElement => {
  const history = ui.history;
  const profile = acrossPlays(ui.catalog.scenarios, history);
  const status = h('p', { attrs: { role: 'status', id: 'import-status' } });
  const confirm = h('div', { class: 'actions', attrs: { id: 'import-confirm' } });

  const offerImport = (incoming: Progress) => {
    const apply = (mode: 'merge' | 'replace') => {
      ui.importProgress(incoming, mode);
      status.textContent = ui.t(mode === 'merge' ? 'progress.merged' : 'progress.replaced', {
        count: incoming.history.length,
      });
      confirm.replaceChildren();
    };
    status.textContent = ui.t('progress.importFound', {
      count: incoming.history.length,
      mine: history.length,
    });
    confirm.replaceChildren(
      h('button', {
        class: 'primary',
        text: ui.t('progress.merge'),
        attrs: { 'data-import': 'merge' },
        on: { click: () => apply('merge') },
      }),
      h('button', {
        text: ui.t('progress.replace'),
        attrs: { 'data-import': 'replace' },
        on: { click: () => apply('replace') },
      }),
      h('button', {
        class: 'quiet',
        text: ui.t('progress.cancel'),
        on: {
          click: () => {
            status.textContent = ui.t('progress.cancelled');
            confirm.replaceChildren();
          },
        },
      }),
    );
    confirm.querySelector<HTMLElement>('button')?.focus();
  };

  const fileInput = h('input', {
    attrs: { type: 'file', accept: '.json,application/json', id: 'import-file' },
    on: {
      change: async (event) => {
        const file = (event.target as HTMLInputElement).files?.[0];
        if (!file) return;
        const reading = readProgress(await file.text());
        if (reading.ok) offerImport(reading.progress);
        else status.textContent = ui.t(`progress.importProblem.${reading.reason}`);
      },
    },
  });

  return h(
    'main',
    { class: 'panel debrief-screen', attrs: { id: 'content', 'aria-labelledby': 'progress-heading' } },
    h('h2', {
      attrs: { id: 'progress-heading', tabindex: -1, 'data-autofocus': true },
      text: ui.t('progress.heading'),
    }),
    h('p', { class: 'small', text: ui.t('progress.private') }),
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
                plays: profile.plays,
                scenarios: profile.scenarios,
                decisions: profile.decisions,
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
                    h('td', {
                      text: new Intl.DateTimeFormat(ui.lang, {
                        dateStyle: 'medium',
                        timeStyle: 'short',
                      }).format(play.finishedAt),
                    }),
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
      h('label', { attrs: { for: 'import-file' }, text: ui.t('progress.import') }),
      fileInput,
      status,
      confirm,
    ),
    h('div', { class: 'actions' }, navButton(ui, 'choose.back', { type: 'session.title' })),
  );
};
