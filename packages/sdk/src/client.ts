import { type ClientOptions, HelpdockCore } from './core/http.js';
import { Auth } from './resources/auth.js';
import { CustomersMe } from './resources/customers-me.js';
import { Files } from './resources/files.js';
import { Portal } from './resources/portal.js';
import { ProfileAttributes } from './resources/profile-attributes.js';
import { PublicSupport } from './resources/public.js';
import { SupportAccess } from './resources/support-access.js';
import { SupportConfigResource } from './resources/support-config.js';
import { SupportThreads } from './resources/support-threads.js';
import { SupportTokens } from './resources/support-tokens.js';

/**
 * The typed Helpdock API client: every endpoint of the contract as a method, inputs and outputs
 * validated with the contract's schemas, automatic retries with idempotency keys, typed errors,
 * auto-pagination and live event streams.
 *
 * @example
 * ```ts
 * import { HelpdockClient } from '@helpdock/sdk';
 *
 * const client = new HelpdockClient({ baseUrl: 'http://127.0.0.1:4010' });
 * await client.auth.login({ email: 'admin@acme.test', password: 'helpdock-demo' });
 * const thread = await client.support.threads.create({ subject: 'Hello', initial_message: 'First!' });
 * for await (const t of client.support.threads.list({ limit: 50 })) console.log(t.subject);
 * ```
 */
export class HelpdockClient extends HelpdockCore {
  /** Sign-in. */
  readonly auth: Auth;
  /** Staff support: threads, portal tokens and configuration. */
  readonly support: {
    readonly threads: SupportThreads;
    readonly tokens: SupportTokens;
    readonly config: SupportConfigResource;
  };
  /** The visitor endpoints of a site (no sign-in). */
  readonly public: PublicSupport;
  /** The signed-in customer's portal. */
  readonly customers: { readonly me: CustomersMe };
  /** The signed-in user's profile. */
  readonly profile: { readonly attributes: ProfileAttributes };
  /** Chatwoot support-access reset for providers. */
  readonly supportAccess: SupportAccess;
  /** File downloads. */
  readonly files: Files;

  constructor(options: ClientOptions) {
    super(options);
    this.auth = new Auth(this);
    this.support = {
      threads: new SupportThreads(this),
      tokens: new SupportTokens(this),
      config: new SupportConfigResource(this),
    };
    this.public = new PublicSupport(this);
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
