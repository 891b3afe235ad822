/**
 * `npm run dev -w examples/partner-settings`: builds the packages, starts a reference server and Vite's dev
 * server for the app. `-- --api <url>` uses a running API; `-- --port <n>` picks Vite's port.
 */
import { parseArgs } from 'node:util';
import { createReferenceServer } from '@helpdock/mock-server';
import { startAppServer } from './dev-server.js';

const { values } = parseArgs({
  options: { api: { type: 'string' }, port: { type: 'string', default: '5174' } },
});

const local = values.api ? undefined : await createReferenceServer({ seed: 'demo' }).listen({ port: 0 });
const api = values.api ?? local!.url;
const app = await startAppServer(api, Number(values.port));
console.log(`Helpdock API: ${api}${local ? ' (a reference server with the demo data)' : ''}`);
if (local) console.log(`Control API token (Authorization: Bearer …): ${local.controlToken}`);
console.log(`App: ${app.url}   (Ctrl+C stops both)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void Promise.all([app.close(), local?.close()]).then(() => process.exit(0));
  });
}
