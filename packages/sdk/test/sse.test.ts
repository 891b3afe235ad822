import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  type CustomerEvent,
  HelpdockClient,
  type HelpdockError,
  ResponseValidationError,
} from '../src/index.js';
import { BASE_URL, errorBody, message, NOW, ticketMessage } from './fixtures.js';
import { server, useMsw } from './msw.js';

useMsw();

const client = () => new HelpdockClient({ baseUrl: BASE_URL, accessToken: 'tok' });
const encoder = new TextEncoder();

const frame = (id: number, event: string, data: unknown) =>
  `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
const connected = (id: number) => frame(id, 'connected', { customerId: 'cus_1', at: NOW });
const newMessage = (id: number) =>
  frame(id, 'new_message', { ticketId: 'tkt_1', message: ticketMessage({ id: `tm_${id}` }) });

/** An SSE body that sends `chunks`, then ends (or stays open and silent when `hang`). */
function sse(chunks: string[], hang = false) {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      if (!hang) controller.close();
    },
  });
  return new HttpResponse(body, { headers: { 'Content-Type': 'text/event-stream' } });
}

/** Serves one scripted answer per connection and records each connection's Last-Event-ID. */
function serveConnections(path: string, answers: (() => Response)[]) {
  const lastEventIds: (string | null)[] = [];
  const authorizations: (string | null)[] = [];
  server.use(
    http.get(`${BASE_URL}${path}`, ({ request }) => {
      lastEventIds.push(request.headers.get('last-event-id'));
      authorizations.push(request.headers.get('authorization'));
      const answer = answers[lastEventIds.length - 1];
      return answer ? answer() : sse([], true);
    }),
  );
  return { lastEventIds, authorizations };
}

async function take<E>(stream: AsyncIterable<E>, count: number): Promise<E[]> {
  const out: E[] = [];
  for await (const event of stream) {
    out.push(event);
    if (out.length === count) break;
  }
  return out;
}

describe('event streams', () => {
  it('yields typed, validated events read with fetch and the bearer token', async () => {
    const { authorizations } = serveConnections('/api/customers/me/events', [
      () => sse(['retry: 10\n\n', connected(1), newMessage(2)]),
    ]);
    const events = await take(client().customers.me.events(), 2);
    expect(events.map((e) => [e.type, e.id])).toEqual([
      ['connected', '1'],
      ['new_message', '2'],
    ]);
    const second = events[1] as Extract<CustomerEvent, { type: 'new_message' }>;
    expect(second.data.message.body).toBe('We are on it');
    expect(authorizations[0]).toBe('Bearer tok');
  });

  it('reconnects after the server closes, with Last-Event-ID, losing and repeating nothing', async () => {
    const { lastEventIds } = serveConnections('/api/customers/me/events', [
      () => sse(['retry: 10\n\n', connected(1), newMessage(2)]),
      () => sse([newMessage(3), newMessage(4)]),
    ]);
    const events = await take(client().customers.me.events(), 4);
    expect(events.map((e) => e.id)).toEqual(['1', '2', '3', '4']);
    expect(lastEventIds.slice(0, 2)).toEqual([null, '2']);
  });

  it('calls onOpen on the first connection and on every reconnection', async () => {
    serveConnections('/api/customers/me/events', [
      () => sse(['retry: 10\n\n', connected(1)]),
      () => sse([newMessage(2)]),
    ]);
    const opened: number[] = [];
    let seen = 0;
    const stream = client().customers.me.events({ onOpen: () => opened.push(seen) });
    for await (const _event of stream) {
      seen += 1;
      if (seen === 2) break;
    }
    // Each connection opens before its first event: a reader can catch up before events flow.
    expect(opened).toEqual([0, 1]);
  });

  it('replaces a connection that stays silent for two heartbeat intervals', async () => {
    const { lastEventIds } = serveConnections('/api/customers/me/events', [
      () => sse(['retry: 10\n\n', connected(1)], true),
      () => sse([newMessage(2)], true),
    ]);
    const stream = client().customers.me.events({ heartbeatInterval: 40 });
    const events = await take(stream, 2);
    expect(events.map((e) => e.id)).toEqual(['1', '2']);
    expect(lastEventIds.slice(0, 2)).toEqual([null, '1']);
    expect(stream.closed).toBe(true);
  });

  it('resumes from a given lastEventId', async () => {
    const { lastEventIds } = serveConnections('/api/customers/me/events', [() => sse([newMessage(8)])]);
    const [event] = await take(client().customers.me.events({ lastEventId: '7' }), 1);
    expect(event?.id).toBe('8');
    expect(lastEventIds[0]).toBe('7');
  });

  it('stops on AbortSignal: the loop ends without an error', async () => {
    serveConnections('/api/customers/me/events', [() => sse(['retry: 10\n\n', connected(1)], true)]);
    const controller = new AbortController();
    const stream = client().customers.me.events({ signal: controller.signal });
    const seen: string[] = [];
    for await (const event of stream) {
      seen.push(event.type);
      controller.abort();
    }
    expect(seen).toEqual(['connected']);
    expect(stream.closed).toBe(true);
  });

  it('reports an invalid event as an error and goes on with the stream', async () => {
    serveConnections('/api/customers/me/events', [
      () =>
        sse([
          'retry: 10\n\n',
          frame(1, 'new_message', { ticketId: 'tkt_1', message: { ...ticketMessage(), body: 7 } }),
          'id: 2\nevent: connected\ndata: {not json\n\n',
          newMessage(3),
        ]),
    ]);
    const stream = client().customers.me.events();
    const errors: HelpdockError[] = [];
    stream.on('error', (error) => errors.push(error));
    const events = await take(stream, 1);
    expect(events.map((e) => e.id)).toEqual(['3']);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toBeInstanceOf(ResponseValidationError);
    expect(errors[0]?.details.map((d) => d.path)).toEqual(['data.message.body']);
    expect(errors[1]).toBeInstanceOf(ResponseValidationError);
  });

  it('ends iteration with the typed error when the server refuses (401), without retrying', async () => {
    const { lastEventIds } = serveConnections('/api/customers/me/events', [
      () => HttpResponse.json(errorBody('unauthorized', 'Token expired'), { status: 401 }),
    ]);
    const stream = client().customers.me.events();
    const reported: HelpdockError[] = [];
    stream.on('error', (e) => reported.push(e));
    await expect(take(stream, 1)).rejects.toBeInstanceOf(AuthenticationError);
    expect(reported[0]).toBeInstanceOf(AuthenticationError);
    expect(lastEventIds).toHaveLength(1);
  });

  it('retries a 503 answer to the stream request', async () => {
    const { lastEventIds } = serveConnections('/api/customers/me/events', [
      () => HttpResponse.json(errorBody('internal_error', 'busy'), { status: 503 }),
      () => sse([connected(1)]),
    ]);
    const [event] = await take(client().customers.me.events({ maxReconnectDelay: 50 }), 1);
    expect(event?.type).toBe('connected');
    expect(lastEventIds).toHaveLength(2);
  });

  it('calls on(type) listeners until unsubscribed, and close() stops everything', async () => {
    serveConnections('/api/support/portal/ptok/events', [
      () =>
        sse(
          [
            'retry: 10\n\n',
            frame(1, 'message.created', { thread_id: 'thr_1', message: message() }),
            frame(2, 'heartbeat', { at: NOW }),
            frame(3, 'message.created', { thread_id: 'thr_1', message: message({ id: 'msg_2' }) }),
          ],
          true,
        ),
    ]);
    const stream = client().portal('ptok').events();
    const texts: string[] = [];
    const heartbeats: string[] = [];
    const done = new Promise<void>((resolve) => {
      const off = stream.on('message.created', (e) => {
        texts.push(e.data.message.id);
        off();
      });
      stream.on('heartbeat', (e) => {
        heartbeats.push(e.id);
        resolve();
      });
    });
    await done;
    await new Promise((r) => setTimeout(r, 20));
    stream.close();
    expect(texts).toEqual(['msg_1']);
    expect(heartbeats).toEqual(['2']);
    expect(stream.lastEventId).toBe('3');
  });
});
