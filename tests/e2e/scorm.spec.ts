import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { expect, type Frame, type Page, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { type LmsVersion, startLmsHost } from '../support/lms-host/lms-server.ts';

/*
 * The SCORM packages in an LMS: `npm run package:scorm` builds them, a test LMS (scorm-again's API on
 * its page, the package in an iframe, commits kept by a small server) launches them, and Chromium plays.
 * What the LMS recorded is read from what was committed to it.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const BUILD_MS = 300_000;
const WAIT = 30_000;

const ELEMENTS = {
  '1.2': {
    status: 'cmi.core.lesson_status',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    time: /^\d{2,4}:\d{2}:\d{2}$/,
  },
  '2004': {
    status: 'cmi.completion_status',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    time: /^PT\d+H\d+M\d+S$/,
  },
} as const;

let host: Awaited<ReturnType<typeof startLmsHost>> | undefined;
let work = '';

test.beforeAll(async () => {
  test.setTimeout(BUILD_MS + WAIT);
  work = mkdtempSync(join(tmpdir(), 'scorm-e2e-'));
  await promisify(execFile)('npx', ['tsx', 'scripts/package-scorm.ts', '--out', work], {
    cwd: ROOT,
    timeout: BUILD_MS,
  });
  const courses = {} as Record<LmsVersion, string>;
  for (const version of ['1.2', '2004'] as const) {
    const zip = readdirSync(work).find((f) => f.endsWith(`-scorm${version.replace('.', '')}.zip`))!;
    const dir = join(work, `course-${version}`);
    for (const [name, data] of Object.entries(unzipSync(readFileSync(join(work, zip))))) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    // A worker the game could register if it wanted to: the test shows it does not, inside an LMS.
    writeFileSync(join(dir, 'sw.js'), "self.addEventListener('fetch', () => {});\n");
    courses[version] = dir;
  }
  host = await startLmsHost(courses);
});

test.afterAll(async () => {
  await host?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const gameFrame = (page: Page): Frame => {
  const frame = page.frames().find((f) => /\/course-/.test(f.url()));
  if (!frame) throw new Error('The course frame is not there');
  return frame;
};

/** Where the game is: the beat and its phase, or the debrief. */
const where = (frame: Frame) =>
  frame.evaluate(() => {
    if (document.getElementById('debrief-heading')) return 'debrief';
    const panel = document.querySelector('.beat-panel');
    return panel ? `${panel.getAttribute('data-beat')}:${panel.getAttribute('data-phase')}` : document.title;
  });

/** One move — the choice at `choice` when there are choices, else read on — and wait until the game moved. */
const move = async (frame: Frame, choice: number) => {
  const before = await where(frame);
  const choices = frame.locator('[data-choice]');
  if ((await choices.count()) > 0) await choices.nth(choice).click({ timeout: WAIT });
  else await frame.locator('[data-continue]').click({ timeout: WAIT });
  await frame.waitForFunction(
    (b) => {
      if (document.getElementById('debrief-heading')) return true;
      const panel = document.querySelector('.beat-panel');
      return !!panel && `${panel.getAttribute('data-beat')}:${panel.getAttribute('data-phase')}` !== b;
    },
    before,
    { timeout: WAIT },
  );
};

for (const version of ['1.2', '2004'] as const) {
  const el = ELEMENTS[version];
  test(`SCORM ${version}: launched, played, resumed from suspend_data after a reload, completed at the debrief; nothing else sent`, async ({
    page,
    context,
  }) => {
    const lms = host!;
    const last = () => lms.last(version);
    await page.goto(`${lms.url}/lms/host.html?scorm=${version}`, { timeout: WAIT });
    await expect(page.locator('body')).toHaveAttribute('data-launched', /index\.html\?scorm=/, {
      timeout: WAIT,
    });
    const title = page.frameLocator('#course').locator('.title-screen button.primary');
    await expect(title).toBeVisible({ timeout: WAIT });
    await expect.poll(() => last()?.[el.status], { timeout: WAIT }).toBe('incomplete');

    // Play: read on to the first decision, take its second choice, read on once into the consequence.
    let frame = gameFrame(page);
    await title.click({ timeout: WAIT });
    await frame.locator('[data-scenario]').first().click({ timeout: WAIT });
    await frame.locator('.beat-panel').waitFor({ state: 'visible', timeout: WAIT });
    while ((await frame.locator('[data-choice]').count()) === 0) await move(frame, 0);
    await move(frame, 1);
    const stopped = await where(frame);
    await expect
      .poll(() => String(last()?.['cmi.suspend_data'] ?? ''), { timeout: WAIT })
      .toMatch(/^oa1\|[a-z0-9-]+\|[a-z0-9-]+\|(\.\d+,)?[a-z0-9-]+/);
    expect(last()?.[el.exit]).toBe('suspend');

    // The learner comes back on another device: nothing of this play on it, only what the LMS kept.
    await frame.evaluate(() => localStorage.clear());
    await page.reload({ timeout: WAIT });
    // Leaving, the game told the LMS how long the visit took, and finished.
    await expect
      .poll(
        () =>
          lms.commits[version].some((c) => c.sets.some(([e, v]) => e === el.sessionTime && el.time.test(v))),
        {
          timeout: WAIT,
        },
      )
      .toBe(true);
    const resume = page.frameLocator('#course').locator('[data-resume]');
    await expect(resume).toBeVisible({ timeout: WAIT });
    await expect(resume).toHaveText(/1 beslissing/, { timeout: WAIT });
    await resume.click({ timeout: WAIT });
    frame = gameFrame(page);
    await expect.poll(() => where(frame), { timeout: WAIT }).toBe(stopped);

    for (let step = 0; (await where(frame)) !== 'debrief'; step++) {
      expect(step, 'a debrief within 100 moves').toBeLessThan(100);
      await move(frame, 0);
    }
    await expect.poll(() => last()?.[el.status], { timeout: WAIT }).toBe('completed');
    expect(last()?.['cmi.suspend_data']).toBe('');

    // What the game set, over both visits: status, the moves, the way out and the time; nothing else.
    const sets = lms.commits[version].flatMap((c) => c.sets);
    expect(new Set(sets.map(([e]) => e))).toEqual(
      new Set([el.status, 'cmi.suspend_data', el.exit, el.sessionTime]),
    );
    for (const [, value] of sets.filter(([e]) => e === 'cmi.suspend_data'))
      expect(value.length, 'within SCORM 1.2’s limit').toBeLessThanOrEqual(4096);
    // Score, success, interactions, objectives and comments as the LMS had them at launch: untouched.
    const watched = (cmi: Readonly<Record<string, unknown>> | undefined) =>
      Object.entries(cmi ?? {}).filter(([key]) =>
        /score|success_status|interactions|objectives|comments/.test(key),
      );
    expect(watched(last()).length).toBeGreaterThan(0);
    expect(watched(last())).toEqual(watched(lms.commits[version][0]?.cmi));
    expect(Object.keys(last()!).filter((key) => /^cmi\.(interactions|objectives)\.\d/.test(key))).toEqual([]);

    // No offline worker inside the LMS's frame, although one was there to register.
    expect(await frame.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(
      0,
    );
    expect(context.serviceWorkers()).toEqual([]);
  });
}
