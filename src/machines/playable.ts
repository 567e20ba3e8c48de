import { type AnyActor, createActor } from 'xstate';
import type { Scenario } from '../domain/scenario.ts';
import { compileScenario } from './compile-scenario.ts';
import { createGroupMachine } from './group-machine.ts';

/** Starts an actor and stops it again; XState reports a failed start as an error snapshot, not a throw. */
const startOnce = (actor: AnyActor) => {
  let failure: unknown;
  actor.subscribe({ error: (error) => (failure = error) });
  actor.start();
  const snapshot = actor.getSnapshot() as { status: string; error?: unknown };
  actor.stop();
  if (failure !== undefined || snapshot.status === 'error') throw failure ?? snapshot.error;
};

/**
 * Compiles each checked scenario on its own and starts it once: one that fails (a case the checker
 * missed) is set apart with its error, so it cannot keep the others from being played.
 */
export const splitPlayable = (
  scenarios: readonly Scenario[],
): { playable: Scenario[]; failed: { scenario: Scenario; error: unknown }[] } => {
  const playable: Scenario[] = [];
  const failed: { scenario: Scenario; error: unknown }[] = [];
  for (const scenario of scenarios) {
    try {
      startOnce(createActor(compileScenario(scenario), { input: {} }));
      startOnce(
        createActor(createGroupMachine(scenario), { input: { discussSeconds: 60, showMeters: true } }),
      );
      playable.push(scenario);
    } catch (error) {
      failed.push({ scenario, error });
    }
  }
  return { playable, failed };
};
