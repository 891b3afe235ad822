import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelay } from '../src/advanced.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  ConflictError,
  HelpdockClient,
  HelpdockError,
  InputValidationError,
  InternalServerError,
  RateLimitError,
} from '../src/index.js';
import { BASE_URL, errorBody, message, thread } from './fixtures.js';
import { server, useMsw } from './msw.js';

useMsw();

const client = (maxRetries?: number) =>
  new HelpdockClient({ baseUrl: BASE_URL, accessToken: 'tok', maxRetries });
const threadDetail = { ...thread(), messages: [message()] };
const createInput = { subject: 'Refund', initial_message: 'Please refund order 42' };
const failNow = (status: number, code: string, headers: Record<string, string> = {}) =>
  HttpResponse.json(errorBody(code, `status ${status}`), {
    status,
    headers: { 'Retry-After': '0', ...headers },
  });

/** Answers with each of `answers` in turn and records the requests. */
function sequence(method: 'get' | 'post', path: string, answers: (() => Response)[]) {
  const requests: Request[] = [];
  server.use(
    http[method](`${BASE_URL}${path}`, ({ request }) => {
      requests.push(request);
      const answer = answers[Math.min(requests.length, answers.length) - 1]!;
      return answer();
    }),
  );
  return requests;
}

describe('retries', () => {
  it('retries a 503 and a 500 and returns the eventual success', async () => {
    const requests = sequence('post', '/api/support/threads', [
      () => failNow(503, 'internal_error'),
      () => failNow(500, 'internal_error'),
      () => HttpResponse.json(threadDetail, { status: 201 }),
    ]);
    const created = await client().support.threads.create(createInput);
    expect(created.id).toBe('thr_1');
    expect(requests).toHaveLength(3);
  });

  it('sends one Idempotency-Key on every POST, the same on each retry', async () => {
    const requests = sequence('post', '/api/support/threads', [
      () => failNow(503, 'internal_error'),
      () => HttpResponse.error(),
      () => HttpResponse.json(threadDetail, { status: 201 }),
    ]);
    await client().support.threads.create(createInput);
    const keys = requests.map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys)).toEqual(new Set([keys[0]]));
  });

  it('uses a fresh key per call and the caller’s key when given', async () => {
    const requests = sequence('post', '/api/support/threads', [
      () => HttpResponse.json(threadDetail, { status: 201 }),
    ]);
    await client().support.threads.create(createInput);
    await client().support.threads.create(createInput);
    await client().support.threads.create(createInput, { idempotencyKey: 'order-42' });
    const keys = requests.map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBe('order-42');
  });

  it('puts no Idempotency-Key on a GET', async () => {
    const requests = sequence('get', '/api/support/threads/thr_1', [() => HttpResponse.json(threadDetail)]);
    await client().support.threads.retrieve('thr_1');
    expect(requests[0]!.headers.has('idempotency-key')).toBe(false);
  });

  it('rejects an invalid idempotency key before sending', async () => {
    const requests = sequence('post', '/api/support/threads', [
      () => HttpResponse.json(threadDetail, { status: 201 }),
    ]);
    const error = await client()
      .support.threads.create(createInput, { idempotencyKey: 'x'.repeat(256) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    expect(requests).toHaveLength(0);
  });

  it('stops after maxRetries (default 2) and throws the last error', async () => {
    const requests = sequence('get', '/api/support/config', [() => failNow(502, 'upstream_error')]);
    const error = await client()
      .support.config.retrieve()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(3);
  });

  it('honours a per-call maxRetries', async () => {
    const requests = sequence('get', '/api/support/config', [() => failNow(503, 'internal_error')]);
    await expect(client().support.config.retrieve({ maxRetries: 0 })).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(requests).toHaveLength(1);
  });

  it('retries 429 and 408', async () => {
    const requests = sequence('get', '/api/support/config', [
      () => failNow(429, 'rate_limited'),
      () => new HttpResponse(null, { status: 408, headers: { 'Retry-After': '0' } }),
      () => HttpResponse.json(config),
    ]);
    await client().support.config.retrieve();
    expect(requests).toHaveLength(3);
  });

  it('does not retry a real conflict, a 404 or a 422', async () => {
    for (const [status, code] of [
      [409, 'conflict'],
      [404, 'not_found'],
      [422, 'validation_error'],
    ] as const) {
      const requests = sequence('get', '/api/support/config', [() => failNow(status, code)]);
      await expect(client().support.config.retrieve()).rejects.toBeInstanceOf(HelpdockError);
      expect(requests).toHaveLength(1);
    }
  });

  it('retries a 409 the server marks transient with X-Should-Retry: true (a lock)', async () => {
    const requests = sequence('post', '/api/support/threads', [
      () => failNow(409, 'conflict', { 'X-Should-Retry': 'true' }),
      () => HttpResponse.json(threadDetail, { status: 201 }),
    ]);
    await client().support.threads.create(createInput);
    expect(requests).toHaveLength(2);
    expect(requests[0]!.headers.get('idempotency-key')).toBe(requests[1]!.headers.get('idempotency-key'));
  });

  it('does not retry a 503 marked X-Should-Retry: false', async () => {
    const requests = sequence('get', '/api/support/config', [
      () => failNow(503, 'internal_error', { 'X-Should-Retry': 'false' }),
    ]);
    await expect(client().support.config.retrieve()).rejects.toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(1);
  });

  it('retries connection failures, then gives up with APIConnectionError', async () => {
    const requests = sequence('get', '/api/support/config', [() => HttpResponse.error()]);
    await expect(client(1).support.config.retrieve()).rejects.toBeInstanceOf(APIConnectionError);
    expect(requests).toHaveLength(2);
  });

  it('waits out Retry-After before retrying', async () => {
    const times: number[] = [];
    sequence('get', '/api/support/config', [
      () => {
        times.push(Date.now());
        return failNow(429, 'rate_limited', { 'Retry-After': '1' });
      },
      () => {
        times.push(Date.now());
        return HttpResponse.json(config);
      },
    ]);
    await client().support.config.retrieve();
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950);
  });

  it('does not sit through a Retry-After over 60 s: the caller gets the 429 with retryAfter', async () => {
    const requests = sequence('get', '/api/support/config', [
      () => failNow(429, 'rate_limited', { 'Retry-After': '900' }),
    ]);
    const error = await client()
      .support.config.retrieve()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(900);
    expect(requests).toHaveLength(1);
  });
});

const config = {
  WHATSAPP_NUMBER: '5511987654321',
  SUPPORT_BUBBLE_ENABLED: true,
  OPS_SUPPORT_EMAIL: 'ops@acme.test',
  SUPPORT_PORTAL_BASE_URL: 'https://support.acme.test',
  TOKEN_DEFAULT_EXPIRY_DAYS: 7,
  identity_secret_set: false,
  identity_secret_rotated_at: null,
  BUSINESS_HOURS: null,
  AWAY_MESSAGE: null,
  REPLY_TIME: 'hours',
};

describe('Retry-After and backoff', () => {
  const withHeader = (headers: Record<string, string>) =>
    new HelpdockError('x', { code: 'rate_limited', status: 429, headers: new Headers(headers) });

  it('reads seconds, an HTTP date and Retry-After-Ms', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter(new Headers({ 'Retry-After': '3' }), now)).toBe(3000);
    expect(parseRetryAfter(new Headers({ 'Retry-After': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(5000);
    expect(parseRetryAfter(new Headers({ 'Retry-After': 'Wed, 31 Dec 2025 00:00:00 GMT' }), now)).toBe(0);
    expect(parseRetryAfter(new Headers({ 'Retry-After-Ms': '250' }), now)).toBe(250);
    expect(parseRetryAfter(new Headers({ 'Retry-After': 'soon' }), now)).toBeUndefined();
    expect(parseRetryAfter(new Headers(), now)).toBeUndefined();
  });

  it('uses the server’s wait when given', () => {
    expect(retryDelay(0, withHeader({ 'Retry-After': '2' }))).toBe(2000);
  });

  it('backs off exponentially with up to 25 % jitter, capped at 8 s', () => {
    const error = withHeader({});
    expect(retryDelay(0, error, () => 0)).toBe(500);
    expect(retryDelay(1, error, () => 0)).toBe(1000);
    expect(retryDelay(2, error, () => 0.999)).toBeGreaterThan(1500);
    expect(retryDelay(2, error, () => 0.999)).toBeLessThan(2000);
    expect(retryDelay(10, error, () => 0)).toBe(8000);
  });
});

describe('timeouts and abort', () => {
  it('fails a slow answer with APIConnectionTimeoutError after the timeout', async () => {
    server.use(
      http.get(`${BASE_URL}/api/support/config`, async () => {
        await delay(2_000);
        return HttpResponse.json(config);
      }),
    );
    const error = await client(0)
      .support.config.retrieve({ timeout: 50 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error).toMatchObject({ code: 'timeout' });
  });

  it('retries a timed-out POST with the same Idempotency-Key', async () => {
    const requests: Request[] = [];
    server.use(
      http.post(`${BASE_URL}/api/support/threads/thr_1/messages`, async ({ request }) => {
        requests.push(request);
        if (requests.length === 1) await delay(2_000);
        return HttpResponse.json(message({ author_type: 'INTERNAL' }), { status: 201 });
      }),
    );
    const reply = await client(1).support.threads.addMessage(
      'thr_1',
      { message_text: 'On it' },
      { timeout: 100 },
    );
    expect(reply.author_type).toBe('INTERNAL');
    expect(requests).toHaveLength(2);
    expect(requests[0]!.headers.get('idempotency-key')).toBe(requests[1]!.headers.get('idempotency-key'));
  });

  it('rejects with the abort reason when the caller aborts mid-request', async () => {
    server.use(
      http.get(`${BASE_URL}/api/support/config`, async () => {
        await delay(2_000);
        return HttpResponse.json(config);
      }),
    );
    const controller = new AbortController();
    const pending = client().support.config.retrieve({ signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user left')), 20);
    await expect(pending).rejects.toThrow('user left');
  });

  it('stops retrying when aborted during the backoff wait', async () => {
    const requests = sequence('get', '/api/support/config', [
      () => failNow(503, 'internal_error', { 'Retry-After': '5' }),
    ]);
    const controller = new AbortController();
    const pending = client().support.config.retrieve({ signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 100);
    await expect(pending).rejects.toThrow('stop');
    expect(requests).toHaveLength(1);
  });

  it('does not send anything when the signal is already aborted', async () => {
    const requests = sequence('get', '/api/support/config', [() => HttpResponse.json(config)]);
    await expect(
      client().support.config.retrieve({ signal: AbortSignal.abort(new Error('early')) }),
    ).rejects.toThrow('early');
    expect(requests).toHaveLength(0);
  });
});

describe('conflicts are not hidden', () => {
  it('surfaces a 409 on a closed thread as ConflictError', async () => {
    sequence('post', '/api/support/threads/thr_1/messages', [
      () => HttpResponse.json(errorBody('conflict', 'Thread is closed'), { status: 409 }),
    ]);
    await expect(
      client().support.threads.addMessage('thr_1', { message_text: 'hello?' }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});
