import * as z from 'zod';
import * as c from './customer.js';
import { EmptyBody } from './common.js';
import { CustomerEvent, PortalEvent } from './events.js';
import { LoginRequest, LoginResponse } from './identity.js';
import { PartnerAttributes, SupportAccessResetResponse, UpdatePartnerAttributesRequest } from './partner.js';
import * as s from './support.js';

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

/** One row of the route table: everything both the SDK and the reference server need to know. */
export interface RouteDef {
  /** Stable name, also the OpenAPI `operationId`. */
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Express-style path with `{param}` placeholders. */
  readonly path: string;
  readonly auth: RouteAuth;
  readonly summary: string;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly bodyType: RouteBody;
  readonly body?: z.ZodType;
  readonly responseKind: RouteResponseKind;
  readonly response?: z.ZodType;
  readonly status: 200 | 201;
  /** The SPEC section the route comes from. */
  readonly spec: string;
}

const route = <const R extends RouteDef>(r: R): R => r;

/** The whole API contract of SPEC §2–§7, one row per route. */
export const routes = {
  login: route({
    id: 'auth.login',
    method: 'POST',
    path: '/api/auth/login',
    auth: 'none',
    spec: '§2',
    summary: 'Sign in with email and password',
    bodyType: 'json',
    body: LoginRequest,
    responseKind: 'json',
    response: LoginResponse,
    status: 200,
  }),
  listThreads: route({
    id: 'support.threads.list',
    method: 'GET',
    path: '/api/support/threads',
    auth: 'staff',
    spec: '§3',
    summary: 'List support threads, newest activity first',
    query: s.ThreadListQuery,
    bodyType: 'none',
    responseKind: 'json',
    response: s.ThreadList,
    status: 200,
  }),
  createThread: route({
    id: 'support.threads.create',
    method: 'POST',
    path: '/api/support/threads',
    auth: 'staff',
    spec: '§3',
    summary: 'Open a support thread',
    bodyType: 'json',
    body: s.CreateThreadRequest,
    responseKind: 'json',
    response: s.ThreadDetail,
    status: 201,
  }),
  retrieveThread: route({
    id: 'support.threads.retrieve',
    method: 'GET',
    path: '/api/support/threads/{id}',
    auth: 'staff',
    spec: '§3',
    summary: 'Get a thread with its messages',
    params: s.ThreadParams,
    bodyType: 'none',
    responseKind: 'json',
    response: s.ThreadDetail,
    status: 200,
  }),
  updateThread: route({
    id: 'support.threads.update',
    method: 'PATCH',
    path: '/api/support/threads/{id}',
    auth: 'staff',
    spec: '§3',
    summary: 'Change status, priority or subject',
    params: s.ThreadParams,
    bodyType: 'json',
    body: s.UpdateThreadRequest,
    responseKind: 'json',
    response: s.Thread,
    status: 200,
  }),
  addThreadMessage: route({
    id: 'support.threads.addMessage',
    method: 'POST',
    path: '/api/support/threads/{id}/messages',
    auth: 'staff',
    spec: '§3',
    summary: 'Reply on a thread as staff',
    params: s.ThreadParams,
    bodyType: 'json',
    body: s.CreateMessageRequest,
    responseKind: 'json',
    response: s.Message,
    status: 201,
  }),
  resolveThread: route({
    id: 'support.threads.resolve',
    method: 'POST',
    path: '/api/support/threads/{id}/resolve',
    auth: 'staff',
    spec: '§3',
    summary: 'Mark a thread resolved',
    params: s.ThreadParams,
    bodyType: 'none',
    responseKind: 'json',
    response: s.Thread,
    status: 200,
  }),
  closeThread: route({
    id: 'support.threads.close',
    method: 'POST',
    path: '/api/support/threads/{id}/close',
    auth: 'staff',
    spec: '§3',
    summary: 'Close a thread',
    params: s.ThreadParams,
    bodyType: 'none',
    responseKind: 'json',
    response: s.Thread,
    status: 200,
  }),
  createToken: route({
    id: 'support.tokens.create',
    method: 'POST',
    path: '/api/support/tokens',
    auth: 'staff',
    spec: '§3',
    summary: 'Issue a portal token (shown once)',
    bodyType: 'json',
    body: s.CreateTokenRequest,
    responseKind: 'json',
    response: s.CreatedToken,
    status: 201,
  }),
  listTokens: route({
    id: 'support.tokens.list',
    method: 'GET',
    path: '/api/support/tokens',
    auth: 'staff',
    spec: '§3',
    summary: 'List portal token metadata',
    query: s.TokenListQuery,
    bodyType: 'none',
    responseKind: 'json',
    response: s.TokenList,
    status: 200,
  }),
  revokeToken: route({
    id: 'support.tokens.revoke',
    method: 'POST',
    path: '/api/support/tokens/{id}/revoke',
    auth: 'staff',
    spec: '§3',
    summary: 'Revoke a portal token (idempotent)',
    params: s.TokenParams,
    bodyType: 'none',
    responseKind: 'json',
    response: s.TokenMetadata,
    status: 200,
  }),
  retrieveConfig: route({
    id: 'support.config.retrieve',
    method: 'GET',
    path: '/api/support/config',
    auth: 'admin',
    spec: '§3',
    summary: 'Read the support configuration',
    bodyType: 'none',
    responseKind: 'json',
    response: s.SupportConfig,
    status: 200,
  }),
  updateConfig: route({
    id: 'support.config.update',
    method: 'PUT',
    path: '/api/support/config',
    auth: 'admin',
    spec: '§3',
    summary: 'Change part of the support configuration',
    bodyType: 'json',
    body: s.UpdateSupportConfigRequest,
    responseKind: 'json',
    response: s.SupportConfig,
    status: 200,
  }),
  publicConfig: route({
    id: 'public.config',
    method: 'GET',
    path: '/api/support/public/config',
    auth: 'public',
    spec: '§3',
    summary: 'Public bubble settings of a site',
    query: s.PublicQuery,
    bodyType: 'none',
    responseKind: 'json',
    response: s.PublicConfig,
    status: 200,
  }),
  publicCreateThread: route({
    id: 'public.createThread',
    method: 'POST',
    path: '/api/support/public/threads',
    auth: 'public',
    spec: '§3',
    summary: "Open an anonymous visitor's thread and get a portal token for it",
    query: s.PublicQuery,
    bodyType: 'json',
    body: s.PublicThreadRequest,
    responseKind: 'json',
    response: s.PublicThreadResponse,
    status: 201,
  }),
  portalContext: route({
    id: 'portal.context',
    method: 'GET',
    path: '/api/support/portal/{token}',
    auth: 'portal',
    spec: '§3',
    summary: "A portal token's scope and threads",
    params: s.PortalParams,
    bodyType: 'none',
    responseKind: 'json',
    response: s.PortalContext,
    status: 200,
  }),
  portalCreateThread: route({
    id: 'portal.createThread',
    method: 'POST',
    path: '/api/support/portal/{token}/threads',
    auth: 'portal',
    spec: '§3',
    summary: 'Open a thread through an assignment-scoped token',
    params: s.PortalParams,
    bodyType: 'json',
    body: s.PortalThreadRequest,
    responseKind: 'json',
    response: s.ThreadDetail,
    status: 201,
  }),
  portalSendMessage: route({
    id: 'portal.sendMessage',
    method: 'POST',
    path: '/api/support/portal/{token}/messages',
    auth: 'portal',
    spec: '§3',
    summary: 'Post a message through a portal token',
    params: s.PortalParams,
    bodyType: 'json',
    body: s.PortalMessageRequest,
    responseKind: 'json',
    response: s.Message,
    status: 201,
  }),
  portalEvents: route({
    id: 'portal.events',
    method: 'GET',
    path: '/api/support/portal/{token}/events',
    auth: 'portal',
    spec: '§3',
    summary: 'Server-sent events for the threads in scope',
    params: s.PortalParams,
    bodyType: 'none',
    responseKind: 'sse',
    response: PortalEvent,
    status: 200,
  }),
  supportAccessReset: route({
    id: 'supportAccess.reset',
    method: 'POST',
    path: '/api/v1/chatwoot/support-access/reset',
    auth: 'provider',
    spec: '§4',
    summary: 'Reset the Chatwoot password and email it',
    bodyType: 'none',
    responseKind: 'json',
    response: SupportAccessResetResponse,
    status: 200,
  }),
  customerMe: route({
    id: 'customers.me.retrieve',
    method: 'GET',
    path: '/api/customers/me',
    auth: 'customer',
    spec: '§5',
    summary: 'The signed-in customer and ticket counts',
    bodyType: 'none',
    responseKind: 'json',
    response: c.CustomerProfile,
    status: 200,
  }),
  listTickets: route({
    id: 'customers.me.tickets.list',
    method: 'GET',
    path: '/api/customers/me/tickets',
    auth: 'customer',
    spec: '§5',
    summary: "List the customer's tickets",
    query: c.TicketListQuery,
    bodyType: 'none',
    responseKind: 'json',
    response: c.TicketList,
    status: 200,
  }),
  createTicket: route({
    id: 'customers.me.tickets.create',
    method: 'POST',
    path: '/api/customers/me/tickets',
    auth: 'customer',
    spec: '§5',
    summary: 'Open a ticket',
    bodyType: 'json',
    body: c.CreateTicketRequest,
    responseKind: 'json',
    response: c.TicketDetail,
    status: 201,
  }),
  retrieveTicket: route({
    id: 'customers.me.tickets.retrieve',
    method: 'GET',
    path: '/api/customers/me/tickets/{ticketId}',
    auth: 'customer',
    spec: '§5',
    summary: 'Get a ticket with messages, attachments and feedback',
    params: c.TicketParams,
    bodyType: 'none',
    responseKind: 'json',
    response: c.TicketDetail,
    status: 200,
  }),
  addTicketMessage: route({
    id: 'customers.me.tickets.addMessage',
    method: 'POST',
    path: '/api/customers/me/tickets/{ticketId}/messages',
    auth: 'customer',
    spec: '§5',
    summary: 'Reply on a ticket',
    params: c.TicketParams,
    bodyType: 'json',
    body: c.CreateTicketMessageRequest,
    responseKind: 'json',
    response: c.TicketMessage,
    status: 201,
  }),
  uploadTicketAttachment: route({
    id: 'customers.me.tickets.uploadAttachment',
    method: 'POST',
    path: '/api/customers/me/tickets/{ticketId}/attachments',
    auth: 'customer',
    spec: '§5',
    summary: 'Attach a file to a ticket (multipart field `file`)',
    params: c.TicketParams,
    bodyType: 'multipart',
    responseKind: 'json',
    response: c.Attachment,
    status: 201,
  }),
  uploadAttachment: route({
    id: 'customers.me.uploadAttachment',
    method: 'POST',
    path: '/api/customers/me/attachments',
    auth: 'customer',
    spec: '§5',
    summary: 'Upload a file before the ticket exists (multipart field `file`)',
    bodyType: 'multipart',
    responseKind: 'json',
    response: c.Attachment,
    status: 201,
  }),
  downloadFile: route({
    id: 'files.download',
    method: 'GET',
    path: '/api/files/{id}',
    auth: 'file',
    spec: '§5',
    summary: 'Download a file (owner and tenant staff only)',
    params: c.FileParams,
    bodyType: 'none',
    responseKind: 'file',
    status: 200,
  }),
  createCall: route({
    id: 'customers.me.calls.create',
    method: 'POST',
    path: '/api/customers/me/calls',
    auth: 'customer',
    spec: '§5',
    summary: 'Request a call, now or at a time',
    bodyType: 'json',
    body: c.CreateCallRequest,
    responseKind: 'json',
    response: c.Call,
    status: 201,
  }),
  listNotifications: route({
    id: 'customers.me.notifications.list',
    method: 'GET',
    path: '/api/customers/me/notifications',
    auth: 'customer',
    spec: '§5',
    summary: "List the customer's notifications",
    query: c.NotificationListQuery,
    bodyType: 'none',
    responseKind: 'json',
    response: c.NotificationList,
    status: 200,
  }),
  markNotificationRead: route({
    id: 'customers.me.notifications.markRead',
    method: 'POST',
    path: '/api/customers/me/notifications/{id}/read',
    auth: 'customer',
    spec: '§5',
    summary: 'Mark a notification read',
    params: c.NotificationParams,
    bodyType: 'none',
    responseKind: 'json',
    response: c.Notification,
    status: 200,
  }),
  createFeedback: route({
    id: 'customers.me.feedback.create',
    method: 'POST',
    path: '/api/customers/me/feedback',
    auth: 'customer',
    spec: '§5',
    summary: 'Rate a resolved or closed ticket (once)',
    bodyType: 'json',
    body: c.CreateFeedbackRequest,
    responseKind: 'json',
    response: c.Feedback,
    status: 201,
  }),
  searchKb: route({
    id: 'customers.me.kb.search',
    method: 'GET',
    path: '/api/customers/me/kb',
    auth: 'customer',
    spec: '§5',
    summary: 'Ranked full-text search of the knowledge base',
    query: c.KbSearchQuery,
    bodyType: 'none',
    responseKind: 'json',
    response: c.KbSearchResponse,
    status: 200,
  }),
  customerEvents: route({
    id: 'customers.me.events',
    method: 'GET',
    path: '/api/customers/me/events',
    auth: 'customer',
    spec: '§5',
    summary: "Server-sent events for this customer's tickets",
    bodyType: 'none',
    responseKind: 'sse',
    response: CustomerEvent,
    status: 200,
  }),
  retrievePartnerAttributes: route({
    id: 'profile.attributes.retrieve',
    method: 'GET',
    path: '/api/v1/profile/attributes',
    auth: 'user',
    spec: '§6',
    summary: "The signed-in user's partner attributes",
    bodyType: 'none',
    responseKind: 'json',
    response: PartnerAttributes,
    status: 200,
  }),
  updatePartnerAttributes: route({
    id: 'profile.attributes.update',
    method: 'PUT',
    path: '/api/v1/profile/attributes',
    auth: 'user',
    spec: '§6',
    summary: "Change the signed-in user's partner attributes",
    bodyType: 'json',
    body: UpdatePartnerAttributesRequest,
    responseKind: 'json',
    response: PartnerAttributes,
    status: 200,
  }),
} as const satisfies Record<string, RouteDef>;

/** Name of a route in {@link routes}. */
export type RouteName = keyof typeof routes;

/** Every route as a list. */
export const routeList: readonly RouteDef[] = Object.values(routes);

/** The body schema of routes that take no body (they accept none, or an empty JSON object). */
export const NoBody = EmptyBody;

/** Fills `{param}` placeholders of a route path, URL-encoding each value. */
export const routePath = (path: string, params: Record<string, string> = {}): string =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
