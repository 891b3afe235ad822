/**
 * `npm start -w examples/node-staff-cli [-- --url http://127.0.0.1:4010]`: runs a staff session
 * against the given Helpdock API, or against a reference server it starts (and stops) itself.
 */
import { parseArgs } from 'node:util';
import { createReferenceServer } from '@helpdock/mock-server';
import { HelpdockError } from '@helpdock/sdk';
import { runStaffSession } from './staff.js';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    email: { type: 'string', default: 'ops@acme.test' },
    password: { type: 'string', default: process.env.HELPDOCK_PASSWORD ?? 'helpdock-demo' },
    thread: { type: 'string' },
    message: { type: 'string', default: 'Thanks for your patience: we are looking into it now.' },
    days: { type: 'string', default: '7' },
  },
});

const local = values.url ? undefined : await createReferenceServer({ seed: 'demo' }).listen({ port: 0 });
const baseUrl = values.url ?? local!.url;
if (local) console.log(`Started a reference server at ${local.url}`);

try {
  await runStaffSession({
    baseUrl,
    email: values.email,
    password: values.password,
    threadId: values.thread,
    reply: values.message,
    linkDays: Number(values.days),
  });
} catch (error) {
  // Typed SDK errors carry the server's code and request id: enough to report without a stack trace.
  if (error instanceof HelpdockError) {
    console.error(`Failed: ${error.message} (${error.code}, request ${error.requestId ?? 'n/a'})`);
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await local?.close();
}
