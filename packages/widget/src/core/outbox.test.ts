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

  it('resends once the messages a 401 refused, after the credentials were renewed, and no others', async () => {
    const server = fakeServer();
    const unauthorized = { status: 401, code: 'unauthorized' };
    const outbox = new Outbox({ store: jsonStore(memoryStore(), 't:'), send: server.send, isRetryable });
    server.failNext(unauthorized, closed, unauthorized);
    const refused = outbox.enqueue({ kind: 'ticket', ticketId: 'tkt_1' }, 'Sent with an old token');
    await outbox.flush();
    outbox.enqueue({ kind: 'ticket', ticketId: 'tkt_2' }, 'On a closed ticket');
    await outbox.flush();
    outbox.enqueue(target, 'Through a revoked link');
    await outbox.flush();
    expect(outbox.items.map((item) => item.state)).toEqual(['failed', 'failed', 'failed']);

    await outbox.retryUnauthorized('ticket');
    expect([...server.stored.values()]).toEqual(['Sent with an old token']);
    expect(server.calls.filter((key) => key === refused.idempotencyKey)).toHaveLength(2);
    expect(outbox.items.map((item) => item.text)).toEqual(['On a closed ticket', 'Through a revoked link']);
    await outbox.retryUnauthorized('ticket');
    expect(server.calls).toHaveLength(4);
  });

  it('moves a conversation’s messages to another target, keeping their order, keys and states', async () => {
    const server = fakeServer();
    const sentTo: string[] = [];
    let ticketReady = false;
    const outbox = new Outbox({
      store: jsonStore(memoryStore(), 't:'),
      send: (item) => {
        sentTo.push(JSON.stringify(item.target));
        return server.send(item);
      },
      isRetryable,
      canSend: (item) => item.target.kind !== 'ticket' || ticketReady,
      timers: manualTimers(),
    });
    server.failNext(offline, closed);
    const first = outbox.enqueue(target, 'first');
    await settle();
    const refused = outbox.enqueue({ kind: 'portal', threadId: 'thr_other' }, 'refused');
    await settle();
    const second = outbox.enqueue(target, 'second');
    expect(outbox.items.map((item) => item.state)).toEqual(['pending', 'failed', 'pending']);

    outbox.retarget((old) =>
      old.kind === 'portal' ? { kind: 'ticket', ticketId: old.threadId } : undefined,
    );
    expect(outbox.items.map((item) => [item.id, item.idempotencyKey, item.state, item.target])).toEqual([
      [first.id, first.idempotencyKey, 'pending', { kind: 'ticket', ticketId: 'thr_1' }],
      [refused.id, refused.idempotencyKey, 'failed', { kind: 'ticket', ticketId: 'thr_other' }],
      [second.id, second.idempotencyKey, 'pending', { kind: 'ticket', ticketId: 'thr_1' }],
    ]);
    ticketReady = true;
    await outbox.flush();
    expect([...server.stored.values()]).toEqual(['first', 'second']);
    expect(sentTo.slice(-2)).toEqual(Array(2).fill(JSON.stringify({ kind: 'ticket', ticketId: 'thr_1' })));
    expect(outbox.items.map((item) => item.text)).toEqual(['refused']);
  });

  it('does not count a failed attempt for the old target against a message moved meanwhile', async () => {
    let refuse: (error: unknown) => void = () => undefined;
    const delivered: string[] = [];
    const outbox = new Outbox({
      store: jsonStore(memoryStore(), 't:'),
      send: (item) =>
        item.target.kind === 'portal'
          ? new Promise<string>((_, reject) => {
              refuse = reject;
            })
          : Promise.resolve(`${item.text} on the ticket`),
      isRetryable,
      onDelivered: (_, result) => delivered.push(result),
      timers: manualTimers(),
    });
    outbox.enqueue(target, 'in flight');
    await settle();
    outbox.retarget((old) =>
      old.kind === 'portal' ? { kind: 'ticket', ticketId: old.threadId } : undefined,
    );
    refuse({ status: 401, code: 'unauthorized' });
    await outbox.flush();
    expect(delivered).toEqual(['in flight on the ticket']);
    expect(outbox.items).toEqual([]);
  });

  it('ignores a corrupt stored queue', () => {
    const backend = memoryStore();
    backend.setItem('t:outbox', '{not json');
    const outbox = new Outbox({ store: jsonStore(backend, 't:'), send: async () => 'x', isRetryable });
    expect(outbox.items).toEqual([]);
  });
});
