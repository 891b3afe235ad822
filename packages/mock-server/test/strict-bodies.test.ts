import { beforeAll, describe, expect, it } from 'vitest';
import { call, demoServer, isEnvelope, login } from './helpers.js';

const { reference, errors } = demoServer();
const tokens: Record<string, string> = {};
let portalToken = '';

beforeAll(async () => {
  for (const email of ['admin@acme.test', 'alice@acme.test']) tokens[email] = await login(reference, email);
  const created = await call(reference, '/api/support/tokens', {
    json: { assignment_id: 'asg_4411' },
    token: tokens['admin@acme.test'],
  });
  portalToken = created.body.token;
});

/** One valid body per JSON route, sent with one key more than the route defines. */
const cases = (): [
  method: string,
  path: string,
  who: string | undefined,
  body: Record<string, unknown>,
][] => [
  ['POST', '/api/auth/login', undefined, { email: 'alice@acme.test', password: 'helpdock-demo' }],
  ['POST', '/api/support/threads', 'admin@acme.test', { subject: 's', initial_message: 'm' }],
  ['PATCH', '/api/support/threads/thr_acme_login', 'admin@acme.test', { status: 'OPEN' }],
  ['POST', '/api/support/threads/thr_acme_login/messages', 'admin@acme.test', { message_text: 'm' }],
  ['POST', '/api/support/tokens', 'admin@acme.test', { thread_id: 'thr_acme_login' }],
  ['PUT', '/api/support/config', 'admin@acme.test', { TOKEN_DEFAULT_EXPIRY_DAYS: 3 }],
  [
    'POST',
    '/api/support/public/threads',
    undefined,
    { name: 'n', email: 'n@example.com', subject: 's', message_text: 'm' },
  ],
  ['POST', `/api/support/portal/${portalToken}/threads`, undefined, { subject: 's', message_text: 'm' }],
  ['POST', `/api/support/portal/${portalToken}/messages`, undefined, { message_text: 'm' }],
  ['POST', '/api/customers/me/tickets', 'alice@acme.test', { title: 't', description: 'd' }],
  ['POST', '/api/customers/me/tickets/tkt_alice_1/messages', 'alice@acme.test', { body: 'b' }],
  ['POST', '/api/customers/me/calls', 'alice@acme.test', {}],
  ['POST', '/api/customers/me/feedback', 'alice@acme.test', { ticketId: 'tkt_alice_1', rating: 5 }],
  ['PUT', '/api/v1/profile/attributes', 'alice@acme.test', { chotot: null }],
];

describe('strict request bodies (SPEC §1)', () => {
  it('refuses an unknown key on every JSON route with 422 naming it, and does nothing', async () => {
    for (const [method, path, who, body] of cases()) {
      const before = JSON.stringify(reference.store.snapshot());
      const result = await call(reference, path, {
        method,
        json: { ...body, surprise_key: 1 },
        token: who ? tokens[who] : undefined,
      });
      expect(result.status, `${method} ${path}`).toBe(422);
      expect(isEnvelope(result, 'validation_error')).toBe(true);
      expect(result.body.error.details, `${method} ${path}`).toContainEqual(
        expect.objectContaining({ path: 'surprise_key' }),
      );
      expect(JSON.stringify(reference.store.snapshot()), `${method} ${path} had an effect`).toBe(before);
    }
    expect(errors).toEqual([]);
  });

  it('does not turn a typo into an immediate call: scheduled_at is refused, not dropped', async () => {
    const result = await call(reference, '/api/customers/me/calls', {
      json: { scheduled_at: '2026-02-03T10:00:00.000Z' },
      token: tokens['alice@acme.test'],
    });
    expect(result.status).toBe(422);
    expect(result.body.error.details).toEqual([
      { path: 'scheduled_at', message: 'Unknown field "scheduled_at"' },
    ]);
  });

  it('names unknown keys inside nested objects and refuses operator-like values', async () => {
    const nested = await call(reference, '/api/v1/profile/attributes', {
      method: 'PUT',
      json: { whatsapp: { whatsapp_phone_number_id: '1', extra: true } },
      token: tokens['alice@acme.test'],
    });
    expect(nested.status).toBe(422);
    expect(nested.body.error.details).toContainEqual(expect.objectContaining({ path: 'whatsapp.extra' }));
    for (const json of [
      { ticketId: 'tkt_alice_1', rating: '5' },
      { ticketId: { $ne: 1 }, rating: 5 },
    ]) {
      const result = await call(reference, '/api/customers/me/feedback', {
        json,
        token: tokens['alice@acme.test'],
      });
      expect(result.status).toBe(422);
    }
    const ticket = await call(reference, '/api/customers/me/tickets', {
      json: { title: { $ne: 1 }, description: 'd' },
      token: tokens['alice@acme.test'],
    });
    expect(ticket.status).toBe(422);
  });
});
