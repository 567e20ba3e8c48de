/**
 * `npm run scenarios:graph [--lang en] [files or folders…]` — writes graphs/<id>.html for each valid
 * scenario: a self-contained page with a diagram of its beats, choices, conditions and endings, and the
 * same as a table. Opens in any browser, offline, without tools.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkScenario } from '../src/domain/check-scenario.ts';
import { describeClause } from '../src/domain/conditions.ts';
import { formatProblem } from '../src/domain/problems.ts';
import type { Scenario } from '../src/domain/scenario.ts';
import { scenarioGraph } from '../src/domain/scenario-graph.ts';
import { scenarioArgs } from './scenario-args.ts';

const { lang, files, missing } = scenarioArgs(process.argv.slice(2));
const out = 'graphs';

const words = {
  nl: {
    diagram: 'Diagram',
    table: 'Alle beats',
    start: 'start',
    narration: 'verhaal',
    decision: 'beslismoment',
    ending: 'einde',
    to: 'naar',
    if: 'als',
    otherwise: 'anders',
    contexts: 'Contexten',
    index: 'Scenariodiagrammen',
    legend:
      'Blauw: verhaal · Geel: beslismoment · Groen: einde. Labels op de pijlen: de keuze en eventuele voorwaarden.',
  },
  en: {
    diagram: 'Diagram',
    table: 'All beats',
    start: 'start',
    narration: 'story',
    decision: 'decision',
    ending: 'ending',
    to: 'to',
    if: 'if',
    otherwise: 'otherwise',
    contexts: 'Contexts',
    index: 'Scenario diagrams',
    legend:
      'Blue: story · Yellow: decision · Green: ending. Labels on the arrows: the choice and any conditions.',
  },
}[lang];

const esc = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const COLOURS = { narration: '#dbe9f6', decision: '#ffe9a8', ending: '#cdeccd' } as const;
const W = 190;
const H = 54;
const GAP_X = 240;
const GAP_Y = 70;

const diagram = (scenario: Scenario): string => {
  const { nodes, edges } = scenarioGraph(scenario);
  const pos = new Map(
    nodes.map((n) => [n.id, { x: 20 + n.layer * (W + GAP_X), y: 20 + n.row * (H + GAP_Y) }]),
  );
  const width = Math.max(...[...pos.values()].map((p) => p.x)) + W + 40;
  const height = Math.max(...[...pos.values()].map((p) => p.y)) + H + 40;
  // One arrow per pair of beats, labelled with every choice (and condition) that takes it.
  const grouped = new Map<string, { from: string; to: string; byCondition: Map<string, string[]> }>();
  for (const e of edges) {
    const key = `${e.from}>${e.to}`;
    const g = grouped.get(key) ?? { from: e.from, to: e.to, byCondition: new Map<string, string[]>() };
    const condition = e.when.map(describeClause).join(' & ');
    g.byCondition.set(condition, [...(g.byCondition.get(condition) ?? []), ...(e.choice ? [e.choice] : [])]);
    grouped.set(key, g);
  }
  const layerOf = new Map(nodes.map((n) => [n.id, n.layer]));
  const arrows = [...grouped.values()].map((g) => {
    const e = {
      from: g.from,
      to: g.to,
      labels: [...g.byCondition]
        .map(([condition, choices]) =>
          [condition && `${words.if} ${condition}:`, choices.join(', ')].filter(Boolean).join(' '),
        )
        .filter(Boolean),
    };
    const a = pos.get(e.from);
    const b = pos.get(e.to);
    if (!a || !b) return '';
    const [x1, y1, x2, y2] = [a.x + W, a.y + H / 2, b.x, b.y + H / 2];
    const span = (layerOf.get(e.to) ?? 0) - (layerOf.get(e.from) ?? 0);
    // An arrow that skips columns bows below the row of boxes instead of running through them.
    const low = Math.max(y1, y2) + H / 2 + GAP_Y / 2;
    const d =
      span > 1
        ? `M${x1},${y1} C${x1 + 60},${low} ${x2 - 60},${low} ${x2},${y2}`
        : `M${x1},${y1} C${(x1 + x2) / 2},${y1} ${(x1 + x2) / 2},${y2} ${x2},${y2}`;
    // Labels sit near the arrow's end, where arrows from one decision have already fanned out.
    const level = y1 === y2;
    const lx = span > 1 || level ? (x1 + x2) / 2 : x1 + (x2 - x1) * 0.62;
    const ly = span > 1 ? low - 4 : level ? y1 - 6 - (e.labels.length - 1) * 12 : y1 + (y2 - y1) * 0.75 - 4;
    const text = e.labels
      .map((l, i) => `<tspan x="${lx}" dy="${i === 0 ? 0 : 12}">${esc(l)}</tspan>`)
      .join('');
    return `<path d="${d}" fill="none" stroke="#50606f" stroke-width="1.5" marker-end="url(#arrow)"/>
<text x="${lx}" y="${ly}" font-size="11" text-anchor="middle" fill="#1d2b38" paint-order="stroke" stroke="#fff" stroke-width="3">${text}</text>`;
  });
  const boxes = nodes.map((n) => {
    const p = pos.get(n.id)!;
    const beat = scenario.beats[n.id]!;
    const sub = beat.kind === 'decision' ? beat.decision.tension : words[beat.kind];
    return `<g><title>${esc(beat.text[lang])}</title>
<rect x="${p.x}" y="${p.y}" width="${W}" height="${H}" rx="8" fill="${COLOURS[beat.kind]}" stroke="#1d2b38" stroke-width="${n.id === scenario.start ? 3 : 1}"/>
<text x="${p.x + 10}" y="${p.y + 22}" font-size="13" font-weight="700" fill="#0b2239">${esc(n.id)}</text>
<text x="${p.x + 10}" y="${p.y + 40}" font-size="11" fill="#1d2b38">${esc(sub)}</text></g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(words.diagram)}">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#50606f"/></marker></defs>
${arrows.join('\n')}
${boxes.join('\n')}
</svg>`;
};

const table = (scenario: Scenario): string => {
  const rows = Object.values(scenario.beats).map((beat) => {
    const routes = (
      list: readonly { when: readonly import('../src/domain/scenario.ts').Clause[]; go: string }[],
    ) =>
      list
        .map((r) =>
          r.when.length ? `${words.if} ${r.when.map(describeClause).join(' & ')} → ${r.go}` : `→ ${r.go}`,
        )
        .join('<br>');
    let next = '';
    if (beat.kind === 'narration') next = routes(beat.next);
    if (beat.kind === 'decision') {
      next = beat.decision.choices
        .map(
          (c) => `<b>${esc(c.id)}</b>: ${esc(c.text[lang])} <i>(${esc(c.strategy)})</i><br>${routes(c.next)}`,
        )
        .join('<hr>');
    }
    if (beat.kind === 'ending') next = `<b>${esc(beat.ending.title[lang])}</b>`;
    return `<tr><th scope="row">${esc(beat.id)}</th><td>${esc(words[beat.kind])}</td><td>${esc(beat.speaker)}</td><td>${esc(beat.text[lang])}</td><td>${next}</td></tr>`;
  });
  return `<table><thead><tr><th>beat</th><th></th><th></th><th></th><th>${esc(words.to)}</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
};

const page = (title: string, body: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#0b2239}table{border-collapse:collapse;font-size:14px}
td,th{border:1px solid #c5ced8;padding:4px 8px;vertical-align:top;text-align:left}.scroll{overflow:auto;border:1px solid #c5ced8;margin:1rem 0}
@media print{.scroll{overflow:visible}}</style></head><body>${body}</body></html>`;

for (const target of missing) console.error(`${target}: not found`);
mkdirSync(out, { recursive: true });
const written: Scenario[] = [];
let failed = missing.length > 0;
for (const file of files) {
  const name = relative(process.cwd(), file).replaceAll('\\', '/');
  const result = checkScenario(name, readFileSync(file, 'utf8'));
  if (!result.scenario) {
    for (const p of result.problems) console.log(formatProblem(p, lang));
    failed = true;
    continue;
  }
  const s = result.scenario;
  const contexts =
    s.contexts.length > 1
      ? `<p>${esc(words.contexts)}: ${s.contexts.map((c) => `${esc(c.title[lang])} (${c.preconditions.join(', ') || '—'})`).join('; ')}</p>`
      : '';
  writeFileSync(
    join(out, `${s.id}.html`),
    page(
      s.title[lang],
      `<h1>${esc(s.title[lang])}</h1><p>${esc(s.summary[lang])}</p>${contexts}<p>${esc(words.legend)}</p>
<h2>${esc(words.diagram)}</h2><div class="scroll">${diagram(s)}</div><h2>${esc(words.table)}</h2>${table(s)}`,
    ),
  );
  written.push(s);
  console.log(`${out}/${s.id}.html`);
}
writeFileSync(
  join(out, 'index.html'),
  page(
    words.index,
    `<h1>${esc(words.index)}</h1><ul>${written.map((s) => `<li><a href="${s.id}.html">${esc(s.title[lang])}</a></li>`).join('')}</ul>`,
  ),
);
console.log(`${out}/index.html`);
process.exit(failed ? 1 : 0);
