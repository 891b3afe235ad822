import type * as z from 'zod';
import { EmptyBody } from './common.js';
import * as c from './customer.js';
import { CustomerEvent, PortalEvent } from './events.js';
import { LoginRequest, LoginResponse } from './identity.js';
import { PartnerAttributes, SupportAccessResetResponse, UpdatePartnerAttributesRequest } from './partner.js';
import { type RouteName, type RouteSpec, routeSpecs } from './route-specs.js';
import * as s from './support.js';

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

/** One row of the route table: everything both the SDK and the reference server need to know. */
export interface RouteDef extends RouteSpec, RouteSchemas, RouteDocs {}

/**
 * The schemas of every route, by route name ({@link routes} joins them with the specs and docs).
 * Routes without a JSON body or query simply leave those keys out.
 */
export const routeSchemas = {
  login: { body: LoginRequest, response: LoginResponse },
  listThreads: { query: s.ThreadListQuery, response: s.ThreadList },
  createThread: { body: s.CreateThreadRequest, response: s.ThreadDetail },
  retrieveThread: { params: s.ThreadParams, response: s.ThreadDetail },
  updateThread: { params: s.ThreadParams, body: s.UpdateThreadRequest, response: s.Thread },
  addThreadMessage: { params: s.ThreadParams, body: s.CreateMessageRequest, response: s.Message },
  resolveThread: { params: s.ThreadParams, response: s.Thread },
  closeThread: { params: s.ThreadParams, response: s.Thread },
  createToken: { body: s.CreateTokenRequest, response: s.CreatedToken },
  listTokens: { query: s.TokenListQuery, response: s.TokenList },
  revokeToken: { params: s.TokenParams, response: s.TokenMetadata },
  retrieveConfig: { response: s.SupportConfig },
  updateConfig: { body: s.UpdateSupportConfigRequest, response: s.SupportConfig },
  publicConfig: { query: s.PublicQuery, response: s.PublicConfig },
  publicCreateThread: { query: s.PublicQuery, body: s.PublicThreadRequest, response: s.PublicThreadResponse },
  portalContext: { params: s.PortalParams, response: s.PortalContext },
  portalCreateThread: { params: s.PortalParams, body: s.PortalThreadRequest, response: s.ThreadDetail },
  portalSendMessage: { params: s.PortalParams, body: s.PortalMessageRequest, response: s.Message },
  portalEvents: { params: s.PortalParams, response: PortalEvent },
  supportAccessReset: { response: SupportAccessResetResponse },
  customerMe: { response: c.CustomerProfile },
  listTickets: { query: c.TicketListQuery, response: c.TicketList },
  createTicket: { body: c.CreateTicketRequest, response: c.TicketDetail },
  retrieveTicket: { params: c.TicketParams, response: c.TicketDetail },
  addTicketMessage: { params: c.TicketParams, body: c.CreateTicketMessageRequest, response: c.TicketMessage },
  uploadTicketAttachment: { params: c.TicketParams, response: c.Attachment },
  uploadAttachment: { response: c.Attachment },
  downloadFile: { params: c.FileParams },
  createCall: { body: c.CreateCallRequest, response: c.Call },
  listNotifications: { query: c.NotificationListQuery, response: c.NotificationList },
  markNotificationRead: { params: c.NotificationParams, response: c.Notification },
  createFeedback: { body: c.CreateFeedbackRequest, response: c.Feedback },
  searchKb: { query: c.KbSearchQuery, response: c.KbSearchResponse },
  customerEvents: { response: CustomerEvent },
  retrievePartnerAttributes: { response: PartnerAttributes },
  updatePartnerAttributes: { body: UpdatePartnerAttributesRequest, response: PartnerAttributes },
} as const satisfies Record<RouteName, RouteSchemas>;

/** The summary and SPEC section of every route, by route name, as the OpenAPI document shows them. */
export const routeDocs = {
  login: { summary: 'Sign in with email and password', spec: '§2' },
  listThreads: { summary: 'List support threads, newest activity first', spec: '§3' },
  createThread: { summary: 'Open a support thread', spec: '§3' },
  retrieveThread: { summary: 'Get a thread with its messages', spec: '§3' },
  updateThread: { summary: 'Change status, priority or subject', spec: '§3' },
  addThreadMessage: { summary: 'Reply on a thread as staff', spec: '§3' },
  resolveThread: { summary: 'Mark a thread resolved', spec: '§3' },
  closeThread: { summary: 'Close a thread', spec: '§3' },
  createToken: { summary: 'Issue a portal token (shown once)', spec: '§3' },
  listTokens: { summary: 'List portal token metadata', spec: '§3' },
  revokeToken: { summary: 'Revoke a portal token (idempotent)', spec: '§3' },
  retrieveConfig: { summary: 'Read the support configuration', spec: '§3' },
  updateConfig: { summary: 'Change part of the support configuration', spec: '§3' },
  publicConfig: { summary: 'Public bubble settings of a site', spec: '§3' },
  publicCreateThread: {
    summary: "Open an anonymous visitor's thread and get a portal token for it",
    spec: '§3',
  },
  portalContext: { summary: "A portal token's scope and threads", spec: '§3' },
  portalCreateThread: { summary: 'Open a thread through an assignment-scoped token', spec: '§3' },
  portalSendMessage: { summary: 'Post a message through a portal token', spec: '§3' },
  portalEvents: { summary: 'Server-sent events for the threads in scope', spec: '§3' },
  supportAccessReset: { summary: 'Reset the Chatwoot password and email it', spec: '§4' },
  customerMe: { summary: 'The signed-in customer and ticket counts', spec: '§5' },
  listTickets: { summary: "List the customer's tickets", spec: '§5' },
  createTicket: { summary: 'Open a ticket', spec: '§5' },
  retrieveTicket: { summary: 'Get a ticket with messages, attachments and feedback', spec: '§5' },
  addTicketMessage: { summary: 'Reply on a ticket', spec: '§5' },
  uploadTicketAttachment: { summary: 'Attach a file to a ticket (multipart field `file`)', spec: '§5' },
  uploadAttachment: {
    summary: 'Upload a file before the ticket exists (multipart field `file`)',
    spec: '§5',
  },
  downloadFile: { summary: 'Download a file (owner and tenant staff only)', spec: '§5' },
  createCall: { summary: 'Request a call, now or at a time', spec: '§5' },
  listNotifications: { summary: "List the customer's notifications", spec: '§5' },
  markNotificationRead: { summary: 'Mark a notification read', spec: '§5' },
  createFeedback: { summary: 'Rate a resolved or closed ticket (once)', spec: '§5' },
  searchKb: { summary: 'Ranked full-text search of the knowledge base', spec: '§5' },
  customerEvents: { summary: "Server-sent events for this customer's tickets", spec: '§5' },
  retrievePartnerAttributes: { summary: "The signed-in user's partner attributes", spec: '§6' },
  updatePartnerAttributes: { summary: "Change the signed-in user's partner attributes", spec: '§6' },
} as const satisfies Record<RouteName, RouteDocs>;

/**
 * The type of {@link routes}: for every route name, the exact literal types of its spec, schemas
 * and docs, so that request and response types can be derived per route.
 */
export type Routes = {
  readonly [K in RouteName]: (typeof routeSpecs)[K] & (typeof routeSchemas)[K] & (typeof routeDocs)[K];
};

/** The whole API contract of SPEC §2–§7, one row per route: its spec joined with its schemas. */
export const routes: Routes = Object.fromEntries(
  Object.keys(routeSpecs).map((key) => {
    const name = key as RouteName;
    const row: RouteDef = { ...routeSpecs[name], ...routeSchemas[name], ...routeDocs[name] };
    return [name, row];
  }),
) as unknown as Routes;

/** Every route as a list. */
export const routeList: readonly RouteDef[] = Object.values(routes);

/** The body schema of routes that take no body (they accept none, or an empty JSON object). */
export const NoBody = EmptyBody;

export {
  type RouteAuth,
  type RouteBody,
  type RouteName,
  type RouteResponseKind,
  type RouteSpec,
  routePath,
  routeSpecs,
} from './route-specs.js';
