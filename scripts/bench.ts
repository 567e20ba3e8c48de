/**
 * Speed of the rules, measured rather than asserted in tests: checking the scenario library and
 * enumerating every complete play, and the cost of one group-session event and view through the port.
 * Run with `npm run bench` (not part of `npm test`). Figures vary with the machine; the targets printed
 * are the project's budgets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkScenario } from '../src/domain/check-scenario.ts';
import { everyPlay, start } from '../src/domain/play-state.ts';
import type { Scenario } from '../src/domain/scenario.ts';
import type { SessionEvent } from '../src/machines/session-machine.ts';
import { createSessionPort } from '../src/machines/session-port.ts';

const ROOT = join(import.meta.dirname, '..');
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

const files = readdirSync(join(ROOT, 'scenarios'))
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => `scenarios/${f}`);
const texts = files.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')] as const);

/** The library checked and every complete play enumerated, once, in this process. */
const library = () => {
  const t0 = performance.now();
  const scenarios = texts
    .map(([f, text]) => checkScenario(f, text).scenario)
    .filter((s): s is Scenario => !!s);
  const t1 = performance.now();
  let plays = 0;
  let stuck = 0;
  for (const s of scenarios) {
    for (const c of s.contexts) {
      const found = everyPlay(s, start(s, c.id));
      plays += found.complete.length;
      stuck += found.stuck.length;
    }
  }
  const t2 = performance.now();
  return { scenarios, check: t1 - t0, paths: t2 - t1, plays, stuck };
};

/** Plays group sessions through the port the UI uses, timing each event and the view after it. */
const groupEvents = (scenario: Scenario, sessions: number) => {
  const port = createSessionPort([scenario]);
  let publishes = 0;
  port.subscribe(() => publishes++);
  const perEvent: number[] = [];
  const perView: number[] = [];
  const publishCounts = new Set<number>();
  for (let n = 0; n < sessions; n++) {
    port.send({ type: 'session.title' });
    port.send({ type: 'session.group' });
    port.send({
      type: 'group.start',
      scenario: scenario.id,
      context: scenario.contexts[0]!.id,
      discussSeconds: 120,
      showMeters: true,
    });
    for (let step = 0; step < 500; step++) {
      const view = port.view();
      if (view.screen !== 'group') break;
      const event: SessionEvent =
        view.phase === 'tally' && view.votesCounted === 0
          ? { type: 'tally.majority', choice: view.choices[step % view.choices.length]!.id }
          : { type: 'group.next' };
      const before = publishes;
      const t0 = performance.now();
      port.send(event);
      const t1 = performance.now();
      port.view();
      const t2 = performance.now();
      perEvent.push(t1 - t0);
      perView.push(t2 - t1);
      publishCounts.add(publishes - before);
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    events: perEvent.length,
    event: mean(perEvent),
    view: mean(perView),
    publishes: [...publishCounts],
  };
};

const runs = Array.from({ length: RUNS }, library);
const first = runs[0]!;
// The figure the test suite meets: a fresh process, checking and enumerating once.
const total = first.check + first.paths;
console.log(
  `Scenario library: ${first.scenarios.length} scenarios, ${first.plays} complete plays, ${first.stuck} stuck`,
);
console.log(`  in a fresh process: check ${ms(first.check)} + every play ${ms(first.paths)} = ${ms(total)}`);
console.log(`    target < 2000 ms: ${total < 2000 ? 'ok' : 'OVER'}`);
console.log(
  `  warm (median of ${RUNS}): check ${ms(median(runs.map((r) => r.check)))}, every play ${ms(median(runs.map((r) => r.paths)))}`,
);

const busiest = first.scenarios.find((s) => s.id === 'data-is-een-extra') ?? first.scenarios[0]!;
groupEvents(busiest, 5); // warm-up
const group = groupEvents(busiest, 20);
console.log(`Group session over ${busiest.id}: ${group.events} events through the session port`);
console.log(`  per event        ${ms(group.event)} (the machines, plus building the one view published)`);
console.log(`  per view asked   ${ms(group.view)} (cached until the next change)`);
console.log(`  views published per event: ${group.publishes.join(', ')}`);
