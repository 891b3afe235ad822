/*
 * The shape of a route definition. Type-only with respect to zod, so the lite client can use the
 * types and `routePath` without bundling any schema.
 */
import type * as z from 'zod';

/**
 * Who may call a route:
 * `none` (login), `public` (site key), `portal` (token in the path), `staff` (admin or ops),
 * `admin`, `customer`, `provider`, `user` (any signed-in user), `file` (the file's owner or the tenant's staff).
 */
export type RouteAuth =
  | 'none'
  | 'public'
  | 'portal'
  | 'staff'
  | 'admin'
  | 'customer'
  | 'provider'
  | 'user'
  | 'file';

/** How a route's request body is sent. */
export type RouteBody = 'none' | 'json' | 'multipart';

/**
 * How a route answers: one JSON document, a server-sent event stream, a file download, or nothing
 * (`empty`: status 204, no body).
 */
export type RouteResponseKind = 'json' | 'sse' | 'file' | 'empty';

/** What sending a request needs, without schemas or docs: the part of a route the lite client carries. */
export interface RouteSpec {
  /** Stable name, also the OpenAPI `operationId`. */
  readonly id: string;
  /** HTTP method; `POST` calls also send an `Idempotency-Key`, so a retry creates nothing twice. */
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path with `{param}` placeholders. */
  readonly path: string;
  /** Who may call it, which also decides the credential sent (bearer token, site key or none). */
  readonly auth: RouteAuth;
  /** Request body encoding: none, a JSON document, or `multipart/form-data` (file uploads). */
  readonly bodyType: RouteBody;
  /** What the success answer is: JSON, a server-sent event stream, or a file download. */
  readonly responseKind: RouteResponseKind;
  /**
   * HTTP status of a successful answer: `201` when the call creates something, `204` when it
   * answers with no body, `200` otherwise.
   */
  readonly status: 200 | 201 | 204;
}

/** The keys of a {@link RouteSpec}, in the order the generated lite table writes them. */
export const ROUTE_SPEC_KEYS = [
  'id',
  'method',
  'path',
  'auth',
  'bodyType',
  'responseKind',
  'status',
] as const;

/** The schemas of one route: path parameters, query, JSON body and response (or stream event). */
export interface RouteSchemas {
  /** Schema of the values of the path's `{param}` placeholders; absent when the path has none. */
  readonly params?: z.ZodType;
  /** Schema of the query string parameters; absent when the route takes no query. */
  readonly query?: z.ZodType;
  /** Schema of the JSON body; absent for routes that send no body and for multipart uploads. */
  readonly body?: z.ZodType;
  /**
   * Schema of the success answer, or of one `{type, id, data}` event for `sse` routes; absent for
   * file downloads, whose bytes are not validated.
   */
  readonly response?: z.ZodType;
}

/** What a route is for, as the OpenAPI document and the docs show it. */
export interface RouteDocs {
  /** One-line description of what the route does; the OpenAPI operation's `summary`. */
  readonly summary: string;
  /** The SPEC section the route comes from. */
  readonly spec: string;
}

/** One route, written once: what sending it needs, its schemas and its docs. */
export interface RouteDef extends RouteSpec, RouteSchemas, RouteDocs {}

/**
 * Fills `{param}` placeholders of a route path, URL-encoding each value.
 * @throws {TypeError} for a missing value, or `.` or `..`, which URL normalisation would turn into
 * another path (`threads/..` is `GET /api/support/`).
 *
 * @example
 * ```ts
 * routePath(routes.retrieveThread.path, { id: 'thr_1' }); // '/api/support/threads/thr_1'
 * ```
 */
export const routePath = (path: string, params: Record<string, string> = {}): string =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`Missing path parameter ${name}`);
    if (value === '.' || value === '..') throw new TypeError(`Path parameter ${name} may not be "${value}"`);
    return encodeURIComponent(value);
  });
