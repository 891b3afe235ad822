import { getResponse } from 'msw';
import {
  createManualClock,
  createReferenceServer,
  type ReferenceServer,
  type ReferenceServerOptions,
} from '../src/index.js';

/** Origin used for in-process requests (the handlers match any origin). */
export const ORIGIN = 'http://helpdock.test';

/** A response read fully: status, headers and parsed JSON (or text). */
// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field and check them with expect
export interface Result<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** Options of one in-process call. */
export interface CallOptions {
  method?: string;
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
  token?: string;
}

/** Builds the request of one call: JSON bodies get their content type, `token` a bearer header. */
function requestOf(origin: string, path: string, options: CallOptions): Request {
  const headers = new Headers(options.headers);
  if (options.json !== undefined && !headers.has('content-type'))
    headers.set('content-type', 'application/json');
  if (options.token) headers.set('authorization', `Bearer ${options.token}`);
  const hasBody = options.json !== undefined || options.body !== undefined;
  return new Request(`${origin}${path}`, {
    method: options.method ?? (hasBody ? 'POST' : 'GET'),
    headers,
    body: options.json !== undefined ? JSON.stringify(options.json) : options.body,
  });
}

/** Reads a response fully, parsing JSON bodies (other bodies stay text). */
async function resultOf(response: Response): Promise<Result> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body };
}

/** Sends a request straight through the handlers (no network), like setupServer would. */
export async function call(
  reference: ReferenceServer,
  path: string,
  options: CallOptions = {},
): Promise<Result> {
  const response = await getResponse(reference.handlers, requestOf(ORIGIN, path, options));
  if (!response) return { status: 0, headers: new Headers(), body: null };
  return resultOf(response);
}

/** Sends a request over real HTTP to a listening server at `baseUrl`. */
export async function fetchResult(baseUrl: string, path: string, options: CallOptions = {}): Promise<Result> {
  return resultOf(await fetch(requestOf(baseUrl, path, options)));
}

/** A reference server on a manual clock with demo data, quiet logs collected in `errors`. */
export function demoServer(options: ReferenceServerOptions = {}) {
  const errors: string[] = [];
  const clock = createManualClock(Date.parse('2026-02-01T10:00:00.000Z'));
  const reference = createReferenceServer({ clock, log: (message) => errors.push(message), ...options });
  return { reference, clock, errors };
}

/** Signs in a demo user and returns the access token. */
export async function login(reference: ReferenceServer, email: string): Promise<string> {
  const result = await call(reference, '/api/auth/login', { json: { email, password: 'helpdock-demo' } });
  if (result.status !== 200) throw new Error(`login of ${email} failed: ${JSON.stringify(result.body)}`);
  return result.body.access_token as string;
}

/** Expects an error envelope with `code` and the response's request id. */
export function isEnvelope(result: Result, code: string): boolean {
  const error = result.body?.error;
  return (
    typeof error === 'object' &&
    error.code === code &&
    typeof error.message === 'string' &&
    error.request_id === result.headers.get('x-request-id')
  );
}
