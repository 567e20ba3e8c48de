import { beforeAll, describe, expect, it } from 'vitest';
import type { Audio } from '../../src/adapters/audio.ts';
import { createI18n, type Translator } from '../../src/adapters/i18n.ts';
import { createProgressStore, PROGRESS_KEY } from '../../src/adapters/progress-store.ts';
import type { Catalog } from '../../src/adapters/scenario-catalog.ts';
import {
  EMPTY_PROGRESS,
  type FinishedPlay,
  MAX_IMPORT_BYTES,
  type Move,
  type Progress,
  readProgress,
  writeProgress,
} from '../../src/domain/progress.ts';
import type { SessionEvent } from '../../src/machines/session-machine.ts';
import type { SessionPort } from '../../src/machines/session-port.ts';
import { createUiContext } from '../../src/ui/ui-context.ts';
import { memoryStorage } from '../support/memory-storage.ts';
import { finishedPlay, T } from '../support/progress-fixtures.ts';
import { loadValid, MINI } from '../support/scenarios.ts';

const mini = loadValid(MINI);
const catalog: Catalog = { scenarios: [mini], broken: new Map() };
let i18n: Translator;
beforeAll(async () => {
  i18n = await createI18n('nl');
});

const finishedAt = (i: number): FinishedPlay => finishedPlay(i * 1000, 500);
const withHistory = (from: number, count: number): Progress => ({
  ...EMPTY_PROGRESS,
  history: Array.from({ length: count }, (_, i) => finishedAt(from + i)),
});
const file = (text: string) => new Blob([text], { type: 'application/json' });

/** The UI context as the app builds it, over a store on a fake device and a port that stays on one screen. */
const setUp = (stored?: Progress | string, options: { quota?: number; screen?: string } = {}) => {
  const initial: Record<string, string> =
    stored === undefined
      ? {}
      : { [PROGRESS_KEY]: typeof stored === 'string' ? stored : writeProgress(stored) };
  const m = memoryStorage(initial, options.quota === undefined ? {} : { quota: options.quota });
  const store = createProgressStore(m.storage, () => T + 1e9, {
    playable: (s, c) => catalog.scenarios.some((x) => x.id === s && x.contexts.some((y) => y.id === c)),
  });
  const sent: SessionEvent[] = [];
  let screen = options.screen ?? 'progress';
  let drawn = 0;
  const port = {
    send: (e: SessionEvent) => void sent.push(e),
    view: () => ({ screen }),
  } as unknown as SessionPort;
  const context = createUiContext({
    i18n,
    audio: {} as Audio,
    catalog,
    progress: store,
    port,
    lang: () => 'nl',
    local: (text) => text.nl,
    setLang: () => {},
    roomUi: () => {},
    rerender: () => void drawn++,
  });
  return {
    m,
    store,
    sent,
    ui: context,
    drawn: () => drawn,
    goTo: (s: string) => {
      screen = s;
    },
  };
};

describe('importing a file in "Mijn voortgang"', () => {
  it('refuses a file above the size limit unread, and says so with both sizes', async () => {
    const { ui, store } = setUp(withHistory(0, 2));
    const huge = { size: 20_000_000, text: () => Promise.reject(new Error('must not be read')) } as Blob;
    await ui().chooseImport(huge);
    expect(ui().progressStep).toEqual({ step: 'tooLarge', bytes: 20_000_000 });
    expect(store.progress().history).toHaveLength(2);
    const words = i18n.t('progress.importTooLarge', { size: '20', limit: '2' });
    expect(words).toContain('20 MB');
    expect(words).toContain('Er is niets veranderd');
  });

  it('holds the limit well above a history of a thousand plays', () => {
    const thousand = writeProgress(withHistory(0, 1000));
    expect(new TextEncoder().encode(thousand).length * 3).toBeLessThan(MAX_IMPORT_BYTES);
  });

  it('keeps what the merge did in the context the screen is drawn from, after the redraw', async () => {
    const { ui, store, drawn } = setUp(withHistory(0, 3));
    await ui().chooseImport(file(writeProgress(withHistory(2, 4))));
    expect(ui().progressStep).toEqual({ step: 'offer', count: 4, mine: 3 });
    const before = drawn();
    ui().importProgress('merge');
    expect(drawn()).toBe(before + 1);
    // Drawn again, and again (a language switch): the words are still there to show.
    expect(ui().progressStep).toEqual({ step: 'merged', added: 3, known: 1, shelvedTheirs: false });
    expect(ui().progressStep).toEqual({ step: 'merged', added: 3, known: 1, shelvedTheirs: false });
    expect(store.progress().history).toHaveLength(6);
    expect(ui().history).toHaveLength(6);
    expect(i18n.t('progress.merged', { count: 3 })).toBe('Samengevoegd: 3 gespeelde scenario’s toegevoegd.');
    expect(i18n.t('progress.mergedKnown', { count: 1 })).toBe('1 stond hier al.');
  });

  it('says when a merge added nothing, and why', async () => {
    const { ui } = setUp(withHistory(0, 3));
    await ui().chooseImport(file(writeProgress(withHistory(0, 2))));
    ui().importProgress('merge');
    expect(ui().progressStep).toMatchObject({ step: 'merged', added: 0, known: 2 });
    await ui().chooseImport(file(writeProgress(EMPTY_PROGRESS)));
    ui().importProgress('merge');
    expect(ui().progressStep).toMatchObject({ step: 'merged', added: 0, known: 0 });
  });

  it('says why a file was refused, and that a cancelled import changed nothing', async () => {
    const { ui, store } = setUp(withHistory(0, 1));
    await ui().chooseImport(file('{"hello":1}'));
    expect(ui().progressStep).toEqual({ step: 'refused', reason: 'foreign' });
    await ui().chooseImport(file(writeProgress(withHistory(5, 1))));
    ui().cancelProgressStep();
    expect(ui().progressStep).toEqual({ step: 'cancelled', of: 'import' });
    ui().importProgress('merge'); // nothing is offered any more
    expect(store.progress().history).toHaveLength(1);
  });

  it('forgets the step when the player leaves the screen', async () => {
    const { ui, goTo } = setUp(withHistory(0, 1));
    await ui().chooseImport(file('{"hello":1}'));
    goTo('title');
    expect(ui().progressStep).toBeUndefined();
    goTo('progress');
    expect(ui().progressStep).toBeUndefined();
  });

  it('says that an import reached the screen but not the device when the storage is full', async () => {
    const { ui, store } = setUp(withHistory(0, 1), { quota: 2000 });
    await ui().chooseImport(file(writeProgress(withHistory(10, 20))));
    ui().importProgress('replace');
    expect(ui().progressStep).toEqual({ step: 'replaced', count: 20 });
    expect(ui().saving).toEqual({ status: 'full', unsaved: ['import'] });
    expect(store.progress().history).toHaveLength(20);
  });

  it('merges the largest file it takes with a large history, every play once (how fast: npm run bench)', async () => {
    const mine = withHistory(0, 4000);
    const theirs = writeProgress(withHistory(2000, 4400));
    expect(theirs.length).toBeLessThan(MAX_IMPORT_BYTES);
    const { ui, store } = setUp(mine);
    await ui().chooseImport(file(theirs));
    ui().importProgress('merge');
    expect(store.progress().history).toHaveLength(6400);
  });
});

describe('making room', () => {
  it('removes the oldest half of the history only once confirmed, and says so', () => {
    const big = withHistory(0, 6);
    const { ui, store, m } = setUp(big, { quota: writeProgress(big).length + PROGRESS_KEY.length + 20 });
    store.save({ scenario: 'mini', context: 'met-mandaat', moves: [{ type: 'beat.continue' }] });
    expect(ui().saving).toEqual({ status: 'full', unsaved: ['play'] });
    ui().removeOldPlays(false);
    expect(ui().progressStep).toEqual({ step: 'confirmRemoval', count: 3 });
    expect(store.progress().history).toHaveLength(6);
    ui().removeOldPlays(true);
    expect(ui().progressStep).toEqual({ step: 'removed', count: 3 });
    expect(store.progress().history.map((p) => p.startedAt)).toEqual([3, 4, 5].map((i) => T + i * 1000));
    // Now there is room: everything, the play in progress too, is on the device, and nothing is said.
    expect(ui().saving).toBeUndefined();
    const stored = readProgress(m.data.get(PROGRESS_KEY)!);
    expect(stored.ok && stored.progress.current?.moves).toHaveLength(1);
  });
});

describe('resuming a saved play', () => {
  const saving = (moves: Move[], scenario = 'mini', context = 'met-mandaat'): Progress => ({
    ...EMPTY_PROGRESS,
    current: { scenario, context, moves, startedAt: T, savedAt: T + 1 },
  });
  const select = (choice: string): Move => ({ type: 'choice.select', choice });
  const next: Move = { type: 'beat.continue' };

  it('offers the whole play when every move still fits', () => {
    const { ui, sent } = setUp(saving([next, select('open'), next]));
    expect(ui().saved).toMatchObject({ decisions: 1, fits: true });
    ui().resume();
    expect(sent).toEqual([
      { type: 'play.resume', scenario: 'mini', context: 'met-mandaat', moves: [next, select('open'), next] },
    ]);
  });

  it('offers it only as far as the moves fit when the scenario changed, says so, and keeps the moves until then', () => {
    const moves = [next, select('weggehaald'), next, select('ook-weg')];
    const { ui, sent, store } = setUp(saving(moves));
    expect(ui().saved).toMatchObject({ decisions: 0, fits: false });
    expect(i18n.t('progress.changed', { number: 1 })).toContain('je gaat verder bij beslissing 1');
    // Nothing is thrown away by looking.
    expect(store.progress().current?.moves).toEqual(moves);
    ui().resume();
    expect(sent).toEqual([{ type: 'play.resume', scenario: 'mini', context: 'met-mandaat', moves: [next] }]);
  });

  it('says which unfinished play cannot go on because its scenario is gone, and offers a shelved one that can', () => {
    const gone = {
      scenario: 'verdwenen',
      context: 'gewoon',
      moves: [next],
      startedAt: T,
      savedAt: T + 5,
    };
    const { ui } = setUp({
      ...EMPTY_PROGRESS,
      current: gone,
      shelved: [{ scenario: 'mini', context: 'met-mandaat', moves: [next], startedAt: T, savedAt: T + 2 }],
    });
    expect(ui().unavailable).toEqual(['verdwenen']);
    expect(ui().saved).toMatchObject({ decisions: 0, fits: true });
    expect(i18n.t('progress.unavailable', { title: 'verdwenen' })).toContain('“verdwenen”');
  });
});

describe('what the title screen is told about stored progress', () => {
  it('says the stored progress was kept aside only when it was', () => {
    expect(setUp('{broken').ui().progressProblem).toEqual({ reason: 'unreadable', keptAside: true });
    const full = setUp(`{broken${'x'.repeat(50)}`, { quota: 80 }).ui();
    expect(full.progressProblem).toEqual({ reason: 'unreadable', keptAside: false });
    expect(full.saving).toEqual({ status: 'full', unsaved: [] });
    expect(i18n.t('progress.notKept.unreadable')).not.toMatch(/apart bewaard/);
  });
});
