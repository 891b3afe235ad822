import { CustomerEvent, PortalEvent } from '@helpdock/sdk/schemas';
import { getResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReferenceServer } from '../src/index.js';
import { customerLogKey, threadLogKey } from '../src/store/events.js';
import { call, demoServer, login, ORIGIN } from './helpers.js';
import { SseReader } from './sse-reader.js';

let reference: ReferenceServer;
let admin: string;

beforeEach(async () => {
  ({ reference } = demoServer({ heartbeatMs: 50 }));
  admin = await login(reference, 'admin@acme.test');
});

async function open(path: string, headers: Record<string, string> = {}): Promise<SseReader> {
  const response = await getResponse(reference.handlers, new Request(`${ORIGIN}${path}`, { headers }));
  if (!response?.body) throw new Error('no stream');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  expect(response.headers.get('cache-control')).toBe('no-cache');
  return new SseReader(response.body);
}

const staffReply = (threadId: string, text: string) =>
  call(reference, `/api/support/threads/${threadId}/messages`, {
    json: { message_text: text },
    token: admin,
  });

describe('portal stream', () => {
  it('sends retry, live events of the scope only, and heartbeats that keep Last-Event-ID', async () => {
    const created = await call(reference, '/api/support/tokens', {
      json: { thread_id: 'thr_acme_login' },
      token: admin,
    });
    const stream = await open(`/api/support/portal/${created.body.token}/events`);
    await staffReply('thr_acme_install', 'not in scope');
    await staffReply('thr_acme_login', 'in scope');
    await call(reference, '/api/support/threads/thr_acme_login', {
      method: 'PATCH',
      json: { priority: 'LOW' },
      token: admin,
    });
    await stream.until((events) => events.some((e) => e.event === 'thread.updated'));
    await stream.until((events) => {
      const update = events.findIndex((e) => e.event === 'thread.updated');
      return events.slice(update).some((e) => e.event === 'heartbeat');
    });
    expect(stream.retry).toBe(3000);
    const messages = stream.ofType('message.created').map((e) => JSON.parse(e.data));
    expect(messages.map((m) => m.message.message_text)).toEqual(['in scope']);
    for (const e of stream.events) {
      expect(PortalEvent.safeParse({ type: e.event, id: e.id ?? '', data: JSON.parse(e.data) }).success).toBe(
        true,
      );
    }
    const lastRealId = stream.ofType('thread.updated')[0]?.id;
    const heartbeatIds = stream.ofType('heartbeat').map((e) => e.id);
    expect(heartbeatIds.at(-1)).toBe(lastRealId);
    expect(reference.store.events.subscriberCount(threadLogKey('ten_acme'))).toBe(1);
    await stream.close();
    expect(reference.store.events.subscriberCount(threadLogKey('ten_acme'))).toBe(0);
  });

  it('replays every event after Last-Event-ID once, then continues live', async () => {
    const created = await call(reference, '/api/support/tokens', {
      json: { thread_id: 'thr_acme_login' },
      token: admin,
    });
    const path = `/api/support/portal/${created.body.token}/events`;
    const first = await open(path);
    await staffReply('thr_acme_login', 'one');
    await first.until((events) => events.some((e) => e.event === 'message.created'));
    const lastId = first.ofType('message.created').at(-1)?.id ?? '';
    await first.close();
    await staffReply('thr_acme_login', 'two');
    await staffReply('thr_acme_login', 'three');
    const second = await open(path, { 'last-event-id': lastId });
    await staffReply('thr_acme_login', 'four');
    await second.until((events) => events.filter((e) => e.event === 'message.created').length >= 3);
    const texts = second.ofType('message.created').map((e) => JSON.parse(e.data).message.message_text);
    expect(texts).toEqual(['two', 'three', 'four']);
    const ids = second.ofType('message.created').map((e) => e.id);
    expect(new Set(ids).size).toBe(3);
    await second.close();
  });
});

describe('stream positions', () => {
  it('starts a first connection live and replays everything to a client whose Last-Event-ID predates a reset', async () => {
    const alice = await login(reference, 'alice@acme.test');
    const path = '/api/customers/me/events';
    const auth = { authorization: `Bearer ${alice}` };
    const texts = (reader: SseReader) =>
      reader.ofType('new_message').map((e) => JSON.parse(e.data).message.body);
    await staffReply('thr_acme_login', 'before connecting');
    const fresh = await open(path, auth);
    await staffReply('thr_acme_login', 'after connecting');
    await fresh.until((events) => events.some((e) => e.event === 'new_message'));
    expect(texts(fresh)).toEqual(['after connecting']);
    const oldId = fresh.ofType('new_message')[0]?.id ?? '';
    await fresh.close();

    reference.reset();
    admin = await login(reference, 'admin@acme.test');
    await staffReply('thr_acme_login', 'after a reset');
    const stale = await open(path, { ...auth, 'last-event-id': oldId });
    await stale.until((events) => events.some((e) => e.event === 'new_message'));
    expect(texts(stale)).toEqual(['after a reset']);
    await stale.close();
  });
});

describe('customer stream', () => {
  it('greets with connected and shows staff replies and status changes of this customer’s tickets only', async () => {
    const alice = await login(reference, 'alice@acme.test');
    const stream = await open('/api/customers/me/events', { authorization: `Bearer ${alice}` });
    await staffReply('thr_acme_export', 'bob’s ticket');
    await staffReply('thr_acme_login', 'for alice');
    await call(reference, '/api/support/threads/thr_acme_login/resolve', { method: 'POST', token: admin });
    await stream.until((events) => events.some((e) => e.event === 'status_change'));
    expect(stream.events[0]?.event).toBe('connected');
    const messages = stream.ofType('new_message').map((e) => JSON.parse(e.data));
    expect(messages).toHaveLength(1);
    expect(messages[0].message).toMatchObject({
      body: 'for alice',
      authorRole: 'agent',
      ticketId: 'thr_acme_login',
    });
    expect(JSON.parse(stream.ofType('status_change')[0]?.data ?? '{}')).toEqual({
      ticketId: 'thr_acme_login',
      status: 'resolved',
      previousStatus: 'open',
    });
    for (const e of stream.events) {
      expect(
        CustomerEvent.safeParse({ type: e.event, id: e.id ?? '', data: JSON.parse(e.data) }).success,
        e.event,
      ).toBe(true);
    }
    await stream.close();
    expect(reference.store.events.subscriberCount(customerLogKey('ten_acme', 'cus_alice'))).toBe(0);
  });

  it('announces a staff-created ticket for a customer as ticket_created', async () => {
    const carolToken = await login(reference, 'carol@globex.test');
    const stream = await open('/api/customers/me/events', { authorization: `Bearer ${carolToken}` });
    const globexOps = await login(reference, 'ops@globex.test');
    await call(reference, '/api/support/threads', {
      json: { subject: 'We noticed a problem', initial_message: 'Details inside', customer_id: 'cus_carol' },
      token: globexOps,
    });
    await stream.until((events) => events.some((e) => e.event === 'ticket_created'));
    const ticket = JSON.parse(stream.ofType('ticket_created')[0]?.data ?? '{}').ticket;
    expect(ticket).toMatchObject({
      title: 'We noticed a problem',
      description: 'Details inside',
      status: 'open',
      customerId: 'cus_carol',
    });
    await stream.close();
  });

  it('ends open streams on reset', async () => {
    const alice = await login(reference, 'alice@acme.test');
    const stream = await open('/api/customers/me/events', { authorization: `Bearer ${alice}` });
    await stream.until((events) => events.length > 0);
    reference.reset();
    await stream.done;
    expect(reference.store.events.subscriberCount(customerLogKey('ten_acme', 'cus_alice'))).toBe(0);
  });
});
