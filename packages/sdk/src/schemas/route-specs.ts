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

/** One row of the route table without its schemas. */
export interface RouteSpec {
  /** Stable name, also the OpenAPI `operationId`. */
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path with `{param}` placeholders. */
  readonly path: string;
  readonly auth: RouteAuth;
  readonly summary: string;
  readonly bodyType: RouteBody;
  readonly responseKind: RouteResponseKind;
  readonly status: 200 | 201;
  /** The SPEC section the route comes from. */
  readonly spec: string;
}

/** Every route of SPEC §2–§7 without schemas, by name. */
export const routeSpecs = {
  login: {
    id: 'auth.login',
    method: 'POST',
    path: '/api/auth/login',
    auth: 'none',
    summary: 'Sign in with email and password',
    bodyType: 'json',
    responseKind: 'json',
    status: 200,
    spec: '§2',
  },
  listThreads: {
    id: 'support.threads.list',
    method: 'GET',
    path: '/api/support/threads',
    auth: 'staff',
    summary: 'List support threads, newest activity first',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    spec: '§3',
  },
  createThread: {
    id: 'support.threads.create',
    method: 'POST',
    path: '/api/support/threads',
    auth: 'staff',
    summary: 'Open a support thread',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
    spec: '§3',
  },
  retrieveThread: {
    id: 'support.threads.retrieve',
    method: 'GET',
    path: '/api/support/threads/{id}',
    auth: 'staff',
    summary: 'Get a thread with its messages',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    spec: '§3',
  },
  updateThread: {
    id: 'support.threads.update',
    method: 'PATCH',
    path: '/api/support/threads/{id}',
    auth: 'staff',
    summary: 'Change status, priority or subject',
    bodyType: 'json',
    responseKind: 'json',
    status: 200,
    spec: '§3',
  },
  addThreadMessage: {
    id: 'support.threads.addMessage',
    method: 'POST',
    path: '/api/support/threads/{id}/messages',
    auth: 'staff',
    summary: 'Reply on a thread as staff',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
    spec: '§3',
  },
  resolveThread: {
    id: 'support.threads.resolve',
    method: 'POST',
    path: '/api/support/threads/{id}/resolve',
    auth: 'staff',
    summary: 'Mark a thread resolved',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    spec: '§3',
  },
  closeThread: {
    id: 'support.threads.close',
    method: 'POST',
    path: '/api/support/threads/{id}/close',
    auth: 'staff',
    summary: 'Close a thread',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    spec: '§3',
  },
  createToken: {
    id: 'support.tokens.create',
    method: 'POST',
    path: '/api/support/tokens',
    auth: 'staff',
    summary: 'Issue a portal token (shown once)',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
    spec: '§3',
  },
  listTokens: {
    id: 'support.tokens.list',
    method: 'GET',
    path: '/api/support/tokens',
    auth: 'staff',
    summary: 'List portal token metadata',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    spec: '§3',
  },
  revokeToken: {
    id: 'support.tokens.revoke',
    method: 'POST',
    path: '/api/support/tokens/{id}/revoke',
    auth: 'staff',
    summary: 'Revoke a portal token (idempotent)',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    spec: '§3',
  },
  retrieveConfig: {
    id: 'support.config.retrieve',
    method: 'GET',
    path: '/api/support/config',
    auth: 'admin',
    summary: 'Read the support configuration',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    spec: '§3',
  },
  updateConfig: {
    id: 'support.config.update',
    method: 'PUT',
    path: '/api/support/config',
    auth: 'admin',
    summary: 'Change part of the support configuration',
    bodyType: 'json',
    responseKind: 'json',
    status: 200,
    spec: '§3',
  },
  publicConfig: {
    id: 'public.config',
    method: 'GET',
    path: '/api/support/public/config',
    auth: 'public',
    summary: 'Public bubble settings of a site',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    spec: '§3',
  },
  publicCreateThread: {
    id: 'public.createThread',
    method: 'POST',
    path: '/api/support/public/threads',
    auth: 'public',
    summary: "Open an anonymous visitor's thread and get a portal token for it",
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
    spec: '§3',
  },
  portalContext: {
    id: 'portal.context',
    method: 'GET',
    path: '/api/support/portal/{token}',
    auth: 'portal',
    summary: "A portal token's scope and threads",
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    spec: '§3',
  },
  portalCreateThread: {
    id: 'portal.createThread',
    method: 'POST',
    path: '/api/support/portal/{token}/threads',
    auth: 'portal',
    summary: 'Open a thread through an assignment-scoped token',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
    spec: '§3',
  },
  portalSendMessage: {
    id: 'portal.sendMessage',
    method: 'POST',
    path: '/api/support/portal/{token}/messages',
    auth: 'portal',
    summary: 'Post a message through a portal token',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
    spec: '§3',
  },
  portalEvents: {
    id: 'portal.events',
    method: 'GET',
    path: '/api/support/portal/{token}/events',
    auth: 'portal',
    summary: 'Server-sent events for the threads in scope',
    bodyType: 'none',
    responseKind: 'sse',
    status: 200,
    spec: '§3',
  },
  supportAccessReset: {
    id: 'supportAccess.reset',
    method: 'POST',
    path: '/api/v1/chatwoot/support-access/reset',
    auth: 'provider',
    summary: 'Reset the Chatwoot password and email it',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    spec: '§4',
  },
  customerMe: {
    id: 'customers.me.retrieve',
    method: 'GET',
    path: '/api/customers/me',
    auth: 'customer',
    summary: 'The signed-in customer and ticket counts',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    spec: '§5',
  },
  listTickets: {
    id: 'customers.me.tickets.list',
    method: 'GET',
    path: '/api/customers/me/tickets',
    auth: 'customer',
    summary: "List the customer's tickets",
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    spec: '§5',
  },
  createTicket: {
    id: 'customers.me.tickets.create',
    method: 'POST',
    path: '/api/customers/me/tickets',
    auth: 'customer',
    summary: 'Open a ticket',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
    spec: '§5',
  },
  retrieveTicket: {
    id: 'customers.me.tickets.retrieve',
    method: 'GET',
    path: '/api/customers/me/tickets/{ticketId}',
    auth: 'customer',
    summary: 'Get a ticket with messages, attachments and feedback',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    spec: '§5',
  },
  addTicketMessage: {
    id: 'customers.me.tickets.addMessage',
    method: 'POST',
    path: '/api/customers/me/tickets/{ticketId}/messages',
    auth: 'customer',
    summary: 'Reply on a ticket',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
    spec: '§5',
  },
  uploadTicketAttachment: {
    id: 'customers.me.tickets.uploadAttachment',
    method: 'POST',
    path: '/api/customers/me/tickets/{ticketId}/attachments',
    auth: 'customer',
    summary: 'Attach a file to a ticket (multipart field `file`)',
    bodyType: 'multipart',
    responseKind: 'json',
    status: 201,
    spec: '§5',
  },
  uploadAttachment: {
    id: 'customers.me.uploadAttachment',
    method: 'POST',
    path: '/api/customers/me/attachments',
    auth: 'customer',
    summary: 'Upload a file before the ticket exists (multipart field `file`)',
    bodyType: 'multipart',
    responseKind: 'json',
    status: 201,
    spec: '§5',
  },
  downloadFile: {
    id: 'files.download',
    method: 'GET',
    path: '/api/files/{id}',
    auth: 'file',
    summary: 'Download a file (owner and tenant staff only)',
    bodyType: 'none',
    responseKind: 'file',
    status: 200,
    spec: '§5',
  },
  createCall: {
    id: 'customers.me.calls.create',
    method: 'POST',
    path: '/api/customers/me/calls',
    auth: 'customer',
    summary: 'Request a call, now or at a time',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
    spec: '§5',
  },
  listNotifications: {
    id: 'customers.me.notifications.list',
    method: 'GET',
    path: '/api/customers/me/notifications',
    auth: 'customer',
    summary: "List the customer's notifications",
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    spec: '§5',
  },
  markNotificationRead: {
    id: 'customers.me.notifications.markRead',
    method: 'POST',
    path: '/api/customers/me/notifications/{id}/read',
    auth: 'customer',
    summary: 'Mark a notification read',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    spec: '§5',
  },
  createFeedback: {
    id: 'customers.me.feedback.create',
    method: 'POST',
    path: '/api/customers/me/feedback',
    auth: 'customer',
    summary: 'Rate a resolved or closed ticket (once)',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
    spec: '§5',
  },
  searchKb: {
    id: 'customers.me.kb.search',
    method: 'GET',
    path: '/api/customers/me/kb',
    auth: 'customer',
    summary: 'Ranked full-text search of the knowledge base',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    spec: '§5',
  },
  customerEvents: {
    id: 'customers.me.events',
    method: 'GET',
    path: '/api/customers/me/events',
    auth: 'customer',
    summary: "Server-sent events for this customer's tickets",
    bodyType: 'none',
    responseKind: 'sse',
    status: 200,
    spec: '§5',
  },
  retrievePartnerAttributes: {
    id: 'profile.attributes.retrieve',
    method: 'GET',
    path: '/api/v1/profile/attributes',
    auth: 'user',
    summary: "The signed-in user's partner attributes",
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    spec: '§6',
  },
  updatePartnerAttributes: {
    id: 'profile.attributes.update',
    method: 'PUT',
    path: '/api/v1/profile/attributes',
    auth: 'user',
    summary: "Change the signed-in user's partner attributes",
    bodyType: 'json',
    responseKind: 'json',
    status: 200,
    spec: '§6',
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
