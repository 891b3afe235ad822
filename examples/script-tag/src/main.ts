/**
 * `npm start -w examples/script-tag`: builds the packages, starts a reference server and serves the
 * page next to it on its own origin. `-- --api <url>` uses a running API instead; `-- --port <n>`
 * picks the page's port (default 4011).
 */
import { parseArgs } from 'node:util';
import { createReferenceServer } from '@helpdock/mock-server';
import { startPageServer } from './page-server.js';

const { values } = parseArgs({
  options: { api: { type: 'string' }, port: { type: 'string', default: '4011' } },
});

const local = values.api ? undefined : await createReferenceServer({ seed: 'demo' }).listen({ port: 0 });
const api = values.api ?? local!.url;
const widget = await fetch(`${api}/helpdock.js`);
if (!widget.ok) {
  console.error(`${api}/helpdock.js is missing: run \`npm run build\` at the repository root first.`);
  await local?.close();
  process.exit(1);
}
const page = await startPageServer(api, Number(values.port));
console.log(`Helpdock API: ${api}${local ? ' (a reference server with the demo data)' : ''}`);
console.log(`Open the store page: ${page.url}/`);
console.log('Staff log in at the API as ops@acme.test / helpdock-demo to answer. Ctrl+C stops.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void Promise.all([page.close(), local?.close()]).then(() => process.exit(0));
  });
}
