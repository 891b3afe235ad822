import { describe, expect, it } from 'vitest';
import { manualTimers } from '../../test/fake-timers.js';
import { isRetryable } from './errors.js';
import { Outbox, type OutboxItem } from './outbox.js';
import { jsonStore, memoryStore } from './storage.js';

const offline = Object.assign(new TypeError('Failed to fetch'), { status: undefined });
const serverError = { status: 503, code: 'internal_error' };
const closed = { status: 409, code: 'conflict' };
const target = { kind: 'portal', threadId: 'thr_1' } as const;

/** A fake server that stores each idempotency key once, like the real one. */
function fakeServer() {
  const stored = new Map<string, string>();
  const failures: unknown[] = [];
  const calls: string[] = [];
  return {
    stored,
    calls,
    failNext(...errors: unknown[]) {
      failures.push(...errors);
    },
    async send(item: OutboxItem): Promise<string> {
      calls.push(item.idempotencyKey);
      const failure = failures.shift();
      if (failure) throw failure;
      if (!stored.has(item.idempotencyKey)) stored.set(item.idempotencyKey, item.text);
      return item.text;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Outbox', () => {
  it('delivers a message and forgets it', async () => {
    const server = fakeServer();
    const store = jsonStore(memoryStore(), 't:');
    const delivered: string[] = [];
    const outbox = new Outbox({
      store,
      send: server.send,
      isRetryable,
      onDelivered: (_, text) => delivered.push(text),
    });
    outbox.enqueue(target, 'Hello');
    await outbox.flush();
    expect(delivered).toEqual(['Hello']);
    expect(outbox.items).toHaveLength(0);
    expect(store.read('outbox')).toBeUndefined();
  });

  it('keeps a message that failed offline and retries it with the same key until it is stored exactly once', async () => {
    const server = fakeServer();
    const timers = manualTimers();
    const outbox = new Outbox({
      store: jsonStore(memoryStore(), 't:'),
      send: server.send,
      isRetryable,
      timers,
      backoff: (attempts) => attempts * 1000,
    });
    server.failNext(offline, serverError);
    outbox.enqueue(target, 'Still there?');
    await settle();
    expect(outbox.items[0]).toMatchObject({ state: 'pending', attempts: 1 });
    timers.advance(1000);
    await settle();
    expect(outbox.items[0]).toMatchObject({ state: 'pending', attempts: 2 });
    timers.advance(2000);
    await settle();
    expect(outbox.items).toHaveLength(0);
    expect(new Set(server.calls).size).toBe(1);
    expect(server.calls).toHaveLength(3);
    expect([...server.stored.values()]).toEqual(['Still there?']);
  });

  it('survives a reload: a new outbox on the same storage resumes with the same key', async () => {
    const backend = memoryStore();
    const server = fakeServer();
    server.failNext(offline);
    const first = new Outbox({
      store: jsonStore(backend, 't:'),
      send: server.send,
      isRetryable,
      timers: manualTimers(),
    });
    first.enqueue(target, 'Typed before the reload');
    await settle();
    first.dispose();
    const key = first.items[0]!.idempotencyKey;

    const second = new Outbox({ store: jsonStore(backend, 't:'), send: server.send, isRetryable });
    expect(second.items.map((item) => item.text)).toEqual(['Typed before the reload']);
    await second.flush(true);
    expect(server.calls).toEqual([key, key]);
    expect(second.items).toHaveLength(0);
  });

  it('delivers messages of one conversation in the order they were written', async () => {
    const server = fakeServer();
    const timers = manualTimers();
    const outbox = new Outbox({
      store: jsonStore(memoryStore(), 't:'),
      send: server.send,
      isRetryable,
      timers,
    });
    server.failNext(offline);
    outbox.enqueue(target, 'first');
    outbox.enqueue(target, 'second');
    await settle();
    expect([...server.stored.values()]).toEqual([]);
    await outbox.flush(true);
    expect([...server.stored.values()]).toEqual(['first', 'second']);
  });

  it('marks a message the server refuses for good as failed, and sends it again on retry', async () => {
    const server = fakeServer();
    const outbox = new Outbox({ store: jsonStore(memoryStore(), 't:'), send: server.send, isRetryable });
    server.failNext(closed);
    const item = outbox.enqueue(target, 'Too late');
    await outbox.flush();
    expect(outbox.items[0]).toMatchObject({ state: 'failed', lastError: { status: 409, code: 'conflict' } });
    await outbox.flush(true);
    expect(server.calls).toHaveLength(1);
    await outbox.retry(item.id);
    expect(outbox.items).toHaveLength(0);
    expect(server.stored.size).toBe(1);
  });

  it('holds messages it cannot send yet (no credentials) without counting attempts', async () => {
    const server = fakeServer();
    let signedIn = false;
    const outbox = new Outbox({
      store: jsonStore(memoryStore(), 't:'),
      send: server.send,
      isRetryable,
      canSend: () => signedIn,
    });
    outbox.enqueue({ kind: 'ticket', ticketId: 'tkt_1' }, 'Later');
    await outbox.flush();
    expect(server.calls).toHaveLength(0);
    signedIn = true;
    await outbox.flush(true);
    expect(server.stored.size).toBe(1);
  });

  it('never stores the error body, only its status and code', async () => {
    const backend = memoryStore();
    const server = fakeServer();
    server.failNext({
      status: 500,
      code: 'internal_error',
      message: 'secret detail',
      headers: new Headers(),
    });
    const outbox = new Outbox({
      store: jsonStore(backend, 't:'),
      send: server.send,
      isRetryable,
      timers: manualTimers(),
    });
    outbox.enqueue(target, 'x');
    await settle();
    expect(backend.getItem('t:outbox')).not.toContain('secret detail');
  });

  it('ignores a corrupt stored queue', () => {
    const backend = memoryStore();
    backend.setItem('t:outbox', '{not json');
    const outbox = new Outbox({ store: jsonStore(backend, 't:'), send: async () => 'x', isRetryable });
    expect(outbox.items).toEqual([]);
  });
});
