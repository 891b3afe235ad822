import { Thread, ThreadDetail, ThreadList } from '@helpdock/sdk/schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReferenceServer } from '../src/index.js';
import { call, demoServer, isEnvelope, login } from './helpers.js';

let reference: ReferenceServer;
let admin: string;
let globexAdmin: string;

beforeEach(async () => {
  ({ reference } = demoServer());
  admin = await login(reference, 'admin@acme.test');
  globexAdmin = await login(reference, 'admin@globex.test');
});

const createThread = (json: unknown, token = admin, headers: Record<string, string> = {}) =>
  call(reference, '/api/support/threads', { json, token, headers });

describe('support threads', () => {
  it('lists only the tenant’s threads, newest activity first, with working cursors', async () => {
    const all = ThreadList.parse(
      (await call(reference, '/api/support/threads?limit=100', { token: admin })).body,
    );
    expect(all.data.length).toBeGreaterThanOrEqual(4);
    expect(all.data.every((t) => t.tenant_id === 'ten_acme')).toBe(true);
    const times = all.data.map((t) => t.last_message_at);
    expect([...times].sort().reverse()).toEqual(times);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = ThreadList.parse(
        (
          await call(reference, `/api/support/threads?limit=2${cursor ? `&cursor=${cursor}` : ''}`, {
            token: admin,
          })
        ).body,
      );
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((t) => t.id));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toEqual(all.data.map((t) => t.id));
  });

  it('filters by status, priority, assignment and text', async () => {
    const open = await call(reference, '/api/support/threads?status=OPEN', { token: admin });
    expect(open.body.data.every((t: Thread) => t.status === 'OPEN')).toBe(true);
    const byAssignment = await call(reference, '/api/support/threads?assignment_id=asg_4411', {
      token: admin,
    });
    expect(byAssignment.body.data.map((t: Thread) => t.id)).toEqual(['thr_acme_install']);
    const byText = await call(reference, '/api/support/threads?q=gate%20code', { token: admin });
    expect(byText.body.data.map((t: Thread) => t.id)).toEqual(['thr_acme_install']);
    const urgent = await call(reference, '/api/support/threads?priority=URGENT', { token: admin });
    expect(urgent.body.data.every((t: Thread) => t.priority === 'URGENT')).toBe(true);
  });

  it('creates a thread (201 detail) with audit, outbox and defaults', async () => {
    const created = await createThread({ subject: '  Printer on fire ', initial_message: 'Help' }, admin, {
      'x-request-id': 'create-1',
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-request-id')).toBe('create-1');
    const detail = ThreadDetail.parse(created.body);
    expect(detail).toMatchObject({
      subject: 'Printer on fire',
      priority: 'MEDIUM',
      status: 'OPEN',
      message_count: 1,
    });
    expect(detail.messages[0]).toMatchObject({ author_type: 'INTERNAL', message_text: 'Help' });
    expect(reference.store.audit.list().at(-1)).toMatchObject({
      request_id: 'create-1',
      user_id: 'usr_acme_admin',
      thread_id: detail.id,
      action: 'thread.create',
    });
    expect(reference.store.outbox.list().at(-1)).toMatchObject({
      to: 'support@acme.test',
      thread_id: detail.id,
    });
  });

  it('runs the status life: resolve, close (no replies), reopen, reply', async () => {
    const id = 'thr_acme_login';
    const resolved = await call(reference, `/api/support/threads/${id}/resolve`, {
      method: 'POST',
      token: admin,
    });
    expect(resolved.status).toBe(200);
    expect(Thread.parse(resolved.body)).toMatchObject({ status: 'RESOLVED' });
    expect(resolved.body.resolved_at).not.toBeNull();
    const closed = await call(reference, `/api/support/threads/${id}/close`, {
      method: 'POST',
      token: admin,
    });
    expect(closed.body).toMatchObject({ status: 'CLOSED' });
    expect(closed.body.closed_at).not.toBeNull();
    const refused = await call(reference, `/api/support/threads/${id}/messages`, {
      json: { message_text: 'hello?' },
      token: admin,
    });
    expect(refused.status).toBe(409);
    expect(isEnvelope(refused, 'conflict')).toBe(true);
    const reopened = await call(reference, `/api/support/threads/${id}`, {
      method: 'PATCH',
      json: { status: 'OPEN' },
      token: admin,
    });
    expect(reopened.body).toMatchObject({ status: 'OPEN', closed_at: null, resolved_at: null });
    const reply = await call(reference, `/api/support/threads/${id}/messages`, {
      json: { message_text: 'Back' },
      token: admin,
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      author_type: 'INTERNAL',
      thread_id: id,
      author_user_id: 'usr_acme_admin',
    });
    const detail = await call(reference, `/api/support/threads/${id}`, { token: admin });
    expect(detail.body.message_count).toBe(3);
    expect(detail.body.messages).toHaveLength(3);
    // A staff reply to alice's ticket is emailed to alice.
    expect(
      reference.store.outbox.list().some((m) => m.to === 'alice@acme.test' && m.kind === 'message.created'),
    ).toBe(true);
  });

  it('hides other tenants’ threads behind 404 for every thread route', async () => {
    const id = 'thr_acme_login';
    const attempts = [
      call(reference, `/api/support/threads/${id}`, { token: globexAdmin }),
      call(reference, `/api/support/threads/${id}`, {
        method: 'PATCH',
        json: { priority: 'LOW' },
        token: globexAdmin,
      }),
      call(reference, `/api/support/threads/${id}/messages`, {
        json: { message_text: 'x' },
        token: globexAdmin,
      }),
      call(reference, `/api/support/threads/${id}/resolve`, { method: 'POST', token: globexAdmin }),
      call(reference, `/api/support/threads/${id}/close`, { method: 'POST', token: globexAdmin }),
      call(reference, '/api/support/tokens', { json: { thread_id: id }, token: globexAdmin }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result.status).toBe(404);
      expect(isEnvelope(result, 'not_found')).toBe(true);
    }
    const untouched = await call(reference, `/api/support/threads/${id}`, { token: admin });
    expect(untouched.body).toMatchObject({ status: 'OPEN', priority: 'HIGH', message_count: 2 });
  });

  it('rejects bad input with 422 details, 415 and 404 for unknown ids', async () => {
    const missing = await createThread({ subject: '' });
    expect(missing.status).toBe(422);
    expect(missing.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'initial_message',
      'subject',
    ]);
    expect((await createThread({ subject: 'x', initial_message: 'y', priority: 'SOON' })).status).toBe(422);
    expect((await createThread({ subject: 'x'.repeat(201), initial_message: 'y' })).status).toBe(422);
    expect(
      (await createThread({ subject: 'x', initial_message: 'y', customer_id: 'cus_carol' })).status,
    ).toBe(404);
    const emptyPatch = await call(reference, '/api/support/threads/thr_acme_login', {
      method: 'PATCH',
      json: {},
      token: admin,
    });
    expect(emptyPatch.status).toBe(422);
    const wrongType = await call(reference, '/api/support/threads', {
      method: 'POST',
      body: 'subject=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      token: admin,
    });
    expect(wrongType.status).toBe(415);
    expect(isEnvelope(wrongType, 'unsupported_media_type')).toBe(true);
    const badLimit = await call(reference, '/api/support/threads?limit=500', { token: admin });
    expect(badLimit.status).toBe(422);
    expect(badLimit.body.error.details[0].path).toBe('query.limit');
    expect((await call(reference, '/api/support/threads?cursor=nonsense', { token: admin })).status).toBe(
      422,
    );
    expect((await call(reference, '/api/support/threads/thr_nope', { token: admin })).status).toBe(404);
    const bodyOnResolve = await call(reference, '/api/support/threads/thr_acme_login/resolve', {
      json: { status: 'CLOSED' },
      token: admin,
    });
    expect(bodyOnResolve.status).toBe(422);
  });

  it('refuses bodies over 1 MiB with 413', async () => {
    const big = await createThread({ subject: 'x', initial_message: 'y'.repeat(1024 * 1024) });
    expect(big.status).toBe(413);
    expect(isEnvelope(big, 'payload_too_large')).toBe(true);
  });
});

describe('support config', () => {
  it('reads and partially updates the typed config (admin), visible in the public config', async () => {
    const before = await call(reference, '/api/support/config', { token: admin });
    expect(before.body).toMatchObject({ WHATSAPP_NUMBER: '15555550100', TOKEN_DEFAULT_EXPIRY_DAYS: 7 });
    const updated = await call(reference, '/api/support/config', {
      method: 'PUT',
      json: { WHATSAPP_NUMBER: '5511999998888', SUPPORT_BUBBLE_ENABLED: false },
      token: admin,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ WHATSAPP_NUMBER: '5511999998888', SUPPORT_BUBBLE_ENABLED: false });
    expect(updated.body.OPS_SUPPORT_EMAIL).toBe('support@acme.test');
    const publicConfig = await call(reference, '/api/support/public/config');
    expect(publicConfig.body).toMatchObject({
      whatsapp_number: '5511999998888',
      support_bubble_enabled: false,
    });
    const globex = await call(reference, '/api/support/config', { token: globexAdmin });
    expect(globex.body.WHATSAPP_NUMBER).toBe('4915555550199');
  });

  it('rejects unknown keys, bad numbers and non-https URLs with 422', async () => {
    for (const json of [
      { EMAIL_API_KEY: 'secret' },
      { WHATSAPP_NUMBER: '+1 555' },
      { WHATSAPP_NUMBER: '1234567' },
      { SUPPORT_PORTAL_BASE_URL: 'http://example.com' },
      { SUPPORT_PORTAL_BASE_URL: 'javascript:alert(1)' },
      { TOKEN_DEFAULT_EXPIRY_DAYS: 31 },
      { SUPPORT_BUBBLE_ENABLED: 'yes' },
      {},
      [],
    ]) {
      const result = await call(reference, '/api/support/config', { method: 'PUT', json, token: admin });
      expect(result.status, JSON.stringify(json)).toBe(422);
    }
    const state = JSON.stringify(reference.store.snapshot().config);
    expect(state).not.toContain('secret');
    const ok = await call(reference, '/api/support/config', {
      method: 'PUT',
      json: { SUPPORT_PORTAL_BASE_URL: 'http://localhost:5173' },
      token: admin,
    });
    expect(ok.status).toBe(200);
  });
});
