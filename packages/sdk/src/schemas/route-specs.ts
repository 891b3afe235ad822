/*
 * The route table without its schemas: what a request needs to be sent (method, path, auth, body
 * kind) and nothing that pulls zod in. `routes.ts` joins each row with its schemas; the SDK's lite
 * client (`@helpdock/sdk/lite`, used by the widget's script-tag bundle) sends requests from these rows alone.
 */

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

/** How a route answers: one JSON document, a server-sent event stream, or a file download. */
export type RouteResponseKind = 'json' | 'sse' | 'file';

/** One row of the route table without its schemas and docs: what sending a request needs. */
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
  /** HTTP status of a successful answer: `201` when the call creates something, `200` otherwise. */
  readonly status: 200 | 201;
}

/** Every route of SPEC §2–§7 without schemas, by name. */
export const routeSpecs = {
  login: {
    id: 'auth.login',
    method: 'POST',
    path: '/api/auth/login',
    auth: 'none',
    bodyType: 'json',
    responseKind: 'json',
    status: 200,
  },
  listThreads: {
    id: 'support.threads.list',
    method: 'GET',
    path: '/api/support/threads',
    auth: 'staff',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
  },
  createThread: {
    id: 'support.threads.create',
    method: 'POST',
    path: '/api/support/threads',
    auth: 'staff',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
  },
  retrieveThread: {
    id: 'support.threads.retrieve',
    method: 'GET',
    path: '/api/support/threads/{id}',
    auth: 'staff',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
  },
  updateThread: {
    id: 'support.threads.update',
    method: 'PATCH',
    path: '/api/support/threads/{id}',
    auth: 'staff',
    bodyType: 'json',
    responseKind: 'json',
    status: 200,
  },
  addThreadMessage: {
    id: 'support.threads.addMessage',
    method: 'POST',
    path: '/api/support/threads/{id}/messages',
    auth: 'staff',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
  },
  resolveThread: {
    id: 'support.threads.resolve',
    method: 'POST',
    path: '/api/support/threads/{id}/resolve',
    auth: 'staff',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
  },
  closeThread: {
    id: 'support.threads.close',
    method: 'POST',
    path: '/api/support/threads/{id}/close',
    auth: 'staff',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
  },
  createToken: {
    id: 'support.tokens.create',
    method: 'POST',
    path: '/api/support/tokens',
    auth: 'staff',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
  },
  listTokens: {
    id: 'support.tokens.list',
    method: 'GET',
    path: '/api/support/tokens',
    auth: 'staff',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
  },
  revokeToken: {
    id: 'support.tokens.revoke',
    method: 'POST',
    path: '/api/support/tokens/{id}/revoke',
    auth: 'staff',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
  },
  retrieveConfig: {
    id: 'support.config.retrieve',
    method: 'GET',
    path: '/api/support/config',
    auth: 'admin',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
  },
  updateConfig: {
    id: 'support.config.update',
    method: 'PUT',
    path: '/api/support/config',
    auth: 'admin',
    bodyType: 'json',
    responseKind: 'json',
    status: 200,
  },
  publicConfig: {
    id: 'public.config',
    method: 'GET',
    path: '/api/support/public/config',
    auth: 'public',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
  },
  publicCreateThread: {
    id: 'public.createThread',
    method: 'POST',
    path: '/api/support/public/threads',
    auth: 'public',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
  },
  portalContext: {
    id: 'portal.context',
    method: 'GET',
    path: '/api/support/portal/{token}',
    auth: 'portal',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
  },
  portalCreateThread: {
    id: 'portal.createThread',
    method: 'POST',
    path: '/api/support/portal/{token}/threads',
    auth: 'portal',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
  },
  portalSendMessage: {
    id: 'portal.sendMessage',
    method: 'POST',
    path: '/api/support/portal/{token}/messages',
    auth: 'portal',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
  },
  portalEvents: {
    id: 'portal.events',
    method: 'GET',
    path: '/api/support/portal/{token}/events',
    auth: 'portal',
    bodyType: 'none',
    responseKind: 'sse',
    status: 200,
  },
  supportAccessReset: {
    id: 'supportAccess.reset',
    method: 'POST',
    path: '/api/v1/chatwoot/support-access/reset',
    auth: 'provider',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
  },
  customerMe: {
    id: 'customers.me.retrieve',
    method: 'GET',
    path: '/api/customers/me',
    auth: 'customer',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
  },
  listTickets: {
    id: 'customers.me.tickets.list',
    method: 'GET',
    path: '/api/customers/me/tickets',
    auth: 'customer',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
  },
  createTicket: {
    id: 'customers.me.tickets.create',
    method: 'POST',
    path: '/api/customers/me/tickets',
    auth: 'customer',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
  },
  retrieveTicket: {
    id: 'customers.me.tickets.retrieve',
    method: 'GET',
    path: '/api/customers/me/tickets/{ticketId}',
    auth: 'customer',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
  },
  addTicketMessage: {
    id: 'customers.me.tickets.addMessage',
    method: 'POST',
    path: '/api/customers/me/tickets/{ticketId}/messages',
    auth: 'customer',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
  },
  uploadTicketAttachment: {
    id: 'customers.me.tickets.uploadAttachment',
    method: 'POST',
    path: '/api/customers/me/tickets/{ticketId}/attachments',
    auth: 'customer',
    bodyType: 'multipart',
    responseKind: 'json',
    status: 201,
  },
  uploadAttachment: {
    id: 'customers.me.uploadAttachment',
    method: 'POST',
    path: '/api/customers/me/attachments',
    auth: 'customer',
    bodyType: 'multipart',
    responseKind: 'json',
    status: 201,
  },
  downloadFile: {
    id: 'files.download',
    method: 'GET',
    path: '/api/files/{id}',
    auth: 'file',
    bodyType: 'none',
    responseKind: 'file',
    status: 200,
  },
  createCall: {
    id: 'customers.me.calls.create',
    method: 'POST',
    path: '/api/customers/me/calls',
    auth: 'customer',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
  },
  listNotifications: {
    id: 'customers.me.notifications.list',
    method: 'GET',
    path: '/api/customers/me/notifications',
    auth: 'customer',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
  },
  markNotificationRead: {
    id: 'customers.me.notifications.markRead',
    method: 'POST',
    path: '/api/customers/me/notifications/{id}/read',
    auth: 'customer',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
  },
  createFeedback: {
    id: 'customers.me.feedback.create',
    method: 'POST',
    path: '/api/customers/me/feedback',
    auth: 'customer',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
  },
  searchKb: {
    id: 'customers.me.kb.search',
    method: 'GET',
    path: '/api/customers/me/kb',
    auth: 'customer',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
  },
  customerEvents: {
    id: 'customers.me.events',
    method: 'GET',
    path: '/api/customers/me/events',
    auth: 'customer',
    bodyType: 'none',
    responseKind: 'sse',
    status: 200,
  },
  retrievePartnerAttributes: {
    id: 'profile.attributes.retrieve',
    method: 'GET',
    path: '/api/v1/profile/attributes',
    auth: 'user',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
  },
  updatePartnerAttributes: {
    id: 'profile.attributes.update',
    method: 'PUT',
    path: '/api/v1/profile/attributes',
    auth: 'user',
    bodyType: 'json',
    responseKind: 'json',
    status: 200,
  },
} as const satisfies Record<string, RouteSpec>;

/** Name of a route in the route table. */
export type RouteName = keyof typeof routeSpecs;

/**
 * Fills `{param}` placeholders of a route path, URL-encoding each value.
 *
 * @example
 * ```ts
 * routePath('/api/support/threads/{id}', { id: 'thr_1' }); // '/api/support/threads/thr_1'
 * ```
 */
export const routePath = (path: string, params: Record<string, string> = {}): string =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
