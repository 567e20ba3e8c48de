import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/domain/debrief.ts';
import type { Scenario } from '../../src/domain/scenario.ts';
import { sessionDebrief } from '../../src/domain/session-debrief.ts';
import { createSessionPort } from '../../src/machines/session-port.ts';
import { completePlays } from '../support/paths.ts';
import { loadValid, SCENARIO_DIR, yamlFiles } from '../support/scenarios.ts';

const library = yamlFiles(SCENARIO_DIR).map(loadValid);

describe('a debrief over a whole group session', () => {
  it('sums the one-scenario debriefs: every decision, tension and strategy of every scenario counts once', () => {
    // A session of every scenario in the library, each along its first complete play.
    const parts = library.map((scenario) => {
      const [first] = completePlays(scenario, scenario.contexts[0]!.id);
      return { scenario, play: first!.record };
    });
    const whole = sessionDebrief(parts);
    const each = parts.map((p) => buildDebrief(p.scenario, p.play));
    expect(whole.parts.map((p) => p.decisions)).toEqual(each.map((d) => d.decisions));
    const decisions = each.reduce((n, d) => n + d.decisions, 0);
    expect(whole.tensions.reduce((n, t) => n + t.decisions, 0)).toBe(decisions);
    expect(whole.strategies.reduce((n, s) => n + s.choices, 0)).toBe(decisions);
    for (const t of whole.tensions) {
      const met = each.filter((d) => d.tensions.some((x) => x.tension === t.tension)).length;
      expect(t.scenarios, t.tension).toBe(met);
    }
    // Most met first.
    const counts = whole.tensions.map((t) => t.decisions);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const c of whole.competencies) {
      const drawn = each.flatMap((d) => d.competencies).filter((x) => x.competency === c.competency);
      expect(c.drawn).toBe(drawn.reduce((n, x) => n + x.drawn, 0));
      expect(c.setAside).toBe(drawn.reduce((n, x) => n + x.setAside, 0));
    }
  });

  it('is offered at the group debrief once a session has played two scenarios, and starts afresh with a new session', () => {
    const [first, second] = library;
    const port = createSessionPort(library);
    const playThrough = () => {
      for (let step = 0; step < 300 && port.view().screen === 'group'; step++) {
        const view = port.view();
        if (view.screen === 'group' && view.phase === 'tally')
          port.send({ type: 'tally.majority', choice: view.choices[0]!.id });
        port.send({ type: 'group.next' });
      }
      return port.view();
    };
    /** A new group session over `scenario` (in its first context), with `then` queued after it. */
    const startSession = (scenario: Scenario, then: Scenario[] = []) => {
      port.send({ type: 'session.group' });
      port.send({
        type: 'group.start',
        scenario: scenario.id,
        context: scenario.contexts[0]!.id,
        discussSeconds: 60,
        showMeters: true,
        queue: then.map((s) => ({ scenario: s.id, context: s.contexts[0]!.id })),
      });
    };
    startSession(first!, [second!]);
    const after1 = playThrough();
    expect(after1.screen === 'groupDebrief' && after1.session).toBeFalsy();
    port.send({ type: 'group.continue' });
    const after2 = playThrough();
    if (after2.screen !== 'groupDebrief') throw new Error(`not at the group debrief but ${after2.screen}`);
    expect(after2.session?.map((p) => p.scenario.id)).toEqual([first!.id, second!.id]);
    // A new session forgets the old one.
    startSession(second!);
    const again = playThrough();
    expect(again.screen === 'groupDebrief' && again.session).toBeFalsy();
  });
});
