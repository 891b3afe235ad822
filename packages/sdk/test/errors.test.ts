import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  AuthenticationError,
  ConflictError,
  HelpdockClient,
  HelpdockError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  UnsupportedMediaTypeError,
} from '../src/index.js';
import { BASE_URL, errorBody } from './fixtures.js';
import { server, useMsw } from './msw.js';

useMsw();

const client = () => new HelpdockClient({ baseUrl: BASE_URL, accessToken: 'tok', maxRetries: 0 });

const cases = [
  [401, 'unauthorized', AuthenticationError],
  [403, 'forbidden', PermissionDeniedError],
  [404, 'not_found', NotFoundError],
  [409, 'conflict', ConflictError],
  [413, 'payload_too_large', PayloadTooLargeError],
  [415, 'unsupported_media_type', UnsupportedMediaTypeError],
  [422, 'validation_error', UnprocessableEntityError],
  [429, 'rate_limited', RateLimitError],
  [500, 'internal_error', InternalServerError],
  [502, 'upstream_error', InternalServerError],
] as const;

describe('HTTP errors', () => {
  it.each(cases)(
    'maps %i to its error class with status, code, message and request id',
    async (status, code, ErrorClass) => {
      server.use(
        http.get(`${BASE_URL}/api/support/threads/thr_1`, () =>
          HttpResponse.json(errorBody(code, `failed with ${status}`), {
            status,
            headers: { 'X-Request-Id': `req_${status}` },
          }),
        ),
      );
      const error = await client()
        .support.threads.retrieve('thr_1')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toBeInstanceOf(HelpdockError);
      expect(error).toMatchObject({
        status,
        code,
        message: `failed with ${status}`,
        requestId: `req_${status}`,
      });
    },
  );

  it('keeps the field details of a 422', async () => {
    server.use(
      http.post(`${BASE_URL}/api/support/threads`, () =>
        HttpResponse.json(
          errorBody('validation_error', 'Invalid input', [{ path: 'subject', message: 'Too long' }]),
          {
            status: 422,
          },
        ),
      ),
    );
    const error = await client()
      .support.threads.create({ subject: 'x', initial_message: 'y' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as HelpdockError).details).toEqual([{ path: 'subject', message: 'Too long' }]);
    expect((error as HelpdockError).requestId).toBe('req_from_body');
  });

  it('gives a rate-limit error the Retry-After in seconds', async () => {
    server.use(
      http.get(`${BASE_URL}/api/support/config`, () =>
        HttpResponse.json(errorBody('rate_limited', 'Slow down'), {
          status: 429,
          headers: { 'Retry-After': '120' },
        }),
      ),
    );
    const error = await client()
      .support.config.retrieve()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(120);
  });

  it('falls back to the status line when the body is not the envelope', async () => {
    server.use(
      http.get(
        `${BASE_URL}/api/support/config`,
        () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 }),
      ),
    );
    const error = await client()
      .support.config.retrieve()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 502, code: 'http_502' });
  });

  it('reports a network failure as a connection error without a status', async () => {
    server.use(http.get(`${BASE_URL}/api/support/config`, () => HttpResponse.error()));
    const error = await client()
      .support.config.retrieve()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toMatchObject({ status: undefined, code: 'connection_error' });
  });
});

describe('instanceof across two copies of the SDK (dual-package hazard)', () => {
  it('recognises errors thrown by another copy of the classes', async () => {
    vi.resetModules();
    const copyA = await import('../src/core/errors.js');
    vi.resetModules();
    const copyB = await import('../src/core/errors.js');
    expect(copyA.NotFoundError).not.toBe(copyB.NotFoundError);
    const error = new copyA.NotFoundError('gone', { status: 404, code: 'not_found' });
    expect(error instanceof copyB.NotFoundError).toBe(true);
    expect(error instanceof copyB.HelpdockError).toBe(true);
    expect(error instanceof copyB.ConflictError).toBe(false);
    expect(error instanceof Error).toBe(true);
  });

  it('keeps subclass relations: a timeout is a connection error, not the other way round', async () => {
    const { APIConnectionTimeoutError } = await import('../src/core/errors.js');
    const timeout = new APIConnectionTimeoutError('slow', { code: 'timeout' });
    const connection = new APIConnectionError('down', { code: 'connection_error' });
    expect(timeout instanceof APIConnectionError).toBe(true);
    expect(connection instanceof APIConnectionTimeoutError).toBe(false);
    expect(timeout.name).toBe('APIConnectionTimeoutError');
  });
});
