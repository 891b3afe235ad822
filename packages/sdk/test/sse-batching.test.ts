import { describe, expect, it } from 'vitest';
import {
  HelpdockClient,
  type HelpdockError,
  type PortalEvent,
  ResponseValidationError,
} from '../src/index.js';
import { BASE_URL, errorBody, message } from './fixtures.js';

const encoder = new TextEncoder();

const created = (id: number, messageText = `reply ${id}`) =>
  `id: ${id}\nevent: message.created\ndata: ${JSON.stringify({
    thread_id: 'thr_1',
    message: message({ id: `msg_${id}`, message_text: messageText }),
  })}\n\n`;
const burst = (from: number, to: number) => {
  let text = '';
  for (let id = from; id <= to; id++) text += created(id);
  return text;
};

/**
 * A client whose `fetch` answers connection `n` with `answers[n]` (chunks of an SSE body read on
 * demand, counted in `pulled`), and keeps any further connection open and silent.
 */
function scripted(answers: (string[] | Response)[]) {
  let connections = 0;
  const pulled: number[] = [];
  const fetch: typeof globalThis.fetch = async () => {
    const index = connections++;
    const answer = answers[index] ?? [];
    if (answer instanceof Response) return answer;
    pulled[index] = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = answer[pulled[index] ?? 0];
        if (chunk === undefined) {
          if (index >= answers.length) return new Promise(() => {});
          controller.close();
          return;
        }
        pulled[index] = (pulled[index] ?? 0) + 1;
        controller.enqueue(encoder.encode(chunk));
      },
    });
    return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
  };
  const client = new HelpdockClient({ baseUrl: BASE_URL, fetch });
  return { stream: (options = {}) => client.portal('ptok').events(options), pulled };
}

const idsOf = (events: PortalEvent[]) => events.map((e) => e.id);
/** Lets the stream's reader run as far ahead as it would (several macrotask turns). */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('event streams: events that arrive together', () => {
  it('hands a burst read in one chunk to loops and listeners in order', async () => {
    const { stream } = scripted([['retry: 10\n\n', burst(1, 50)]]);
    const events = stream();
    const heard: string[] = [];
    events.on('message.created', (e) => heard.push(e.id));
    const taken: PortalEvent[] = [];
    for await (const event of events) {
      taken.push(event);
      if (taken.length === 50) break;
    }
    const expected = Array.from({ length: 50 }, (_, i) => String(i + 1));
    expect(idsOf(taken)).toEqual(expected);
    expect(heard).toEqual(expected);
    expect(events.lastEventId).toBe('50');
  });

  it('reads the connection only as fast as a slow loop takes events', async () => {
    const chunks = ['retry: 10\n\n', ...Array.from({ length: 40 }, (_, i) => created(i + 1))];
    const { stream, pulled } = scripted([chunks]);
    const taken: PortalEvent[] = [];
    for await (const event of stream()) {
      taken.push(event);
      if (taken.length === 3) {
        await settle();
        // Three events taken: the reader is at most a chunk or two ahead, not at the end of the body.
        expect(pulled[0]).toBeLessThan(10);
      }
      if (taken.length === 40) break;
    }
    expect(idsOf(taken)).toEqual(Array.from({ length: 40 }, (_, i) => String(i + 1)));
  });

  it('keeps reading for on() listeners alone', async () => {
    const chunks = ['retry: 10\n\n', ...Array.from({ length: 40 }, (_, i) => created(i + 1))];
    const { stream } = scripted([chunks]);
    const events = stream();
    const all = new Promise<string[]>((resolve) => {
      const heard: string[] = [];
      events.on('message.created', (e) => {
        heard.push(e.id);
        if (heard.length === 40) resolve(heard);
      });
    });
    expect((await all).length).toBe(40);
    events.close();
  });

  it('stops mid-burst when a listener closes the stream: the rest of the chunk is not delivered', async () => {
    const { stream } = scripted([[burst(1, 10)]]);
    const events = stream();
    const heard: string[] = [];
    const closed = new Promise<void>((resolve) => {
      events.on('message.created', (e) => {
        heard.push(e.id);
        if (e.id === '3') {
          events.close();
          resolve();
        }
      });
    });
    await closed;
    await settle();
    expect(heard).toEqual(['1', '2', '3']);
    expect(events.lastEventId).toBe('3');
  });

  it('ends a loop aborted mid-burst at once, dropping the events still queued', async () => {
    const { stream } = scripted([[burst(1, 10)]]);
    const controller = new AbortController();
    const events = stream({ signal: controller.signal });
    const taken: PortalEvent[] = [];
    for await (const event of events) {
      taken.push(event);
      if (event.id === '3') controller.abort();
    }
    expect(idsOf(taken)).toEqual(['1', '2', '3']);
    expect(events.closed).toBe(true);
  });

  it('skips an invalid event in the middle of a burst, reports it, and keeps the order of the rest', async () => {
    const invalid = `id: 3\nevent: message.created\ndata: ${JSON.stringify({ thread_id: 'thr_1', message: { ...message(), message_text: 7 } })}\n\n`;
    const notJson = 'id: 4\nevent: message.created\ndata: {oops\n\n';
    const { stream } = scripted([[`${burst(1, 2)}${invalid}${notJson}${burst(5, 6)}`]]);
    const events = stream();
    const errors: HelpdockError[] = [];
    events.on('error', (error) => errors.push(error));
    const taken: PortalEvent[] = [];
    for await (const event of events) {
      taken.push(event);
      if (taken.length === 4) break;
    }
    expect(idsOf(taken)).toEqual(['1', '2', '5', '6']);
    expect(errors).toHaveLength(2);
    expect(errors.every((e) => e instanceof ResponseValidationError)).toBe(true);
    expect(errors[0]?.details.map((d) => d.path)).toEqual(['data.message.message_text']);
  });

  it('hands out the events received before a fatal answer, then throws it', async () => {
    const refused = Response.json(errorBody('unauthorized', 'Token expired'), { status: 401 });
    const { stream } = scripted([['retry: 10\n\n', burst(1, 3)], refused]);
    const taken: PortalEvent[] = [];
    await expect(
      (async () => {
        for await (const event of stream()) taken.push(event);
      })(),
    ).rejects.toMatchObject({ status: 401 });
    expect(idsOf(taken)).toEqual(['1', '2', '3']);
  });
});
