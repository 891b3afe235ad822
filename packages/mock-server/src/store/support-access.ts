import { HelpdockError } from '@helpdock/sdk';
import { type ChatwootPlatformClient, generatePassword, UpstreamError } from '@helpdock/sdk/chatwoot';
import type { SupportAccessResetResponse } from '@helpdock/sdk/schemas';
import { ApiError, fail } from '../core/errors.js';
import type { RateLimit, RateLimiter } from '../core/rate-limit.js';
import type { AuditStore } from './audit.js';
import type { Actor, StoreContext } from './context.js';
import type { OutboxStore } from './outbox.js';
import type { UserRecord } from './records.js';

/** 3 successful resets per provider per hour (SPEC §4). */
export const SUPPORT_ACCESS_RESET_LIMIT: RateLimit = { max: 3, windowMs: 3600_000 };

/** Outbox `kind` of the email that carries the new password: the one place it appears (redacted from store snapshots). */
export const PASSWORD_EMAIL_KIND = 'support_access.password';

/**
 * The support-access reset (SPEC §4, seed 000): a new Chatwoot password for a provider, set through
 * the Platform API with the SDK's {@link ChatwootPlatformClient} (PATCH the stored user; provision an
 * agent when there is none or Chatwoot no longer knows it), then emailed. Upstream failures are a 502 with no email and no change
 * stored; the password is only ever in the email.
 */
export class SupportAccessStore {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly ctx: StoreContext,
    private readonly deps: {
      audit: AuditStore;
      outbox: OutboxStore;
      /** Chatwoot's Platform API: the emulated one (in-process) or a real one. */
      platform: ChatwootPlatformClient;
      /** The account new agents join. */
      accountId: number;
      log: (message: string) => void;
    },
  ) {}

  /**
   * Resets `user`'s support access, at most 3 times an hour (`SUPPORT_ACCESS_RESET_LIMIT`) (429 with
   * `Retry-After` beyond). One reset per provider runs at a time; later calls wait for the earlier.
   */
  reset(actor: Actor, user: UserRecord, limiter: RateLimiter): Promise<SupportAccessResetResponse> {
    const previous = this.inFlight.get(user.id) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.resetNow(actor, user, limiter));
    this.inFlight.set(user.id, next);
    void next
      .catch(() => undefined)
      .then(() => {
        if (this.inFlight.get(user.id) === next) this.inFlight.delete(user.id);
      });
    return next;
  }

  private async resetNow(
    actor: Actor,
    user: UserRecord,
    limiter: RateLimiter,
  ): Promise<SupportAccessResetResponse> {
    if (user.role !== 'provider') throw fail.forbidden('Only providers have support access');
    const limitKey = `support-access-reset:${user.id}`;
    limiter.check(limitKey, SUPPORT_ACCESS_RESET_LIMIT);
    const { platform } = this.deps;
    let password = generatePassword();
    let chatwootUserId = user.chatwoot_user_id;
    try {
      let updated = false;
      if (chatwootUserId !== null) {
        try {
          await platform.users.update(chatwootUserId, { password });
          updated = true;
        } catch (error) {
          if (!(error instanceof UpstreamError && error.status === 404)) throw error;
        }
      }
      if (!updated) {
        const agent = await platform.provisionAgent({
          name: user.name,
          email: user.email,
          accountId: this.deps.accountId,
        });
        chatwootUserId = agent.user.id;
        password = agent.password;
      }
    } catch (error) {
      if (error instanceof HelpdockError) {
        this.deps.log(`Support-access reset for ${user.id} failed upstream: ${error.message}`);
        throw new ApiError('upstream_error', 'Chatwoot is unavailable right now: try again later');
      }
      throw error;
    }
    // Chatwoot has the new password: record everything at once (on the live record: a reset of the
    // server while Chatwoot answered replaced the state).
    const stored = this.ctx.state.users.find((u) => u.id === user.id);
    if (stored) stored.chatwoot_user_id = chatwootUserId;
    limiter.record(limitKey);
    this.deps.outbox.send({
      tenant_id: user.tenant_id,
      to: user.email,
      subject: 'Your new support portal password',
      text: [
        `Hello ${user.name},`,
        '',
        'You asked for new access to the support portal (Chatwoot). Sign in with:',
        '',
        `Email: ${user.email}`,
        `Password: ${password}`,
        '',
        'Please change this password after you sign in. If you did not ask for it, tell your administrator.',
      ].join('\n'),
      kind: PASSWORD_EMAIL_KIND,
      thread_id: null,
    });
    this.deps.audit.record(actor, 'support_access.reset');
    return { success: true, data: 'New password sent to your email address.' };
  }
}
