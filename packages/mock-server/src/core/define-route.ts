import { MAX_UPLOAD_BYTES, NoBody, type RouteDef } from '@helpdock/sdk/schemas';
import { type HttpHandler, http } from 'msw';
import type { z } from 'zod';
import type { ServerDeps } from '../deps.js';
import type { Actor } from '../store/context.js';
import type { Store } from '../store/store.js';
import { type Answer, type DirectRoute, directHandler, type TextAnswer, toResponse } from './answer.js';
import { bearerToken, rolesFor } from './auth.js';
import { CheckedBodies } from './checked-bodies.js';
import { ApiError, errorAnswer, errorBody, fail, toApiError } from './errors.js';
import { IdempotencyStore, type StoredResponse } from './idempotency.js';
import { sha256Hex, sha256HexOfBytes } from './ids.js';
import {
  actorOf,
  clientOf,
  type Principal,
  type PrincipalFor,
  principalKey,
  type UserPrincipal,
} from './principal.js';
import { resolveRequestId } from './request-id.js';
import { withHeaders } from './response.js';
import {
  canonicalJson,
  MAX_JSON_BYTES,
  parseInput,
  queryObject,
  readBodyBytes,
  readJsonBody,
} from './validate.js';

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a route handler gets: the validated, typed input and who is calling. */
export interface RouteContext<R extends RouteDef> {
  request: Request;
  url: URL;
  requestId: string;
  params: Out<R['params']>;
  query: Out<R['query']>;
  body: Out<R['body']>;
  principal: PrincipalFor<R['auth']>;
  /** The audit actor (tenant, user, request id); for `none` routes the default tenant with no user. */
  actor: Actor;
  /** Who is calling, for per-client rate limits. */
  client: string;
  deps: ServerDeps;
  store: Store;
}

/** Room for the multipart envelope around a 10 MiB file when a copy of an upload is digested. */
const MULTIPART_ALLOWANCE_BYTES = 64 * 1024;

/**
 * What identifies a multipart body regardless of its random boundary: each field's name and value,
 * each file's name, type and SHA-256. Unparseable bodies fall back to a digest of their bytes.
 */
async function multipartFingerprint(copy: Request): Promise<unknown> {
  const bytes = await readBodyBytes(copy, MAX_UPLOAD_BYTES + MULTIPART_ALLOWANCE_BYTES);
  try {
    const form = await new Response(bytes as BodyInit, {
      headers: { 'content-type': copy.headers.get('content-type') ?? '' },
    }).formData();
    const fields: unknown[] = [];
    for (const [name, value] of form) {
      fields.push(
        typeof value === 'string'
          ? [name, value]
          : [name, value.name, value.type, await sha256HexOfBytes(new Uint8Array(await value.arrayBuffer()))],
      );
    }
    return { multipart: fields };
  } catch {
    return { sha256: await sha256HexOfBytes(bytes) };
  }
}

const replyTag = Symbol('helpdock.reply');

/** A JSON answer with a status or headers other than the route's defaults. */
export interface Reply<T> {
  [replyTag]: true;
  body: T;
  status: number | undefined;
  headers: Record<string, string>;
}

/**
 * Answers with `body` and a specific status or headers.
 *
 * @example
 * ```ts
 * return reply(config, { headers: { ETag: etag } });
 * ```
 */
export function reply<T>(
  body: T,
  init: { status?: number; headers?: Record<string, string> } = {},
): Reply<T> {
  return { [replyTag]: true, body, status: init.status, headers: init.headers ?? {} };
}

const isReply = (value: unknown): value is Reply<unknown> =>
  typeof value === 'object' && value !== null && replyTag in value;

/**
 * What a handler may return: the response body, a {@link reply}, or a raw `Response` (streams, files,
 * 304); nothing for `empty` routes (answered 204).
 */
export type RouteResult<R extends RouteDef> = R['responseKind'] extends 'empty'
  ? // biome-ignore lint/suspicious/noConfusingVoidType: an empty route's handler returns nothing at all
    void
  : Out<R['response']> | Reply<Out<R['response']>> | Response;

/** The MSW path pattern of a route path: `{id}` → `:id`, on any origin unless a base URL is set. */
export function mswPath(path: string, baseUrl: string | undefined): string {
  const pattern = path.replace(/\{(\w+)\}/g, ':$1');
  return `${baseUrl === undefined ? '*' : baseUrl.replace(/\/+$/, '')}${pattern}`;
}

const methods = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
  DELETE: http.delete,
} as const;

const jsonHeaders = (requestId: string, extra: Record<string, string> = {}): Record<string, string> => ({
  'Content-Type': 'application/json',
  'X-Request-Id': requestId,
  ...extra,
});

/** The HTTP answer of a stored response: JSON, or no body at all for a 204. */
function storedAnswer(
  stored: StoredResponse,
  requestId: string,
  headers: Record<string, string>,
): TextAnswer {
  if (stored.status === 204) return { status: 204, headers: { 'X-Request-Id': requestId }, body: null };
  return { status: stored.status, headers: jsonHeaders(requestId, headers), body: stored.body };
}

async function authenticate(
  deps: ServerDeps,
  route: RouteDef,
  request: Request,
  url: URL,
  rawParams: Record<string, unknown>,
): Promise<Principal> {
  const { store } = deps;
  switch (route.auth) {
    case 'none':
      return { kind: 'none' };
    case 'public': {
      const siteKey = request.headers.get('x-site-key') ?? url.searchParams.get('site_key') ?? undefined;
      const tenant = store.directory.tenantForSiteKey(siteKey);
      return { kind: 'public', tenant, tenantId: tenant.id };
    }
    case 'portal': {
      const token = rawParams.token;
      if (typeof token !== 'string' || token.length === 0 || token.length > 200) {
        throw fail.unauthorized('This support link is invalid');
      }
      const record = store.tokens.accept(await sha256Hex(token));
      return { kind: 'portal', token: record, tenantId: record.tenant_id };
    }
    default: {
      const principal = await authenticateUser(deps, request);
      if (!rolesFor[route.auth].includes(principal.user.role)) throw fail.forbidden();
      return principal;
    }
  }
}

/** Verifies the Bearer JWT of a request and loads its user (401 when missing, invalid or gone). */
export async function authenticateUser(deps: ServerDeps, request: Request): Promise<UserPrincipal> {
  const token = bearerToken(request);
  if (token === undefined)
    throw fail.unauthorized('Sign in first: send Authorization: Bearer <access_token>');
  const claims = await deps.accessTokens.verify(token);
  const user = deps.store.directory.user(claims.userId);
  if (!user || user.tenant_id !== claims.tenantId) throw fail.unauthorized('Invalid access token');
  return { kind: 'user', user, tenantId: user.tenant_id };
}

function defaultActor(deps: ServerDeps, principal: Principal, requestId: string): Actor {
  if (principal.kind !== 'none') return actorOf(principal, requestId);
  const tenant = deps.store.state.tenants.find((t) => t.is_default) ?? deps.store.state.tenants[0];
  return { requestId, tenantId: tenant?.id ?? '', userId: null };
}

function toStored(
  deps: ServerDeps,
  route: RouteDef,
  result: unknown,
  checked: CheckedBodies,
): StoredResponse {
  if (route.responseKind === 'empty') return { status: route.status, body: '', headers: {} };
  const body = isReply(result) ? result.body : result;
  const status = isReply(result) ? (result.status ?? route.status) : route.status;
  const headers = isReply(result) ? result.headers : {};
  const json = JSON.stringify(body);
  if (
    deps.settings.validateResponses &&
    route.response &&
    route.responseKind === 'json' &&
    !checked.has(json)
  ) {
    const check = route.response.safeParse(body);
    if (!check.success) {
      deps.log(`Response of ${route.id} does not match its schema: ${JSON.stringify(check.error.issues)}`);
      throw new ApiError('internal_error', 'The server built an invalid response');
    }
    checked.add(json);
  }
  return { status, body: json, headers };
}

/**
 * THE way to implement a contract route: an MSW handler that resolves the request id, applies
 * injected faults (before any effect), authenticates (`ctx.principal`), validates path, query and
 * JSON body with the route's schemas (typed `ctx.params/query/body`), makes POSTs idempotent, runs
 * `handle`, checks the answer against the response schema, and turns every thrown error into the
 * SPEC §1 envelope. Portal routes count one token use per accepted call (replays count none).
 *
 * @example
 * ```ts
 * defineRoute(deps, routes.retrieveThread, (ctx) => ctx.store.threads.staffDetail(ctx.principal.tenantId, ctx.params.id));
 * ```
 */
export function defineRoute<R extends RouteDef>(
  deps: ServerDeps,
  route: R,
  handle: (ctx: RouteContext<R>) => RouteResult<R> | Promise<RouteResult<R>>,
): HttpHandler {
  const checked = new CheckedBodies();
  const resolve = async (request: Request, params: Record<string, unknown>): Promise<Answer> => {
    const requestId = resolveRequestId(request);
    try {
      await deps.faults.apply();
      const url = new URL(request.url);
      const principal = await authenticate(deps, route, request, url, params);
      const parsedParams = route.params ? parseInput(route.params, params, 'path') : undefined;
      const rawQuery = queryObject(url);
      const query = route.query ? parseInput(route.query, rawQuery, 'query') : undefined;
      let rawBody: unknown;
      let body: unknown;
      if (route.bodyType === 'json') {
        rawBody = (await readJsonBody(request, MAX_JSON_BYTES))?.value;
        body = parseInput(route.body ?? NoBody, rawBody, 'body');
      } else if (route.bodyType === 'multipart' && request.headers.has('idempotency-key')) {
        // The handler reads the upload itself; a digest of a copy tells a retry from another file.
        rawBody = await multipartFingerprint(request.clone());
      } else if (route.bodyType === 'none') {
        rawBody = (await readJsonBody(request, MAX_JSON_BYTES))?.value;
        if (rawBody !== undefined) parseInput(NoBody, rawBody, 'body');
      }
      const client = clientOf(request);
      const ctx = {
        request,
        url,
        requestId,
        params: parsedParams,
        query,
        body,
        principal,
        actor: defaultActor(deps, principal, requestId),
        client,
        deps,
        store: deps.store,
      } as RouteContext<R>;

      const execute = async (): Promise<StoredResponse | Response> => {
        if (principal.kind === 'portal') {
          // Checked again right before the effect: the token may have been revoked, have expired or
          // been reset away while this request was being read.
          principal.token = deps.store.tokens.accept(principal.token.token_hash);
          deps.store.tokens.use(principal.token);
        }
        try {
          const result = await handle(ctx);
          if (result instanceof Response) return result;
          return toStored(deps, route, result, checked);
        } catch (error) {
          const apiError = toApiError(error, deps.log);
          return {
            status: apiError.status,
            body: JSON.stringify(errorBody(apiError, requestId)),
            headers: apiError.headers,
          };
        }
      };

      const key = route.method === 'POST' ? IdempotencyStore.parseKey(request) : undefined;
      if (key === undefined) {
        const result = await execute();
        if (result instanceof Response) return withHeaders(result, { 'X-Request-Id': requestId });
        return storedAnswer(result, requestId, result.headers);
      }
      const scope = `${principalKey(principal, client)}|${route.id}|${key}`;
      const fingerprint = canonicalJson({ params, query: rawQuery, body: rawBody ?? null });
      const { response, replayed } = await deps.idempotency.run(scope, fingerprint, async () => {
        const result = await execute();
        if (result instanceof Response)
          throw new ApiError('internal_error', 'A streamed answer cannot be replayed');
        return result;
      });
      return storedAnswer(response, requestId, {
        ...response.headers,
        ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}),
      });
    } catch (error) {
      return errorAnswer(toApiError(error, deps.log), requestId);
    }
  };
  return mswHandler(route.method, mswPath(route.path, deps.settings.baseUrl), {
    resolve,
    signal: route.responseKind === 'sse',
  });
}

/** The MSW handler of a route's resolver, registered so the HTTP server can call the resolver directly. */
function mswHandler(method: keyof typeof methods, path: string, route: DirectRoute): HttpHandler {
  const handler = methods[method](path, async ({ request, params }) =>
    toResponse(await route.resolve(request, params)),
  );
  return directHandler(handler, route);
}

/** What a non-contract route handler gets. */
export interface RawRouteContext {
  request: Request;
  url: URL;
  requestId: string;
  params: Record<string, string>;
  deps: ServerDeps;
  store: Store;
  /** Reads and validates a JSON body (415/413/422 as for contract routes); an empty body parses as `{}`. */
  json<S extends z.ZodType>(schema: S, limit?: number): Promise<z.output<S>>;
}

/** A non-contract route: method, path (`{param}` or `:param` placeholders) and whether faults apply. */
export interface RawRouteDef {
  method: keyof typeof methods;
  path: string;
  /** Injected faults apply (default false: the control API and the upstream emulations stay reliable). */
  faults?: boolean;
}

/**
 * A route outside the route table (control API, emulated upstreams): request id, optional faults,
 * error envelope. Return a `Response`, or any other value to answer it as JSON with status 200.
 *
 * @example
 * ```ts
 * defineRawRoute(deps, { method: 'GET', path: '/__helpdock/outbox' }, (ctx) => ({ data: ctx.store.outbox.list() }));
 * ```
 */
export function defineRawRoute(
  deps: ServerDeps,
  def: RawRouteDef,
  handle: (ctx: RawRouteContext) => unknown | Promise<unknown>,
): HttpHandler {
  const resolve = async (request: Request, params: Record<string, unknown>): Promise<Answer> => {
    const requestId = resolveRequestId(request);
    try {
      if (def.faults) await deps.faults.apply();
      const stringParams: Record<string, string> = {};
      for (const [name, value] of Object.entries(params)) {
        if (typeof value === 'string') stringParams[name] = value;
      }
      const result = await handle({
        request,
        url: new URL(request.url),
        requestId,
        params: stringParams,
        deps,
        store: deps.store,
        json: async (schema, limit = MAX_JSON_BYTES) =>
          parseInput(schema, (await readJsonBody(request, limit))?.value ?? {}, 'body'),
      });
      if (result instanceof Response) {
        return result.headers.has('X-Request-Id')
          ? result
          : withHeaders(result, { 'X-Request-Id': requestId });
      }
      return { status: 200, headers: jsonHeaders(requestId), body: JSON.stringify(result ?? null) };
    } catch (error) {
      return errorAnswer(toApiError(error, deps.log), requestId);
    }
  };
  return mswHandler(def.method, mswPath(def.path, deps.settings.baseUrl), { resolve, signal: true });
}
