import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { routeList } from '@helpdock/sdk/schemas';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CliProcess, CONTROL_TOKEN, runCli, startCli } from './cli-process.js';
import { type CallOptions, fetchResult, type Result } from './helpers.js';
import { SseReader } from './sse-reader.js';

let cli: CliProcess;

beforeAll(async () => {
  cli = await startCli(['--port', '0', '--host', '127.0.0.1']);
});

afterAll(async () => {
  // Stops cleanly on SIGTERM (exit code 0).
  expect(await cli.stop()).toBe(0);
});

beforeEach(async () => {
  await control('/__helpdock/reset', { method: 'POST' });
});

/** One call to the CLI's server over real HTTP. */
const api = (path: string, init: CallOptions = {}): Promise<Result> => fetchResult(cli.url, path, init);

/** One call to the CLI's control API, with its token. */
const control = (path: string, init: CallOptions = {}): Promise<Result> =>
  fetchResult(cli.url, path, { ...init, token: CONTROL_TOKEN });

async function signIn(email: string): Promise<string> {
  const result = await api('/api/auth/login', { json: { email, password: 'helpdock-demo' } });
  expect(result.status).toBe(200);
  return result.body.access_token;
}

/** A GET with a chosen Host header (fetch cannot set one), answering the body text. */
function rawGet(baseUrl: string, path: string, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${baseUrl}${path}`, { headers: { host } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      res.on('end', () => resolve(text));
    });
    req.on('error', reject);
    req.end();
  });
}

function expectEnvelope(result: Result, status: number, code: string): void {
  expect(result.status).toBe(status);
  expect(result.body?.error?.code).toBe(code);
  expect(typeof result.body.error.message).toBe('string');
  expect(result.body.error.request_id).toBe(result.headers.get('x-request-id'));
}

describe('the CLI', () => {
  it('prints its URL and the demo logins', () => {
    expect(cli.output()).toContain('admin@acme.test');
    expect(cli.output()).toContain('helpdock-demo');
  });

  it('explains its flags with --help and refuses bad ones with exit code 2', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fault-rate');
    expect(help.stdout).toContain('--control-token');
    for (const args of [
      ['--port', 'x'],
      ['--fault-rate', '2'],
      ['--nope'],
      ['--public-url', 'ftp://x.test'],
      ['--control-token', 'short'],
      ['--no-control', '--control-token', 'a-long-enough-control-token'],
    ]) {
      const bad = await runCli(args);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr).toContain('helpdock-mock:');
    }
  }, 90_000);

  it('prints its control token and lets only callers with it use the control API', async () => {
    expect(cli.output()).toContain(`Control token: ${CONTROL_TOKEN}`);
    expect(cli.output()).toMatch(/development and tests only/);
    expectEnvelope(await api('/__helpdock/store'), 401, 'unauthorized');
    expectEnvelope(await api('/__helpdock/store', { token: 'not-the-token' }), 401, 'unauthorized');
    expect((await control('/__helpdock/store')).status).toBe(200);
  });

  it('picks and prints a random control token, serves --public-url in pages and portal links, never the Host header', async () => {
    const other = await startCli(['--port', '0', '--public-url', 'https://support.example.test:8443/'], {
      HELPDOCK_CONTROL_TOKEN: undefined,
    });
    try {
      const token = other.output().match(/Control token: (\S+)/)?.[1] ?? '';
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(token).not.toBe(CONTROL_TOKEN);
      expect((await fetchResult(other.url, '/__helpdock/clock', { token })).status).toBe(200);
      expect((await fetchResult(other.url, '/__helpdock/clock', { token: CONTROL_TOKEN })).status).toBe(401);
      const page = await rawGet(other.url, '/', 'attacker.example');
      expect(page).toContain('<code>https://support.example.test:8443</code>');
      expect(page).not.toContain('attacker.example');
      const login = await fetchResult(other.url, '/api/auth/login', {
        json: { email: 'ops@acme.test', password: 'helpdock-demo' },
      });
      const created = await fetchResult(other.url, '/api/support/tokens', {
        json: { thread_id: 'thr_acme_login' },
        token: login.body.access_token,
      });
      expect(created.body.portal_url).toBe(`https://support.example.test:8443/portal/${created.body.token}`);
    } finally {
      await other.stop();
    }
    const closed = await startCli(['--port', '0', '--no-control']);
    try {
      expect(closed.output()).toContain('Control API: off');
      expectEnvelope(
        await fetchResult(closed.url, '/__helpdock/reset', { method: 'POST', token: CONTROL_TOKEN }),
        404,
        'not_found',
      );
    } finally {
      await closed.stop();
    }
  }, 60_000);

  it('serves the demo page under a strict CSP, with the widget script tag or a note', async () => {
    const page = await fetch(`${cli.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).not.toMatch(/<script>(?!<)/);
    expect(html).toContain('alice@acme.test');
    const script = await fetch(`${cli.url}/helpdock.js`);
    if (script.status === 200) {
      expect(html).toContain('data-site-key="pk_acme_demo"');
      expect(script.headers.get('content-type')).toContain('javascript');
    } else {
      expect(script.status).toBe(404);
      expect(html).toContain('not built');
    }
  });

  it('answers CORS preflights and exposes X-Request-Id', async () => {
    const preflight = await fetch(`${cli.url}/api/support/threads`, {
      method: 'OPTIONS',
      headers: { origin: 'http://example.test', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
    const result = await api('/api/support/public/config', { headers: { origin: 'http://example.test' } });
    expect(result.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
  });

  it('echoes a good X-Request-Id and replaces a bad one', async () => {
    expect(
      (await api('/api/support/public/config', { headers: { 'x-request-id': 'abc.DEF-1_2' } })).headers.get(
        'x-request-id',
      ),
    ).toBe('abc.DEF-1_2');
    const replaced = await api('/api/support/public/config', { headers: { 'x-request-id': 'bad id!' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9._-]{1,128}$/);
    expect(replaced.headers.get('x-request-id')).not.toBe('bad id!');
    const long = await api('/api/support/public/config', { headers: { 'x-request-id': 'a'.repeat(129) } });
    expect(long.headers.get('x-request-id')).not.toBe('a'.repeat(129));
  });

  it('answers unknown routes with a 404 envelope', async () => {
    expectEnvelope(await api('/api/nothing'), 404, 'not_found');
    // A path that cannot be percent-decoded matches no route.
    expectEnvelope(await api('/api/support/threads/%E0%A4%A'), 404, 'not_found');
  });
});

describe('tenants over HTTP', () => {
  it('keeps acme and globex apart: each other’s threads and tokens are 404', async () => {
    const acme = await signIn('admin@acme.test');
    const globex = await signIn('admin@globex.test');
    expectEnvelope(await api('/api/support/threads/thr_acme_login', { token: globex }), 404, 'not_found');
    expectEnvelope(await api('/api/support/threads/thr_globex_api', { token: acme }), 404, 'not_found');
    const list = await api('/api/support/threads?limit=100', { token: globex });
    expect(list.body.data.every((t: { tenant_id: string }) => t.tenant_id === 'ten_globex')).toBe(true);
    const token = await api('/api/support/tokens', { json: { thread_id: 'thr_acme_login' }, token: acme });
    expectEnvelope(
      await api(`/api/support/tokens/${token.body.id}/revoke`, { method: 'POST', token: globex }),
      404,
      'not_found',
    );
    const globexTokens = await api('/api/support/tokens', { token: globex });
    expect(globexTokens.body.data).toEqual([]);
  });
});

describe('a portal token’s life over HTTP', () => {
  it('is created, used and counted, revoked, and another one expires when the clock moves', async () => {
    const ops = await signIn('ops@acme.test');
    const created = await api('/api/support/tokens', {
      json: { thread_id: 'thr_acme_login', expires_in_days: 3 },
      token: ops,
    });
    expect(created.status).toBe(201);
    const { token, id } = created.body;
    expect((await api(`/api/support/portal/${token}`)).status).toBe(200);
    expect(
      (await api(`/api/support/portal/${token}/messages`, { json: { message_text: 'From the portal' } }))
        .status,
    ).toBe(201);
    const [meta] = (await api(`/api/support/tokens?thread_id=thr_acme_login`, { token: ops })).body.data;
    expect(meta).toMatchObject({ id, use_count: 2, revoked_at: null });
    expect(meta.last_used_at).not.toBeNull();

    const store = await control('/__helpdock/store');
    expect(JSON.stringify(store.body)).not.toContain(token);
    for (const user of store.body.users) expect(user).not.toHaveProperty('password');

    expect(
      (await api(`/api/support/tokens/${id}/revoke`, { method: 'POST', token: ops })).body.revoked_at,
    ).not.toBeNull();
    const revoked = await api(`/api/support/portal/${token}`);
    expectEnvelope(revoked, 401, 'unauthorized');

    const second = (
      await api('/api/support/tokens', {
        json: { thread_id: 'thr_acme_login', expires_in_days: 3 },
        token: ops,
      })
    ).body;
    const moved = await control('/__helpdock/clock', { json: { advance_ms: 3 * 24 * 3600_000 + 1000 } });
    expect(moved.status).toBe(200);
    const expired = await api(`/api/support/portal/${second.token}`);
    expectEnvelope(expired, 401, 'unauthorized');
    expect(expired.body.error.message).toMatch(/expired/i);
    expect(revoked.body.error.message).not.toMatch(/expired/i);
  });
});

describe('SSE over HTTP', () => {
  it('streams frames live, and a client that disconnects resumes with Last-Event-ID without loss or repeats', async () => {
    const ops = await signIn('ops@acme.test');
    const { token } = (
      await api('/api/support/tokens', { json: { thread_id: 'thr_acme_login' }, token: ops })
    ).body;
    const path = `${cli.url}/api/support/portal/${token}/events`;
    const say = (text: string) =>
      api('/api/support/threads/thr_acme_login/messages', { json: { message_text: text }, token: ops });

    const abort = new AbortController();
    const first = await fetch(path, { signal: abort.signal });
    expect(first.headers.get('content-type')).toContain('text/event-stream');
    const reader1 = new SseReader(first.body as ReadableStream<Uint8Array>);
    await say('m1');
    await say('m2');
    await reader1.until((events) => events.filter((e) => e.event === 'message.created').length === 2);
    const lastId = reader1.ofType('message.created').at(-1)?.id ?? '';
    abort.abort();
    await reader1.done;

    await say('m3');
    await say('m4');
    const second = await fetch(path, { headers: { 'Last-Event-ID': lastId } });
    const reader2 = new SseReader(second.body as ReadableStream<Uint8Array>);
    await say('m5');
    await reader2.until((events) => events.filter((e) => e.event === 'message.created').length === 3);
    const all = [...reader1.ofType('message.created'), ...reader2.ofType('message.created')].map(
      (e) => JSON.parse(e.data).message.message_text,
    );
    expect(all).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(reader2.retry).toBe(3000);
    await reader2.close();
  });
});

describe('faults, idempotency and rate limits over HTTP', () => {
  it('leaves no partial effect when a fault is injected', async () => {
    const ops = await signIn('ops@acme.test');
    const before = await control('/__helpdock/store');
    await control('/__helpdock/faults', { json: { rate: 1, latency_ms: 0 } });
    const attempts = await Promise.all([
      api('/api/support/threads', { json: { subject: 's', initial_message: 'm' }, token: ops }),
      api('/api/support/threads/thr_acme_login/messages', { json: { message_text: 'x' }, token: ops }),
      api('/api/support/public/threads', {
        json: { name: 'n', email: 'n@example.com', subject: 's', message_text: 'm' },
      }),
      api('/api/auth/login', { json: { email: 'ops@acme.test', password: 'helpdock-demo' } }),
    ]);
    for (const attempt of attempts) expectEnvelope(attempt, 503, 'upstream_error');
    await control('/__helpdock/faults', { json: { rate: 0, latency_ms: 0 } });
    const after = await control('/__helpdock/store');
    expect(after.body.threads).toEqual(before.body.threads);
    expect(after.body.messages).toEqual(before.body.messages);
    expect(after.body.audit).toEqual(before.body.audit);
    expect(after.body.outbox).toEqual(before.body.outbox);
  });

  it('replays an idempotent POST and refuses the key with another body', async () => {
    const ops = await signIn('ops@acme.test');
    const send = (subject: string) =>
      api('/api/support/threads', {
        json: { subject, initial_message: 'm' },
        token: ops,
        headers: { 'Idempotency-Key': 'create-once' },
      });
    const [a, b] = await Promise.all([send('Once'), send('Once')]);
    expect(a.status).toBe(201);
    expect(b.body.id).toBe(a.body.id);
    expectEnvelope(await send('Twice'), 409, 'conflict');
    const list = await api('/api/support/threads?q=Once', { token: ops });
    expect(list.body.data).toHaveLength(1);
  });

  it('rate-limits logins and public threads with Retry-After, and the clock reopens the window', async () => {
    for (let i = 0; i < 5; i++)
      await api('/api/auth/login', { json: { email: 'bob@acme.test', password: 'wrong' } });
    const locked = await api('/api/auth/login', {
      json: { email: 'bob@acme.test', password: 'helpdock-demo' },
    });
    expectEnvelope(locked, 429, 'rate_limited');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    const visitor = { name: 'n', email: 'n@example.com', subject: 's', message_text: 'm' };
    for (let i = 0; i < 5; i++)
      expect((await api('/api/support/public/threads', { json: visitor })).status).toBe(201);
    const limited = await api('/api/support/public/threads', {
      json: visitor,
      headers: { 'X-Helpdock-Client': 'spoofed' },
    });
    expectEnvelope(limited, 429, 'rate_limited');
    await control('/__helpdock/clock', { json: { advance_ms: 15 * 60_000 } });
    expect(
      (await api('/api/auth/login', { json: { email: 'bob@acme.test', password: 'helpdock-demo' } })).status,
    ).toBe(200);
    expect((await api('/api/support/public/threads', { json: visitor })).status).toBe(201);
  });
});

/** Sends raw bytes with a chosen (possibly lying) Content-Length and reads the status line. */
function rawStatus(url: string, head: string, body: string): Promise<number> {
  const { port, hostname } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(head + body));
    let data = '';
    socket.on('data', (chunk) => {
      data += chunk.toString();
      const match = data.match(/^HTTP\/1\.1 (\d{3})/);
      if (match) {
        socket.destroy();
        resolve(Number(match[1]));
      }
    });
    socket.on('error', reject);
  });
}

/** Streams `size` bytes chunked (no Content-Length) and returns the status. */
function chunkedStatus(url: string, size: number, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    );
    const chunk = 'x'.repeat(64 * 1024);
    req.write(`{"subject":"s","initial_message":"`);
    for (let sent = 0; sent < size; sent += chunk.length) req.write(chunk);
    req.end('"}');
  });
}

describe('bad input over HTTP: every route of the support domain', () => {
  it('refuses oversize bodies by Content-Length and by the bytes actually sent (413)', async () => {
    const ops = await signIn('ops@acme.test');
    const { port } = new URL(cli.url);
    const head = [
      'POST /api/support/threads HTTP/1.1',
      `Host: 127.0.0.1:${port}`,
      'Content-Type: application/json',
      `Authorization: Bearer ${ops}`,
      `Content-Length: ${5 * 1024 * 1024}`,
      '',
      '',
    ].join('\r\n');
    expect(await rawStatus(cli.url, head, '{"subject":')).toBe(413);
    expect(await chunkedStatus(`${cli.url}/api/support/threads`, 2 * 1024 * 1024, ops)).toBe(413);
    expect(await chunkedStatus(`${cli.url}/api/support/threads`, 12 * 1024 * 1024, ops)).toBe(413);
  }, 60_000);

  it('answers wrong types, missing fields, wrong content types, malformed JSON and unknown ids with 4xx envelopes', async () => {
    const admin = await signIn('admin@acme.test');
    const globexThread = 'thr_globex_api';
    const portal = (await api('/api/support/tokens', { json: { thread_id: 'thr_acme_login' }, token: admin }))
      .body.token;
    const jsonRoutes: {
      method: string;
      path: string;
      auth: 'admin' | 'none';
      valid: unknown;
      wrong: unknown;
    }[] = [
      {
        method: 'POST',
        path: '/api/auth/login',
        auth: 'none',
        valid: { email: 'a@b.co', password: 'x' },
        wrong: { email: 42 },
      },
      {
        method: 'POST',
        path: '/api/support/threads',
        auth: 'admin',
        valid: { subject: 's', initial_message: 'm' },
        wrong: { subject: ['s'] },
      },
      {
        method: 'PATCH',
        path: '/api/support/threads/thr_acme_login',
        auth: 'admin',
        valid: { priority: 'LOW' },
        wrong: { status: 'DONE' },
      },
      {
        method: 'POST',
        path: '/api/support/threads/thr_acme_login/messages',
        auth: 'admin',
        valid: { message_text: 'x' },
        wrong: { message_text: 7 },
      },
      {
        method: 'POST',
        path: '/api/support/tokens',
        auth: 'admin',
        valid: { assignment_id: 'a' },
        wrong: { expires_in_days: '3' },
      },
      {
        method: 'PUT',
        path: '/api/support/config',
        auth: 'admin',
        valid: { SUPPORT_BUBBLE_ENABLED: true },
        wrong: { SUPPORT_BUBBLE_ENABLED: 1 },
      },
      {
        method: 'POST',
        path: '/api/support/public/threads',
        auth: 'none',
        valid: { name: 'n', email: 'n@e.co', subject: 's', message_text: 'm' },
        wrong: { email: 'not-an-email' },
      },
      {
        method: 'POST',
        path: `/api/support/portal/${portal}/messages`,
        auth: 'none',
        valid: { message_text: 'x' },
        wrong: { message_text: null },
      },
    ];
    for (const route of jsonRoutes) {
      const token = route.auth === 'admin' ? admin : undefined;
      const label = `${route.method} ${route.path}`;
      const wrong = await api(route.path, { method: route.method, json: route.wrong, token });
      expect(wrong.status, label).toBe(422);
      expect(wrong.body.error.details.length, label).toBeGreaterThan(0);
      expectEnvelope(
        await api(route.path, { method: route.method, json: {}, token }),
        422,
        'validation_error',
      );
      expectEnvelope(
        await api(route.path, { method: route.method, json: 'text', token }),
        422,
        'validation_error',
      );
      expectEnvelope(
        await api(route.path, {
          method: route.method,
          body: '{"a":',
          token,
          headers: { 'content-type': 'application/json' },
        }),
        422,
        'validation_error',
      );
      expectEnvelope(
        await api(route.path, {
          method: route.method,
          body: JSON.stringify(route.valid),
          token,
          headers: { 'content-type': 'text/plain' },
        }),
        415,
        'unsupported_media_type',
      );
    }
    const idRoutes: [string, string, unknown?][] = [
      ['GET', '/api/support/threads/{id}'],
      ['PATCH', '/api/support/threads/{id}', { priority: 'LOW' }],
      ['POST', '/api/support/threads/{id}/messages', { message_text: 'x' }],
      ['POST', '/api/support/threads/{id}/resolve'],
      ['POST', '/api/support/threads/{id}/close'],
      ['POST', '/api/support/tokens/{id}/revoke'],
    ];
    for (const [method, template, json] of idRoutes) {
      for (const id of ['thr_missing', globexThread, 'x'.repeat(201)]) {
        const result = await api(template.replace('{id}', encodeURIComponent(id)), {
          method,
          json,
          token: admin,
        });
        expect([404, 422], `${method} ${template} ${id}`).toContain(result.status);
        expect(result.body.error.request_id).toBe(result.headers.get('x-request-id'));
      }
    }
    for (const path of [
      '/api/support/threads?status=open',
      '/api/support/threads?limit=0',
      '/api/support/tokens?limit=abc',
    ]) {
      expectEnvelope(await api(path, { token: admin }), 422, 'validation_error');
    }
    for (const path of [`/api/support/portal/${'y'.repeat(300)}`, '/api/support/portal/unknown/events']) {
      expectEnvelope(await api(path), 401, 'unauthorized');
    }
    expectEnvelope(await api('/api/support/public/config?site_key=pk_unknown'), 404, 'not_found');
  });
});

describe('junk over real HTTP', () => {
  it('answers random methods, raw path junk and odd headers on every route with envelopes, never 5xx', async () => {
    const segment = fc.oneof(
      fc.string({ maxLength: 12 }).map((text) => encodeURIComponent(text) || 'x'),
      fc.constantFrom('%', '%zz', '%E0%A4%A', '..', '%2F', 'thr_acme_login', 'a'.repeat(250)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routeList),
        fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE'),
        segment,
        fc.record({
          contentType: fc.constantFrom(
            'application/json',
            'text/plain',
            'application/json; charset=latin1',
            '',
          ),
          body: fc.oneof(fc.json({ maxDepth: 2 }), fc.string({ maxLength: 40 })),
          siteKey: fc.constantFrom('', 'pk_acme_demo', 'pk_nope'),
          requestId: fc.constantFrom('', 'ok-id', 'bad id'),
        }),
        async (route, method, junk, extra) => {
          const path = route.path.replace(/\{\w+\}/g, junk);
          const headers: Record<string, string> = {};
          if (extra.contentType) headers['content-type'] = extra.contentType;
          if (extra.siteKey) headers['x-site-key'] = extra.siteKey;
          if (extra.requestId) headers['x-request-id'] = extra.requestId;
          const response = await fetch(`${cli.url}${path}`, {
            method,
            headers,
            body: method === 'GET' ? undefined : extra.body,
          });
          expect(response.status, `${method} ${path}`).toBeLessThan(500);
          expect(response.headers.get('x-request-id')).toBeTruthy();
          if (response.headers.get('content-type')?.includes('text/event-stream')) {
            await response.body?.cancel();
            return;
          }
          const text = await response.text();
          if (response.status >= 400) {
            const envelope = JSON.parse(text);
            expect(envelope.error.request_id).toBe(response.headers.get('x-request-id'));
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
