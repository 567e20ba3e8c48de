/**
 * `npm run scenarios:graph [--lang en] [files or folders…]` — writes graphs/<id>.html for each valid
 * scenario: a self-contained page with a diagram of its beats, choices, conditions and endings (laid out
 * top to bottom by dagre, as the game's branch map), which endings each context can reach, and the same
 * as a table. Opens in any browser, offline, without tools.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkScenario } from '../src/domain/check-scenario.ts';
import { describeClause } from '../src/domain/conditions.ts';
import { formatProblem } from '../src/domain/problems.ts';
import { reachableEndings } from '../src/domain/reachable-endings.ts';
import type { Scenario } from '../src/domain/scenario.ts';
import { scenarioGraph } from '../src/domain/scenario-graph.ts';
import { boxSize, curvePath, layoutGraph, wrapLabel } from '../src/ui/graph-layout.ts';
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
    reach: 'Welke eindes elke context kan bereiken',
    context: 'context',
    endings: 'bereikbare eindes',
    inContexts: 'in context',
    nowhere: 'in geen enkele context bereikbaar',
    index: 'Scenariodiagrammen',
    legend:
      'Van boven naar beneden. Blauw: verhaal · Geel: beslismoment · Groen: einde, met de contexten waarin het bereikbaar is. Labels op de pijlen: de keuze; * als een voorwaarde beslist (de voorwaarden staan in de tabel).',
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
    reach: 'Which endings each context can reach',
    context: 'context',
    endings: 'reachable endings',
    inContexts: 'in context',
    nowhere: 'reachable in no context',
    index: 'Scenario diagrams',
    legend:
      'Top to bottom. Blue: story · Yellow: decision · Green: ending, with the contexts it can be reached in. Labels on the arrows: the choice; * where a condition decides (the conditions are in the table).',
  },
}[lang];

const esc = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const COLOURS = { narration: '#dbe9f6', decision: '#ffe9a8', ending: '#cdeccd' } as const;
/** Characters a line in a box; the boxes are those of the game's branch map (graph-layout.ts). */
const CHARS = 28;
const FONT = 14;
/** The widest drawing, in pixels at its own 14 px type, so it is read unscaled in a laptop's window. */
const MAX_WIDTH = 1150;
const LINE = 17;

/** For each context (by position, from 1), the endings some play in it reaches, by the game's own rules. */
const reachable = (scenario: Scenario): Set<string>[] =>
  scenario.contexts.map((c) => new Set(reachableEndings(scenario, c.id).endings));

const diagram = (scenario: Scenario, reach: readonly Set<string>[]): string => {
  const { nodes, edges } = scenarioGraph(scenario);
  const several = scenario.contexts.length > 1;
  const linesOf = new Map(
    nodes.map((n) => {
      const beat = scenario.beats[n.id]!;
      const sub =
        beat.kind === 'decision'
          ? beat.decision.tension
          : beat.kind === 'ending'
            ? beat.ending.title[lang]
            : words[beat.kind];
      const contexts = reach.flatMap((set, i) => (set.has(n.id) ? [i + 1] : []));
      const where =
        beat.kind === 'ending' && several
          ? [contexts.length ? `${words.inContexts} ${contexts.join(', ')}` : words.nowhere]
          : [];
      return [n.id, [n.id, ...wrapLabel(sub, CHARS, 2), ...where]];
    }),
  );
  const layout = layoutGraph(
    nodes.map((n) => ({ id: n.id, ...boxSize(linesOf.get(n.id)) })),
    edges,
    // As wide as a laptop window shows at full size: rows of endings that would be wider are stacked.
    { nodeGap: 40, rankGap: 90, margin: 20, maxWidth: MAX_WIDTH },
  );
  // One arrow per pair of beats, labelled with the choices that take it; * where a condition decides
  // (the conditions are in the table below, as they would not fit between the boxes).
  const labels = new Map<string, string[]>();
  for (const e of edges) {
    const key = `${e.from}>${e.to}`;
    const label = `${e.choice ?? ''}${e.when.length ? '*' : ''}`;
    if (label) labels.set(key, [...new Set([...(labels.get(key) ?? []), label])]);
  }
  const fan = new Map<string, number>();
  const arrows = layout.edges.map((e) => {
    const text = wrapLabel((labels.get(`${e.from}>${e.to}`) ?? []).join(', '), 26, 3);
    // Near the arrow's end, where arrows from one beat have fanned out; neighbours alternate in height.
    const k = fan.get(e.from) ?? 0;
    fan.set(e.from, k + 1);
    const p = e.points[Math.max(0, e.points.length - 2)] ?? { x: 0, y: 0 };
    const q = e.points.at(-1) ?? p;
    const t = 0.3 + 0.35 * (k % 2);
    const [lx, ly] = [p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t - (text.length - 1) * 6];
    const tspans = text.map((l, i) => `<tspan x="${lx}" dy="${i === 0 ? 0 : 12}">${esc(l)}</tspan>`).join('');
    return `<path d="${curvePath(e.points)}" fill="none" stroke="#50606f" stroke-width="1.5" marker-end="url(#arrow)"/>
<text x="${lx}" y="${ly}" font-size="11" text-anchor="middle" fill="#1d2b38" paint-order="stroke" stroke="#fff" stroke-width="3">${tspans}</text>`;
  });
  const boxes = layout.nodes.map((n) => {
    const beat = scenario.beats[n.id]!;
    const [x, y] = [n.x - n.width / 2, n.y - n.height / 2];
    const lines = (linesOf.get(n.id) ?? []).map(
      (l, i) =>
        `<tspan x="${n.x}" dy="${i === 0 ? 0 : LINE}"${i === 0 ? ' font-weight="700"' : ''}>${esc(l)}</tspan>`,
    );
    return `<g><title>${esc(beat.text[lang])}</title>
<rect x="${x}" y="${y}" width="${n.width}" height="${n.height}" rx="8" fill="${COLOURS[beat.kind]}" stroke="#1d2b38" stroke-width="${n.id === scenario.start ? 3 : 1}"/>
<text x="${n.x}" y="${y + 7 + LINE - 4.5}" font-size="${FONT}" text-anchor="middle" fill="#0b2239">${lines.join('')}</text></g>`;
  });
  const [width, height] = [Math.ceil(layout.width), Math.ceil(layout.height)];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" style="max-width:${width}px" role="img" aria-label="${esc(words.diagram)}">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#50606f"/></marker></defs>
${arrows.join('\n')}
${boxes.join('\n')}
</svg>`;
};

/** Per context: its name and preconditions, and the endings it can reach. */
const reachTable = (scenario: Scenario, reach: readonly Set<string>[]): string => {
  const rows = scenario.contexts.map((c, i) => {
    const endings = Object.values(scenario.beats)
      .filter((b) => b.kind === 'ending' && reach[i]!.has(b.id))
      .map((b) => (b.kind === 'ending' ? `${esc(b.ending.title[lang])} <small>(${esc(b.id)})</small>` : ''));
    return `<tr><th scope="row">${i + 1}. ${esc(c.title[lang])}<br><small>${esc(c.preconditions.join(', ') || '—')}</small></th><td>${endings.join('<br>')}</td></tr>`;
  });
  return `<table><thead><tr><th scope="col">${esc(words.context)}</th><th scope="col">${esc(words.endings)}</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
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
td,th{border:1px solid #c5ced8;padding:4px 8px;vertical-align:top;text-align:left}.diagram{border:1px solid #c5ced8;margin:1rem 0;padding:.5rem}.diagram svg{display:block;width:100%;height:auto;margin:0 auto}.wide{overflow-x:auto}
small{color:#44505c}</style></head><body>${body}</body></html>`;

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
  const reach = reachable(s);
  writeFileSync(
    join(out, `${s.id}.html`),
    page(
      s.title[lang],
      `<h1>${esc(s.title[lang])}</h1><p>${esc(s.summary[lang])}</p><p>${esc(words.legend)}</p>
<h2>${esc(words.diagram)}</h2><div class="diagram">${diagram(s, reach)}</div>
<h2>${esc(words.reach)}</h2>${reachTable(s, reach)}<h2>${esc(words.table)}</h2><div class="wide">${table(s)}</div>`,
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
