import type {
  AuthorType,
  MessageAttachment,
  Role,
  SupportConfig,
  ThreadPriority,
  ThreadStatus,
} from '@helpdock/sdk/schemas';
import type { PasswordHash } from '../core/passwords.js';
import type { EventLogData } from '../sse/event-log.js';
import type { CallRecord } from './calls.js';
import type { FeedbackRecord } from './feedback.js';
import type { FileRecord } from './files.js';
import type { NotificationRecord } from './notifications.js';
import type { ChatwootState } from './upstreams/chatwoot.js';
import type { EvolutionState } from './upstreams/evolution.js';

/** A tenant: every record belongs to exactly one. */
export interface TenantRecord {
  id: string;
  slug: string;
  name: string;
  /** Public key of the tenant's sites (`X-Site-Key`). */
  site_key: string;
  /** The tenant public requests fall back to when they name none. */
  is_default: boolean;
}

/** A user account; only the password's PBKDF2 hash is kept. */
export interface UserRecord {
  id: string;
  tenant_id: string;
  email: string;
  name: string;
  role: Role;
  customer_id: string | null;
  password: PasswordHash;
  /** The provider's user in (emulated) Chatwoot, once one exists (SPEC §4). */
  chatwoot_user_id: number | null;
  created_at: string;
}

/** A support thread as stored (the staff `Thread` plus internal fields). */
export interface ThreadRecord {
  id: string;
  tenant_id: string;
  assignment_id: string | null;
  customer_id: string | null;
  subject: string;
  status: ThreadStatus;
  priority: ThreadPriority;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  resolved_at: string | null;
  closed_at: string | null;
  last_message_at: string;
  message_count: number;
  /** Customer-view fields (SPEC §5): category and ticket type. */
  category: string | null;
  type: string;
  /** An anonymous visitor who opened the thread through the public endpoint. */
  requester: { name: string; email: string } | null;
}

/** One message as stored. */
export interface MessageRecord {
  id: string;
  tenant_id: string;
  thread_id: string;
  author_user_id: string | null;
  author_type: AuthorType;
  message_text: string;
  attachments: (MessageAttachment & { created_at: string })[];
  created_at: string;
}

/** A portal token: only its SHA-256 is kept. */
export interface TokenRecord {
  id: string;
  tenant_id: string;
  token_hash: string;
  assignment_id: string | null;
  thread_id: string | null;
  expires_at: string;
  revoked_at: string | null;
  use_count: number;
  last_used_at: string | null;
  created_by: string | null;
  created_at: string;
}

/** An email waiting in the outbox (never carries a secret). */
export interface OutboxEmail {
  id: string;
  tenant_id: string;
  to: string;
  subject: string;
  text: string;
  kind: string;
  thread_id: string | null;
  created_at: string;
}

/** One audit entry of a create or update (SPEC §3). */
export interface AuditEntry {
  id: string;
  tenant_id: string;
  request_id: string;
  user_id: string | null;
  thread_id: string | null;
  action: string;
  at: string;
}

/** A knowledge-base article (filled by the customer-portal domain). */
export interface KbArticleRecord {
  id: string;
  tenant_id: string;
  title: string;
  body: string;
  url: string;
  tags: string[];
  updated_at: string;
}

/** A user attribute (SPEC §6); values tagged `sensitive` hold only ciphertext. */
export interface UserAttributeRecord {
  id: string;
  tenant_id: string;
  user_id: string;
  key: string;
  /** Plain value, or for `sensitive` ones the AES-256-GCM ciphertext (base64url) with `key_id`. */
  value: string;
  tags: string[];
  key_id: string | null;
  updated_at: string;
}

/**
 * The whole in-memory database: plain data only, so `GET /__helpdock/store` can show it as is.
 * Every domain adds its tables here; stores own the rules over them.
 */
export interface State {
  tenants: TenantRecord[];
  users: UserRecord[];
  threads: ThreadRecord[];
  messages: MessageRecord[];
  tokens: TokenRecord[];
  /** Support configuration per tenant id. */
  config: Record<string, SupportConfig>;
  outbox: OutboxEmail[];
  audit: AuditEntry[];
  kbArticles: KbArticleRecord[];
  userAttributes: UserAttributeRecord[];
  /** Customer-portal uploads (SPEC §5; the snapshot shows their size, not their bytes). */
  files: FileRecord[];
  calls: CallRecord[];
  notifications: NotificationRecord[];
  feedback: FeedbackRecord[];
  /** Event logs of the SSE streams, per stream key (see `sse/event-log.ts`). */
  events: Record<string, EventLogData>;
  /** State of the emulated upstreams (`GET /__helpdock/chatwoot`, `GET /__helpdock/evolution`). */
  upstreams: { chatwoot: ChatwootState | null; evolution: EvolutionState | null };
}

/** A state with no data at all. */
export function emptyState(): State {
  return {
    tenants: [],
    users: [],
    threads: [],
    messages: [],
    tokens: [],
    config: {},
    outbox: [],
    audit: [],
    kbArticles: [],
    userAttributes: [],
    files: [],
    calls: [],
    notifications: [],
    feedback: [],
    events: {},
    upstreams: { chatwoot: null, evolution: null },
  };
}
