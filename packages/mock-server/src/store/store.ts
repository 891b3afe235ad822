import { ChatwootPlatformClient } from '@helpdock/sdk/chatwoot';
import { type Clock, iso } from '../clock.js';
import { SecretBox } from '../core/crypto.js';
import { EventHub } from '../sse/event-log.js';
import { AuditStore } from './audit.js';
import { CallStore } from './calls.js';
import { ConfigStore } from './config.js';
import type { StoreContext } from './context.js';
import { CustomerStore } from './customers.js';
import { ThreadEvents } from './events.js';
import { FeedbackStore } from './feedback.js';
import { FileStore } from './files.js';
import { HostIdentityStore } from './host-identity.js';
import { IdentityStore } from './identity.js';
import { KnowledgeBaseStore } from './knowledge-base.js';
import { NotificationStore } from './notifications.js';
import { OutboxStore } from './outbox.js';
import { PartnerAttributeStore } from './partner-attributes.js';
import { PortalStore } from './portal.js';
import { PublicStore } from './public.js';
import type { State } from './records.js';
import { snapshotView } from './snapshot-view.js';
import { SupportAccessStore } from './support-access.js';
import { DirectoryStore } from './tenants.js';
import { ThreadStore } from './threads.js';
import { TokenStore } from './tokens.js';
import { TypingStore } from './typing.js';
import { ChatwootEmulator } from './upstreams/chatwoot/emulator.js';
import { EvolutionEmulator } from './upstreams/evolution.js';

/** Settings of the store's domains that come from the server options. */
export interface StoreOptions {
  /** AES-256-GCM key(s) for sensitive values (partner tokens); undefined: a per-process key. */
  encryptionKey?: string | undefined;
  /**
   * The Chatwoot of the support-access reset: a real one, or the emulated one reached in-process
   * through `fetch`. Undefined: none (a reset answers 502).
   */
  chatwoot?:
    | {
        /** Base URL of the Chatwoot instance. */
        url: string;
        /** Its Platform App token (used only in requests to it, never logged). */
        platformToken: string;
        /** How to reach it (default: the global `fetch`). */
        fetch?: typeof fetch | undefined;
      }
    | undefined;
  /** The Chatwoot account providers are added to (default 1, the emulator's account). */
  chatwootAccountId?: number | undefined;
  /** Where a domain reports a problem (never with a secret). */
  log?: ((message: string) => void) | undefined;
}

const noChatwoot: typeof fetch = () => Promise.reject(new TypeError('No Chatwoot is configured'));

/**
 * The reference server's database: one {@link State} and one module per domain that owns the rules
 * over its tables. Handlers call these explicit methods and never touch the state directly.
 *
 * @example
 * ```ts
 * const store = new Store(() => demoState(), systemClock);
 * store.threads.list('ten_acme', { limit: 20 });
 * ```
 */
export class Store implements StoreContext {
  private current: State;
  /** The SSE event logs and their live subscribers. */
  readonly events: EventHub;
  /** Tenants and users. */
  readonly directory: DirectoryStore;
  /** The audit log of creates and updates. */
  readonly audit: AuditStore;
  /** Emails the server would have sent. */
  readonly outbox: OutboxStore;
  /** Stream events about threads and tickets. */
  readonly threadEvents: ThreadEvents;
  /** Support threads and their messages. */
  readonly threads: ThreadStore;
  /** Portal tokens. */
  readonly tokens: TokenStore;
  /** Support configuration per tenant. */
  readonly config: ConfigStore;
  /** Uploaded files. */
  readonly files: FileStore;
  /** The customer portal: a customer's profile and tickets. */
  readonly customers: CustomerStore;
  /** Customers' ratings of their tickets. */
  readonly feedback: FeedbackStore;
  /** Customers' call requests. */
  readonly calls: CallStore;
  /** Customers' in-app notifications. */
  readonly notifications: NotificationStore;
  /** Knowledge-base articles and their search. */
  readonly knowledgeBase: KnowledgeBaseStore;
  /** Users' partner attributes (Chợ Tốt ids, WhatsApp settings). */
  readonly partnerAttributes: PartnerAttributeStore;
  /** The emulated Chatwoot. */
  readonly chatwoot: ChatwootEmulator;
  /** The emulated Evolution API (WhatsApp). */
  readonly evolution: EvolutionEmulator;
  /** Providers' Chatwoot support access (password resets). */
  readonly supportAccess: SupportAccessStore;
  /** Sign-in. */
  readonly identity: IdentityStore;
  /** What a portal token may see and do. */
  readonly portal: PortalStore;
  /** The public bubble configuration and anonymous threads. */
  readonly publicApi: PublicStore;
  /** Host-signed identity: the tenants' identity secrets and the customers sites vouch for. */
  readonly hostIdentity: HostIdentityStore;
  /** Typing indicators between staff and visitors or customers. */
  readonly typing: TypingStore;

  /**
   * @param seed - Builds the initial state; called again by {@link reset}.
   * @param clock - The clock every timestamp comes from.
   * @param options - Settings from the server options.
   */
  constructor(
    private readonly seed: () => State,
    readonly clock: Clock,
    options: StoreOptions = {},
  ) {
    this.current = seed();
    this.events = new EventHub(() => this.current.events, clock);
    this.directory = new DirectoryStore(this);
    this.audit = new AuditStore(this);
    this.outbox = new OutboxStore(this);
    this.threadEvents = new ThreadEvents(this);
    this.threads = new ThreadStore(this, {
      audit: this.audit,
      outbox: this.outbox,
      events: this.threadEvents,
      directory: this.directory,
      linkFiles: (files, threadId, messageId) => this.files.link(files, threadId, messageId),
    });
    this.tokens = new TokenStore(this, {
      audit: this.audit,
      threads: this.threads,
      outbox: this.outbox,
      directory: this.directory,
    });
    this.config = new ConfigStore(this, {
      audit: this.audit,
      identitySecret: (tenantId) => this.hostIdentity.status(tenantId),
    });
    this.files = new FileStore(this, {
      thread: (id) => this.threads.find(id),
      covers: (token, thread) => this.tokens.covers(token, thread),
    });
    this.feedback = new FeedbackStore(this, {
      customers: () => this.customers,
      audit: this.audit,
      outbox: this.outbox,
    });
    this.customers = new CustomerStore(this, {
      threads: this.threads,
      files: this.files,
      feedbackOf: (tenantId, ticketId) => this.feedback.ofTicket(tenantId, ticketId),
    });
    this.calls = new CallStore(this, {
      customers: this.customers,
      audit: this.audit,
      outbox: this.outbox,
      events: this.threadEvents,
    });
    this.typing = new TypingStore({
      threads: this.threads,
      tokens: this.tokens,
      customers: this.customers,
      events: this.threadEvents,
    });
    this.notifications = new NotificationStore(this);
    this.threadEvents.onCustomerEvent((tenantId, customerId, type, data) =>
      this.notifications.fromCustomerEvent(tenantId, customerId, type, data),
    );
    this.knowledgeBase = new KnowledgeBaseStore(this);
    const log = options.log ?? (() => undefined);
    const box = new SecretBox(options.encryptionKey, () =>
      log(
        'HELPDOCK_ENCRYPTION_KEY is not set: sensitive values use a per-process key and will not survive a restart',
      ),
    );
    this.partnerAttributes = new PartnerAttributeStore(this, { audit: this.audit, box });
    this.hostIdentity = new HostIdentityStore(this, {
      audit: this.audit,
      box,
      tokens: this.tokens,
      events: this.threadEvents,
      log,
    });
    this.chatwoot = new ChatwootEmulator(this);
    this.evolution = new EvolutionEmulator(this);
    const chatwoot = options.chatwoot ?? {
      url: 'http://chatwoot.invalid',
      platformToken: '',
      fetch: noChatwoot,
    };
    const platform = new ChatwootPlatformClient({
      baseUrl: chatwoot.url,
      platformToken: chatwoot.platformToken,
      fetch: chatwoot.fetch,
    });
    this.identity = new IdentityStore({
      directory: this.directory,
      partnerAttributes: this.partnerAttributes,
    });
    this.portal = new PortalStore({ files: this.files, tokens: this.tokens, threads: this.threads });
    this.publicApi = new PublicStore({ config: this.config, threads: this.threads, tokens: this.tokens });
    this.supportAccess = new SupportAccessStore(this, {
      audit: this.audit,
      outbox: this.outbox,
      platform,
      accountId: options.chatwootAccountId ?? 1,
      log,
    });
  }

  /** The live state (domain modules read and write it; everyone else should use the modules). */
  get state(): State {
    return this.current;
  }

  /** @inheritDoc */
  nowIso(): string {
    return iso(this.clock.now());
  }

  /** The emulated upstreams' state slot (B's Chatwoot and Evolution emulations keep theirs here). */
  get upstreams(): State['upstreams'] {
    return this.current.upstreams;
  }

  /** Back to the seed data; open streams end (their clients reconnect). */
  reset(): void {
    this.events.closeAll();
    this.current = this.seed();
  }

  /** A deep copy of the state as persisted (hashes and ciphertexts only, never a plaintext secret). */
  snapshot(): State {
    return snapshotView(structuredClone(this.current));
  }
}
