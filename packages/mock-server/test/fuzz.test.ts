import { routeList } from '@helpdock/sdk/schemas';
import fc from 'fast-check';
import { getResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, demoServer, login, ORIGIN } from './helpers.js';

/** Runs per route: bounded so the whole table stays well under a minute. */
const RUNS_PER_ROUTE = 25;

// A fixed encryption key: without one, the first sealed value (an identity secret) logs a warning.
const { reference, errors } = demoServer({
  heartbeatMs: 60_000,
  encryptionKey: Buffer.alloc(32, 7).toString('base64'),
});
const credentials: Record<string, string> = {};
let portalToken = '';

beforeAll(async () => {
  for (const email of ['admin@acme.test', 'ops@globex.test', 'alice@acme.test', 'provider@acme.test']) {
    credentials[email] = await login(reference, email);
  }
  const created = await call(reference, '/api/support/tokens', {
    json: { assignment_id: 'asg_4411' },
    token: credentials['admin@acme.test'],
  });
  portalToken = created.body.token;
});

const junkText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    'null',
    'true',
    '%',
    '../..',
    'thr_acme_login',
    'thr_globex_api',
    'x'.repeat(300),
  ),
);

const junkJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom(
      'subject',
      'initial_message',
      'message_text',
      'priority',
      'status',
      'email',
      'password',
      'thread_id',
      'assignment_id',
      'expires_in_days',
      'title',
      'description',
      'body',
      'ticketId',
      'rating',
      'WHATSAPP_NUMBER',
      'chotot',
      'whatsapp',
      'name',
      'customer_id',
      'attachmentIds',
      'scheduledAt',
      'note',
      'SUPPORT_PORTAL_BASE_URL',
      'OPS_SUPPORT_EMAIL',
      'TOKEN_DEFAULT_EXPIRY_DAYS',
      'user_jwt',
      'custom_attributes',
    ),
    fc.oneof(fc.jsonValue({ maxDepth: 2 }), junkText),
    { maxKeys: 6 },
  ),
);

/** Arrays and objects nested `depth` deep, alone or under a field a route reads. */
const nestedText = (depth: number, under: string | undefined): string => {
  const deep = '{"a":['.repeat(depth) + ']}'.repeat(depth);
  return under === undefined ? deep : `{${JSON.stringify(under)}:${deep}}`;
};

const deepJson = fc
  .tuple(
    fc.integer({ min: 16, max: 20_000 }),
    fc.option(fc.constantFrom('subject', 'message_text', 'body', 'email', 'custom_attributes'), {
      nil: undefined,
    }),
  )
  .map(([depth, under]) => ({ text: nestedText(depth, under), type: 'application/json' }));

const junkBody = fc.oneof(
  junkJson.map((value) => ({ text: JSON.stringify(value) ?? 'null', type: 'application/json' })),
  deepJson,
  fc.record({
    text: fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom('{', '{"a":', '[1,', '\u0000', '{"subject": "x"'),
    ),
    type: fc.constantFrom(
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      '',
    ),
  }),
  fc.constant(undefined),
);

const junkAuth = fc.oneof(
  fc
    .constantFrom(...['admin@acme.test', 'ops@globex.test', 'alice@acme.test', 'provider@acme.test'])
    .map((email) => ({ email })),
  fc
    .constantFrom('Bearer junk', 'Bearer ', 'Basic YTpi', 'Bearer eyJhbGciOiJub25lIn0.e30.', '')
    .map((header) => ({ header })),
);

const junkQuery = fc.dictionary(
  fc.constantFrom(
    'limit',
    'cursor',
    'status',
    'priority',
    'q',
    'assignment_id',
    'thread_id',
    'site_key',
    'unread',
  ),
  junkText,
  { maxKeys: 4 },
);

/** True when some handler is registered for the route (domains still being written are skipped). */
const implemented = (method: string, path: string): boolean =>
  reference.handlers.some((handler) => {
    const info = handler.info as { method?: unknown; path?: unknown };
    return info.method === method && info.path === `*${path.replace(/\{(\w+)\}/g, ':$1')}`;
  });

/** URL dot segments are normalised away by URL parsing, so they would name another path. */
const pathSafe = (value: string): string => (value === '.' || value === '..' ? 'x' : value);

describe('fuzzing every route of the table', () => {
  for (const route of routeList) {
    it.skipIf(!implemented(route.method, route.path))(
      `${route.method} ${route.path} answers junk with 4xx envelopes, never 5xx`,
      async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.dictionary(fc.constantFrom('id', 'ticketId', 'token'), junkText),
            fc.boolean(),
            junkQuery,
            junkBody,
            junkAuth,
            fc.option(junkText, { nil: undefined }),
            async (params, useRealToken, query, body, auth, idempotencyKey) => {
              const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
                encodeURIComponent(
                  name === 'token' && useRealToken ? portalToken : pathSafe(params[name] || 'x'),
                ),
              );
              const url = new URL(`${ORIGIN}${path}`);
              for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
              const headers = new Headers();
              if ('email' in auth) headers.set('authorization', `Bearer ${credentials[auth.email]}`);
              else if (auth.header) headers.set('authorization', auth.header);
              if (idempotencyKey !== undefined) {
                try {
                  headers.set('idempotency-key', idempotencyKey);
                } catch {
                  // not a legal header value: send none
                }
              }
              if (body?.type) headers.set('content-type', body.type);
              const hasBody = route.method !== 'GET' && body !== undefined;
              const request = new Request(url, {
                method: route.method,
                headers,
                body: hasBody ? body.text : undefined,
              });
              const response = await getResponse(reference.handlers, request);
              expect(response, 'a handler answers').toBeDefined();
              if (!response) return;
              expect(response.status, `${route.method} ${url.pathname}${url.search}`).toBeLessThan(500);
              expect(response.headers.get('x-request-id')).toBeTruthy();
              if (response.status >= 400) {
                const envelope = await response.json();
                expect(envelope.error.request_id).toBe(response.headers.get('x-request-id'));
                expect(typeof envelope.error.code).toBe('string');
                expect(typeof envelope.error.message).toBe('string');
              } else {
                await response.body?.cancel();
              }
            },
          ),
          { numRuns: RUNS_PER_ROUTE },
        );
        expect(errors).toEqual([]);
      },
    );
  }
});

/** A body that is valid but for `depth` levels of nesting in one field. */
const deepBody = (depth: number): string =>
  JSON.stringify({ subject: 'x' }).replace('"x"', '['.repeat(depth) + ']'.repeat(depth));

describe('nesting depth and empty strings', () => {
  const cases: [method: string, path: string, who: string | undefined][] = [
    ['POST', '/api/auth/login', undefined],
    ['POST', '/api/support/public/threads', undefined],
    ['POST', '/api/customers/me/tickets', 'alice@acme.test'],
    ['POST', '/api/support/threads', 'admin@acme.test'],
    ['PUT', '/api/support/config', 'admin@acme.test'],
    ['PUT', '/api/v1/profile/attributes', 'alice@acme.test'],
  ];

  it('answers JSON nested deeper than 32 levels with 422, with or without an Idempotency-Key', async () => {
    for (const [method, path, who] of cases) {
      // `depth` arrays inside the body's object: 31 is 32 levels (too deep for no rule but the field's type).
      for (const depth of [31, 32, 100, 100_000]) {
        for (const key of [undefined, `deep-${depth}-${path}`]) {
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (key && method === 'POST') headers['idempotency-key'] = key;
          const result = await call(reference, path, {
            method,
            body: deepBody(depth),
            headers,
            token: who ? credentials[who] : undefined,
          });
          const label = `${method} ${path} depth ${depth} key ${key}`;
          expect(result.status, label).toBe(422);
          if (depth >= 32) expect(result.body.error.message, label).toMatch(/deeper than 32/);
          else expect(result.body.error.message, label).not.toMatch(/deeper/);
        }
      }
    }
    expect(errors).toEqual([]);
  });

  it('answers an empty string in every setting of PUT /api/support/config with 422', async () => {
    for (const key of [
      'WHATSAPP_NUMBER',
      'OPS_SUPPORT_EMAIL',
      'SUPPORT_PORTAL_BASE_URL',
      'TOKEN_DEFAULT_EXPIRY_DAYS',
    ]) {
      for (const value of ['', ' ', 'not a url', '://', 'http://']) {
        const result = await call(reference, '/api/support/config', {
          method: 'PUT',
          json: { [key]: value },
          token: credentials['admin@acme.test'],
        });
        expect(result.status, `${key}=${JSON.stringify(value)}`).toBe(422);
        expect(result.body.error.details[0].path).toBe(key);
      }
    }
    expect(errors).toEqual([]);
  });
});
