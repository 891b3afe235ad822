import type { PublicConfig, PublicThreadRequest, PublicThreadResponse } from '@helpdock/sdk/schemas';
import type * as z from 'zod';
import { sha256Hex } from '../core/ids.js';
import type { RateLimit, RateLimiter } from '../core/rate-limit.js';
import type { ConfigStore } from './config.js';
import type { Actor } from './context.js';
import type { ThreadStore } from './threads.js';
import { mintToken, type TokenStore } from './tokens.js';

/** 5 public threads per client per 10 minutes (SPEC §3). */
export const PUBLIC_THREAD_LIMIT: RateLimit = { max: 5, windowMs: 10 * 60_000 };

/**
 * The public endpoints (SPEC §3, no sign-in; the tenant comes from the site key): the bubble's
 * configuration and anonymous threads, each answered with a portal token for its thread.
 */
export class PublicStore {
  /** The last ETag computed per tenant and the text it was computed from: hashed once per change. */
  private readonly etags = new Map<string, { text: string; etag: string }>();

  constructor(private readonly deps: { config: ConfigStore; threads: ThreadStore; tokens: TokenStore }) {}

  /** The tenant's public configuration and its strong ETag (changes whenever the configuration does). */
  async config(tenantId: string): Promise<{ config: PublicConfig; etag: string }> {
    const config = this.deps.config.publicView(tenantId);
    const text = `${tenantId}:${JSON.stringify(config)}`;
    const known = this.etags.get(tenantId);
    if (known?.text === text) return { config, etag: known.etag };
    const etag = `"${(await sha256Hex(text)).slice(0, 27)}"`;
    this.etags.set(tenantId, { text, etag });
    return { config, etag };
  }

  /**
   * An anonymous visitor's thread and a portal token for it (the tenant's default expiry); 429
   * beyond {@link PUBLIC_THREAD_LIMIT} per `client`.
   */
  async createThread(
    actor: Actor,
    client: string,
    input: z.output<typeof PublicThreadRequest>,
    limiter: RateLimiter,
  ): Promise<PublicThreadResponse> {
    limiter.consume(`public-threads:${client}`, PUBLIC_THREAD_LIMIT);
    const config = this.deps.config.get(actor.tenantId);
    const minted = await mintToken();
    const thread = this.deps.threads.create(actor, {
      subject: input.subject,
      message_text: input.message_text,
      priority: 'MEDIUM',
      author_type: 'EXTERNAL',
      requester: { name: input.name, email: input.email },
      custom_attributes: input.custom_attributes,
    });
    const token = this.deps.tokens.issue(
      actor,
      minted,
      { thread_id: thread.id, expires_in_days: config.TOKEN_DEFAULT_EXPIRY_DAYS },
      config.SUPPORT_PORTAL_BASE_URL,
    );
    return {
      thread: this.deps.threads.visitorDetail(actor.tenantId, thread.id),
      token: token.token,
      expires_at: token.expires_at,
    };
  }
}
