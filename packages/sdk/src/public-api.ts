/*
 * What a user of the client needs, shared by the main entry and the lite entry: errors, per-call
 * options, results, pagination, streams, the resource classes the client is made of, their
 * parameter types, the contract's types and `whatsappLink`. Plumbing for advanced use (the bare
 * core, transports, the route references, the validator, retry helpers) is in `advanced.ts`.
 */
export { APIPromise, type RawResponse, type WithResponse } from './core/api-promise.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  AuthenticationError,
  ConflictError,
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
export type { ClientOptions, RequestOptions } from './core/http.js';
export { newIdempotencyKey } from './core/idempotency.js';
export { Page, PagePromise } from './core/pagination.js';
export {
  EventStream,
  type EventStreamOptions,
  type StreamConnector,
  type StreamEvent,
} from './core/sse.js';
export type { UploadProgress, UploadProgressOptions } from './core/xhr-upload.js';
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
export { CustomerAccount, CustomersMe } from './resources/customers-me.js';
export { type DownloadedFile, Files } from './resources/files.js';
export { type KbSearchParams, KnowledgeBase, PublicKnowledgeBase } from './resources/knowledge-base.js';
export {
  Portal,
  type PortalMessageParams,
  type PortalThreadParams,
  type PortalTypingParams,
} from './resources/portal.js';
export { type PartnerAttributesUpdateParams, ProfileAttributes } from './resources/profile-attributes.js';
export { type PublicIdentifyParams, PublicSupport, type PublicThreadParams } from './resources/public.js';
export type { UploadOptions } from './resources/resource.js';
export { SupportAccess } from './resources/support-access.js';
export { SupportAttachments } from './resources/support-attachments.js';
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
