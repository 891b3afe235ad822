import {
  CreatedToken,
  PortalContext,
  PublicThreadResponse,
  TokenList,
  type TokenMetadata,
} from '@helpdock/sdk/schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ManualClock, ReferenceServer } from '../src/index.js';
import { call, demoServer, isEnvelope, login } from './helpers.js';

let reference: ReferenceServer;
let clock: ManualClock;
let admin: string;

beforeEach(async () => {
  ({ reference, clock } = demoServer());
  admin = await login(reference, 'admin@acme.test');
});

const issue = async (json: unknown) => {
  const result = await call(reference, '/api/support/tokens', { json, token: admin });
  expect(result.status).toBe(201);
  return CreatedToken.parse(result.body);
};

const metadata = async (id: string) => {
  // A fresh login: tests move the clock past the access token's hour.
  const token = await login(reference, 'admin@acme.test');
  const list = TokenList.parse((await call(reference, '/api/support/tokens?limit=100', { token })).body);
  const found = list.data.find((t) => t.id === id);
  if (!found) throw new Error(`token ${id} not listed`);
  return found;
};

describe('portal tokens', () => {
  it('issues a token shown once and stores only its SHA-256', async () => {
    const created = await issue({ thread_id: 'thr_acme_login' });
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.portal_url).toContain(created.token);
    expect(Date.parse(created.expires_at) - Date.parse(created.created_at)).toBe(7 * 24 * 3600_000);
    const stored = JSON.stringify(reference.store.snapshot());
    expect(stored).not.toContain(created.token);
    const hash = Buffer.from(
      await crypto.subtle.digest('SHA-256', new TextEncoder().encode(created.token)),
    ).toString('hex');
    expect(stored).toContain(hash);
    const listed = await call(reference, '/api/support/tokens?thread_id=thr_acme_login', { token: admin });
    expect(JSON.stringify(listed.body)).not.toContain(created.token);
    expect(listed.body.data.map((t: TokenMetadata) => t.id)).toEqual([created.id]);
  });

  it('counts every accepted call exactly once, also under concurrency', async () => {
    const created = await issue({ thread_id: 'thr_acme_login', expires_in_days: 2 });
    await Promise.all(
      Array.from({ length: 20 }, () => call(reference, `/api/support/portal/${created.token}`)),
    );
    await call(reference, `/api/support/portal/${created.token}/messages`, { json: { message_text: 'hi' } });
    const meta = await metadata(created.id);
    expect(meta.use_count).toBe(21);
    expect(meta.last_used_at).not.toBeNull();
  });

  it('tells an expired link from an invalid or revoked one (401)', async () => {
    const created = await issue({ thread_id: 'thr_acme_login', expires_in_days: 1 });
    expect((await call(reference, `/api/support/portal/${created.token}`)).status).toBe(200);
    const invalid = await call(reference, '/api/support/portal/not-a-token');
    expect(invalid.status).toBe(401);
    expect(invalid.body.error.message).toMatch(/invalid/i);
    expect(invalid.body.error.details).toEqual([{ path: 'token', message: 'invalid' }]);
    clock.advance(24 * 3600_000 + 1);
    const expired = await call(reference, `/api/support/portal/${created.token}`);
    expect(expired.status).toBe(401);
    expect(isEnvelope(expired, 'unauthorized')).toBe(true);
    expect(expired.body.error.message).toMatch(/expired/i);
    expect(expired.body.error.details).toEqual([{ path: 'token', message: 'expired' }]);
    expect((await metadata(created.id)).use_count).toBe(1);

    admin = await login(reference, 'admin@acme.test');
    const other = await issue({ thread_id: 'thr_acme_login' });
    const revoked = await call(reference, `/api/support/tokens/${other.id}/revoke`, {
      method: 'POST',
      token: admin,
    });
    expect(revoked.body.revoked_at).not.toBeNull();
    const again = await call(reference, `/api/support/tokens/${other.id}/revoke`, {
      method: 'POST',
      token: admin,
    });
    expect(again.body.revoked_at).toBe(revoked.body.revoked_at);
    const refused = await call(reference, `/api/support/portal/${other.token}`);
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toMatch(/revoked/i);
    expect(refused.body.error.details).toEqual([{ path: 'token', message: 'revoked' }]);
  });

  it('validates token requests: a scope is needed, 1–30 days, the thread must be the tenant’s', async () => {
    for (const json of [
      {},
      { thread_id: 'thr_acme_login', expires_in_days: 0 },
      { assignment_id: 'a', expires_in_days: 31 },
    ]) {
      expect((await call(reference, '/api/support/tokens', { json, token: admin })).status).toBe(422);
    }
    expect(
      (await call(reference, '/api/support/tokens', { json: { thread_id: 'thr_globex_api' }, token: admin }))
        .status,
    ).toBe(404);
    const mismatch = await call(reference, '/api/support/tokens', {
      json: { thread_id: 'thr_acme_login', assignment_id: 'asg_4411' },
      token: admin,
    });
    expect(mismatch.status).toBe(422);
    const globexAdmin = await login(reference, 'admin@globex.test');
    const created = await issue({ assignment_id: 'asg_4411' });
    expect(
      (
        await call(reference, `/api/support/tokens/${created.id}/revoke`, {
          method: 'POST',
          token: globexAdmin,
        })
      ).status,
    ).toBe(404);
  });
});

describe('portal', () => {
  it('shows an assignment-scoped token its threads and lets it open more', async () => {
    const created = await issue({ assignment_id: 'asg_4411' });
    const context = PortalContext.parse((await call(reference, `/api/support/portal/${created.token}`)).body);
    expect(context.scope).toEqual({ assignment_id: 'asg_4411', thread_id: null });
    expect(context.threads.map((t) => t.id)).toEqual(['thr_acme_install']);
    const opened = await call(reference, `/api/support/portal/${created.token}/threads`, {
      json: { subject: 'Second visit', message_text: 'Can you come back Friday?' },
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ assignment_id: 'asg_4411', created_by: null });
    expect(opened.body.messages[0].author_type).toBe('EXTERNAL');
    const noThreadId = await call(reference, `/api/support/portal/${created.token}/messages`, {
      json: { message_text: 'x' },
    });
    expect(noThreadId.status).toBe(422);
    const posted = await call(reference, `/api/support/portal/${created.token}/messages`, {
      json: { thread_id: opened.body.id, message_text: 'Also Saturday' },
    });
    expect(posted.status).toBe(201);
  });

  it('keeps a thread-scoped token to its thread: 403 for new threads, 404 elsewhere', async () => {
    const created = await issue({ thread_id: 'thr_acme_login' });
    const forbidden = await call(reference, `/api/support/portal/${created.token}/threads`, {
      json: { subject: 'x', message_text: 'y' },
    });
    expect(forbidden.status).toBe(403);
    expect(isEnvelope(forbidden, 'forbidden')).toBe(true);
    for (const thread_id of ['thr_acme_install', 'thr_globex_api', 'thr_missing']) {
      const outside = await call(reference, `/api/support/portal/${created.token}/messages`, {
        json: { thread_id, message_text: 'x' },
      });
      expect(outside.status).toBe(404);
    }
    const posted = await call(reference, `/api/support/portal/${created.token}/messages`, {
      json: { message_text: 'Still broken' },
    });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({
      author_type: 'EXTERNAL',
      thread_id: 'thr_acme_login',
      author_user_id: null,
    });
  });

  it('reopens a resolved thread on a visitor message and refuses one on a closed thread', async () => {
    const created = await issue({ thread_id: 'thr_acme_invoice' });
    await call(reference, `/api/support/portal/${created.token}/messages`, {
      json: { message_text: 'Still wrong' },
    });
    expect(reference.store.threads.record('ten_acme', 'thr_acme_invoice').status).toBe('OPEN');
    const closed = await issue({ thread_id: 'thr_acme_closed' });
    const refused = await call(reference, `/api/support/portal/${closed.token}/messages`, {
      json: { message_text: 'x' },
    });
    expect(refused.status).toBe(409);
  });
});

describe('public endpoints', () => {
  it('serves the config with ETag and Cache-Control, 304 on If-None-Match, per site key', async () => {
    const first = await call(reference, '/api/support/public/config');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get('cache-control')).toContain('max-age');
    const notModified = await call(reference, '/api/support/public/config', {
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBeNull();
    const globex = await call(reference, '/api/support/public/config', {
      headers: { 'x-site-key': 'pk_globex_demo' },
    });
    expect(globex.body.whatsapp_number).toBe('4915555550199');
    expect(globex.headers.get('etag')).not.toBe(etag);
    const byQuery = await call(reference, '/api/support/public/config?site_key=pk_globex_demo');
    expect(byQuery.body.whatsapp_number).toBe('4915555550199');
    const unknown = await call(reference, '/api/support/public/config', {
      headers: { 'x-site-key': 'pk_nope' },
    });
    expect(unknown.status).toBe(404);
    expect(isEnvelope(unknown, 'not_found')).toBe(true);
  });

  it('opens a visitor thread with a portal token that continues the conversation', async () => {
    const created = await call(reference, '/api/support/public/threads', {
      json: {
        name: 'Vera Visitor',
        email: 'vera@example.com',
        subject: 'Price?',
        message_text: 'How much is it?',
      },
      headers: { 'x-site-key': 'pk_globex_demo' },
    });
    expect(created.status).toBe(201);
    const body = PublicThreadResponse.parse(created.body);
    expect(body.thread.tenant_id).toBe('ten_globex');
    expect(body.thread.messages[0]?.author_type).toBe('EXTERNAL');
    const context = await call(reference, `/api/support/portal/${body.token}`);
    expect(context.body.threads.map((t: { id: string }) => t.id)).toEqual([body.thread.id]);
    const staffReply = await call(reference, `/api/support/threads/${body.thread.id}/messages`, {
      json: { message_text: 'It is free' },
      token: await login(reference, 'ops@globex.test'),
    });
    expect(staffReply.status).toBe(201);
    expect(reference.store.outbox.list().some((m) => m.to === 'vera@example.com')).toBe(true);
    expect(JSON.stringify(reference.store.outbox.list())).not.toContain(body.token);
  });

  it('allows 5 visitor threads per client per 10 minutes (429 with Retry-After)', async () => {
    const json = { name: 'V', email: 'v@example.com', subject: 'S', message_text: 'M' };
    const headers = { 'x-helpdock-client': '10.0.0.1' };
    for (let i = 0; i < 5; i++) {
      expect((await call(reference, '/api/support/public/threads', { json, headers })).status).toBe(201);
    }
    const before = reference.store.state.threads.length;
    const limited = await call(reference, '/api/support/public/threads', { json, headers });
    expect(limited.status).toBe(429);
    expect(isEnvelope(limited, 'rate_limited')).toBe(true);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(reference.store.state.threads.length).toBe(before);
    expect(
      (
        await call(reference, '/api/support/public/threads', {
          json,
          headers: { 'x-helpdock-client': '10.0.0.2' },
        })
      ).status,
    ).toBe(201);
    clock.advance(10 * 60_000);
    expect((await call(reference, '/api/support/public/threads', { json, headers })).status).toBe(201);
  });
});
