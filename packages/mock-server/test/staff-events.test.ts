import { CustomerEvent, PortalEvent, SupportEvent } from '@helpdock/sdk/schemas';
import { getResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ManualClock, ReferenceServer } from '../src/index.js';
import { staffLogKey } from '../src/store/events.js';
import { call, demoServer, isEnvelope, login, ORIGIN } from './helpers.js';
import { SseReader } from './sse-reader.js';

let reference: ReferenceServer;
let clock: ManualClock;
let admin: string;

beforeEach(async () => {
  ({ reference, clock } = demoServer({ heartbeatMs: 50 }));
  admin = await login(reference, 'admin@acme.test');
});

async function open(path: string, token: string, headers: Record<string, string> = {}): Promise<SseReader> {
  const response = await getResponse(
    reference.handlers,
    new Request(`${ORIGIN}${path}`, { headers: { authorization: `Bearer ${token}`, ...headers } }),
  );
  if (!response?.body) throw new Error('no stream');
  expect(response.status).toBe(200);
  return new SseReader(response.body);
}

const openStaff = (token = admin, headers: Record<string, string> = {}) =>
  open('/api/support/events', token, headers);

const staffReply = (threadId: string, text: string) =>
  call(reference, `/api/support/threads/${threadId}/messages`, {
    json: { message_text: text },
    token: admin,
  });

const dataOf = (stream: SseReader, type: string) => stream.ofType(type).map((e) => JSON.parse(e.data));

async function visitorThread(): Promise<{ threadId: string; token: string }> {
  const created = await call(reference, '/api/support/public/threads', {
    json: { name: 'Vera', email: 'vera@example.test', subject: 'Where is my order?', message_text: 'Hello' },
  });
  expect(created.status).toBe(201);
  return { threadId: created.body.thread.id, token: created.body.token };
}

describe('staff stream (GET /api/support/events)', () => {
  it('greets, then shows thread.created, message.created of every author and thread.updated', async () => {
    const stream = await openStaff();
    const visitor = await visitorThread();
    await call(reference, `/api/support/portal/${visitor.token}/messages`, {
      json: { message_text: 'Any news?' },
    });
    const alice = await login(reference, 'alice@acme.test');
    await call(reference, '/api/customers/me/tickets/thr_acme_login/messages', {
      json: { body: 'From Alice' },
      token: alice,
    });
    await staffReply(visitor.threadId, 'From staff');
    await call(reference, `/api/support/threads/${visitor.threadId}/resolve`, {
      method: 'POST',
      token: admin,
    });
    await stream.until((events) => events.some((e) => e.event === 'thread.updated'));

    expect(stream.events[0]?.event).toBe('connected');
    expect(dataOf(stream, 'thread.created').map((d) => d.thread.subject)).toEqual(['Where is my order?']);
    expect(
      dataOf(stream, 'message.created').map((d) => [d.message.author_type, d.message.message_text]),
    ).toEqual([
      ['EXTERNAL', 'Hello'],
      ['EXTERNAL', 'Any news?'],
      ['CUSTOMER', 'From Alice'],
      ['INTERNAL', 'From staff'],
    ]);
    expect(dataOf(stream, 'thread.updated')[0].thread).toMatchObject({
      id: visitor.threadId,
      status: 'RESOLVED',
    });
    const ids = stream.events.filter((e) => e.event !== 'heartbeat').map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of stream.events) {
      expect(
        SupportEvent.safeParse({ type: e.event, id: e.id ?? '', data: JSON.parse(e.data) }).success,
        e.event,
      ).toBe(true);
    }
    await stream.close();
    expect(reference.store.events.subscriberCount(staffLogKey('ten_acme'))).toBe(0);
  });

  it("shows another tenant's staff nothing", async () => {
    const globex = await openStaff(await login(reference, 'ops@globex.test'));
    const acme = await openStaff();
    await staffReply('thr_acme_login', 'acme only');
    await acme.until((events) => events.some((e) => e.event === 'message.created'));
    await globex.until((events) => events.some((e) => e.event === 'heartbeat'));
    expect(globex.events.map((e) => e.event).filter((type) => type !== 'heartbeat')).toEqual(['connected']);
    await Promise.all([globex.close(), acme.close()]);
  });

  it('is for staff only: a customer gets 403, no token 401', async () => {
    const alice = await login(reference, 'alice@acme.test');
    const asCustomer = await call(reference, '/api/support/events', { token: alice });
    expect(asCustomer.status).toBe(403);
    expect(isEnvelope(asCustomer, 'forbidden')).toBe(true);
    const anonymous = await call(reference, '/api/support/events');
    expect(anonymous.status).toBe(401);
  });

  it('replays every event after Last-Event-ID once, then continues live', async () => {
    const first = await openStaff();
    await staffReply('thr_acme_login', 'one');
    await first.until((events) => events.some((e) => e.event === 'message.created'));
    const lastId = first.ofType('message.created').at(-1)?.id ?? '';
    await first.close();
    await staffReply('thr_acme_login', 'two');
    await staffReply('thr_acme_install', 'three');
    const second = await openStaff(admin, { 'last-event-id': lastId });
    await staffReply('thr_acme_login', 'four');
    await second.until((events) => events.filter((e) => e.event === 'message.created').length >= 3);
    expect(dataOf(second, 'message.created').map((d) => d.message.message_text)).toEqual([
      'two',
      'three',
      'four',
    ]);
    await second.close();
  });

  it('ends when the access token expires; the reconnect gets 401', async () => {
    const stream = await openStaff();
    await stream.until((events) => events.some((e) => e.event === 'heartbeat'));
    clock.advance(3600_000 + 1000);
    await stream.done;
    expect(reference.store.events.subscriberCount(staffLogKey('ten_acme'))).toBe(0);
    const again = await call(reference, '/api/support/events', { token: admin });
    expect(again.status).toBe(401);
  });
});

describe('typing', () => {
  it('staff typing reaches the portal and customer streams as an ephemeral event without an id', async () => {
    const created = await call(reference, '/api/support/tokens', {
      json: { thread_id: 'thr_acme_login' },
      token: admin,
    });
    const portal = await open(`/api/support/portal/${created.body.token}/events`, '');
    const customer = await open('/api/customers/me/events', await login(reference, 'alice@acme.test'));
    const staff = await openStaff();
    await customer.until((events) => events.some((e) => e.event === 'connected'));

    const typed = await call(reference, '/api/support/threads/thr_acme_login/typing', {
      method: 'POST',
      token: admin,
    });
    expect(typed.status).toBe(204);
    expect(typed.body).toBeNull();
    await portal.until((events) => events.some((e) => e.event === 'typing'));
    await customer.until((events) => events.some((e) => e.event === 'typing'));

    const [portalTyping] = portal.ofType('typing');
    expect(portalTyping?.id).toBeUndefined();
    expect(JSON.parse(portalTyping?.data ?? '{}')).toMatchObject({
      thread_id: 'thr_acme_login',
      author_type: 'INTERNAL',
    });
    expect(
      PortalEvent.safeParse({ type: 'typing', id: '', data: JSON.parse(portalTyping?.data ?? '') }).success,
    ).toBe(true);
    const [customerTyping] = customer.ofType('typing');
    expect(customerTyping?.id).toBeUndefined();
    expect(
      CustomerEvent.safeParse({ type: 'typing', id: '', data: JSON.parse(customerTyping?.data ?? '') })
        .success,
    ).toBe(true);
    expect(JSON.parse(customerTyping?.data ?? '{}')).toMatchObject({
      ticketId: 'thr_acme_login',
      authorRole: 'agent',
    });
    await staff.until((events) => events.some((e) => e.event === 'heartbeat'));
    expect(staff.ofType('typing')).toEqual([]);
    await Promise.all([portal.close(), customer.close(), staff.close()]);
  });

  it('a visitor and a customer typing reach the staff stream, and typing is never replayed', async () => {
    const visitor = await visitorThread();
    const staff = await openStaff();
    const fromVisitor = await call(reference, `/api/support/portal/${visitor.token}/typing`, { json: {} });
    expect(fromVisitor.status).toBe(204);
    const alice = await login(reference, 'alice@acme.test');
    const fromCustomer = await call(reference, '/api/customers/me/tickets/thr_acme_login/typing', {
      method: 'POST',
      token: alice,
    });
    expect(fromCustomer.status).toBe(204);
    await staff.until((events) => events.filter((e) => e.event === 'typing').length >= 2);
    expect(dataOf(staff, 'typing').map((d) => [d.thread_id, d.author_type])).toEqual([
      [visitor.threadId, 'EXTERNAL'],
      ['thr_acme_login', 'CUSTOMER'],
    ]);
    expect(staff.ofType('typing').every((e) => e.id === undefined)).toBe(true);
    await staffReply('thr_acme_login', 'after the typing');
    await staff.until((events) => events.some((e) => e.event === 'message.created'));
    await staff.close();

    const replay = await openStaff(admin, { 'last-event-id': '0' });
    await replay.until((events) => events.some((e) => e.event === 'message.created'));
    await replay.until((events) => events.some((e) => e.event === 'heartbeat'));
    expect(replay.ofType('typing')).toEqual([]);
    await replay.close();
  });

  it('answers bad typing calls with clear 4xx', async () => {
    const visitor = await visitorThread();
    const alice = await login(reference, 'alice@acme.test');
    const globexOps = await login(reference, 'ops@globex.test');
    const assignmentToken = await call(reference, '/api/support/tokens', {
      json: { assignment_id: 'asg_4411' },
      token: admin,
    });
    const cases: [string, Parameters<typeof call>[2], number, string][] = [
      ['/api/support/threads/thr_acme_login/typing', { method: 'POST', token: globexOps }, 404, 'not_found'],
      ['/api/support/threads/thr_nope/typing', { method: 'POST', token: admin }, 404, 'not_found'],
      ['/api/support/threads/thr_acme_closed/typing', { method: 'POST', token: admin }, 409, 'conflict'],
      ['/api/support/threads/thr_acme_login/typing', { method: 'POST', token: alice }, 403, 'forbidden'],
      ['/api/support/threads/thr_acme_login/typing', { method: 'POST' }, 401, 'unauthorized'],
      [
        '/api/support/threads/thr_acme_login/typing',
        { json: { extra: 1 }, token: admin },
        422,
        'validation_error',
      ],
      [
        `/api/support/portal/${visitor.token}/typing`,
        { json: { thread_id: 'thr_acme_login' } },
        404,
        'not_found',
      ],
      [`/api/support/portal/${visitor.token}/typing`, { json: { typing: true } }, 422, 'validation_error'],
      [`/api/support/portal/${assignmentToken.body.token}/typing`, { json: {} }, 422, 'validation_error'],
      ['/api/support/portal/not-a-token/typing', { json: {} }, 401, 'unauthorized'],
      [
        '/api/customers/me/tickets/thr_acme_export/typing',
        { method: 'POST', token: alice },
        404,
        'not_found',
      ],
      ['/api/customers/me/tickets/thr_acme_login/typing', { method: 'POST', token: admin }, 403, 'forbidden'],
    ];
    for (const [path, options, status, code] of cases) {
      const result = await call(reference, path, options);
      expect(result.status, path).toBe(status);
      expect(isEnvelope(result, code), path).toBe(true);
    }
  });
});

describe('thread detail for staff', () => {
  it('says who asked: the customer, the anonymous visitor, or nobody; the portal never sees it', async () => {
    const visitor = await visitorThread();
    const detail = (id: string) => call(reference, `/api/support/threads/${id}`, { token: admin });
    expect((await detail('thr_acme_login')).body.requester).toEqual({
      kind: 'customer',
      name: expect.any(String),
      email: 'alice@acme.test',
    });
    expect((await detail(visitor.threadId)).body.requester).toEqual({
      kind: 'visitor',
      name: 'Vera',
      email: 'vera@example.test',
    });
    const staffOpened = await call(reference, '/api/support/threads', {
      json: { subject: 'Internal', initial_message: 'Note' },
      token: admin,
    });
    expect((await detail(staffOpened.body.id)).body.requester).toBeNull();
    const portal = await call(reference, `/api/support/portal/${visitor.token}`);
    expect(portal.body.threads[0]).not.toHaveProperty('requester');
  });
});

describe('store', () => {
  it('publishes thread changes on the tenant staff log and typing on no log', () => {
    const { store } = reference;
    const before = store.events.lastId(staffLogKey('ten_acme'));
    const actor = { requestId: 'req_test', tenantId: 'ten_acme', userId: 'usr_acme_ops' };
    store.threads.create(actor, {
      subject: 'From the store',
      message_text: 'First',
      priority: 'LOW',
      author_type: 'INTERNAL',
    });
    store.typing.agent('ten_acme', 'thr_acme_login');
    const types = store.events.since(staffLogKey('ten_acme'), before).map((e) => e.type);
    expect(types).toEqual(['thread.created', 'message.created']);
    expect(store.events.lastId(staffLogKey('ten_globex'))).toBe(0);
    expect(() => store.typing.agent('ten_globex', 'thr_acme_login')).toThrow(/not found/i);
  });
});
