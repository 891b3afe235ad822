/*
 * Everything the main entry and the lite entry share: the core, errors, resources, types and helpers.
 */
export { APIPromise, type RawResponse, type WithResponse } from './core/api-promise.js';
export type { ContractValidator, OutputContext } from './core/contract.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  AuthenticationError,
  ConflictError,
  errorForStatus,
  HelpdockError,
  type HelpdockErrorInit,
  InputValidationError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  UnprocessableEntityError,
  UnsupportedMediaTypeError,
} from './core/errors.js';
export {
  type ClientOptions,
  DEFAULT_TIMEOUT_MS,
  HelpdockCore,
  type OpenStreamOptions,
  type RequestOptions,
  type RouteBodyInput,
  type RouteInput,
  type RouteQueryInput,
  type RouteResponse,
} from './core/http.js';
export { newIdempotencyKey } from './core/idempotency.js';
export { Page, PagePromise } from './core/pagination.js';
export {
  DEFAULT_MAX_RETRIES,
  isRetryable,
  MAX_RETRY_AFTER_MS,
  parseRetryAfter,
  retryDelay,
} from './core/retries.js';
export { type DefOf, type RouteRef, type RouteRefs, routeRefs } from './core/route-refs.js';
export {
  EventStream,
  type EventStreamOptions,
  type StreamConnector,
  type StreamEvent,
} from './core/sse.js';
export {
  fetchTransport,
  type Transport,
  type TransportFactory,
  type TransportRequest,
} from './core/transport.js';
export { HelpdockLiteClient } from './lite-client.js';
export { Auth, type LoginOptions, type LoginParams, type LoginResult } from './resources/auth.js';
export { type CallCreateParams, CustomerCalls } from './resources/customer-calls.js';
export { CustomerFeedback, type FeedbackCreateParams } from './resources/customer-feedback.js';
export {
  CustomerNotifications,
  type NotificationListItem,
  type NotificationListParams,
} from './resources/customer-notifications.js';
export {
  CustomerTickets,
  type TicketCreateParams,
  type TicketListItem,
  type TicketListParams,
  type TicketMessageParams,
} from './resources/customer-tickets.js';
export { CustomersMe } from './resources/customers-me.js';
export { type DownloadedFile, Files, filenameFromDisposition } from './resources/files.js';
export { type KbSearchParams, KnowledgeBase } from './resources/knowledge-base.js';
export { Portal, type PortalMessageParams, type PortalThreadParams } from './resources/portal.js';
export { type PartnerAttributesUpdateParams, ProfileAttributes } from './resources/profile-attributes.js';
export { PublicSupport, type PublicThreadParams } from './resources/public.js';
export { APIResource, type ListItem, type UploadOptions } from './resources/resource.js';
export { SupportAccess } from './resources/support-access.js';
export { SupportConfigResource, type SupportConfigUpdateParams } from './resources/support-config.js';
export {
  SupportThreads,
  type ThreadCreateParams,
  type ThreadListItem,
  type ThreadListParams,
  type ThreadMessageParams,
  type ThreadUpdateParams,
} from './resources/support-threads.js';
export {
  SupportTokens,
  type TokenCreateParams,
  type TokenListItem,
  type TokenListParams,
} from './resources/support-tokens.js';
export type * from './schemas/index.js';
export { whatsappLink } from './whatsapp-link.js';
