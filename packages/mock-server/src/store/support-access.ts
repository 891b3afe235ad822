import type { SupportAccessResetResponse } from '@helpdock/sdk/schemas';
import { ApiError, fail } from '../core/errors.js';
import type { RateLimit, RateLimiter } from '../core/rate-limit.js';
import type { AuditStore } from './audit.js';
import type { Actor, StoreContext } from './context.js';
import type { OutboxStore } from './outbox.js';
import type { UserRecord } from './state.js';
import { ChatwootPlatformError, type ChatwootPlatformPort } from './upstreams/chatwoot-platform.js';

/** 3 successful resets per provider per hour (SPEC §4). */
export const SUPPORT_ACCESS_RESET_LIMIT: RateLimit = { max: 3, windowMs: 3600_000 };

/** Outbox `kind` of the email that carries the new password: the one place it appears (redacted from store snapshots). */
export const PASSWORD_EMAIL_KIND = 'support_access.password';

/** Length of a generated Chatwoot password. */
export const GENERATED_PASSWORD_LENGTH = 16;

const CLASSES = [
  'ABCDEFGHJKLMNPQRSTUVWXYZ',
  'abcdefghijkmnopqrstuvwxyz',
  '23456789',
  '!@#$%^&*-_=+?',
] as const;

/** A uniformly random integer in [0, bound) from WebCrypto (rejection sampling, no modulo bias). */
function randomBelow(bound: number): number {
  const limit = Math.floor(0x1_0000_0000 / bound) * bound;
  const buffer = new Uint32Array(1);
  for (;;) {
    globalThis.crypto.getRandomValues(buffer);
    const value = buffer[0] ?? 0;
    if (value < limit) return value % bound;
  }
}

const pick = (chars: string): string => chars[randomBelow(chars.length)] ?? '';

/**
 * A 16-character password with at least one upper-case letter, lower-case letter, digit and special
 * character (Chatwoot's rule), from WebCrypto randomness; look-alike characters are left out.
 */
export function generatePassword(length = GENERATED_PASSWORD_LENGTH): string {
  const all = CLASSES.join('');
  const chars = [...CLASSES.map(pick), ...Array.from({ length: length - CLASSES.length }, () => pick(all))];
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1);
    [chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? ''];
  }
  return chars.join('');
}

/**
 * The support-access reset (SPEC §4, seed 000): a new Chatwoot password for a provider, set through
 * the Platform API (PATCH the stored user; create and add one to the account when there is none or
 * Chatwoot no longer knows it), then emailed. Upstream failures are a 502 with no email and no change
 * stored; the password is only ever in the email.
 */
export class SupportAccessStore {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly ctx: StoreContext,
    private readonly deps: {
      audit: AuditStore;
      outbox: OutboxStore;
      platform: ChatwootPlatformPort;
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
    const password = generatePassword();
    const { platform } = this.deps;
    let chatwootUserId = user.chatwoot_user_id;
    try {
      let updated = false;
      if (chatwootUserId !== null) {
        try {
          await platform.setPassword(chatwootUserId, password);
          updated = true;
        } catch (error) {
          if (!(error instanceof ChatwootPlatformError && error.status === 404)) throw error;
        }
      }
      if (!updated) chatwootUserId = await this.provision(platform, user, password);
    } catch (error) {
      if (error instanceof ChatwootPlatformError) {
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

  /** Creates the Chatwoot user and adds it to the account; undoes the creation when adding fails. */
  private async provision(
    platform: ChatwootPlatformPort,
    user: UserRecord,
    password: string,
  ): Promise<number> {
    const id = await platform.createUser({ name: user.name, email: user.email, password });
    try {
      await platform.addAccountUser(this.deps.accountId, { user_id: id, role: 'agent' });
    } catch (error) {
      await platform.deleteUser(id).catch(() => undefined);
      throw error;
    }
    return id;
  }
}
