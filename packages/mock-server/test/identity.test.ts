import { LoginResponse } from '@helpdock/sdk/schemas';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { call, demoServer, isEnvelope, login } from './helpers.js';

describe('login', () => {
  it('signs a demo user in with a typed response', async () => {
    const { reference } = demoServer();
    const result = await call(reference, '/api/auth/login', {
      json: { email: 'alice@acme.test', password: 'helpdock-demo' },
    });
    expect(result.status).toBe(200);
    const body = LoginResponse.parse(result.body);
    expect(body.user).toMatchObject({ email: 'alice@acme.test', role: 'customer', customer_id: 'cus_alice' });
    expect(body.has_partner_attributes).toBe(false);
    expect(JSON.stringify(result.body)).not.toContain('helpdock-demo');
  });

  it('answers an unknown email and a wrong password with the same 401', async () => {
    const { reference } = demoServer();
    const unknown = await call(reference, '/api/auth/login', {
      json: { email: 'nobody@acme.test', password: 'x' },
    });
    const wrong = await call(reference, '/api/auth/login', {
      json: { email: 'admin@acme.test', password: 'wrong' },
    });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
    expect(isEnvelope(wrong, 'unauthorized')).toBe(true);
  });

  it('locks an email for 15 minutes after 5 failures, even with the right password, then lets it in', async () => {
    const { reference, clock } = demoServer();
    for (let i = 0; i < 5; i++) {
      const result = await call(reference, '/api/auth/login', {
        json: { email: 'ops@acme.test', password: 'nope' },
      });
      expect(result.status).toBe(401);
    }
    const locked = await call(reference, '/api/auth/login', {
      json: { email: 'ops@acme.test', password: 'helpdock-demo' },
    });
    expect(locked.status).toBe(429);
    expect(isEnvelope(locked, 'rate_limited')).toBe(true);
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Another email is not affected.
    expect(
      (
        await call(reference, '/api/auth/login', {
          json: { email: 'admin@acme.test', password: 'helpdock-demo' },
        })
      ).status,
    ).toBe(200);
    clock.advance(retryAfter * 1000);
    expect(
      (
        await call(reference, '/api/auth/login', {
          json: { email: 'ops@acme.test', password: 'helpdock-demo' },
        })
      ).status,
    ).toBe(200);
  });
  it('counts parallel guesses too: of 12 at once, 5 get a 401 and 7 a 429', async () => {
    const { reference } = demoServer();
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        call(reference, '/api/auth/login', { json: { email: 'alice@acme.test', password: 'guess' } }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });

  it('does not count successful logins as failures', async () => {
    const { reference } = demoServer();
    for (let i = 0; i < 8; i++) await login(reference, 'bob@acme.test');
    expect(
      (await call(reference, '/api/auth/login', { json: { email: 'bob@acme.test', password: 'x' } })).status,
    ).toBe(401);
  });
});

describe('access tokens', () => {
  const threads = '/api/support/threads';

  it('accepts a fresh token and rejects it once expired (1 h)', async () => {
    const { reference, clock } = demoServer();
    const token = await login(reference, 'admin@acme.test');
    expect((await call(reference, threads, { token })).status).toBe(200);
    clock.advance(3601_000);
    const expired = await call(reference, threads, { token });
    expect(expired.status).toBe(401);
    expect(expired.body.error.message).toMatch(/expired/i);
  });

  it('rejects alg none, another algorithm, a bad signature, junk and a missing header with 401', async () => {
    const { reference } = demoServer();
    const valid = await login(reference, 'admin@acme.test');
    const [header, payload] = valid.split('.');
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    const hs512 = await new SignJWT(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()))
      .setProtectedHeader({ alg: 'HS512' })
      .sign(new Uint8Array(64));
    const badSignature = `${header}.${payload}.${'A'.repeat(43)}`;
    for (const token of [none, hs512, badSignature, 'junk', `${valid}x`]) {
      const result = await call(reference, threads, { token });
      expect(result.status, token).toBe(401);
      expect(isEnvelope(result, 'unauthorized')).toBe(true);
    }
    expect((await call(reference, threads)).status).toBe(401);
    expect((await call(reference, threads, { headers: { authorization: 'Basic abc' } })).status).toBe(401);
  });

  it('keeps customers and providers out of staff routes and ops out of config (403)', async () => {
    const { reference } = demoServer();
    const alice = await login(reference, 'alice@acme.test');
    const provider = await login(reference, 'provider@acme.test');
    const ops = await login(reference, 'ops@acme.test');
    expect((await call(reference, threads, { token: alice })).status).toBe(403);
    expect((await call(reference, threads, { token: provider })).status).toBe(403);
    expect((await call(reference, '/api/support/config', { token: ops })).status).toBe(403);
    expect((await call(reference, threads, { token: ops })).status).toBe(200);
  });

  it('keeps access tokens valid across a reset (demo users keep their ids)', async () => {
    const { reference } = demoServer();
    const token = await login(reference, 'admin@acme.test');
    reference.reset();
    expect((await call(reference, threads, { token })).status).toBe(200);
  });
});
