import {
  Call,
  CustomerProfile,
  Feedback,
  Notification,
  NotificationList,
  TicketDetail,
  TicketList,
  TicketMessage,
} from '@helpdock/sdk/schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ManualClock, ReferenceServer } from '../src/index.js';
import { call, demoServer, isEnvelope, login } from './helpers.js';

let reference: ReferenceServer;
let clock: ManualClock;
let alice: string;
let bob: string;
let carol: string;
let ops: string;

beforeEach(async () => {
  ({ reference, clock } = demoServer());
  alice = await login(reference, 'alice@acme.test');
  bob = await login(reference, 'bob@acme.test');
  carol = await login(reference, 'carol@globex.test');
  ops = await login(reference, 'ops@acme.test');
});

const openTicket = async (token: string, json: Record<string, unknown> = {}) => {
  const result = await call(reference, '/api/customers/me/tickets', {
    token,
    json: { title: 'Printer offline', description: 'The receipt printer shows offline.', ...json },
  });
  expect(result.status).toBe(201);
  return TicketDetail.parse(result.body);
};

describe('customer profile and tickets', () => {
  it('shows the customer with ticket counts that follow the tickets', async () => {
    const before = CustomerProfile.parse((await call(reference, '/api/customers/me', { token: alice })).body);
    expect(before).toMatchObject({ id: 'cus_alice', email: 'alice@acme.test' });
    expect(before.stats).toEqual({ totalTickets: 2, openTickets: 1, resolvedTickets: 1 });
    await openTicket(alice);
    const after = CustomerProfile.parse((await call(reference, '/api/customers/me', { token: alice })).body);
    expect(after.stats).toEqual({ totalTickets: 3, openTickets: 2, resolvedTickets: 1 });
  });

  it('creates a ticket as a thread staff can see, with defaults', async () => {
    const ticket = await openTicket(alice, { category: 'hardware' });
    expect(ticket).toMatchObject({
      status: 'open',
      priority: 'medium',
      type: 'issue',
      category: 'hardware',
      customerId: 'cus_alice',
      tenantId: 'ten_acme',
      messageCount: 1,
      feedback: null,
      attachments: [],
    });
    expect(ticket.messages).toHaveLength(1);
    expect(ticket.messages[0]).toMatchObject({
      authorRole: 'customer',
      body: 'The receipt printer shows offline.',
    });
    const staffView = await call(reference, `/api/support/threads/${ticket.id}`, { token: ops });
    expect(staffView.status).toBe(200);
    expect(staffView.body).toMatchObject({ customer_id: 'cus_alice', subject: 'Printer offline' });
    const emails = reference.store.outbox.list().filter((e) => e.thread_id === ticket.id);
    expect(emails.map((e) => e.to)).toContain('support@acme.test');
  });

  it('lists only the caller’s tickets, filtered and paged with a cursor', async () => {
    for (let i = 0; i < 3; i++) await openTicket(alice, { title: `Ticket ${i}`, priority: 'high' });
    const all = TicketList.parse((await call(reference, '/api/customers/me/tickets', { token: alice })).body);
    expect(all.data.every((t) => t.customerId === 'cus_alice')).toBe(true);
    expect(all.data).toHaveLength(5);
    const high = TicketList.parse(
      (await call(reference, '/api/customers/me/tickets?priority=high&status=open', { token: alice })).body,
    );
    expect(high.data.map((t) => t.priority)).toEqual(['high', 'high', 'high', 'high']);
    const first = TicketList.parse(
      (await call(reference, '/api/customers/me/tickets?limit=2', { token: alice })).body,
    );
    expect(first.next_cursor).not.toBeNull();
    const second = TicketList.parse(
      (
        await call(reference, `/api/customers/me/tickets?limit=2&cursor=${first.next_cursor}`, {
          token: alice,
        })
      ).body,
    );
    const third = TicketList.parse(
      (
        await call(reference, `/api/customers/me/tickets?limit=2&cursor=${second.next_cursor}`, {
          token: alice,
        })
      ).body,
    );
    const ids = [...first.data, ...second.data, ...third.data].map((t) => t.id);
    expect(new Set(ids).size).toBe(5);
    expect(third.next_cursor).toBeNull();
    const bobs = TicketList.parse((await call(reference, '/api/customers/me/tickets', { token: bob })).body);
    expect(bobs.data.map((t) => t.id).sort()).toEqual(['thr_acme_closed', 'thr_acme_export']);
  });

  it('hides another customer’s and another tenant’s tickets behind 404 on every ticket route', async () => {
    for (const [token, id] of [
      [bob, 'thr_acme_login'],
      [carol, 'thr_acme_login'],
      [alice, 'thr_globex_api'],
      [alice, 'thr_acme_install'],
    ] as const) {
      const read = await call(reference, `/api/customers/me/tickets/${id}`, { token });
      expect(read.status).toBe(404);
      expect(isEnvelope(read, 'not_found')).toBe(true);
      const write = await call(reference, `/api/customers/me/tickets/${id}/messages`, {
        token,
        json: { body: 'hi' },
      });
      expect(write.status).toBe(404);
      const feedback = await call(reference, '/api/customers/me/feedback', {
        token,
        json: { ticketId: id, rating: 5 },
      });
      expect(feedback.status).toBe(404);
      const callRequest = await call(reference, '/api/customers/me/calls', { token, json: { ticketId: id } });
      expect(callRequest.status).toBe(404);
    }
  });

  it('replies on a ticket; a closed one takes none (409); a resolved one reopens with a status_change', async () => {
    const reply = await call(reference, '/api/customers/me/tickets/thr_acme_login/messages', {
      token: alice,
      json: { body: '  Version 4.1 on Android  ' },
    });
    expect(reply.status).toBe(201);
    expect(TicketMessage.parse(reply.body)).toMatchObject({
      body: 'Version 4.1 on Android',
      authorRole: 'customer',
    });
    const closed = await call(reference, '/api/customers/me/tickets/thr_acme_closed/messages', {
      token: bob,
      json: { body: 'One more thing' },
    });
    expect(closed.status).toBe(409);
    expect(isEnvelope(closed, 'conflict')).toBe(true);

    const reopened = await call(reference, '/api/customers/me/tickets/thr_acme_invoice/messages', {
      token: alice,
      json: { body: 'The new invoice still has the old number' },
    });
    expect(reopened.status).toBe(201);
    const detail = TicketDetail.parse(
      (await call(reference, '/api/customers/me/tickets/thr_acme_invoice', { token: alice })).body,
    );
    expect(detail.status).toBe('open');
    const events = reference.store.events.since('customer:ten_acme:cus_alice', 0);
    expect(events.map((e) => e.type)).toEqual(['new_message', 'new_message', 'status_change']);
    expect(events[2]?.data).toEqual({
      ticketId: 'thr_acme_invoice',
      status: 'open',
      previousStatus: 'resolved',
    });
  });

  it('rejects bad ticket input with clear 4xx envelopes', async () => {
    const cases: [string, Parameters<typeof call>[2], number, string][] = [
      ['/api/customers/me/tickets', { json: {} }, 422, 'validation_error'],
      ['/api/customers/me/tickets', { json: { title: 5, description: true } }, 422, 'validation_error'],
      [
        '/api/customers/me/tickets',
        { json: { title: 'x'.repeat(201), description: 'd' } },
        422,
        'validation_error',
      ],
      ['/api/customers/me/tickets', { json: { title: '   ', description: 'd' } }, 422, 'validation_error'],
      [
        '/api/customers/me/tickets',
        { json: { title: 't', description: 'd', priority: 'HIGH' } },
        422,
        'validation_error',
      ],
      [
        '/api/customers/me/tickets',
        { json: { title: 't', description: 'd', attachmentIds: 'fil_1' } },
        422,
        'validation_error',
      ],
      [
        '/api/customers/me/tickets',
        { json: { title: 't', description: 'd', attachmentIds: ['fil_nope'] } },
        422,
        'validation_error',
      ],
      [
        '/api/customers/me/tickets',
        { method: 'POST', body: '{"title":', headers: { 'content-type': 'application/json' } },
        422,
        'validation_error',
      ],
      [
        '/api/customers/me/tickets',
        { method: 'POST', body: 'title=x', headers: { 'content-type': 'text/plain' } },
        415,
        'unsupported_media_type',
      ],
      [
        '/api/customers/me/tickets',
        { json: { title: 't', description: 'd'.repeat(1024 * 1024) } },
        413,
        'payload_too_large',
      ],
      ['/api/customers/me/tickets/thr_acme_login/messages', { json: { body: '' } }, 422, 'validation_error'],
      [
        '/api/customers/me/tickets/thr_acme_login/messages',
        { json: { body: 'x'.repeat(10_001) } },
        422,
        'validation_error',
      ],
      ['/api/customers/me/tickets/thr_nope/messages', { json: { body: 'hi' } }, 404, 'not_found'],
      ['/api/customers/me/tickets/thr_nope', {}, 404, 'not_found'],
      ['/api/customers/me/tickets?status=OPEN', {}, 422, 'validation_error'],
      ['/api/customers/me/tickets?limit=0', {}, 422, 'validation_error'],
      ['/api/customers/me/tickets?cursor=junk', {}, 422, 'validation_error'],
    ];
    for (const [path, options, status, code] of cases) {
      const result = await call(reference, path, { token: alice, ...options });
      expect([path, result.status]).toEqual([path, status]);
      expect(isEnvelope(result, code)).toBe(true);
    }
  });

  it('is for customers only: staff are refused (403) and no token is 401', async () => {
    expect((await call(reference, '/api/customers/me', { token: ops })).status).toBe(403);
    expect((await call(reference, '/api/customers/me/tickets')).status).toBe(401);
  });
});

describe('calls', () => {
  it('requests a call now or schedules one, emails staff and streams call_requested', async () => {
    const now = await call(reference, '/api/customers/me/calls', {
      token: alice,
      json: { note: 'After 5pm please' },
    });
    expect(now.status).toBe(201);
    expect(Call.parse(now.body)).toMatchObject({
      status: 'requested',
      scheduledAt: null,
      ticketId: null,
      note: 'After 5pm please',
    });
    const at = new Date(clock.now() + 2 * 24 * 3600_000).toISOString();
    const later = await call(reference, '/api/customers/me/calls', {
      token: alice,
      json: { ticketId: 'thr_acme_login', scheduledAt: at },
    });
    expect(later.status).toBe(201);
    expect(Call.parse(later.body)).toMatchObject({
      status: 'scheduled',
      scheduledAt: at,
      ticketId: 'thr_acme_login',
      note: null,
    });
    const emails = reference.store.outbox.list().filter((e) => e.kind === 'call.requested');
    expect(emails).toHaveLength(2);
    expect(emails[0]?.text).toContain('After 5pm please');
    const events = reference.store.events
      .since('customer:ten_acme:cus_alice', 0)
      .filter((e) => e.type === 'call_requested');
    expect(events).toHaveLength(2);
    expect(reference.store.events.since('customer:ten_acme:cus_bob', 0)).toHaveLength(0);
  });

  it('accepts a time only in the next 30 days and rejects bad input', async () => {
    const day = 24 * 3600_000;
    const cases: [unknown, number][] = [
      [{ scheduledAt: new Date(clock.now() - 60_000).toISOString() }, 422],
      [{ scheduledAt: new Date(clock.now() + 31 * day).toISOString() }, 422],
      [{ scheduledAt: 'tomorrow' }, 422],
      [{ scheduledAt: 12 }, 422],
      [{ note: 'x'.repeat(1001) }, 422],
      [{ ticketId: 'thr_nope' }, 404],
      [{ ticketId: 'thr_globex_api' }, 404],
      [[], 422],
    ];
    for (const [json, status] of cases) {
      expect((await call(reference, '/api/customers/me/calls', { token: alice, json })).status).toBe(status);
    }
    const edge = await call(reference, '/api/customers/me/calls', {
      token: alice,
      json: { scheduledAt: new Date(clock.now() + 30 * day).toISOString() },
    });
    expect(edge.status).toBe(201);
  });
});

describe('notifications', () => {
  it('notifies the customer of staff replies and status changes, not of their own messages', async () => {
    const ticket = await openTicket(alice);
    await call(reference, `/api/customers/me/tickets/${ticket.id}/messages`, {
      token: alice,
      json: { body: 'More detail' },
    });
    await call(reference, `/api/support/threads/${ticket.id}/messages`, {
      token: ops,
      json: { message_text: 'Try turning it off and on' },
    });
    clock.advance(1000);
    await call(reference, `/api/support/threads/${ticket.id}/resolve`, { token: ops, method: 'POST' });
    const list = NotificationList.parse(
      (await call(reference, '/api/customers/me/notifications?unread=true', { token: alice })).body,
    );
    const mine = list.data.filter((n) => n.ticketId === ticket.id);
    expect(mine.map((n) => n.type)).toEqual(['ticket_status', 'ticket_reply']);
    expect(mine[1]?.body).toBe('Try turning it off and on');
    expect(mine[0]?.title).toContain('resolved');
    const bobs = NotificationList.parse(
      (await call(reference, '/api/customers/me/notifications', { token: bob })).body,
    );
    expect(bobs.data).toHaveLength(0);

    // Alice's reply reopens the resolved ticket: her own doing, so no notification for it.
    clock.advance(1000);
    await call(reference, `/api/customers/me/tickets/${ticket.id}/messages`, {
      token: alice,
      json: { body: 'Still broken' },
    });
    clock.advance(1000);
    await call(reference, `/api/support/threads/${ticket.id}`, {
      token: ops,
      method: 'PATCH',
      json: { status: 'PENDING' },
    });
    const later = NotificationList.parse(
      (await call(reference, '/api/customers/me/notifications', { token: alice })).body,
    );
    expect(later.data.filter((n) => n.ticketId === ticket.id).map((n) => n.title)).toEqual([
      'Ticket "Printer offline" is now pending',
      'Ticket "Printer offline" is now resolved',
      'New reply on "Printer offline"',
    ]);
  });

  it('marks one read (idempotently), filters unread, pages, and 404s for others’ notifications', async () => {
    const unread = NotificationList.parse(
      (await call(reference, '/api/customers/me/notifications?unread=true', { token: alice })).body,
    );
    expect(unread.data.map((n) => n.id)).toEqual(['ntf_alice_login_reply']);
    const read = await call(reference, '/api/customers/me/notifications/ntf_alice_login_reply/read', {
      token: alice,
      method: 'POST',
    });
    expect(read.status).toBe(200);
    const first = Notification.parse(read.body);
    expect(first.readAt).not.toBeNull();
    clock.advance(60_000);
    const again = Notification.parse(
      (
        await call(reference, '/api/customers/me/notifications/ntf_alice_login_reply/read', {
          token: alice,
          method: 'POST',
        })
      ).body,
    );
    expect(again.readAt).toBe(first.readAt);
    expect(
      NotificationList.parse(
        (await call(reference, '/api/customers/me/notifications?unread=true', { token: alice })).body,
      ).data,
    ).toHaveLength(0);
    expect(
      NotificationList.parse(
        (await call(reference, '/api/customers/me/notifications?unread=false', { token: alice })).body,
      ).data,
    ).toHaveLength(1);

    for (const [token, id] of [
      [bob, 'ntf_alice_login_reply'],
      [alice, 'ntf_carol_refund_resolved'],
      [alice, 'ntf_nope'],
    ] as const) {
      const result = await call(reference, `/api/customers/me/notifications/${id}/read`, {
        token,
        method: 'POST',
      });
      expect(result.status).toBe(404);
      expect(isEnvelope(result, 'not_found')).toBe(true);
    }
    expect(
      (await call(reference, '/api/customers/me/notifications?unread=yes', { token: alice })).status,
    ).toBe(422);
    expect(
      (await call(reference, '/api/customers/me/notifications?limit=101', { token: alice })).status,
    ).toBe(422);
    const body = await call(reference, '/api/customers/me/notifications/ntf_alice_login_reply/read', {
      token: alice,
      json: { read: true },
    });
    expect(body.status).toBe(422);
  });

  it('pages notifications with a cursor', async () => {
    const ticket = await openTicket(alice);
    for (let i = 0; i < 5; i++) {
      clock.advance(1000);
      await call(reference, `/api/support/threads/${ticket.id}/messages`, {
        token: ops,
        json: { message_text: `Reply ${i}` },
      });
    }
    const first = NotificationList.parse(
      (await call(reference, '/api/customers/me/notifications?limit=4', { token: alice })).body,
    );
    const second = NotificationList.parse(
      (
        await call(reference, `/api/customers/me/notifications?limit=4&cursor=${first.next_cursor}`, {
          token: alice,
        })
      ).body,
    );
    expect(first.data[0]?.body).toBe('Reply 4');
    expect([...first.data, ...second.data]).toHaveLength(6);
    expect(second.next_cursor).toBeNull();
  });
});

describe('feedback', () => {
  it('takes one rating per resolved or closed ticket and emails staff', async () => {
    const open = await call(reference, '/api/customers/me/feedback', {
      token: alice,
      json: { ticketId: 'thr_acme_login', rating: 4 },
    });
    expect(open.status).toBe(409);
    expect(isEnvelope(open, 'conflict')).toBe(true);
    const given = await call(reference, '/api/customers/me/feedback', {
      token: alice,
      json: { ticketId: 'thr_acme_invoice', rating: 5, comment: 'Quick fix, thanks!' },
    });
    expect(given.status).toBe(201);
    expect(Feedback.parse(given.body)).toMatchObject({
      ticketId: 'thr_acme_invoice',
      rating: 5,
      comment: 'Quick fix, thanks!',
    });
    const twice = await call(reference, '/api/customers/me/feedback', {
      token: alice,
      json: { ticketId: 'thr_acme_invoice', rating: 1 },
    });
    expect(twice.status).toBe(409);
    const closed = await call(reference, '/api/customers/me/feedback', {
      token: bob,
      json: { ticketId: 'thr_acme_closed', rating: 3 },
    });
    expect(closed.status).toBe(201);
    expect(Feedback.parse(closed.body).comment).toBeNull();
    const detail = TicketDetail.parse(
      (await call(reference, '/api/customers/me/tickets/thr_acme_invoice', { token: alice })).body,
    );
    expect(detail.feedback?.rating).toBe(5);
    const emails = reference.store.outbox.list().filter((e) => e.kind === 'ticket.feedback');
    expect(emails.map((e) => e.to)).toEqual(['support@acme.test', 'support@acme.test']);
    expect(emails[0]?.text).toContain('Quick fix, thanks!');
  });

  it('rejects bad ratings, long comments and missing fields', async () => {
    for (const json of [
      { ticketId: 'thr_acme_invoice', rating: 0 },
      { ticketId: 'thr_acme_invoice', rating: 6 },
      { ticketId: 'thr_acme_invoice', rating: 4.5 },
      { ticketId: 'thr_acme_invoice', rating: '5' },
      { ticketId: 'thr_acme_invoice', rating: 5, comment: 'x'.repeat(2001) },
      { rating: 5 },
      { ticketId: '', rating: 5 },
    ]) {
      const result = await call(reference, '/api/customers/me/feedback', { token: alice, json });
      expect(result.status).toBe(422);
      expect(isEnvelope(result, 'validation_error')).toBe(true);
    }
  });
});
