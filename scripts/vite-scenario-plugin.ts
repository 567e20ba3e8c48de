import type { Plugin } from 'vite';

/** In the dev server, a change to a scenario file reloads the page so the game re-checks it. */
export const scenarioDevPlugin = (): Plugin => ({
  name: 'scenario-reload',
  apply: 'serve',
  handleHotUpdate({ file, server }) {
    if (/[\\/]scenarios[\\/][^\\/]+\.ya?ml$/.test(file)) {
      server.ws.send({ type: 'full-reload' });
      return [];
    }
    return undefined;
  },
});
