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
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly response?: z.ZodType;
}

/** One row of the route table: everything both the SDK and the reference server need to know. */
export interface RouteDef extends RouteSpec, RouteSchemas {}

/** The schemas of every route, by route name. */
const routeSchemas = {
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

type Routes = {
  readonly [K in RouteName]: (typeof routeSpecs)[K] & (typeof routeSchemas)[K];
};

/** The whole API contract of SPEC §2–§7, one row per route: its spec joined with its schemas. */
export const routes = Object.fromEntries(
  Object.entries(routeSpecs).map(([name, spec]) => [name, { ...spec, ...routeSchemas[name as RouteName] }]),
) as Routes;

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
