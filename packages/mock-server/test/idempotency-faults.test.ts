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

const reply = (key: string, text = 'Hello', token = admin) =>
  call(reference, '/api/support/threads/thr_acme_login/messages', {
    json: { message_text: text },
    token,
    headers: { 'idempotency-key': key },
  });

const messageCount = () => reference.store.threads.record('ten_acme', 'thr_acme_login').message_count;

describe('Idempotency-Key', () => {
  it('replays the first response without a second effect', async () => {
    const first = await reply('key-1');
    const second = await reply('key-1');
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(messageCount()).toBe(3);
  });

  it('answers the same key with a different body with 409', async () => {
    await reply('key-2', 'one');
    const conflict = await reply('key-2', 'two');
    expect(conflict.status).toBe(409);
    expect(isEnvelope(conflict, 'conflict')).toBe(true);
    expect(messageCount()).toBe(3);
  });

  it('applies concurrent requests with one key once', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => reply('key-3')));
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(messageCount()).toBe(3);
  });

  it('scopes keys by principal and route, and forgets them after 24 h', async () => {
    const ops = await login(reference, 'ops@acme.test');
    await reply('key-4');
    await reply('key-4', 'Hello', ops);
    expect(messageCount()).toBe(4);
    const otherRoute = await call(reference, '/api/support/threads', {
      json: { subject: 's', initial_message: 'm' },
      token: admin,
      headers: { 'idempotency-key': 'key-4' },
    });
    expect(otherRoute.status).toBe(201);
    clock.advance(24 * 3600_000 + 1);
    admin = await login(reference, 'admin@acme.test');
    await reply('key-4');
    expect(messageCount()).toBe(5);
  });

  it('rejects an over-long key with 422 and does not cache input errors', async () => {
    const long = await reply('k'.repeat(256));
    expect(long.status).toBe(422);
    const invalid = await call(reference, '/api/support/threads/thr_acme_login/messages', {
      json: { message_text: '' },
      token: admin,
      headers: { 'idempotency-key': 'key-5' },
    });
    expect(invalid.status).toBe(422);
    expect((await reply('key-5', '')).status).toBe(422);
  });

  it('replays a portal message without counting another token use', async () => {
    const created = await call(reference, '/api/support/tokens', {
      json: { thread_id: 'thr_acme_login' },
      token: admin,
    });
    const path = `/api/support/portal/${created.body.token}/messages`;
    const send = () =>
      call(reference, path, { json: { message_text: 'once' }, headers: { 'idempotency-key': 'p-1' } });
    await send();
    await send();
    const token = reference.store.state.tokens.find((t) => t.id === created.body.id);
    expect(token?.use_count).toBe(1);
    expect(messageCount()).toBe(3);
  });
});

describe('Idempotency-Key on uploads', () => {
  it('replays a retried upload (new multipart boundary, same file) and refuses the key for another file', async () => {
    const alice = await login(reference, 'alice@acme.test');
    const upload = (text: string) => {
      const form = new FormData();
      form.set('file', new Blob([text], { type: 'text/plain' }), 'notes.txt');
      return call(reference, '/api/customers/me/attachments', {
        method: 'POST',
        body: form,
        token: alice,
        headers: { 'idempotency-key': 'upload-1' },
      });
    };
    const first = await upload('the printer is on fire');
    expect(first.status).toBe(201);
    const retry = await upload('the printer is on fire');
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const other = await upload('a different file');
    expect(other.status).toBe(409);
    expect(isEnvelope(other, 'conflict')).toBe(true);
  });
});

describe('injected faults', () => {
  it('fails a share of calls before any effect, then recovers', async () => {
    const failing = demoServer({ faults: { rate: 1, latency_ms: 0 } }).reference;
    const auditBefore = failing.store.audit.list().length;
    const result = await call(failing, '/api/support/public/threads', {
      json: { name: 'V', email: 'v@example.com', subject: 'S', message_text: 'M' },
    });
    expect(result.status).toBe(503);
    expect(isEnvelope(result, 'upstream_error')).toBe(true);
    expect(failing.store.audit.list().length).toBe(auditBefore);
    expect(failing.store.state.threads.length).toBe(8);
    failing.faults.set({ rate: 0, latency_ms: 0 });
    const ok = await call(failing, '/api/support/public/config');
    expect(ok.status).toBe(200);
  });

  it('lets a client retry a faulted POST with the same Idempotency-Key exactly once', async () => {
    reference.faults.set({ rate: 1, latency_ms: 0, status: 500 });
    const failed = await reply('retry-1');
    expect(failed.status).toBe(500);
    expect(messageCount()).toBe(2);
    reference.faults.set({ rate: 0, latency_ms: 0 });
    expect((await reply('retry-1')).status).toBe(201);
    expect((await reply('retry-1')).status).toBe(201);
    expect(messageCount()).toBe(3);
  });

  it('is controlled through POST /__helpdock/faults and cleared by reset', async () => {
    const set = await call(reference, '/__helpdock/faults', {
      json: { rate: 1, latency_ms: 5, status: 502 },
    });
    expect(set.body).toMatchObject({ rate: 1, latency_ms: 5, status: 502 });
    expect((await call(reference, '/api/support/public/config')).status).toBe(502);
    expect((await call(reference, '/__helpdock/faults', { json: { rate: 2 } })).status).toBe(422);
    await call(reference, '/__helpdock/reset', { method: 'POST' });
    expect((await call(reference, '/api/support/public/config')).status).toBe(200);
  });
});
