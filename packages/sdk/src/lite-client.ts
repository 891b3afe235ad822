import { type ClientOptions, HelpdockCore } from './core/http.js';
import type { EventStream, EventStreamOptions } from './core/sse.js';
import type { TransportFactory } from './core/transport.js';
import { Auth } from './resources/auth.js';
import { CustomersMe } from './resources/customers-me.js';
import { Files } from './resources/files.js';
import { PublicKnowledgeBase } from './resources/knowledge-base.js';
import { Portal } from './resources/portal.js';
import { ProfileAttributes } from './resources/profile-attributes.js';
import { PublicSupport } from './resources/public.js';
import { SupportAccess } from './resources/support-access.js';
import { SupportAttachments } from './resources/support-attachments.js';
import { SupportConfigResource } from './resources/support-config.js';
import { openSupportEvents } from './resources/support-events.js';
import { SupportThreads } from './resources/support-threads.js';
import { SupportTokens } from './resources/support-tokens.js';
import type { SupportEvent } from './schemas/events.js';

/**
 * The Helpdock API client without client-side validation: the same resource tree, typed results,
 * retries with idempotency keys, typed errors, pagination and streams as {@link index.HelpdockClient},
 * but it carries no zod schemas (inputs go out as given and answers are trusted; the server still
 * validates every request). For bundles where every kilobyte counts, such as the support bubble.
 *
 * @example
 * ```ts
 * import { HelpdockLiteClient } from '@helpdock/sdk/lite';
 *
 * const client = new HelpdockLiteClient({ baseUrl: 'http://127.0.0.1:4010', siteKey: 'pk_acme_demo' });
 * const { support_bubble_enabled } = await client.public.config();
 * ```
 */
export class HelpdockLiteClient extends HelpdockCore {
  /** Sign-in. */
  readonly auth: Auth;
  /** Staff support: threads, portal tokens and configuration. */
  readonly support: {
    /** Support threads: list, open, read, reply, update, resolve and close. */
    readonly threads: SupportThreads;
    /** Portal tokens: issue (the secret is returned only once), list their metadata, revoke. */
    readonly tokens: SupportTokens;
    /** The tenant's support settings: read and change them (role `admin` only). */
    readonly config: SupportConfigResource;
    /**
     * The tenant's live staff stream: `thread.created`, `thread.updated`, `message.created` (every
     * author), `typing` (a visitor or customer is typing; ephemeral) and `heartbeat`.
     *
     * @example
     * ```ts
     * for await (const e of client.support.events({ signal })) {
     *   if (e.type === 'message.created') refresh(e.data.thread_id);
     * }
     * ```
     */
    events(options?: EventStreamOptions): EventStream<SupportEvent>;
    /** Staff uploads to attach to replies. */
    readonly attachments: SupportAttachments;
  };
  /** The visitor endpoints of a site (no sign-in). */
  readonly public: PublicSupport & {
    /** The site's knowledge base: search and whole articles (kept off `PublicSupport`, so bundles that never search leave it out). */
    readonly kb: PublicKnowledgeBase;
  };
  /** The signed-in customer's portal. */
  readonly customers: {
    /**
     * The signed-in customer (role `customer`): profile, tickets, uploads, calls, notifications,
     * ratings, knowledge base and live events.
     */
    readonly me: CustomersMe;
  };
  /** The signed-in user's profile. */
  readonly profile: {
    /** The signed-in user's partner attributes (the WhatsApp system token is write-only). */
    readonly attributes: ProfileAttributes;
  };
  /** Chatwoot support-access reset for providers. */
  readonly supportAccess: SupportAccess;
  /** File downloads. */
  readonly files: Files;

  /** @param transport how requests are sent (plain `fetch` unless a subclass says otherwise). */
  constructor(options: ClientOptions, transport?: TransportFactory) {
    super(options, transport);
    this.auth = new Auth(this);
    this.support = {
      threads: new SupportThreads(this),
      tokens: new SupportTokens(this),
      config: new SupportConfigResource(this),
      events: (options = {}) => openSupportEvents(this, options),
      attachments: new SupportAttachments(this),
    };
    this.public = Object.assign(new PublicSupport(this), { kb: new PublicKnowledgeBase(this) });
    this.customers = { me: new CustomersMe(this) };
    this.profile = { attributes: new ProfileAttributes(this) };
    this.supportAccess = new SupportAccess(this);
    this.files = new Files(this);
  }

  /**
   * The portal endpoints for one portal token (no sign-in needed).
   *
   * @example
   * ```ts
   * const { token } = await client.public.createThread({ name, email, subject, message_text });
   * const portal = client.portal(token);
   * await portal.sendMessage({ message_text: 'One more thing…' });
   * ```
   */
  portal(token: string): Portal {
    return new Portal(this, token);
  }
}
