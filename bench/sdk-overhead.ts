/**
 * Benchmark 1, SDK overhead: the same calls through `HelpdockClient` (validating with zod),
 * `HelpdockLiteClient` (no schemas) and bare `fetch` + `JSON.parse`, against the reference server's
 * real HTTP server over loopback; and `ThreadList.parse` of a 100-item page on its own.
 */
import { HelpdockClient } from '@helpdock/sdk';
import { HelpdockLiteClient } from '@helpdock/sdk/lite';
import { ThreadList } from '@helpdock/sdk/schemas';
import { addThreads, login, startReference, userId } from './lib/reference.js';
import { type Figure, figure, isMain, ratioAtMost, runAlone, valueAtMost } from './lib/report.js';
import { interleave, median } from './lib/stats.js';

const BENCH = 'sdk-overhead';
const ROUNDS = { warmup: 30, samples: 300, maxMs: 12_000 };

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
    const sdk = new HelpdockClient({ baseUrl: url, accessToken: token });
    const lite = new HelpdockLiteClient({ baseUrl: url, accessToken: token });
    const auth = { authorization: `Bearer ${token}` };
    const bareGet = async (path: string) => {
      const response = await fetch(`${url}${path}`, { headers: auth });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return JSON.parse(await response.text()) as unknown;
    };
    const barePost = async (path: string, body: unknown) => {
      // The SDK sends an Idempotency-Key on every POST, so the bare call does too: same server work.
      const response = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify(body),
      });
      if (response.status !== 201) throw new Error(`${path}: ${response.status}`);
      return JSON.parse(await response.text()) as unknown;
    };
    const message = { message_text: 'Thanks, we are looking into it.' };
    const calls: Record<string, Record<string, () => Promise<unknown>>> = {
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
    figures.push(await parseFigure(await bareGet('/api/support/threads?limit=100')));
    return figures;
  } finally {
    await server.close();
  }
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
