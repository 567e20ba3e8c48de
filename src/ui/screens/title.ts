import { LANGS } from '../../domain/text.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { progressNotices } from '../progress-notices.ts';

export const renderTitle = (ui: UiContext): HTMLElement =>
  h(
    'main',
    { class: 'panel title-screen', attrs: { id: 'content', 'aria-labelledby': 'title-heading' } },
    h('h1', { attrs: { id: 'title-heading' }, text: ui.t('app.title') }),
    h('p', { class: 'tagline', text: ui.t('app.tagline') }),
    h('p', { text: ui.t('title.intro') }),
    h('p', { class: 'small', text: ui.t('title.basis') }),
    progressNotices(ui),
    ui.saved && !ui.saved.fits
      ? h('p', {
          class: 'notice',
          attrs: { id: 'resume-changed' },
          text: ui.t('progress.changed', { number: ui.saved.decisions + 1 }),
        })
      : null,
    h(
      'div',
      { class: 'actions' },
      ui.saved
        ? h('button', {
            class: 'primary',
            text: ui.t('progress.resume', {
              title:
                ui.local(ui.saved.scenario.title) +
                (ui.saved.contextTitle ? ` (${ui.local(ui.saved.contextTitle)})` : ''),
              count: ui.saved.decisions,
            }),
            attrs: {
              'data-autofocus': true,
              'data-resume': true,
              'aria-describedby': ui.saved.fits ? undefined : 'resume-changed',
            },
            on: { click: () => ui.resume() },
          })
        : null,
      h('button', {
        class: ui.saved ? '' : 'primary',
        text: ui.t('title.start'),
        attrs: { 'data-autofocus': !ui.saved, 'data-start': true },
        on: { click: () => ui.send({ type: 'session.start' }) },
      }),
      h('button', {
        text: ui.t('title.group'),
        attrs: { 'data-group': true },
        on: { click: () => ui.send({ type: 'session.group' }) },
      }),
      h('button', {
        class: 'quiet',
        text: ui.t('progress.heading'),
        attrs: { 'data-progress': true },
        on: { click: () => ui.send({ type: 'session.progress' }) },
      }),
    ),
    h(
      'fieldset',
      { class: 'lang-switch', attrs: { 'data-arrow-nav': true } },
      h('legend', { text: ui.t('title.language') }),
      LANGS.map((lang) =>
        h('button', {
          class: 'quiet',
          text: ui.t(`lang.${lang}`),
          attrs: { lang, 'aria-pressed': String(lang === ui.lang) },
          on: { click: () => ui.setLang(lang) },
        }),
      ),
    ),
    h('p', { class: 'small', text: ui.t('title.keys') }),
  );
