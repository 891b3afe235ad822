/**
 * The stored records and the state that holds them: plain data only (what `GET /__helpdock/store`
 * shows). The store's domain modules own the rules over them; this module imports none of them.
 */
import type {
  AuthorType,
  Call,
  MessageAttachment,
  Role,
  StoredCustomAttributes,
  SupportConfig,
  ThreadPriority,
  ThreadStatus,
  UploadContentType,
} from '@helpdock/sdk/schemas';
import type { PasswordHash } from '../core/passwords.js';
import type { EventLogData } from '../sse/event-log.js';
import type { ChatwootState } from './upstreams/chatwoot/records.js';

/** A tenant: every record belongs to exactly one. */
export interface TenantRecord {
  /** Tenant id (`ten_…`); every other record's `tenant_id` points here. */
  id: string;
  /** Short URL-safe name (e.g. `acme`), unique across tenants. */
  slug: string;
  /** Display name of the organisation. */
  name: string;
  /** Public key of the tenant's sites (`X-Site-Key`). */
  site_key: string;
  /** The tenant public requests fall back to when they name none. */
  is_default: boolean;
}

/** A user account; only the password's PBKDF2 hash is kept. */
export interface UserRecord {
  /** User id (`usr_…`). */
  id: string;
  /** The tenant the account belongs to. */
  tenant_id: string;
  /** Sign-in email, unique within the tenant among accounts with a password. */
  email: string;
  /** Display name. */
  name: string;
  /** What the user may do: `admin`, `ops`, `provider` or `customer`. */
  role: Role;
  /** The customer this account acts for; null for staff accounts. */
  customer_id: string | null;
  /** PBKDF2 hash of the password (never the password itself); null for a customer the site vouches for. */
  password: PasswordHash | null;
  /** The site's own id of a customer it vouches for (host-signed identity, SPEC §2); else null. */
  external_id: string | null;
  /** The provider's user in (emulated) Chatwoot, once one exists (SPEC §4). */
  chatwoot_user_id: number | null;
  /** When the account was created (ISO 8601). */
  created_at: string;
}

/** A support thread as stored (the staff `Thread` plus internal fields). */
export interface ThreadRecord {
  /** Thread id (`thr_…`). */
  id: string;
  /** The tenant the thread belongs to (other tenants get a 404). */
  tenant_id: string;
  /** The assignment (job) the thread is about; null when it is about none. */
  assignment_id: string | null;
  /** The customer whose ticket this is; null for a staff-only or anonymous thread. */
  customer_id: string | null;
  /** One-line summary. */
  subject: string;
  /** Where the thread is in its lifecycle: `OPEN`, `PENDING`, `RESOLVED` or `CLOSED`. */
  status: ThreadStatus;
  /** How urgent it is. */
  priority: ThreadPriority;
  /** The user who opened it; null for a portal visitor or an anonymous request. */
  created_by: string | null;
  /** When it was opened (ISO 8601). */
  created_at: string;
  /** Last change of any field or a new message (ISO 8601); lists sort on it. */
  updated_at: string;
  /** When it was last resolved (ISO 8601); null while it has never been resolved. */
  resolved_at: string | null;
  /** When it was closed (ISO 8601); null while it is not closed. */
  closed_at: string | null;
  /** When its newest message was posted (ISO 8601). */
  last_message_at: string;
  /** How many messages it has, the first one included. */
  message_count: number;
  /** Customer-view fields (SPEC §5): category and ticket type. */
  category: string | null;
  /** Ticket type shown to the customer (`issue` unless the ticket named one). */
  type: string;
  /** An anonymous visitor who opened the thread through the public endpoint. */
  requester: {
    /** Name the visitor gave. */
    name: string;
    /** Email the visitor gave; replies are sent there. */
    email: string;
  } | null;
  /** Context the site attached (SPEC §2), shown to staff only; a removed key is absent. */
  custom_attributes: StoredCustomAttributes;
}

/** A thread that is some customer's ticket. */
export type TicketRecord = ThreadRecord & {
  /** The customer whose ticket it is (never null for a ticket). */
  customer_id: string;
};

/** One message as stored. */
export interface MessageRecord {
  /** Message id (`msg_…`). */
  id: string;
  /** The tenant of its thread. */
  tenant_id: string;
  /** The thread it was posted on. */
  thread_id: string;
  /** The user who wrote it; null for a portal visitor, an anonymous requester or the system. */
  author_user_id: string | null;
  /** Who wrote it: `INTERNAL` or `EXTERNAL` staff, the `CUSTOMER` or the `SYSTEM`. */
  author_type: AuthorType;
  /** The message as plain text (rendered as text, never as HTML). */
  message_text: string;
  /** Files attached to it, in the order they were linked. */
  attachments: (MessageAttachment & {
    /** When the file was attached (ISO 8601). */
    created_at: string;
  })[];
  /** When it was posted (ISO 8601). */
  created_at: string;
}

/** A portal token: only its SHA-256 is kept. */
export interface TokenRecord {
  /** Token id (`tok_…`); the token itself is shown once, on creation. */
  id: string;
  /** The tenant the token opens the portal of. */
  tenant_id: string;
  /** SHA-256 of the token (hex), to look it up without keeping it. */
  token_hash: string;
  /** The assignment the token is scoped to; null when it is not scoped to one. */
  assignment_id: string | null;
  /** The thread the token is scoped to; null when it is not scoped to one. */
  thread_id: string | null;
  /** When it stops working (ISO 8601). */
  expires_at: string;
  /** When it was revoked (ISO 8601); null while it is not revoked. */
  revoked_at: string | null;
  /** How many requests it has authorised. */
  use_count: number;
  /** When it last authorised a request (ISO 8601); null while it is unused. */
  last_used_at: string | null;
  /** The staff user who issued it; null when the system did. */
  created_by: string | null;
  /** When it was issued (ISO 8601). */
  created_at: string;
}

/** An email waiting in the outbox (never carries a secret). */
export interface OutboxEmail {
  /** Email id (`eml_…`). */
  id: string;
  /** The tenant it was sent for. */
  tenant_id: string;
  /** Recipient address. */
  to: string;
  /** Subject line. */
  subject: string;
  /** Plain-text body. */
  text: string;
  /** What triggered it (e.g. `call.requested`), so tests can pick an email without parsing it. */
  kind: string;
  /** The thread it is about; null when it is about none. */
  thread_id: string | null;
  /** When it was queued (ISO 8601). */
  created_at: string;
}

/** One audit entry of a create or update (SPEC §3). */
export interface AuditEntry {
  /** Entry id (`aud_…`). */
  id: string;
  /** The tenant the change happened in. */
  tenant_id: string;
  /** The `X-Request-Id` of the request that made the change. */
  request_id: string;
  /** The signed-in user who made it; null for a portal visitor or an anonymous request. */
  user_id: string | null;
  /** The thread it changed; null when it changed no thread. */
  thread_id: string | null;
  /** What was done, as `domain.verb` (e.g. `thread.create`). */
  action: string;
  /** When it happened (ISO 8601). */
  at: string;
}

/** A knowledge-base article (filled by the customer-portal domain). */
export interface KbArticleRecord {
  /** Article id. */
  id: string;
  /** The tenant whose knowledge base it is in. */
  tenant_id: string;
  /** Article title (searched, and weighted above the body). */
  title: string;
  /** Article text (plain text; search snippets are cut from it). */
  body: string;
  /** Where the full article is read. */
  url: string;
  /** Topic tags (searched too). */
  tags: string[];
  /** When it last changed (ISO 8601). */
  updated_at: string;
}

/** A user attribute (SPEC §6); values tagged `sensitive` hold only ciphertext. */
export interface UserAttributeRecord {
  /** Attribute id (`uat_…`). */
  id: string;
  /** The tenant of its user. */
  tenant_id: string;
  /** The user it describes. */
  user_id: string;
  /** Attribute name (e.g. `whatsapp_phone_number_id`), unique per user. */
  key: string;
  /** Plain value, or for `sensitive` ones the AES-256-GCM ciphertext (base64url) with `key_id`. */
  value: string;
  /** The partner it belongs to (e.g. `whatsapp`) and `sensitive` when its value is encrypted. */
  tags: string[];
  /** Which encryption key sealed `value`; null for a plain value. */
  key_id: string | null;
  /** When it last changed (ISO 8601). */
  updated_at: string;
}

/** A customer's call request. */
export interface CallRecord {
  /** Call request id (`cal_…`). */
  id: string;
  /** The tenant of the customer. */
  tenant_id: string;
  /** The customer who asked to be called. */
  customer_id: string;
  /** The customer's user account that made the request. */
  user_id: string;
  /** The customer's ticket the call is about; null when it is about none. */
  ticket_id: string | null;
  /** `requested` (call back now) or `scheduled` (at `scheduled_at`). */
  status: Call['status'];
  /** When to call (ISO 8601, at most 30 days ahead); null for a call-me-now request. */
  scheduled_at: string | null;
  /** What the customer wants to talk about; null when they wrote nothing. */
  note: string | null;
  /** When the request was made (ISO 8601). */
  created_at: string;
}

/** A customer's rating of a ticket. */
export interface FeedbackRecord {
  /** Feedback id (`fbk_…`). */
  id: string;
  /** The tenant of the customer. */
  tenant_id: string;
  /** The customer who rated. */
  customer_id: string;
  /** The rated ticket (one rating per ticket). */
  ticket_id: string;
  /** Whole stars, 1 (worst) to 5 (best). */
  rating: number;
  /** The customer's words; null when they left none. */
  comment: string | null;
  /** When it was given (ISO 8601). */
  created_at: string;
}

/** An uploaded file; its bytes are kept base64url-encoded (the store snapshot shows a summary instead). */
export interface FileRecord {
  /** File id (`fil_…`); downloaded from `/api/files/{id}`. */
  id: string;
  /** The tenant of its owner. */
  tenant_id: string;
  /** The user who uploaded it (its owner); null when a portal visitor did. */
  owner_user_id: string | null;
  /** The portal token a visitor uploaded it through (its owner); null when a user did. */
  owner_token_id: string | null;
  /** The customer the owner acts for; null when a staff user uploaded it. */
  customer_id: string | null;
  /** Sanitised file name, as offered on download. */
  filename: string;
  /** MIME type, as detected from the content (not as claimed by the client). */
  content_type: UploadContentType;
  /** Size of the content, in bytes. */
  size: number;
  /** The ticket it belongs to: set by a ticket upload, or when a message or new ticket links it. */
  ticket_id: string | null;
  /** The message it is attached to, once one links it. */
  message_id: string | null;
  /** When it was uploaded (ISO 8601). */
  created_at: string;
  /** The file's bytes, kept as bytes: encoding 10 MiB would stall every other request. */
  content: Uint8Array;
}

/** An in-app notification of a customer. */
export interface NotificationRecord {
  /** Notification id (`ntf_…`). */
  id: string;
  /** The tenant of the customer. */
  tenant_id: string;
  /** The customer it is for (only they may read or mark it). */
  customer_id: string;
  /** What happened: `ticket_reply` or `ticket_status`. */
  type: string;
  /** Headline, e.g. the ticket's title. */
  title: string;
  /** Details: a preview of the reply (at most 200 characters) or the new status. */
  body: string;
  /** The ticket it is about; null when it is about none. */
  ticket_id: string | null;
  /** When the customer marked it read (ISO 8601); null while unread. */
  read_at: string | null;
  /** When it was created (ISO 8601); lists show the newest first. */
  created_at: string;
}

/** A text message the emulated Evolution "sent" to WhatsApp. */
export interface EvolutionSentMessage {
  /** Message id, shaped like WhatsApp's (`BAE5…`). */
  id: string;
  /** The Evolution instance it was sent through. */
  instance: string;
  /** The recipient's number: digits only, no `+`. */
  number: string;
  /** The recipient's WhatsApp JID (`<number>@s.whatsapp.net`). */
  remote_jid: string;
  /** The message text. */
  text: string;
  /** When it was sent (ISO 8601). */
  sent_at: string;
}

/** The emulated Evolution's state (`GET /__helpdock/evolution`); no API key in it. */
export interface EvolutionState {
  /** The WhatsApp instances and whether each is connected (`open`). */
  instances: {
    /** Instance name, as in `/message/sendText/{instance}`. */
    name: string;
    /** Connection state: `open` (connected) or `close`. */
    state: 'open' | 'close';
  }[];
  /** Every message sent, oldest first. */
  sent: EvolutionSentMessage[];
  /** Incoming WhatsApp messages posted to the Evolution webhook, with the receiver's answer. */
  webhook_deliveries: {
    /** The webhook event (`messages.upsert`). */
    event: string;
    /** The WhatsApp message id. */
    message_id: string;
    /** HTTP status of the receiver's answer; null when the request failed. */
    status: number | null;
    /** The network error; null when the receiver answered. */
    error: string | null;
    /** When it was posted (ISO 8601). */
    at: string;
  }[];
}

/**
 * A tenant's host identity secret (SPEC §2), sealed with AES-256-GCM: the current one, and the one
 * it replaced while that is still honoured.
 */
export interface IdentitySecretRecord {
  /** Secret id (`isk_…`), part of the ciphertext's associated data. */
  id: string;
  /** The tenant whose user tokens it verifies. */
  tenant_id: string;
  /** AES-256-GCM ciphertext of the secret (base64url). */
  ciphertext: string;
  /** Which encryption key sealed it. */
  key_id: string;
  /** When it was created (ISO 8601). */
  created_at: string;
  /** When a newer secret replaced it (ISO 8601); it is honoured 24 h longer. Null for the current one. */
  replaced_at: string | null;
}

/**
 * The whole in-memory database: plain data only, so `GET /__helpdock/store` can show it as is.
 * Every domain adds its tables here; stores own the rules over them.
 */
export interface State {
  /** Every tenant. */
  tenants: TenantRecord[];
  /** Every user account, of every tenant. */
  users: UserRecord[];
  /** Support threads (customer tickets are threads with a `customer_id`). */
  threads: ThreadRecord[];
  /** Messages of every thread, in the order they were posted. */
  messages: MessageRecord[];
  /** Portal tokens (hashes only). */
  tokens: TokenRecord[];
  /** Support configuration per tenant id. */
  config: Record<string, SupportConfig>;
  /** Emails the server would have sent, oldest first. */
  outbox: OutboxEmail[];
  /** Audit log of creates and updates, oldest first. */
  audit: AuditEntry[];
  /** Knowledge-base articles. */
  kbArticles: KbArticleRecord[];
  /** User attributes (partner ids and encrypted partner tokens). */
  userAttributes: UserAttributeRecord[];
  /** Host identity secrets (ciphertext only). */
  identitySecrets: IdentitySecretRecord[];
  /** Customer-portal uploads (SPEC §5; the snapshot shows their size, not their bytes). */
  files: FileRecord[];
  /** Customers' call requests. */
  calls: CallRecord[];
  /** Customers' in-app notifications. */
  notifications: NotificationRecord[];
  /** Customers' ratings of their tickets. */
  feedback: FeedbackRecord[];
  /** Event logs of the SSE streams, per stream key (see `sse/event-log.ts`). */
  events: Record<string, EventLogData>;
  /** State of the emulated upstreams (`GET /__helpdock/chatwoot`, `GET /__helpdock/evolution`). */
  upstreams: {
    /** The emulated Chatwoot; null until it is first used (or seeded). */
    chatwoot: ChatwootState | null;
    /** The emulated Evolution API; null until it is first used (or seeded). */
    evolution: EvolutionState | null;
  };
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
    identitySecrets: [],
    files: [],
    calls: [],
    notifications: [],
    feedback: [],
    events: {},
    upstreams: { chatwoot: null, evolution: null },
  };
}
