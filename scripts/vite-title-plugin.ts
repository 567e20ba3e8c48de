import type { Plugin } from 'vite';
import type { BootWords } from '../src/boot/boot-words.ts';
import { en } from '../src/locales/en.ts';
import { nl } from '../src/locales/nl.ts';

/** The words of the title screen, by the keys the page marks them with (see src/boot/boot-title.ts). */
const words = (locale: typeof nl): BootWords => ({
  'app.title': locale.app.title,
  'app.tagline': locale.app.tagline,
  'title.intro': locale.title.intro,
  'title.basis': locale.title.basis,
  'title.start': locale.title.start,
  'title.group': locale.title.group,
  'title.language': locale.title.language,
  'title.keys': locale.title.keys,
  'progress.heading': locale.progress.heading,
  'sound.on': locale.sound.on,
  'sound.off': locale.sound.off,
  'sound.toggleHint': locale.sound.toggleHint,
  'lang.nl': locale.lang.nl,
  'lang.en': locale.lang.en,
});

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The title screen as plain HTML, in Dutch, with the same elements the game draws for it
 * (src/ui/topbar.ts, src/ui/screens/title.ts): the first words and controls show as fast as a plain
 * page, before any script. `data-boot` names the control the game draws in its place, so a press made
 * before the game is there is passed on to it. `elementtiming` lets the boot benchmark (scripts/bench-boot.ts)
 * read when the browser painted the first control.
 */
export const staticTitle = (): string => {
  const w = words(nl);
  const text = (key: keyof BootWords) => `data-text="${key}">${escapeHtml(w[key])}`;
  return [
    '<header class="topbar"><span class="spacer"></span>',
    `<button class="quiet" aria-keyshortcuts="M" title="${escapeHtml(w['sound.toggleHint'])}" data-title-key="sound.toggleHint" data-boot="[data-mute]" data-mute data-sound ${text('sound.on')}</button>`,
    '</header>',
    '<main class="panel title-screen" id="content" aria-labelledby="title-heading">',
    `<h1 id="title-heading" ${text('app.title')}</h1>`,
    `<p class="tagline" ${text('app.tagline')}</p>`,
    `<p ${text('title.intro')}</p>`,
    `<p class="small" ${text('title.basis')}</p>`,
    '<div class="actions">',
    `<button class="primary" autofocus elementtiming="first-control" data-boot="[data-start]" data-start ${text('title.start')}</button>`,
    `<button data-boot="[data-group]" data-group ${text('title.group')}</button>`,
    `<button class="quiet" data-boot="[data-progress]" data-progress ${text('progress.heading')}</button>`,
    '</div>',
    '<fieldset class="lang-switch">',
    `<legend ${text('title.language')}</legend>`,
    `<button class="quiet" lang="nl" aria-pressed="true" data-boot='button[lang="nl"]' ${text('lang.nl')}</button>`,
    `<button class="quiet" lang="en" aria-pressed="false" data-boot='button[lang="en"]' ${text('lang.en')}</button>`,
    '</fieldset>',
    `<p class="small" ${text('title.keys')}</p>`,
    '</main>',
  ].join('');
};

/** Both languages' title words as JSON the page carries (not a script that runs: the CSP allows none inline). */
export const bootWordsJson = (): string =>
  JSON.stringify({ nl: words(nl), en: words(en) }).replace(/</g, '\\u003c');

/** Puts the title screen into index.html in place of the loading line. */
export const titlePlugin = (): Plugin => ({
  name: 'open-ambtenaar-static-title',
  transformIndexHtml: {
    order: 'pre',
    handler: (html) => {
      const marker = /<p class="loading">[^<]*<\/p>/;
      if (!marker.test(html))
        throw new Error('index.html lost its loading line; the title cannot go in its place.');
      return html
        .replace(marker, staticTitle())
        .replace(
          '</body>',
          `<script type="application/json" id="boot-words">${bootWordsJson()}</script>\n  </body>`,
        );
    },
  },
});
