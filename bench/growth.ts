/**
 * Benchmark 4, growth: the time of one page of the staff thread list and of a customer's ticket list
 * at 1 k, 10 k and 100 k stored threads (should stay flat per page), and the cost of publishing one
 * event with 1, 100 and 1000 portal-stream subscribers of whom one is the target.
 */
import { createReferenceServer, DEMO_PASSWORD, type ReferenceServer } from '@helpdock/mock-server';
import { routes } from '@helpdock/sdk/schemas';
import { getResponse } from 'msw';
import { addThreads, appendThreads, userId } from './lib/reference.js';
import { type Figure, figure, isMain, ratioAtMost, runAlone } from './lib/report.js';
import { interleave, median } from './lib/stats.js';

const BENCH = 'growth';
const SIZES = [1_000, 10_000, 100_000];
const SUBSCRIBERS = [1, 100, 1_000];
/** Every 10th added thread is a ticket of alice, so her ticket list grows with the store. */
const CUSTOMER_EVERY = 10;
const PAGE = 20;
/** Origin of in-process requests: never contacted, the handlers answer them directly. */
const ORIGIN = 'http://127.0.0.1:9';

async function listTimes(): Promise<Figure[]> {
  const reference = createReferenceServer({ seed: 'demo' });
  const alice = reference.store.state.users.find((u) => u.email === 'alice@acme.test');
  if (!alice) throw new Error('No alice');
  const threadTimes: number[] = [];
  const ticketTimes: number[] = [];
  let stored = 0;
  for (const size of SIZES) {
    appendThreads(reference, size - stored, { customerId: 'cus_alice', customerEvery: CUSTOMER_EVERY });
    stored = size;
    const times = await interleave(
      {
        threads: () => reference.store.threads.list('ten_acme', { limit: PAGE }),
        tickets: () => reference.store.customers.list(alice, { limit: PAGE }),
      },
      { warmup: 2, samples: 20, maxMs: 6_000, minSamples: 3 },
    );
    threadTimes.push(median(times.threads ?? []));
    ticketTimes.push(median(times.tickets ?? []));
  }
  const figures: Figure[] = [];
  SIZES.forEach((size, i) => {
    if (i === 0) return;
    const note = `store list methods (threads appended to its tables), first page of ${PAGE}; ${size / CUSTOMER_EVERY} of the threads are alice's tickets`;
    figures.push(
      figure(
        BENCH,
        `thread list page at ${size / 1000} k threads`,
        threadTimes[i] ?? Number.NaN,
        'ms',
        { name: 'at 1 k', value: threadTimes[0] ?? Number.NaN },
        { target: ratioAtMost(1.5), note },
      ),
      figure(
        BENCH,
        `ticket list page at ${size / 1000} k threads`,
        ticketTimes[i] ?? Number.NaN,
        'ms',
        { name: 'at 1 k', value: ticketTimes[0] ?? Number.NaN },
        { target: ratioAtMost(1.5), note },
      ),
    );
  });
  figures.unshift(
    figure(BENCH, 'thread list page at 1 k threads', threadTimes[0] ?? Number.NaN, 'ms'),
    figure(BENCH, 'ticket list page at 1 k threads', ticketTimes[0] ?? Number.NaN, 'ms'),
  );
  return figures;
}

/** Calls a handler in-process (no socket) and returns its response. */
async function call(reference: ReferenceServer, path: string, init: RequestInit = {}): Promise<Response> {
  const response = await getResponse(reference.handlers, new Request(`${ORIGIN}${path}`, init));
  if (!response) throw new Error(`No handler for ${path}`);
  return response;
}

async function fanOut(): Promise<Figure[]> {
  const reference = createReferenceServer({ seed: 'demo', validateResponses: false });
  const opsId = userId(reference, 'ops@acme.test');
  const threads = addThreads(reference, Math.max(...SUBSCRIBERS), { authorUserId: opsId });
  const login = await call(reference, routes.login.path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'ops@acme.test', password: DEMO_PASSWORD }),
  });
  const { access_token } = (await login.json()) as { access_token: string };
  const tokens: string[] = [];
  for (const threadId of threads) {
    const created = await call(reference, routes.createToken.path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${access_token}` },
      body: JSON.stringify({ thread_id: threadId }),
    });
    tokens.push(((await created.json()) as { token: string }).token);
  }
  const target = threads[0] as string;
  const actor = { requestId: 'bench', tenantId: 'ten_acme', userId: opsId };
  const costs: number[] = [];
  for (const count of SUBSCRIBERS) {
    const bodies: ReadableStream<Uint8Array>[] = [];
    for (const token of tokens.slice(0, count)) {
      const stream = await call(reference, `/api/support/portal/${token}/events`);
      if (stream.body) bodies.push(stream.body);
    }
    const subscribers = reference.store.events.subscriberCount('threads:ten_acme');
    if (subscribers !== count) throw new Error(`${subscribers} subscribers instead of ${count}`);
    // Drain the target's stream so its frames do not pile up.
    const targetReader = bodies[0]?.getReader();
    const draining = (async () => {
      for (;;) if ((await targetReader?.read())?.done !== false) break;
    })();
    const times = await interleave(
      {
        publish: () =>
          reference.store.threads.addMessage(actor, target, {
            message_text: 'On its way.',
            author_type: 'INTERNAL',
          }),
      },
      { warmup: 5, samples: 200, maxMs: 5_000 },
    );
    costs.push(median(times.publish ?? []));
    await targetReader?.cancel();
    await draining;
    await Promise.all(bodies.slice(1).map((body) => body.cancel()));
  }
  return SUBSCRIBERS.map((count, i) =>
    figure(
      BENCH,
      `publish one reply, ${count} portal subscriber${count > 1 ? 's' : ''}`,
      costs[i] ?? Number.NaN,
      'ms',
      i === 0 ? undefined : { name: '1 subscriber', value: costs[0] ?? Number.NaN },
      { note: 'store.threads.addMessage with every stream filtering it; one subscriber is the target' },
    ),
  );
}

/** Runs benchmark 4 and returns its figures. */
export async function run(): Promise<Figure[]> {
  return [...(await listTimes()), ...(await fanOut())];
}

if (isMain(import.meta.url)) await runAlone(BENCH, run);
