import { signIdentityToken } from '@helpdock/sdk/identity';
import { IdentifyResponse, IdentitySecret, SupportConfigView } from '@helpdock/sdk/schemas';
import { SignJWT } from 'jose';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ManualClock, ReferenceServer } from '../src/index.js';
import { call, demoServer, isEnvelope, login } from './helpers.js';

const KEY = Buffer.alloc(32, 5).toString('base64');
const ACME = { 'x-site-key': 'pk_acme_demo' };
const GLOBEX = { 'x-site-key': 'pk_globex_demo' };
const HOUR = 3600_000;

let reference: ReferenceServer;
let clock: ManualClock;
let errors: string[];
let admin: string;

beforeEach(async () => {
  ({ reference, clock, errors } = demoServer({ encryptionKey: KEY }));
  admin = await login(reference, 'admin@acme.test');
});

const rotate = async (token = admin): Promise<string> => {
  const result = await call(reference, '/api/support/config/identity-secret', { method: 'POST', token });
  expect(result.status).toBe(201);
  return IdentitySecret.parse(result.body).secret;
};

/** A user token signed at the server clock's now. */
const sign = (
  secret: string,
  claims: { sub?: string; email?: string; name?: string; expiresIn?: number } = {},
) =>
  signIdentityToken(secret, {
    sub: claims.sub ?? 'site-user-1',
    email: claims.email ?? 'ana@site.test',
    name: claims.name,
    expiresIn: claims.expiresIn,
    issuedAt: new Date(clock.now()),
  });

const identify = (json: unknown, headers: Record<string, string> = ACME, client = 'visitor-1') =>
  call(reference, '/api/support/public/identify', {
    json,
    headers: { ...headers, 'x-helpdock-client': client },
  });

/** A raw HS256-or-other JWT with exactly these header and claims, signed with `secret`. */
const rawJwt = (secret: string, claims: Record<string, unknown>, header: Record<string, unknown> = {}) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256', ...header }).sign(new TextEncoder().encode(secret));

const nowSeconds = () => Math.floor(clock.now() / 1000);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('identity secret', () => {
  it('is shown once, stored only sealed, and the config shows only whether and when it was set', async () => {
    const before = SupportConfigView.parse(
      (await call(reference, '/api/support/config', { token: admin })).body,
    );
    expect(before).toMatchObject({ identity_secret_set: false, identity_secret_rotated_at: null });

    const result = await call(reference, '/api/support/config/identity-secret', {
      method: 'POST',
      token: admin,
    });
    expect(result.status).toBe(201);
    const { secret, created_at } = IdentitySecret.parse(result.body);
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);

    const config = await call(reference, '/api/support/config', { token: admin });
    expect(config.body).toMatchObject({ identity_secret_set: true, identity_secret_rotated_at: created_at });
    expect(JSON.stringify(config.body)).not.toContain(secret);
    const put = await call(reference, '/api/support/config', {
      method: 'PUT',
      token: admin,
      json: { TOKEN_DEFAULT_EXPIRY_DAYS: 3 },
    });
    expect(put.body).toMatchObject({ identity_secret_set: true });
    expect(JSON.stringify(put.body)).not.toContain(secret);
    const dump = await call(reference, '/__helpdock/store');
    expect(JSON.stringify(dump.body)).not.toContain(secret);
    expect(dump.body.identitySecrets).toHaveLength(1);
    const audit = await call(reference, '/__helpdock/audit');
    expect(JSON.stringify(audit.body)).not.toContain(secret);
    expect(errors).toEqual([]);
  });

  it('is admin-only and per tenant: ops get 403, another tenant stays unset', async () => {
    const ops = await login(reference, 'ops@acme.test');
    const denied = await call(reference, '/api/support/config/identity-secret', {
      method: 'POST',
      token: ops,
    });
    expect(denied.status).toBe(403);
    await rotate();
    const globexAdmin = await login(reference, 'admin@globex.test');
    const globex = await call(reference, '/api/support/config', { token: globexAdmin });
    expect(globex.body).toMatchObject({ identity_secret_set: false });
  });

  it('keeps honouring the replaced secret for 24 h, then only the new one', async () => {
    const old = await rotate();
    const fresh = await rotate();
    expect(fresh).not.toBe(old);
    expect((await identify({ user_jwt: await sign(old) })).status).toBe(200);
    expect((await identify({ user_jwt: await sign(fresh) })).status).toBe(200);
    clock.advance(24 * HOUR + 1000);
    expect((await identify({ user_jwt: await sign(old) })).status).toBe(401);
    expect((await identify({ user_jwt: await sign(fresh) })).status).toBe(200);
  });

  it('forgets the secret before the last on a second rotation', async () => {
    const first = await rotate();
    await rotate();
    await rotate();
    expect((await identify({ user_jwt: await sign(first) })).status).toBe(401);
  });
});

describe('POST /api/support/public/identify', () => {
  it('creates the customer on first sight, keeps name and email current, and the token works on /api/customers/me', async () => {
    const secret = await rotate();
    const first = await identify({ user_jwt: await sign(secret, { name: 'Ana' }) });
    expect(first.status).toBe(200);
    const session = IdentifyResponse.parse(first.body);
    expect(session).toMatchObject({
      token_type: 'bearer',
      customer: { name: 'Ana', email: 'ana@site.test' },
    });

    const me = await call(reference, '/api/customers/me', { token: session.access_token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: session.customer.id, name: 'Ana', email: 'ana@site.test' });

    const again = IdentifyResponse.parse(
      (await identify({ user_jwt: await sign(secret, { name: 'Ana Lima', email: 'ana@new.test' }) })).body,
    );
    expect(again.customer).toEqual({ id: session.customer.id, name: 'Ana Lima', email: 'ana@new.test' });
    // A site's user signs in through the site only: no password login under that email.
    const login = await call(reference, '/api/auth/login', {
      json: { email: 'ana@new.test', password: 'x' },
    });
    expect(login.status).toBe(401);
  });

  it('keeps tenants apart: the same sub in two tenants is two customers, and a token for one tenant fails in the other', async () => {
    const acmeSecret = await rotate();
    const globexSecret = await rotate(await login(reference, 'admin@globex.test'));
    const acme = IdentifyResponse.parse((await identify({ user_jwt: await sign(acmeSecret) })).body);
    const globex = IdentifyResponse.parse(
      (await identify({ user_jwt: await sign(globexSecret) }, GLOBEX)).body,
    );
    expect(acme.customer.id).not.toBe(globex.customer.id);
    const wrongTenant = await identify({ user_jwt: await sign(acmeSecret) }, GLOBEX);
    expect(wrongTenant.status).toBe(401);
    const acmeTickets = await call(reference, '/api/customers/me/tickets', { token: acme.access_token });
    expect(acmeTickets.body.data).toEqual([]);
  });

  it('answers one 401 for every bad token and changes nothing', async () => {
    const secret = await rotate();
    const now = nowSeconds();
    const good = { sub: 'u-bad', email: 'bad@site.test', iat: now, exp: now + 600 };
    const header = b64({ alg: 'none', typ: 'JWT' });
    const valid = await rawJwt(secret, good);
    const [validHeader, validPayload] = valid.split('.');
    const bad: Record<string, string> = {
      forged: await rawJwt('not-the-secret', good),
      'alg none': `${header}.${b64(good)}.`,
      'RS256 header with an HMAC signature': `${b64({ alg: 'RS256', typ: 'JWT' })}.${validPayload}.${valid.split('.')[2]}`,
      HS512: await new SignJWT(good)
        .setProtectedHeader({ alg: 'HS512' })
        .sign(new TextEncoder().encode(secret)),
      expired: await rawJwt(secret, { ...good, iat: now - 7200, exp: now - 120 }),
      'exp too far': await rawJwt(secret, { ...good, exp: now + 24 * 3600 + 60 }),
      'no exp': await rawJwt(secret, { sub: 'u-bad', email: 'bad@site.test', iat: now }),
      'no iat': await rawJwt(secret, { sub: 'u-bad', email: 'bad@site.test', exp: now + 600 }),
      'iat in the future': await rawJwt(secret, { ...good, iat: now + 3600, exp: now + 4000 }),
      'no email': await rawJwt(secret, { sub: 'u-bad', iat: now, exp: now + 600 }),
      'sub too long': await rawJwt(secret, { ...good, sub: 'x'.repeat(256) }),
      'payload swapped': `${validHeader}.${b64({ ...good, sub: 'admin' })}.${valid.split('.')[2]}`,
      garbage: 'not.a.jwt',
    };
    const messages = new Set<string>();
    for (const [name, user_jwt] of Object.entries(bad)) {
      const result = await identify({ user_jwt }, ACME, `client-${name}`);
      expect(result.status, name).toBe(401);
      expect(isEnvelope(result, 'unauthorized'), name).toBe(true);
      messages.add(result.body.error.message);
    }
    expect(messages.size).toBe(1);
    expect(reference.store.state.users.some((u) => u.external_id !== null)).toBe(false);
  });

  it('accepts 60 s of clock skew on either side', async () => {
    const secret = await rotate();
    const now = nowSeconds();
    const early = await rawJwt(secret, { sub: 'u', email: 'u@site.test', iat: now + 50, exp: now + 600 });
    expect((await identify({ user_jwt: early })).status).toBe(200);
    const justExpired = await rawJwt(secret, {
      sub: 'u',
      email: 'u@site.test',
      iat: now - 600,
      exp: now - 50,
    });
    expect((await identify({ user_jwt: justExpired })).status).toBe(200);
  });

  it('rejects a tenant without a secret, oversize tokens and unknown keys', async () => {
    const noSecret = await identify({ user_jwt: await sign('some-secret') });
    expect(noSecret.status).toBe(401);
    const oversize = await identify({ user_jwt: 'a'.repeat(5000) });
    expect(oversize.status).toBe(422);
    const extra = await identify({ user_jwt: 'x', userJwt: 'x' });
    expect(extra.status).toBe(422);
    expect(JSON.stringify(extra.body.error.details)).toContain('userJwt');
  });

  it('answers 429 after 10 failures per client in 10 minutes, and other clients go on', async () => {
    const secret = await rotate();
    for (let i = 0; i < 10; i++)
      expect((await identify({ user_jwt: 'bad' }, ACME, 'guesser')).status).toBe(401);
    const limited = await identify({ user_jwt: await sign(secret) }, ACME, 'guesser');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeTruthy();
    expect((await identify({ user_jwt: await sign(secret) }, ACME, 'someone-else')).status).toBe(200);
    clock.advance(10 * 60_000 + 1000);
    expect((await identify({ user_jwt: await sign(secret) }, ACME, 'guesser')).status).toBe(200);
  });

  it('does not count successes against the limit', async () => {
    const secret = await rotate();
    for (let i = 0; i < 12; i++) {
      expect((await identify({ user_jwt: await sign(secret) }, ACME, 'busy-visitor')).status).toBe(200);
    }
  });
});

describe('identify with a portal token', () => {
  const openAnonymous = async (headers = ACME) => {
    const result = await call(reference, '/api/support/public/threads', {
      headers,
      json: {
        name: 'Visitor',
        email: 'visitor@site.test',
        subject: 'Before sign-in',
        message_text: 'Hello?',
      },
    });
    expect(result.status).toBe(201);
    return { token: result.body.token as string, threadId: result.body.thread.id as string };
  };

  it("makes the visitor's conversation the customer's ticket and revokes the portal token", async () => {
    const secret = await rotate();
    const visitor = await openAnonymous();
    const result = await identify({ user_jwt: await sign(secret), portal_token: visitor.token });
    expect(result.status).toBe(200);
    const session = IdentifyResponse.parse(result.body);
    const tickets = await call(reference, '/api/customers/me/tickets', { token: session.access_token });
    expect(tickets.body.data.map((t: { id: string }) => t.id)).toEqual([visitor.threadId]);
    const ticket = await call(reference, `/api/customers/me/tickets/${visitor.threadId}`, {
      token: session.access_token,
    });
    expect(ticket.body.messages.map((m: { body: string }) => m.body)).toEqual(['Hello?']);
    const portal = await call(reference, `/api/support/portal/${visitor.token}`);
    expect(portal.status).toBe(401);
    const staff = await call(reference, `/api/support/threads/${visitor.threadId}`, { token: admin });
    expect(staff.body.customer_id).toBe(session.customer.id);
  });

  it('changes nothing when the portal token is unknown, revoked or of another tenant', async () => {
    const secret = await rotate();
    const globexVisitor = await openAnonymous(GLOBEX);
    const revoked = await openAnonymous();
    const [metadata] = (
      await call(reference, `/api/support/tokens?thread_id=${revoked.threadId}`, { token: admin })
    ).body.data;
    await call(reference, `/api/support/tokens/${metadata.id}/revoke`, { method: 'POST', token: admin });
    const before = JSON.stringify(reference.store.snapshot());
    for (const portal_token of ['unknown-token', globexVisitor.token, revoked.token]) {
      const result = await identify({ user_jwt: await sign(secret), portal_token });
      expect(result.status).toBe(401);
    }
    expect(JSON.stringify(reference.store.snapshot().users)).toBe(JSON.stringify(JSON.parse(before).users));
    expect(JSON.stringify(reference.store.snapshot().threads)).toBe(
      JSON.stringify(JSON.parse(before).threads),
    );
    expect((await call(reference, `/api/support/portal/${globexVisitor.token}`)).status).toBe(200);
  });

  it('changes nothing when the user token is bad, even with a good portal token', async () => {
    await rotate();
    const visitor = await openAnonymous();
    const result = await identify({ user_jwt: await sign('wrong-secret'), portal_token: visitor.token });
    expect(result.status).toBe(401);
    expect((await call(reference, `/api/support/portal/${visitor.token}`)).status).toBe(200);
    const staff = await call(reference, `/api/support/threads/${visitor.threadId}`, { token: admin });
    expect(staff.body.customer_id).toBeNull();
  });

  it("does not adopt threads staff opened on the visitor's assignment", async () => {
    const secret = await rotate();
    const created = await call(reference, '/api/support/tokens', {
      token: admin,
      json: { assignment_id: 'asg_4411' },
    });
    const portal = await call(reference, `/api/support/portal/${created.body.token}/threads`, {
      json: { subject: 'From the visitor', message_text: 'Mine' },
    });
    expect(portal.status).toBe(201);
    const session = IdentifyResponse.parse(
      (await identify({ user_jwt: await sign(secret), portal_token: created.body.token })).body,
    );
    const tickets = await call(reference, '/api/customers/me/tickets', { token: session.access_token });
    expect(tickets.body.data.map((t: { id: string }) => t.id)).toEqual([portal.body.id]);
  });
});
