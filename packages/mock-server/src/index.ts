/**
 * `@helpdock/mock-server`: the Helpdock reference backend. MSW handlers implementing the whole API
 * contract over an in-memory store, usable under `setupServer` (Node tests), `setupWorker`
 * (browser) and as a real HTTP server (`listen()` or the `helpdock-mock` CLI).
 *
 * @example
 * ```ts
 * import { createReferenceServer } from '@helpdock/mock-server';
 * const reference = createReferenceServer();
 * const { url, close } = await reference.listen({ port: 0 });
 * ```
 * @packageDocumentation
 */
export { type Clock, createManualClock, type ManualClock, systemClock } from './clock.js';
export type { AccessClaims, AccessTokens } from './core/auth.js';
export { ApiError, type ApiErrorOptions } from './core/errors.js';
export type { IdempotencyStore, StoredResponse } from './core/idempotency.js';
export type { PasswordHash } from './core/passwords.js';
export type { RateLimit, RateLimiter } from './core/rate-limit.js';
export type { ServerDeps, ServerSettings } from './deps.js';
export { type FaultConfig, Faults } from './faults.js';
export {
  createReferenceServer,
  type ListeningServer,
  type ListenOptions,
  type ReferenceServer,
  type ReferenceServerOptions,
} from './reference-server.js';
export { DEMO_LOGINS, DEMO_PASSWORD, DEMO_TENANTS } from './seed/demo.js';
export type { SeedName } from './seed/index.js';
export type { EventHub, EventListener, EventLogData, StoredEvent } from './sse/event-log.js';
// The store (`server.store`): its domain modules, their inputs and the records of its tables.
export type { AuditStore } from './store/audit.js';
export type { CallRecord, CallStore } from './store/calls.js';
export type { ConfigStore } from './store/config.js';
export type { Actor, StoreContext } from './store/context.js';
export type { CustomerStore, NewTicket, TicketFilter, TicketRecord } from './store/customers.js';
export type { CustomerEventListener, ThreadEvents } from './store/events.js';
export type { FeedbackRecord, FeedbackStore } from './store/feedback.js';
export type { FileDownload, FileRecord, FileStore, NewFile } from './store/files.js';
export type { KnowledgeBaseStore } from './store/knowledge-base.js';
export type { NotificationRecord, NotificationStore } from './store/notifications.js';
export type { OutboxStore } from './store/outbox.js';
export type { Page } from './store/pagination.js';
export type {
  PartnerAttributeStore,
  PartnerAttributesUpdate,
  SensitiveAttributeError,
} from './store/partner-attributes.js';
export type {
  AuditEntry,
  KbArticleRecord,
  MessageRecord,
  OutboxEmail,
  State,
  TenantRecord,
  ThreadRecord,
  TokenRecord,
  UserAttributeRecord,
  UserRecord,
} from './store/state.js';
export { Store, type StoreOptions } from './store/store.js';
export type { SupportAccessStore } from './store/support-access.js';
export type { DirectoryStore } from './store/tenants.js';
export type { NewMessage, NewThread, ThreadFilter, ThreadStore } from './store/threads.js';
export type { TokenStore } from './store/tokens.js';
// The emulated upstreams (Chatwoot and Evolution API) and their state.
export type {
  ChatwootContactCreated,
  ChatwootContactRecord,
  ChatwootContactSearch,
  ChatwootConversationRecord,
  ChatwootEmulator,
  ChatwootFailure,
  ChatwootHttpError,
  ChatwootMessageRecord,
  ChatwootState,
  ChatwootUserJson,
  ChatwootUserRecord,
} from './store/upstreams/chatwoot.js';
export type {
  EvolutionEmulator,
  EvolutionSendTextAnswer,
  EvolutionSentMessage,
  EvolutionState,
} from './store/upstreams/evolution.js';
