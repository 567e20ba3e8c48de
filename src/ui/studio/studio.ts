import './studio.css';
import {
  createDraftStore,
  DEV_SAVE_ROUTE,
  type DraftStore,
  isScenarioFileName,
  type PutResult,
} from '../../adapters/draft-store.ts';
import { browserStorage } from '../../adapters/preferences.ts';
import { checkScenario } from '../../domain/check-scenario.ts';
import { byPosition, describeProblem, type Problem } from '../../domain/problems.ts';
import type { Scenario } from '../../domain/scenario.ts';
import { MAX_FILE_BYTES } from '../../domain/text-bytes.ts';
import { SHOWN_NAMES } from '../../locales/shown-names.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { downloadText } from '../download.ts';
import { filePicker } from '../file-picker.ts';
import { createEditor, type Marked } from './studio-editor.ts';
import { createGraph } from './studio-graph.ts';
import { createPreview } from './studio-preview.ts';

/** The library's files as text, each fetched only when the author starts from it. */
const BUNDLED = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default' });

/** How long the text must rest before it is checked again. */
const CHECK_DELAY_MS = 400;

const FIRST = 'de-nieuwe-wethouder.yaml';

/** A warning, if the checker marks it so; everything else stops the scenario from playing. */
const severityOf = (p: Problem): Marked['severity'] =>
  (p as { readonly severity?: unknown }).severity === 'warning' ? 'warning' : 'error';

/** A file name the studio can keep: lower case, dashes for anything else, `.yaml`. */
const tidyName = (name: string): string => {
  const base = name
    .replace(/\.ya?ml$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'scenario'}.yaml`;
};

const bundledName = (key: string) => key.replace(/^\/scenarios\//, '');

/**
 * Opens the authoring studio over the game, as a modal dialog: the file in CodeMirror with the
 * checker's messages at their lines, a preview that plays it by the game's rules, its structure, and
 * Save (to scenarios/ in `npm run dev`; a download and a draft kept on this device in the built game).
 */
export const openStudio = (ui: UiContext, returnFocus: HTMLElement | null): void => {
  const drafts: DraftStore = createDraftStore(browserStorage(), () => Date.now());
  let savedText = '';
  let lastGood: Scenario | undefined;
  let timer: number | undefined;

  const status = h('p', { class: 'studio-status', attrs: { role: 'status', id: 'studio-status' } });
  const say = (text: string, tone: 'ok' | 'problem' = 'ok') => {
    status.textContent = text;
    status.dataset.tone = tone;
  };

  // The file: where to start from, from disk, its name, and whether the game here offers it.
  const pick = h('select', { attrs: { id: 'studio-pick' } });
  const fillPick = () => {
    const bundled = Object.keys(BUNDLED)
      .sort()
      .map((key) => {
        const name = bundledName(key);
        const s = ui.catalog.scenarios.find((x) => x.file === `scenarios/${name}`);
        return h('option', {
          text: s ? `${ui.local(s.title)} (${name})` : name,
          attrs: { value: `bundled:${key}` },
        });
      });
    const kept = drafts.list().map((d) => h('option', { text: d.name, attrs: { value: `draft:${d.name}` } }));
    pick.replaceChildren(h('option', { text: ui.t('studio.open.pick'), attrs: { value: '' } }));
    if (kept.length) pick.append(h('optgroup', { attrs: { label: ui.t('studio.open.drafts') } }, kept));
    pick.append(h('optgroup', { attrs: { label: ui.t('studio.open.bundled') } }, bundled));
  };
  const nameInput = h('input', {
    attrs: {
      id: 'studio-name',
      type: 'text',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': 'studio-name-hint',
    },
  });
  const own = h('input', {
    attrs: { id: 'studio-own', type: 'checkbox', 'aria-describedby': 'studio-own-hint' },
  });
  const unsaved = h('span', {
    class: 'studio-unsaved',
    text: ui.t('studio.save.unsaved'),
    attrs: { hidden: true },
  });
  const after = h('div', { class: 'studio-after' });

  // The text and its check.
  const checkStatus = h('p', {
    class: 'studio-check-status',
    attrs: { 'aria-live': 'polite', id: 'studio-check' },
  });
  const problemList = h('ul', { class: 'studio-problems' });
  const editorHost = h('div', { class: 'studio-editor' });

  const preview = createPreview(ui, {
    showInText: (beat) => showBeat(beat),
    moved: () => graph.mark(preview.current()),
  });
  const graph = createGraph(ui, (beat) => {
    preview.playFrom(beat);
    showSide('preview');
  });

  const editor = createEditor({
    parent: editorHost,
    text: '',
    labelledBy: 'studio-editor-label',
    describedBy: 'studio-editor-hint',
    onChange: () => {
      unsaved.hidden = editor.text() === savedText;
      window.clearTimeout(timer);
      checkStatus.textContent = ui.t('studio.check.checking');
      timer = window.setTimeout(check, CHECK_DELAY_MS);
    },
  });

  /** Checks the text exactly as the game checks a file, and shows the result everywhere. */
  const check = () => {
    window.clearTimeout(timer);
    const name = isScenarioFileName(nameInput.value) ? nameInput.value : tidyName(nameInput.value);
    const result = checkScenario(name, editor.text(), undefined, { names: SHOWN_NAMES });
    const problems = [...result.problems, ...(result.warnings ?? [])].sort(byPosition);
    const marked = problems.map((p) => ({
      line: p.line,
      column: p.column,
      severity: severityOf(p),
      message: `${describeProblem(p, ui.lang)} [${p.code}]`,
    }));
    editor.mark(marked);
    const errors = marked.filter((m) => m.severity === 'error').length;
    const warnings = marked.length - errors;
    checkStatus.textContent = [
      errors ? ui.t('studio.check.errors', { count: errors }) : ui.t('studio.check.ok'),
      warnings ? ui.t('studio.check.warnings', { count: warnings }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    checkStatus.dataset.tone = errors ? 'problem' : 'ok';
    problemList.replaceChildren(
      ...marked.map((m) =>
        h(
          'li',
          { attrs: { 'data-severity': m.severity } },
          h(
            'button',
            {
              class: 'studio-problem',
              attrs: { type: 'button', 'data-line': m.line },
              on: { click: () => editor.goTo(m.line, m.column) },
            },
            h('span', { class: 'studio-problem-at', text: ui.t('studio.check.line', m) }),
            ' ',
            m.message,
          ),
        ),
      ),
    );
    if (result.scenario) lastGood = result.scenario;
    preview.update(lastGood, !result.scenario);
    graph.update(lastGood);
    graph.mark(preview.current());
  };

  /** Puts the cursor on a beat's own line in the text. */
  const showBeat = (beat: string) => {
    const lines = editor.text().split('\n');
    const escaped = beat.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const at = lines.findIndex((l) => new RegExp(`^\\s+${escaped}\\s*:`).test(l));
    if (at >= 0) editor.goTo(at + 1, (lines[at]!.search(/\S/) ?? 0) + 1);
  };

  const load = (name: string, text: string, isOwn: boolean) => {
    nameInput.value = name;
    nameInput.removeAttribute('aria-invalid');
    own.checked = isOwn;
    editor.replace(text);
    savedText = text;
    unsaved.hidden = true;
    lastGood = undefined;
    after.replaceChildren();
    check();
    say(ui.t('studio.open.opened', { name }));
  };

  const openPicked = async () => {
    const [kind, ...rest] = pick.value.split(':');
    const key = rest.join(':');
    if (kind === 'draft') {
      const d = drafts.get(key);
      if (d) load(d.name, d.text, d.own);
    } else if (kind === 'bundled' && BUNDLED[key]) {
      try {
        load(bundledName(key), await BUNDLED[key](), false);
      } catch {
        say(ui.t('studio.open.unreadable', { name: bundledName(key) }), 'problem');
      }
    }
  };

  const openFromDisk = (file: File) => {
    if (!/\.ya?ml$/i.test(file.name)) {
      say(ui.t('studio.open.notYaml', { name: file.name }), 'problem');
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      say(
        ui.t('studio.open.tooLarge', {
          name: file.name,
          kb: Math.ceil(file.size / 1024),
          max: MAX_FILE_BYTES / 1024,
        }),
        'problem',
      );
      return;
    }
    file.text().then(
      (text) => load(tidyName(file.name), text, false),
      () => say(ui.t('studio.open.unreadable', { name: file.name }), 'problem'),
    );
  };
  const fromDisk = filePicker({
    id: 'studio-file',
    label: ui.t('studio.open.fromDisk'),
    accept: '.yaml,.yml,text/yaml,application/yaml',
    t: ui.t,
    onFile: openFromDisk,
  });

  const reasonOf = (result: PutResult) => (result.ok ? '' : ui.t(`studio.save.reasons.${result.reason}`));

  const save = async () => {
    const name = nameInput.value.trim();
    if (!isScenarioFileName(name)) {
      nameInput.setAttribute('aria-invalid', 'true');
      say(ui.t('studio.open.badName'), 'problem');
      nameInput.focus();
      return;
    }
    nameInput.removeAttribute('aria-invalid');
    const text = editor.text();
    const kept = drafts.put({ name, text, own: own.checked });
    if (import.meta.env.DEV) {
      const file = `scenarios/${name}`;
      const answer = await fetch(DEV_SAVE_ROUTE, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ file, text }),
      })
        .then((r) => r.json() as Promise<{ ok?: boolean; reason?: string }>)
        .catch((error: unknown) => ({ ok: false, reason: String(error) }));
      say(
        answer.ok
          ? ui.t('studio.save.devSaved', { file })
          : ui.t('studio.save.devFailed', { file, reason: answer.reason ?? '?' }),
        answer.ok ? 'ok' : 'problem',
      );
    } else {
      downloadText(name, text, 'application/yaml');
      say(
        kept.ok
          ? ui.t('studio.save.downloaded', { name })
          : ui.t('studio.save.notKept', { reason: reasonOf(kept) }),
        kept.ok ? 'ok' : 'problem',
      );
    }
    savedText = text;
    unsaved.hidden = true;
    fillPick();
    after.replaceChildren();
    if (own.checked && kept.ok) {
      const ok = checkScenario(name, text).scenario !== undefined;
      after.append(
        h('p', { text: ui.t(ok ? 'studio.save.ownAdded' : 'studio.save.ownBroken') }),
        h('button', {
          class: 'quiet',
          text: ui.t('studio.save.reload'),
          attrs: { type: 'button' },
          on: { click: () => window.location.reload() },
        }),
      );
    }
  };

  // Beside the text: the preview and the structure; on a narrower screen one at a time.
  const side = h('div', { class: 'studio-side', attrs: { 'data-view': 'preview' } });
  const viewButtons = (['preview', 'graph'] as const).map((view) =>
    h('button', {
      class: 'quiet',
      text: ui.t(`studio.view.${view}`),
      attrs: { type: 'button', 'data-view': view, 'aria-pressed': String(view === 'preview') },
      on: { click: () => showSide(view) },
    }),
  );
  const showSide = (view: 'preview' | 'graph') => {
    side.dataset.view = view;
    for (const b of viewButtons) b.setAttribute('aria-pressed', String(b.dataset.view === view));
  };
  side.append(
    h(
      'div',
      { class: 'studio-switch', attrs: { role: 'group', 'aria-label': ui.t('studio.view.label') } },
      viewButtons,
    ),
    preview.element,
    graph.element,
  );

  const problem = drafts.problem();
  const storeNotice =
    problem?.reason === 'corrupt'
      ? h('p', {
          class: 'notice',
          attrs: { role: 'alert' },
          text: problem.keptAside
            ? ui.t('studio.save.corrupt', { key: problem.key ?? '' })
            : ui.t('studio.save.corruptStuck'),
        })
      : problem?.reason === 'unavailable'
        ? h('p', { class: 'notice', text: ui.t('studio.save.unavailable') })
        : null;

  const close = () => {
    if (editor.text() !== savedText && !window.confirm(ui.t('studio.closeUnsaved'))) return;
    window.clearTimeout(timer);
    dialog.close();
    editor.view.destroy();
    dialog.remove();
    returnFocus?.focus();
  };

  const dialog = h(
    'dialog',
    { class: 'studio', attrs: { 'aria-labelledby': 'studio-title', lang: ui.lang } },
    h(
      'header',
      { class: 'studio-header' },
      h('h2', { attrs: { id: 'studio-title', tabindex: -1 }, text: ui.t('studio.title') }),
      unsaved,
      h('button', { text: ui.t('studio.close'), attrs: { type: 'button' }, on: { click: close } }),
    ),
    h('p', { class: 'studio-small-screen notice', text: ui.t('studio.smallScreen') }),
    storeNotice,
    h(
      'section',
      { class: 'studio-file', attrs: { 'aria-label': ui.t('studio.open.heading') } },
      h(
        'div',
        { class: 'studio-row' },
        h(
          'div',
          { class: 'studio-field' },
          h('label', { attrs: { for: 'studio-pick' }, text: ui.t('studio.open.start') }),
          pick,
          h('button', {
            text: ui.t('studio.open.load'),
            attrs: { type: 'button', 'data-studio-open': true },
            on: { click: () => void openPicked() },
          }),
        ),
        h('div', { class: 'studio-field' }, fromDisk),
      ),
      h(
        'div',
        { class: 'studio-row' },
        h(
          'div',
          { class: 'studio-field' },
          h('label', { attrs: { for: 'studio-name' }, text: ui.t('studio.open.name') }),
          nameInput,
          h('span', {
            class: 'visually-hidden',
            attrs: { id: 'studio-name-hint' },
            text: ui.t('studio.open.nameHint'),
          }),
        ),
        h(
          'div',
          { class: 'studio-field' },
          own,
          h(
            'label',
            { attrs: { for: 'studio-own' } },
            ui.t('studio.save.own'),
            h('span', {
              class: 'small',
              attrs: { id: 'studio-own-hint' },
              text: ` (${ui.t('studio.save.ownHint')})`,
            }),
          ),
        ),
        h('button', {
          class: 'primary',
          text: ui.t('studio.save.save'),
          attrs: { type: 'button', 'data-studio-save': true },
          on: { click: () => void save() },
        }),
      ),
      status,
      after,
    ),
    h(
      'div',
      { class: 'studio-body' },
      h(
        'section',
        { class: 'studio-text', attrs: { 'aria-labelledby': 'studio-editor-label' } },
        h('h3', { attrs: { id: 'studio-editor-label' }, text: ui.t('studio.editor.label') }),
        h('p', { class: 'small', attrs: { id: 'studio-editor-hint' }, text: ui.t('studio.editor.hint') }),
        editorHost,
        h(
          'section',
          { class: 'studio-check', attrs: { 'aria-labelledby': 'studio-check-h' } },
          h('h3', { attrs: { id: 'studio-check-h' }, text: ui.t('studio.check.heading') }),
          checkStatus,
          problemList,
        ),
      ),
      side,
    ),
  );
  // Escape closes the studio (asking first if something is unsaved) unless the editor used it, say to
  // close its search panel; the browser's own cancel is held back so nothing closes it unasked.
  dialog.addEventListener('cancel', (event) => event.preventDefault());
  dialog.addEventListener('keydown', (event) => {
    // The game's own single-key shortcuts must not act on what the author types here.
    event.stopPropagation();
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      close();
    }
  });

  document.body.append(dialog);
  dialog.showModal();
  fillPick();
  dialog.querySelector<HTMLElement>('#studio-title')?.focus();

  // Start from the draft worked on last, or from the library's first scenario.
  const last = drafts.list()[0];
  if (last) load(last.name, last.text, last.own);
  else {
    const key = `/scenarios/${FIRST}`;
    const first = BUNDLED[key] ?? Object.values(BUNDLED)[0];
    void first?.().then(
      (text) => load(BUNDLED[key] ? FIRST : 'scenario.yaml', text, false),
      () => say(ui.t('studio.open.unreadable', { name: FIRST }), 'problem'),
    );
  }
};
