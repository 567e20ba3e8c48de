/**
 * Whether the JS heap grows over many plays in one page: the first scenario played PLAYS times through
 * the page's own controls, the used heap read after forced garbage collections after the first play
 * and after the last. Part of `npm run bench` (not of `npm test`); `--plays N` plays N times and also
 * prints the heap at every 30th play. Builds, serves and launches through scripts/bench-page.ts.
 *
 * Each screen stays PACE_MS before the next press (`--pace MS`; 1 s by default, quicker than anyone
 * reads a passage). The pace matters: V8 compiles a function to faster machine code the more it
 * runs, and gives back the code of functions left unused for a while. Played at a robot's pace the
 * first play is over in seconds, before the drawing's code has warmed up, and the page's whole
 * life is too short for anything to be given back; `--pace 0` shows that case.
 *
 * A heap snapshot at both points splits the heap into V8's "code" (machine code, bytecode, feedback
 * and the like) and everything else, and says what grew: the machine code by tier (baseline code
 * from Sparkplug, optimised code from Maglev or Turbofan, compiled regular expressions) and by
 * script and function, and the objects made after the first play that are still alive, by
 * constructor.
 */
import type { CDPSession, Page } from '@playwright/test';
import { median, openBenchPage } from './bench-page.ts';

/** Readings of the heap at each point, each after forced garbage collections; the median counts. */
const HEAP_READINGS = 3;
/** A whole number given after `flag`, or `fallback` without the flag; anything else stops the benchmark. */
const countArg = (flag: string, fallback: number, least: number): number => {
  const at = process.argv.indexOf(flag);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (Number.isInteger(value) && value >= least) return value;
  console.error(`${flag} takes a whole number of at least ${least}, not "${process.argv[at + 1] ?? ''}"`);
  process.exit(2);
};
const PLAYS = countArg('--plays', 30, 1);
/** How long each screen of a play stays before the next press: a quick reader's glance, not a robot's. */
const PACE_MS = countArg('--pace', 1_000, 0);
const EVERY = 30;
const SHOWN = 5;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

/**
 * The benchmark's driver, kept out of the heap it measures: Playwright's locators run a large injected
 * script in the page's own V8 heap, whose code grows as it warms up (about 90 KiB over 30 plays). So
 * this one small function, put in the page once, names the next control to press, and the press is a
 * real mouse click through the browser's input (Playwright's mouse speaks CDP, with no page script).
 */
const DRIVER = `window.__bench = {
  visible: (el) => el.getClientRects().length > 0 && !el.disabled,
  // Where to click el, or 'wait' while it is not yet the control under the pointer (a screen sliding in).
  at(el) {
    if (!el) return 'wait';
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    const box = el.getBoundingClientRect();
    const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
    return el.contains(document.elementFromPoint(x, y)) ? { x, y } : 'wait';
  },
  control(selector) {
    return this.at([...document.querySelectorAll(selector)].find(this.visible));
  },
  // In a play: a choice (which one varies with n and step), else the way on; 'done' on the debrief.
  next(n, step) {
    if (document.getElementById('debrief-heading')) return 'done';
    const choices = [...document.querySelectorAll('[data-choice]')].filter(this.visible);
    return choices.length ? this.at(choices[(n + step) % choices.length]) : this.control('[data-continue]');
  },
}`;

type Answer = 'done' | 'wait' | { x: number; y: number };

const ask = async (cdp: CDPSession, expression: string): Promise<Answer> => {
  const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
    expression,
    returnByValue: true,
  })) as { result: { value?: Answer }; exceptionDetails?: { text: string } };
  if (exceptionDetails || result.value === undefined)
    throw new Error(`The page did not answer ${expression}: ${exceptionDetails?.text ?? 'no value'}`);
  return result.value;
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks until the page answers something other than 'wait' (within ten seconds). */
const settled = async (cdp: CDPSession, expression: string): Promise<Exclude<Answer, 'wait'>> => {
  for (let look = 0; look < 500; look++) {
    const answer = await ask(cdp, expression);
    if (answer !== 'wait') return answer;
    await pause(20);
  }
  throw new Error(`The page kept answering 'wait' to ${expression}`);
};

/** Clicks the control `expression` names as soon as it is there. */
const press = async (page: Page, cdp: CDPSession, expression: string) => {
  const at = await settled(cdp, expression);
  if (at === 'done') throw new Error(`Nothing to press for ${expression}`);
  await page.mouse.click(at.x, at.y);
};

/**
 * Plays one scenario to its debrief through the page's own controls; `n` varies the choices. Each
 * screen stays PACE_MS; where the control is is asked again after that, as the screen may have moved.
 */
const playOnce = async (page: Page, cdp: CDPSession, n: number) => {
  for (let step = 0; step < 200; step++) {
    const next = `__bench.next(${n}, ${step})`;
    if ((await settled(cdp, next)) === 'done') return;
    await pause(PACE_MS);
    await press(page, cdp, next);
  }
  throw new Error('No debrief after 200 presses');
};

/** The used JS heap after forced garbage collections: the median of a few readings. */
const usedHeap = async (cdp: CDPSession) => {
  const readings: number[] = [];
  for (let i = 0; i < HEAP_READINGS; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    readings.push(((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize);
  }
  return median(readings);
};

type Tier = 'baseline' | 'optimised' | 'regexp' | 'other';

/** What one heap snapshot says, reduced to what the report compares. */
interface HeapParts {
  code: number;
  objects: number;
  /** Machine code (with its deoptimisation and position tables) by tier. */
  tiers: Map<Tier, number>;
  /** Machine code by script, and by function (keyed by the function's stable snapshot id). */
  scripts: Map<string, number>;
  functions: Map<number, { label: string; tiers: Set<Tier>; optimised: number; bytes: number }>;
  /** Every node that is not code, by id, with its constructor's name and size. */
  others: Map<number, { name: string; bytes: number }>;
}

interface Snapshot {
  snapshot: {
    meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

const takeSnapshot = async (cdp: CDPSession): Promise<Snapshot> => {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return JSON.parse(chunks.join('')) as Snapshot;
};

/** Where a script came from: the page's chunk (hash dropped), or the test driver's injected code. */
const scriptLabel = (name: string, source: string) => {
  if (name) return name.replace(/^https?:\/\/[^/]+/, '').replace(/-[\w-]{8}\.js$/, '.js');
  return /InjectedScript|UtilityScript/.test(source) ? '(test driver: Playwright)' : '(unnamed script)';
};

const heapParts = (s: Snapshot): HeapParts => {
  const { node_fields: nf, node_types, edge_fields: ef, edge_types } = s.snapshot.meta;
  const [types, edgeTypes] = [node_types[0], edge_types[0]];
  const N = nf.length;
  const E = ef.length;
  const [fType, fName, fId, fSize, fEdges] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((f) =>
    nf.indexOf(f),
  ) as [number, number, number, number, number];
  const count = s.nodes.length / N;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) firstEdge[i + 1] = firstEdge[i]! + s.nodes[i * N + fEdges]! * E;
  const type = (i: number) => types[s.nodes[i * N + fType]!]!;
  const name = (i: number) => s.strings[s.nodes[i * N + fName]!]!;
  const size = (i: number) => s.nodes[i * N + fSize]!;
  /** The edges of node i: [edge name (an index for elements and hidden edges), target node]. */
  const edges = function* (i: number): Generator<[string, number]> {
    for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e += E) {
      const t = edgeTypes[s.edges[e]!];
      const n = t === 'element' || t === 'hidden' ? String(s.edges[e + 1]) : s.strings[s.edges[e + 1]!]!;
      yield [n, s.edges[e + 2]! / N];
    }
  };
  const edge = (i: number, wanted: string) => {
    for (const [n, to] of edges(i)) if (n === wanted) return to;
    return -1;
  };

  // Who holds each Code object: its function (SharedFunctionInfo, or a closure's), or a RegExp's data.
  const owner = new Map<number, number>();
  const isRegexp = new Set<number>();
  for (let i = 0; i < count; i++) {
    const n = name(i);
    const isFunctionInfo = n.startsWith('system / SharedFunctionInfo');
    const isClosure = type(i) === 'closure';
    if (!isFunctionInfo && !isClosure && !n.includes('RegExpData')) continue;
    for (const [en, to] of edges(i)) {
      if (name(to) !== 'system / Code') continue;
      if (isFunctionInfo && en === 'trusted_function_data') owner.set(to, i);
      else if (isClosure && en === 'code' && !owner.has(to)) owner.set(to, edge(i, 'shared'));
      else if (!isFunctionInfo && !isClosure) isRegexp.add(to);
    }
  }
  const scriptOf = (fn: number) => {
    const script = edge(fn, 'script');
    if (script < 0) return '(no script)';
    const source = edge(script, 'source');
    return scriptLabel(
      name(script).replace(/^system \/ Script(?: \/ )?/, ''),
      source < 0 ? '' : name(source),
    );
  };
  const fnName = (fn: number) =>
    name(fn).replace(/^system \/ SharedFunctionInfo(?: \/ )?/, '') || '(anonymous)';

  const parts: HeapParts = {
    code: 0,
    objects: 0,
    tiers: new Map(),
    scripts: new Map(),
    functions: new Map(),
    others: new Map(),
  };
  const add = <K>(m: Map<K, number>, k: K, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  const counted = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const kind = type(i);
    // Native (the DOM's own memory) and synthetic nodes are not the JS heap.
    if (kind === 'native' || kind === 'synthetic') continue;
    if (kind !== 'code') {
      parts.objects += size(i);
      if (size(i) === 0) continue;
      const label =
        kind === 'object' || kind === 'closure'
          ? name(i).slice(0, 40)
          : `(${kind === 'object shape' ? 'hidden classes' : kind})`;
      parts.others.set(s.nodes[i * N + fId]!, { name: label, bytes: size(i) });
      continue;
    }
    parts.code += size(i);
    if (name(i) !== 'system / Code') continue;
    let bytes = size(i);
    let tier: Tier = isRegexp.has(i) ? 'regexp' : 'other';
    for (const [en, to] of edges(i)) {
      if (
        ![
          'instruction_stream',
          'deoptimization_data',
          'source_position_table',
          'bytecode_offset_table',
        ].includes(en)
      )
        continue;
      if (!counted[to]) bytes += size(to);
      counted[to] = 1;
      if (tier === 'other' && en === 'bytecode_offset_table') tier = 'baseline';
      if (tier === 'other' && en === 'deoptimization_data') tier = 'optimised';
    }
    add(parts.tiers, tier, bytes);
    const fn = owner.get(i) ?? -1;
    if (fn < 0) continue;
    const script = scriptOf(fn);
    add(parts.scripts, script, bytes);
    const id = s.nodes[fn * N + fId]!;
    const f = parts.functions.get(id) ?? {
      label: `${script} ${fnName(fn)}`,
      tiers: new Set(),
      optimised: 0,
      bytes: 0,
    };
    f.bytes += bytes;
    if (tier === 'optimised') f.optimised++;
    f.tiers.add(tier);
    parts.functions.set(id, f);
  }
  return parts;
};

/** The JS heap after 1 and after PLAYS plays in one page (and at every EVERY-th play). */
const heapOverPlays = async () => {
  const bench = await openBenchPage('heap');
  try {
    const context = await bench.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${bench.base}/`);
    await cdp.send('Runtime.evaluate', { expression: DRIVER });
    await press(page, cdp, `__bench.control('[data-start]')`);
    await press(page, cdp, `__bench.control('[data-scenario]')`);
    await playOnce(page, cdp, 0);
    const oneUsed = await usedHeap(cdp);
    const oneParts = heapParts(await takeSnapshot(cdp));
    const along: [number, number][] = [];
    for (let n = 1; n < PLAYS; n++) {
      await press(page, cdp, `__bench.control('.debrief-screen .actions button.primary')`);
      await settled(cdp, `document.getElementById('debrief-heading') ? 'wait' : 'done'`);
      await playOnce(page, cdp, n);
      if ((n + 1) % EVERY === 0 && n + 1 < PLAYS) along.push([n + 1, await usedHeap(cdp)]);
    }
    const allUsed = await usedHeap(cdp);
    const allParts = heapParts(await takeSnapshot(cdp));
    await context.close();
    return { one: { used: oneUsed, ...oneParts }, all: { used: allUsed, ...allParts }, along };
  } finally {
    await bench.close();
  }
};

const { one, all, along } = await heapOverPlays();

/** The keys whose value grew most from `before` to `after`, largest growth first. */
const grown = <K>(before: Map<K, number>, after: Map<K, number>, n = SHOWN) =>
  [...after]
    .map(([k, v]) => [k, v - (before.get(k) ?? 0), before.get(k) ?? 0, v] as const)
    .filter(([, d]) => d > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n);

const ratio = all.used / one.used;
console.log(
  `JS heap after 1 play: ${mib(one.used)}; after ${PLAYS} plays in the same page: ${mib(all.used)}   (${ratio.toFixed(2)}×, budget ≤ 1.1×; ${PACE_MS} ms a screen)`,
);
if (along.length)
  console.log(`  on the way: ${along.map(([n, used]) => `${n} plays ${mib(used)}`).join(', ')}`);
console.log(
  `  V8's code: ${mib(one.code)} → ${mib(all.code)}; everything else: ${mib(one.objects)} → ${mib(all.objects)} (${(all.objects / one.objects).toFixed(2)}×)`,
);
const tierNames: Record<Tier, string> = {
  optimised: 'optimised (Maglev/Turbofan)',
  baseline: 'baseline (Sparkplug)',
  regexp: 'compiled regular expressions',
  other: 'other machine code',
};
const tierLine = (Object.keys(tierNames) as Tier[])
  .map((t) => `${tierNames[t]} ${kib(one.tiers.get(t) ?? 0)} → ${kib(all.tiers.get(t) ?? 0)}`)
  .join('; ');
console.log(`  machine code by tier: ${tierLine}`);
const sum = (m: Map<unknown, number>) => [...m.values()].reduce((a, b) => a + b, 0);
console.log(
  `  the rest of the code (bytecode, feedback, function data): ${kib(one.code - sum(one.tiers))} → ${kib(all.code - sum(all.tiers))}`,
);
console.log('  machine code grown most, by script:');
for (const [script, d, a, b] of grown(one.scripts, all.scripts))
  console.log(`    +${kib(d).padStart(8)}  ${kib(a)} → ${kib(b)}  ${script}`);
const fnBefore = new Map([...one.functions].map(([id, f]) => [id, f.bytes]));
const fnAfter = new Map([...all.functions].map(([id, f]) => [id, f.bytes]));
const compiledSince = [...all.functions.keys()].filter((id) => !one.functions.has(id)).length;
const twice = [...all.functions.values()].filter((f) => f.optimised > 1).length;
console.log(
  `  machine code grown most, by function (${compiledSince} functions got machine code after the first play; ${twice} hold more than one optimised version):`,
);
for (const [id, d] of grown(fnBefore, fnAfter)) {
  const f = all.functions.get(id)!;
  console.log(`    +${kib(d).padStart(8)}  ${f.label} (${[...f.tiers].join(', ')})`);
}
// Objects made after the first play and still alive at the end: what the page keeps per play.
const kept = new Map<string, number>();
const keptCount = new Map<string, number>();
for (const [id, o] of all.others) {
  if (one.others.has(id)) continue;
  kept.set(o.name, (kept.get(o.name) ?? 0) + o.bytes);
  keptCount.set(o.name, (keptCount.get(o.name) ?? 0) + 1);
}
console.log(
  `  objects made after the first play and still alive: ${kib(sum(kept))}; most of them (bytes, count, constructor):`,
);
for (const [label, bytes] of [...kept].sort((a, b) => b[1] - a[1]).slice(0, SHOWN))
  console.log(`    ${kib(bytes).padStart(8)}  ${String(keptCount.get(label)).padStart(6)}  ${label}`);
