/**
 * Benchmark 2, server-sent events: how many events per second the SDK's stream helper
 * (`EventStream`, validating and lite) reads from pre-built SSE bytes, against eventsource-parser +
 * `JSON.parse` on the same bytes (the floor of any typed reader); and the end-to-end latency from a
 * staff reply to its event arriving on the customer's and the portal's stream over real HTTP.
 */
import { HelpdockClient } from '@helpdock/sdk';
import { HelpdockLiteClient } from '@helpdock/sdk/lite';
import { createParser } from 'eventsource-parser';
import { login, startReference } from './lib/reference.js';
import { type Figure, figure, isMain, ratioAtLeast, runAlone } from './lib/report.js';
import { interleave, median, p99 } from './lib/stats.js';

const BENCH = 'sse';
/** Events in the pre-built stream. */
const EVENT_COUNT = 20_000;
/** Bytes per chunk handed to the reader, about what a loopback socket delivers at a time. */
const CHUNK_BYTES = 16 * 1024;
/** Staff replies timed end to end. */
const REPLIES = 200;
/** Longest wait for one reply's events before giving up on the run. */
const EVENT_TIMEOUT_MS = 5_000;

/** `count` portal `message.created` frames, as the server writes them, cut into socket-sized chunks. */
function prebuiltStream(count: number): Uint8Array[] {
  let text = 'retry: 3000\n\n';
  for (let i = 1; i <= count; i++) {
    const data = {
      thread_id: 'thr_bench',
      message: {
        id: `msg_${i.toString(36).padStart(8, '0')}`,
        thread_id: 'thr_bench',
        author_user_id: 'usr_acme_ops',
        author_type: 'INTERNAL',
        message_text: `Reply number ${i}: we have found your parcel and it ships today.`,
        attachments: [],
        created_at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
      },
    };
    text += `id: ${i}\nevent: message.created\ndata: ${JSON.stringify(data)}\n\n`;
  }
  const bytes = new TextEncoder().encode(text);
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES)
    chunks.push(bytes.subarray(offset, offset + CHUNK_BYTES));
  return chunks;
}

const streamOf = (chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> => {
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
  });
};

/** A `fetch` that answers every request with the pre-built stream (no network at all). */
const streamFetch =
  (chunks: readonly Uint8Array[]): typeof fetch =>
  async () =>
    new Response(streamOf(chunks), { status: 200, headers: { 'content-type': 'text/event-stream' } });

/** Reads `count` events through the SDK's portal stream of `client`. */
async function readWithSdk(client: HelpdockClient | HelpdockLiteClient, count: number): Promise<void> {
  let seen = 0;
  for await (const _event of client.portal('tok_bench').events()) if (++seen >= count) break;
  if (seen < count) throw new Error(`Only ${seen} of ${count} events`);
}

/**
 * Reads the same bytes with eventsource-parser alone (JSON only when `json`), decoded the way the
 * SDK decodes them (one `TextDecoder` over the body's chunks), so the ratio is the SDK's own cost.
 */
async function readWithParser(chunks: readonly Uint8Array[], count: number, json = false): Promise<void> {
  let seen = 0;
  const parser = createParser({
    onEvent: (message) => {
      if (json) JSON.parse(message.data);
      seen++;
    },
  });
  const decoder = new TextDecoder();
  const reader = streamOf(chunks).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parser.feed(decoder.decode(value, { stream: true }));
  }
  if (seen < count) throw new Error(`Only ${seen} of ${count} events`);
}

async function throughput(): Promise<Figure[]> {
  const chunks = prebuiltStream(EVENT_COUNT);
  const options = { baseUrl: 'http://127.0.0.1:9', fetch: streamFetch(chunks) };
  const sdk = new HelpdockClient(options);
  const lite = new HelpdockLiteClient(options);
  const times = await interleave(
    {
      parser: () => readWithParser(chunks, EVENT_COUNT),
      parserJson: () => readWithParser(chunks, EVENT_COUNT, true),
      sdk: () => readWithSdk(sdk, EVENT_COUNT),
      lite: () => readWithSdk(lite, EVENT_COUNT),
    },
    { warmup: 2, samples: 15, maxMs: 30_000, minSamples: 5 },
  );
  const perSecond = (ms: number[]) => EVENT_COUNT / (median(ms) / 1000);
  const parserAlone = { name: 'eventsource-parser alone', value: perSecond(times.parser ?? []) };
  const floor = { name: 'eventsource-parser + JSON.parse', value: perSecond(times.parserJson ?? []) };
  const note = `${EVENT_COUNT} events, median of ${times.parser?.length} runs`;
  const sdkFigure = (name: string, ms: number[] | undefined) =>
    figure(BENCH, name, perSecond(ms ?? []), 'events/s', floor, { target: ratioAtLeast(0.8), note });
  return [
    figure(BENCH, 'eventsource-parser + JSON.parse (the floor)', floor.value, 'events/s', parserAlone, {
      note,
    }),
    sdkFigure('EventStream (HelpdockClient, validating)', times.sdk),
    sdkFigure('EventStream (HelpdockLiteClient)', times.lite),
  ];
}

/** Resolves when `key` arrives in `arrivals` (time in ms), or rejects after {@link EVENT_TIMEOUT_MS}. */
function arrival(waiters: Map<string, (at: number) => void>, key: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      waiters.delete(key);
      reject(new Error(`No event for ${key} within ${EVENT_TIMEOUT_MS} ms`));
    }, EVENT_TIMEOUT_MS);
    waiters.set(key, (at) => {
      clearTimeout(timer);
      waiters.delete(key);
      resolve(at);
    });
  });
}

async function latency(): Promise<Figure[]> {
  const { server, url } = await startReference();
  const ac = new AbortController();
  try {
    const staff = new HelpdockClient({ baseUrl: url, accessToken: await login(url, 'ops@acme.test') });
    const customer = new HelpdockClient({ baseUrl: url, accessToken: await login(url, 'alice@acme.test') });
    const thread = await staff.support.threads.create({
      subject: 'Latency bench',
      initial_message: 'Where is my parcel?',
      customer_id: 'cus_alice',
    });
    const { token } = await staff.support.tokens.create({ thread_id: thread.id });
    const customerWaiters = new Map<string, (at: number) => void>();
    const portalWaiters = new Map<string, (at: number) => void>();
    const customerStream = customer.customers.me.events({ signal: ac.signal });
    const portalStream = new HelpdockClient({ baseUrl: url }).portal(token).events({ signal: ac.signal });
    customerStream.on('new_message', (e) => customerWaiters.get(e.data.message.body)?.(performance.now()));
    portalStream.on('message.created', (e) =>
      portalWaiters.get(e.data.message.message_text)?.(performance.now()),
    );
    // Both streams are live once a first reply reaches both (bounded attempts).
    for (let attempt = 0; ; attempt++) {
      const text = `warm-up ${attempt}`;
      const both = Promise.all([arrival(customerWaiters, text), arrival(portalWaiters, text)]);
      await staff.support.threads.addMessage(thread.id, { message_text: text });
      try {
        await both;
        break;
      } catch (error) {
        if (attempt >= 5) throw error;
      }
    }
    const toCustomer: number[] = [];
    const toPortal: number[] = [];
    const roundTrips: number[] = [];
    const started = performance.now();
    for (let i = 0; i < REPLIES && performance.now() - started < 60_000; i++) {
      const text = `bench reply ${i}`;
      const events = Promise.all([arrival(customerWaiters, text), arrival(portalWaiters, text)]);
      const t0 = performance.now();
      await staff.support.threads.addMessage(thread.id, { message_text: text });
      roundTrips.push(performance.now() - t0);
      const [customerAt, portalAt] = await events;
      toCustomer.push(customerAt - t0);
      toPortal.push(portalAt - t0);
    }
    const note = `${toCustomer.length} replies, one at a time; baseline: the reply's own POST round trip`;
    const postP50 = { name: 'reply POST round trip p50', value: median(roundTrips) };
    const postP99 = { name: 'reply POST round trip p99', value: p99(roundTrips) };
    return [
      figure(BENCH, 'reply → customer event, p50', median(toCustomer), 'ms', postP50, { note }),
      figure(BENCH, 'reply → customer event, p99', p99(toCustomer), 'ms', postP99, { note }),
      figure(BENCH, 'reply → portal event, p50', median(toPortal), 'ms', postP50, { note }),
      figure(BENCH, 'reply → portal event, p99', p99(toPortal), 'ms', postP99, { note }),
    ];
  } finally {
    ac.abort();
    await server.close();
  }
}

/** Runs benchmark 2 and returns its figures. */
export async function run(): Promise<Figure[]> {
  return [...(await throughput()), ...(await latency())];
}

if (isMain(import.meta.url)) await runAlone(BENCH, run);
