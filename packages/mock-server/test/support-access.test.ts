import { SupportAccessResetResponse } from '@helpdock/sdk/schemas';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/core/ids.js';
import {
  createReferenceServer,
  type ListeningServer,
  type ManualClock,
  type ReferenceServer,
} from '../src/index.js';
import { PASSWORD_EMAIL_KIND } from '../src/store/support-access.js';
import { call, demoServer, isEnvelope, login } from './helpers.js';

const RESET = '/api/v1/chatwoot/support-access/reset';

let reference: ReferenceServer;
let clock: ManualClock;
let errors: string[];

beforeEach(() => {
  ({ reference, clock, errors } = demoServer());
});

const reset = (token: string) => call(reference, RESET, { token, method: 'POST' });

/** The password of the last reset email to `to`. */
const emailedPassword = (to: string): string => {
  const email = reference.store.outbox
    .list()
    .filter((e) => e.to === to && e.kind === PASSWORD_EMAIL_KIND)
    .at(-1);
  const match = email?.text.match(/Password: (\S+)/);
  if (!match?.[1]) throw new Error(`no password email to ${to}`);
  return match[1];
};

/** Everything a password must never appear in. */
async function expectNowhereBut(password: string, response: unknown): Promise<void> {
  expect(JSON.stringify(response)).not.toContain(password);
  expect(JSON.stringify((await call(reference, '/__helpdock/store')).body)).not.toContain(password);
  expect(JSON.stringify((await call(reference, '/__helpdock/chatwoot')).body)).not.toContain(password);
  expect(JSON.stringify((await call(reference, '/__helpdock/audit')).body)).not.toContain(password);
  expect(JSON.stringify((await call(reference, '/__helpdock/outbox')).body)).not.toContain(password);
  expect(errors.join('\n')).not.toContain(password);
}

describe('support-access reset (emulated Chatwoot, in-process)', () => {
  it('PATCHes the stored Chatwoot user and emails the password, which appears nowhere else', async () => {
    const token = await login(reference, 'provider@acme.test');
    const result = await reset(token);
    expect(result.status).toBe(200);
    expect(SupportAccessResetResponse.parse(result.body)).toEqual({
      success: true,
      data: 'New password sent to your email address.',
    });
    const password = emailedPassword('provider@acme.test');
    // Chatwoot's rule, met by the SDK's generator: 16 characters, upper, lower, digit and special.
    expect(password).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)(?=.*[^A-Za-z0-9]).{16}$/);
    const user = reference.store.chatwoot.state.users.find((u) => u.id === 1001);
    expect(user?.password_sha256).toBe(await sha256Hex(password));
    expect(reference.store.chatwoot.state.users).toHaveLength(1);
    expect(reference.store.directory.userByEmail('provider@acme.test')?.chatwoot_user_id).toBe(1001);
    expect(reference.store.audit.list().at(-1)?.action).toBe('support_access.reset');
    await expectNowhereBut(password, result.body);
    const outbox = await call(reference, '/__helpdock/outbox');
    expect(outbox.body.data.at(-1)).toMatchObject({
      to: 'provider@acme.test',
      text: expect.stringMatching(/redacted/),
    });
  });

  it('creates the user, adds it to the account as an agent and stores its id when there is none', async () => {
    const token = await login(reference, 'provider@globex.test');
    expect((await reset(token)).status).toBe(200);
    const stored = reference.store.directory.userByEmail('provider@globex.test')?.chatwoot_user_id;
    expect(stored).toBe(1002);
    const chatwoot = reference.store.chatwoot.state;
    expect(chatwoot.users.find((u) => u.id === 1002)).toMatchObject({
      email: 'provider@globex.test',
      name: 'Pete Provider',
    });
    expect(chatwoot.account_users).toContainEqual(
      expect.objectContaining({ account_id: 1, user_id: 1002, role: 'agent' }),
    );
    expect(chatwoot.users.find((u) => u.id === 1002)?.password_sha256).toBe(
      await sha256Hex(emailedPassword('provider@globex.test')),
    );
    expect((await reset(token)).status).toBe(200);
    expect(reference.store.chatwoot.state.users).toHaveLength(2);
  });

  it('re-creates the user when Chatwoot no longer knows the stored id', async () => {
    reference.store.chatwoot.platform.deleteUser(1001);
    const token = await login(reference, 'provider@acme.test');
    expect((await reset(token)).status).toBe(200);
    const id = reference.store.directory.userByEmail('provider@acme.test')?.chatwoot_user_id;
    expect(id).toBe(1002);
    expect(reference.store.chatwoot.state.account_users.map((au) => au.user_id)).toContain(1002);
  });

  it('answers 502 when Chatwoot fails: no email, nothing stored, not counted against the limit', async () => {
    const token = await login(reference, 'provider@globex.test');
    const failure = await call(reference, '/__helpdock/chatwoot/failure', {
      json: { status: 500, scope: 'platform' },
    });
    expect(failure.status).toBe(200);
    for (let i = 0; i < 4; i++) {
      const result = await reset(token);
      expect(result.status).toBe(502);
      expect(isEnvelope(result, 'upstream_error')).toBe(true);
    }
    expect(reference.store.outbox.list().filter((e) => e.kind === PASSWORD_EMAIL_KIND)).toHaveLength(0);
    expect(reference.store.directory.userByEmail('provider@globex.test')?.chatwoot_user_id).toBeNull();
    expect(reference.store.chatwoot.state.users).toHaveLength(1);
    expect(reference.store.audit.list().some((a) => a.action === 'support_access.reset')).toBe(false);

    await call(reference, '/__helpdock/chatwoot/failure', { json: { status: null } });
    expect((await reset(token)).status).toBe(200);
  });

  it('treats a failing PATCH other than 404 as an outage (502), not as a missing user', async () => {
    reference.store.chatwoot.setFailure({ status: 503, remaining: 1, scope: 'platform' });
    const token = await login(reference, 'provider@acme.test');
    expect((await reset(token)).status).toBe(502);
    expect(reference.store.chatwoot.state.users).toHaveLength(1);
    expect((await reset(token)).status).toBe(200);
  });

  it('allows 3 resets per hour per provider, then 429 with Retry-After', async () => {
    const acme = await login(reference, 'provider@acme.test');
    for (let i = 0; i < 3; i++) expect((await reset(acme)).status).toBe(200);
    const limited = await reset(acme);
    expect(limited.status).toBe(429);
    expect(isEnvelope(limited, 'rate_limited')).toBe(true);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const globex = await login(reference, 'provider@globex.test');
    expect((await reset(globex)).status).toBe(200);
    clock.advance(3600_000);
    expect((await reset(await login(reference, 'provider@acme.test'))).status).toBe(200);
    expect(reference.store.outbox.list().filter((e) => e.kind === PASSWORD_EMAIL_KIND)).toHaveLength(5);
  });

  it('runs one reset per provider at a time', async () => {
    const token = await login(reference, 'provider@globex.test');
    const results = await Promise.all([reset(token), reset(token)]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(
      reference.store.chatwoot.state.users.filter((u) => u.email === 'provider@globex.test'),
    ).toHaveLength(1);
  });

  it('is for providers only, takes no body, and rejects junk', async () => {
    const alice = await login(reference, 'alice@acme.test');
    expect((await reset(alice)).status).toBe(403);
    expect((await call(reference, RESET, { method: 'POST' })).status).toBe(401);
    const token = await login(reference, 'provider@acme.test');
    expect((await call(reference, RESET, { token, json: { password: 'mine' } })).status).toBe(422);
    const junk = await call(reference, RESET, {
      token,
      method: 'POST',
      body: '{oops',
      headers: { 'content-type': 'application/json' },
    });
    expect(junk.status).toBe(422);
    const text = await call(reference, RESET, {
      token,
      method: 'POST',
      body: 'x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    expect(reference.store.outbox.list().filter((e) => e.kind === PASSWORD_EMAIL_KIND)).toHaveLength(0);
  });

  it('undoes a created user when adding it to the account fails', async () => {
    ({ reference } = demoServer({ chatwootAccountId: 999 }));
    const token = await login(reference, 'provider@globex.test');
    const result = await reset(token);
    expect(result.status).toBe(502);
    expect(isEnvelope(result, 'upstream_error')).toBe(true);
    expect(reference.store.chatwoot.state.users.map((u) => u.email)).not.toContain('provider@globex.test');
    expect(reference.store.directory.userByEmail('provider@globex.test')?.chatwoot_user_id).toBeNull();
    expect(reference.store.outbox.list()).toHaveLength(0);
  });
});

describe('support-access reset against Chatwoot over HTTP (chatwootUrl)', () => {
  let upstream: ReferenceServer;
  let listening: ListeningServer;

  beforeEach(async () => {
    upstream = createReferenceServer({ log: () => undefined });
    listening = await upstream.listen({ port: 0 });
  });
  afterEach(async () => {
    await listening.close();
  });

  it('PATCHes the user through fetch, and creates + adds one when there is none', async () => {
    ({ reference, errors } = demoServer({
      chatwootUrl: `${listening.url}/chatwoot`,
      chatwootPlatformToken: upstream.store.chatwoot.credentials().platformToken,
    }));
    const acme = await login(reference, 'provider@acme.test');
    expect((await reset(acme)).status).toBe(200);
    const password = emailedPassword('provider@acme.test');
    expect(upstream.store.chatwoot.state.users.find((u) => u.id === 1001)?.password_sha256).toBe(
      await sha256Hex(password),
    );
    const globex = await login(reference, 'provider@globex.test');
    expect((await reset(globex)).status).toBe(200);
    expect(reference.store.directory.userByEmail('provider@globex.test')?.chatwoot_user_id).toBe(1002);
    expect(upstream.store.chatwoot.state.account_users.map((au) => au.user_id)).toContain(1002);
    expect(JSON.stringify(upstream.store.snapshot())).not.toContain(password);
  });

  it('answers 502 for a wrong platform token, an erroring or an unreachable Chatwoot', async () => {
    const configs = [
      { chatwootUrl: `${listening.url}/chatwoot`, chatwootPlatformToken: 'wrong-token' },
      { chatwootUrl: 'http://127.0.0.1:1/chatwoot', chatwootPlatformToken: 'x' },
    ];
    for (const config of configs) {
      ({ reference } = demoServer(config));
      const token = await login(reference, 'provider@globex.test');
      const result = await reset(token);
      expect(result.status).toBe(502);
      expect(isEnvelope(result, 'upstream_error')).toBe(true);
      expect(reference.store.outbox.list()).toHaveLength(0);
    }
    upstream.store.chatwoot.setFailure({ status: 500, remaining: null, scope: 'platform' });
    ({ reference } = demoServer({
      chatwootUrl: `${listening.url}/chatwoot`,
      chatwootPlatformToken: upstream.store.chatwoot.credentials().platformToken,
    }));
    const token = await login(reference, 'provider@acme.test');
    expect((await reset(token)).status).toBe(502);
    expect(reference.store.outbox.list().filter((e) => e.kind === PASSWORD_EMAIL_KIND)).toHaveLength(0);
  });
});
