/**
 * Benchmark 1, SDK overhead: the same calls through `HelpdockClient` (validating with zod),
 * `HelpdockLiteClient` (no schemas) and bare `fetch` + `JSON.parse`, against the reference server's
 * real HTTP server over loopback; the client's own work per call without the network (the same
 * answers canned); and `ThreadList.parse` of a 100-item page on its own.
 */
import { HelpdockClient } from '@helpdock/sdk';
import { HelpdockLiteClient } from '@helpdock/sdk/lite';
import { ThreadList } from '@helpdock/sdk/schemas';
import { addThreads, login, startReference, userId } from './lib/reference.js';
import { type Figure, figure, isMain, ratioAtMost, runAlone, valueAtMost } from './lib/report.js';
import { interleave, median } from './lib/stats.js';

const BENCH = 'sdk-overhead';
const ROUNDS = { warmup: 30, samples: 300, maxMs: 12_000 };
/** Calls per sample when no network is involved (one call is tens of microseconds). */
const CANNED_BATCH = 20;
const CANNED_ROUNDS = { warmup: 10, samples: 200, maxMs: 6_000 };

/** One call of each variant: bare `fetch` + `JSON.parse`, `HelpdockClient`, `HelpdockLiteClient`. */
type Variants = Record<'bare' | 'sdk' | 'lite', () => Promise<unknown>>;

/** The three calls measured, for clients and a bare `fetch` aimed at `base`. */
function callsOf(
  base: string,
  send: typeof fetch,
  token: string,
  ids: { readId: string; writeId: string },
): Record<string, Variants> {
  const sdk = new HelpdockClient({ baseUrl: base, accessToken: token, fetch: send });
  const lite = new HelpdockLiteClient({ baseUrl: base, accessToken: token, fetch: send });
  const auth = { authorization: `Bearer ${token}` };
  const bareGet = async (path: string) => {
    const response = await send(`${base}${path}`, { headers: auth });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return JSON.parse(await response.text()) as unknown;
  };
  const barePost = async (path: string, body: unknown) => {
    // The SDK sends an Idempotency-Key on every POST, so the bare call does too: same server work.
    const response = await send(`${base}${path}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`${path}: ${response.status}`);
    return JSON.parse(await response.text()) as unknown;
  };
  const { readId, writeId } = ids;
  const message = { message_text: 'Thanks, we are looking into it.' };
  return {
    'retrieve thread': {
      bare: () => bareGet(`/api/support/threads/${readId}`),
      sdk: () => sdk.support.threads.retrieve(readId),
      lite: () => lite.support.threads.retrieve(readId),
    },
    'list 100 threads': {
      bare: () => bareGet('/api/support/threads?limit=100'),
      sdk: () => sdk.support.threads.list({ limit: 100 }),
      lite: () => lite.support.threads.list({ limit: 100 }),
    },
    'create message': {
      bare: () => barePost(`/api/support/threads/${writeId}/messages`, message),
      sdk: () => sdk.support.threads.addMessage(writeId, message),
      lite: () => lite.support.threads.addMessage(writeId, message),
    },
  };
}

/** Runs benchmark 1 and returns its figures. */
export async function run(): Promise<Figure[]> {
  // Server-side response validation is off so the server's share of each call is as small as it
  // gets, which makes the client's share (what this measures) as visible as it gets.
  const { reference, server, url } = await startReference({ validateResponses: false });
  try {
    const opsId = userId(reference, 'ops@acme.test');
    const [readId, writeId] = addThreads(reference, 120, { authorUserId: opsId });
    if (!readId || !writeId) throw new Error('No threads seeded');
    const token = await login(url, 'ops@acme.test');
    const calls = callsOf(url, fetch, token, { readId, writeId });
    const figures: Figure[] = [];
    for (const [call, variants] of Object.entries(calls)) {
      const times = await interleave(variants, ROUNDS);
      const bare = { name: 'bare fetch + JSON.parse', value: median(times.bare ?? []) };
      const note = `median of ${times.bare?.length} interleaved rounds`;
      figures.push(
        figure(BENCH, `${call}: HelpdockClient`, median(times.sdk ?? []), 'ms', bare, {
          target: ratioAtMost(1.15),
          note,
        }),
        figure(BENCH, `${call}: HelpdockLiteClient`, median(times.lite ?? []), 'ms', bare, {
          target: ratioAtMost(1.15),
          note,
        }),
      );
    }
    const page = await (
      await fetch(`${url}/api/support/threads?limit=100`, { headers: { authorization: `Bearer ${token}` } })
    ).json();
    figures.push(...(await clientWork(url, token, { readId, writeId }, figures)));
    figures.push(await parseFigure(page));
    return figures;
  } finally {
    await server.close();
  }
}

/**
 * The client's own work per call: the same calls with a `fetch` that answers at once with the
 * answer the server gave (read once up front), so no network and no server run. Reported as the
 * time each client adds over bare `fetch` + `JSON.parse` of the same answer, against the bare call
 * over loopback measured above: the share of a real call the SDK adds, which CPU load elsewhere on
 * the machine blurs far less than the loopback ratio.
 */
async function clientWork(
  url: string,
  token: string,
  ids: { readId: string; writeId: string },
  loopback: readonly Figure[],
): Promise<Figure[]> {
  const canned = new Map<string, { body: string; status: number }>();
  const record: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const body = await response.text();
    canned.set(`${init?.method ?? 'GET'} ${String(input)}`, { body, status: response.status });
    return new Response(body, { status: response.status, headers: response.headers });
  };
  const replay: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const answer = canned.get(`${request?.method ?? init?.method ?? 'GET'} ${request?.url ?? String(input)}`);
    if (!answer) throw new Error(`No canned answer for ${String(input)}`);
    const json = { 'content-type': 'application/json', 'x-request-id': 'req_canned' };
    return new Response(answer.body, { status: answer.status, headers: json });
  };
  for (const variants of Object.values(callsOf(url, record, token, ids))) await variants.bare();
  const figures: Figure[] = [];
  for (const [call, variants] of Object.entries(callsOf(url, replay, token, ids))) {
    const batch = (one: () => Promise<unknown>) => async () => {
      for (let i = 0; i < CANNED_BATCH; i++) await one();
    };
    const times = await interleave(
      { bare: batch(variants.bare), sdk: batch(variants.sdk), lite: batch(variants.lite) },
      CANNED_ROUNDS,
    );
    const perCall = (name: 'bare' | 'sdk' | 'lite') => median(times[name] ?? []) / CANNED_BATCH;
    const bareLoopback = loopback.find((f) => f.name === `${call}: HelpdockClient`)?.baseline;
    if (!bareLoopback) throw new Error(`No loopback figure for ${call}`);
    const baseline = { name: 'bare call over loopback', value: bareLoopback.value };
    const note = `canned answer, median of ${times.bare?.length} rounds of ${CANNED_BATCH} calls; bare fetch + JSON.parse of it: ${(perCall('bare') * 1000).toFixed(1)} µs`;
    figures.push(
      figure(
        BENCH,
        `${call}: HelpdockClient adds (no network)`,
        perCall('sdk') - perCall('bare'),
        'ms',
        baseline,
        { note },
      ),
      figure(
        BENCH,
        `${call}: HelpdockLiteClient adds (no network)`,
        perCall('lite') - perCall('bare'),
        'ms',
        baseline,
        { note },
      ),
    );
  }
  return figures;
}

/** `ThreadList.parse` of one 100-item page, against `structuredClone` of it (a plain copy of the same data). */
async function parseFigure(page: unknown): Promise<Figure> {
  const items = (page as { data: unknown[] }).data.length;
  if (items !== 100) throw new Error(`Expected a 100-item page, got ${items}`);
  const times = await interleave(
    { parse: () => ThreadList.parse(page), clone: () => structuredClone(page) },
    { warmup: 50, samples: 1000, maxMs: 5_000 },
  );
  return figure(
    BENCH,
    'ThreadList.parse (100 items)',
    median(times.parse ?? []),
    'ms',
    { name: 'structuredClone of the page', value: median(times.clone ?? []) },
    { target: valueAtMost(1, 'ms'), note: `median of ${times.parse?.length} runs` },
  );
}

if (isMain(import.meta.url)) await runAlone(BENCH, run);
