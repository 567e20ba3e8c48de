import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { defaultHighlightStyle, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { EditorState, type Extension, StateEffect, StateField } from '@codemirror/state';
import {
  Decoration,
  type DecorationSet,
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  WidgetType,
} from '@codemirror/view';

/** A problem placed in the text: 1-based line and column, as the checker reports them. */
export interface Marked {
  readonly line: number;
  readonly column: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export interface StudioEditor {
  readonly view: EditorView;
  readonly text: () => string;
  /** Replaces the whole text (a file opened), as one step the author can undo. */
  readonly replace: (text: string) => void;
  /** Shows these problems at their lines, in the gutter and underlined. */
  readonly mark: (problems: readonly Marked[]) => void;
  /** Puts the cursor at a line (and column), scrolls it into view and focuses the editor. */
  readonly goTo: (line: number, column?: number) => void;
}

/** The span a problem underlines: from its column to the end of the word there (at least one character). */
const spanOf = (state: EditorState, p: Marked): { from: number; to: number } => {
  const line = state.doc.line(Math.min(Math.max(1, p.line), state.doc.lines));
  const from = Math.min(line.from + Math.max(0, p.column - 1), line.to);
  const rest = line.text.slice(from - line.from);
  const word = /^\S+/.exec(rest)?.[0].length ?? 0;
  const to = word > 0 ? from + word : Math.min(line.to, from + 1);
  return to > from ? { from, to } : { from: line.from, to: line.to };
};

/** A checker's message written out under its line, so it is read without hovering. */
class MessageWidget extends WidgetType {
  constructor(
    readonly message: string,
    readonly severity: Marked['severity'],
  ) {
    super();
  }
  override eq(other: MessageWidget) {
    return other.message === this.message && other.severity === this.severity;
  }
  override toDOM() {
    const box = document.createElement('div');
    box.className = `studio-inline studio-inline-${this.severity}`;
    box.textContent = this.message;
    return box;
  }
}

const setMessages = StateEffect.define<readonly Marked[]>();

/** The messages under their lines; they move with the text until the next check replaces them. */
const messages: Extension = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(set, tr) {
    let next = set.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setMessages)) continue;
      const perLine = new Map<number, Marked[]>();
      for (const p of effect.value) {
        const line = Math.min(Math.max(1, p.line), tr.state.doc.lines);
        perLine.set(line, [...(perLine.get(line) ?? []), p]);
      }
      next = Decoration.set(
        [...perLine].flatMap(([line, list]) =>
          list.map((p) =>
            Decoration.widget({
              widget: new MessageWidget(p.message, p.severity),
              block: true,
              side: 1,
            }).range(tr.state.doc.line(line).to),
          ),
        ),
        true,
      );
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/**
 * CodeMirror 6 with YAML, line numbers, undo, search and the checker's messages in the gutter. Tab is
 * left to move focus on (YAML takes no tabs, and a keyboard user must be able to leave the editor);
 * `labelledBy` names the text box for screen readers.
 */
export const createEditor = (options: {
  readonly parent: HTMLElement;
  readonly text: string;
  readonly labelledBy: string;
  readonly describedBy: string;
  readonly onChange: (text: string) => void;
}): StudioEditor => {
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        search({ top: true }),
        indentUnit.of('  '),
        EditorState.tabSize.of(2),
        yaml(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        lintGutter(),
        messages,
        EditorView.lineWrapping,
        keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap]),
        EditorView.contentAttributes.of({
          'aria-labelledby': options.labelledBy,
          'aria-describedby': options.describedBy,
          'aria-multiline': 'true',
          spellcheck: 'false',
          // Said outright, so checkers see the scroll box has a keyboard stop: the text itself.
          tabindex: '0',
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    replace: (text) => {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    mark: (problems) => {
      const diagnostics: Diagnostic[] = problems.map((p) => ({
        ...spanOf(view.state, p),
        severity: p.severity,
        message: p.message,
      }));
      view.dispatch(setDiagnostics(view.state, diagnostics));
      view.dispatch({ effects: setMessages.of(problems) });
    },
    goTo: (line, column = 1) => {
      const at = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
      const pos = Math.min(at.from + Math.max(0, column - 1), at.to);
      view.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
      view.focus();
    },
  };
};
