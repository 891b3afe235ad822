import { afterEach, describe, expect, it } from 'vitest';
import { createReferenceServer, type ListeningServer } from '../src/index.js';
import { fetchResult, isEnvelope } from './helpers.js';

let listening: ListeningServer | undefined;

afterEach(async () => {
  await listening?.close();
  listening = undefined;
});

const CONTROL_CALLS: [method: string, path: string, json?: unknown][] = [
  ['POST', '/__helpdock/reset'],
  ['POST', '/__helpdock/disconnect'],
  ['GET', '/__helpdock/outbox'],
  ['GET', '/__helpdock/audit'],
  ['GET', '/__helpdock/store'],
  ['GET', '/__helpdock/clock'],
  ['POST', '/__helpdock/clock', { advance_ms: 1000 }],
  ['GET', '/__helpdock/faults'],
  ['POST', '/__helpdock/faults', { rate: 1 }],
  ['GET', '/__helpdock/chatwoot'],
  ['GET', '/__helpdock/evolution'],
  ['POST', '/__helpdock/chatwoot/failure', { status: 503 }],
];

describe('the control API over HTTP (SPEC §10)', () => {
  it('refuses every call without the control token or with a wrong one, and sends no CORS headers', async () => {
    const reference = createReferenceServer();
    listening = await reference.listen({ port: 0, controlToken: 'the-right-control-token' });
    for (const [method, path, json] of CONTROL_CALLS) {
      for (const token of [undefined, 'the-wrong-control-token', 'the-right-control-token-']) {
        const result = await fetchResult(listening.url, path, {
          method,
          json,
          token,
          headers: { origin: 'http://evil.example' },
        });
        expect(result.status, `${method} ${path} with ${token}`).toBe(401);
        expect(isEnvelope(result, 'unauthorized')).toBe(true);
        expect(result.headers.get('access-control-allow-origin')).toBeNull();
      }
    }
    const preflight = await fetch(`${listening.url}/__helpdock/reset`, {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.status).toBe(401);
    // Nothing happened: no fault was set, the clock did not move.
    expect(reference.faults.current.rate).toBe(0);
    expect((await fetchResult(listening.url, '/api/support/public/config')).status).toBe(200);
  });

  it('guards every spelling of a control path the handlers would answer', async () => {
    const reference = createReferenceServer();
    listening = await reference.listen({ port: 0, controlToken: 'the-right-control-token' });
    for (const path of [
      '/__HELPDOCK/store',
      '/__Helpdock/clock',
      '//__helpdock/store',
      '/x/__helpdock/store',
      '/api/support/__helpdock/clock',
      '/%5F%5Fhelpdock/store',
      '/__helpdock/store/',
    ]) {
      const result = await fetchResult(listening.url, path);
      expect([401, 404], path).toContain(result.status);
      expect(JSON.stringify(result.body), path).not.toContain('password');
    }
  });

  it('answers with the token, without CORS headers, while the API keeps them', async () => {
    const reference = createReferenceServer();
    listening = await reference.listen({ port: 0, controlToken: 'the-right-control-token' });
    const clock = await fetchResult(listening.url, '/__helpdock/clock', {
      json: { advance_ms: 60_000 },
      token: 'the-right-control-token',
      headers: { origin: 'http://evil.example' },
    });
    expect(clock.status).toBe(200);
    expect(clock.headers.get('access-control-allow-origin')).toBeNull();
    const api = await fetchResult(listening.url, '/api/support/public/config', {
      headers: { origin: 'http://site.example' },
    });
    expect(api.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('picks a random token when none is given, and has no control API with controlToken null', async () => {
    const previous = process.env.HELPDOCK_CONTROL_TOKEN;
    delete process.env.HELPDOCK_CONTROL_TOKEN;
    try {
      const random = await createReferenceServer().listen({ port: 0 });
      const other = await createReferenceServer().listen({ port: 0 });
      expect(random.controlToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(other.controlToken).not.toBe(random.controlToken);
      expect(
        (await fetchResult(random.url, '/__helpdock/clock', { token: random.controlToken ?? '' })).status,
      ).toBe(200);
      await random.close();
      await other.close();
    } finally {
      if (previous !== undefined) process.env.HELPDOCK_CONTROL_TOKEN = previous;
    }
    listening = await createReferenceServer().listen({ port: 0, controlToken: null });
    expect(listening.controlToken).toBeNull();
    const off = await fetchResult(listening.url, '/__helpdock/reset', { method: 'POST', token: 'anything' });
    expect(off.status).toBe(404);
    expect(isEnvelope(off, 'not_found')).toBe(true);
  });

  it('never shows password hashes, salts or emailed passwords', async () => {
    const reference = createReferenceServer();
    listening = await reference.listen({ port: 0, controlToken: 'the-right-control-token' });
    const login = await fetchResult(listening.url, '/api/auth/login', {
      json: { email: 'provider@acme.test', password: 'helpdock-demo' },
    });
    const reset = await fetchResult(listening.url, '/api/v1/chatwoot/support-access/reset', {
      method: 'POST',
      token: login.body.access_token,
    });
    expect(reset.status).toBe(200);
    const email = reference.store.outbox.list().at(-1);
    const password = email?.text.match(/Password: (\S+)/)?.[1];
    expect(password).toBeDefined();
    const token = 'the-right-control-token';
    const store = await fetchResult(listening.url, '/__helpdock/store', { token });
    const outbox = await fetchResult(listening.url, '/__helpdock/outbox', { token });
    const hash = reference.store.state.users[0]?.password;
    for (const dump of [JSON.stringify(store.body), JSON.stringify(outbox.body)]) {
      expect(dump).not.toContain(password);
      expect(dump).not.toContain(hash?.hash);
      expect(dump).not.toContain(hash?.salt);
      expect(dump).not.toMatch(/pbkdf2/);
    }
    // In-process the test still reads the email it sent.
    expect(reference.store.outbox.list().at(-1)?.text).toContain(password);
  });
});
