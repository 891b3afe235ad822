/**
 * `npm start -w examples/identified-users`: builds the packages, starts a reference server with the
 * demo data, creates the Acme tenant's identity secret as its admin, and serves the example site
 * next to it. `-- --api <url>` uses a running API instead (then set HELPDOCK_IDENTITY_SECRET, or the
 * admin rotates a new secret); `-- --port <n>` picks the site's port (default 4012).
 */
import { parseArgs } from 'node:util';
import { createReferenceServer, DEMO_PASSWORD } from '@helpdock/mock-server';
import { HelpdockClient } from '@helpdock/sdk';
import { SITE_ACCOUNTS } from './accounts.js';
import { startSiteServer } from './site-server.js';

const { values } = parseArgs({
  options: { api: { type: 'string' }, port: { type: 'string', default: '4012' } },
});

const local = values.api ? undefined : await createReferenceServer({ seed: 'demo' }).listen({ port: 0 });
const api = values.api ?? local!.url;

/** The secret from the environment, else a fresh one the demo admin creates (shown only to this process). */
async function identitySecret(): Promise<string> {
  const fromEnv = process.env.HELPDOCK_IDENTITY_SECRET;
  if (fromEnv) return fromEnv;
  const admin = new HelpdockClient({ baseUrl: api });
  await admin.auth.login({ email: 'admin@acme.test', password: DEMO_PASSWORD });
  return (await admin.support.config.rotateIdentitySecret()).secret;
}

const site = await startSiteServer({
  apiOrigin: api,
  identitySecret: await identitySecret(),
  port: Number(values.port),
});
console.log(`Helpdock API: ${api}${local ? ' (a reference server with the demo data)' : ''}`);
console.log(`Open the site: ${site.url}/`);
console.log(
  `Sign in as ${SITE_ACCOUNTS.map((a) => a.username).join(' or ')} (password: site-demo). Ctrl+C stops.`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void Promise.all([site.close(), local?.close()]).then(() => process.exit(0));
  });
}
