/**
 * The room server over the end-to-end build, for the Playwright tests with phones (playwright.config.ts):
 * `tsx tests/support/serve-room.ts PORT ROOT`. Always on 127.0.0.1.
 */
import { resolve } from 'node:path';
import { createRoomServer } from '../../server/room-server.ts';

const [port, root] = process.argv.slice(2);
if (!port || !root) {
  console.error('Usage: tsx tests/support/serve-room.ts PORT ROOT');
  process.exit(2);
}
const server = createRoomServer({ root: resolve(root), host: '127.0.0.1', port: Number(port) });
server.listen().then(
  ({ port: bound }) => console.log(`room server for the end-to-end tests on 127.0.0.1:${bound}`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void server.close().then(() => process.exit(0)));
