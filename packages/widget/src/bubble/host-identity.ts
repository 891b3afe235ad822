import { forgetPortalSession, portalSessionToken } from '../anonymous-chat/anonymous-chat.controller.js';
import type { SupportBase } from '../core/support-base.js';
import { realTimers, type Timers } from '../core/timers.js';

/**
 * How a site signs its user in (one of):
 * - `{ customerToken }`: a Helpdock customer's access token (`POST /api/auth/login`);
 * - `{ userJwt }`: a user token the site's backend signed with the tenant's identity secret;
 * - `{ getUserJwt }`: a function asking the site's backend for such a token; the bubble calls it
 *   again shortly before the access token expires and once after a 401.
 */
export type IdentifyOptions =
  | { customerToken: string }
  | { userJwt: string }
  | { getUserJwt: () => Promise<string> };

/** Renew this long before the access token expires. */
const RENEW_BEFORE_MS = 60_000;

/**
 * Host-signed identity in the bubble (SPEC §2, §9.1): exchanges the site's user token for a
 * customer access token (handing over the anonymous conversation's portal token, so the server
 * makes that conversation the customer's ticket), renews it before it expires, and renews once on
 * a 401. A 401 on a token that a 401 already renewed is not renewed again, so a site whose tokens
 * are refused never loops.
 */
export class HostIdentity {
  private getUserJwt: (() => Promise<string>) | null = null;
  private timer: unknown = null;
  /** Bumped by {@link forget}: an exchange that was in flight then is dropped. */
  private generation = 0;
  /** The current token came from a renewal after a 401. */
  private renewedAfter401 = false;
  private renewing = false;

  constructor(
    private readonly base: SupportBase,
    private readonly timers: Timers = realTimers,
  ) {
    base.onUnauthorized = () => this.renewAfter401();
  }

  /** Signs the site's user in; a failed exchange is reported like every failure (notice and event). */
  async identify(options: IdentifyOptions): Promise<void> {
    this.forget();
    if ('customerToken' in options) {
      this.base.signIn(options.customerToken);
      return;
    }
    const generation = this.generation;
    try {
      if ('getUserJwt' in options) this.getUserJwt = options.getUserJwt;
      const userJwt = 'userJwt' in options ? options.userJwt : await options.getUserJwt();
      await this.exchange(userJwt, generation, 'first');
    } catch (error) {
      if (generation === this.generation) this.base.report(error);
    }
  }

  /** Stops renewing and forgets the site's token source. */
  private forget(): void {
    this.generation += 1;
    this.getUserJwt = null;
    this.renewedAfter401 = false;
    this.renewing = false;
    this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  /** `first`: the sign-in; `renew`: before expiry; `after401`: a request was refused. */
  /** Sign-out: stops renewing and forgets the stored anonymous conversation too. */
  signOut(): void {
    this.forget();
    if (this.base.store) forgetPortalSession(this.base.store);
  }

  private async exchange(
    userJwt: string,
    generation: number,
    reason: 'first' | 'renew' | 'after401',
  ): Promise<void> {
    const base = this.base;
    const store = base.store!;
    const portalToken = reason === 'first' ? portalSessionToken(store) : undefined;
    const answer = await base.client!.public.identify({
      user_jwt: userJwt,
      ...(portalToken ? { portal_token: portalToken } : {}),
    });
    if (generation !== this.generation) return;
    // The server made the anonymous conversation this customer's ticket and revoked its token.
    if (portalToken) forgetPortalSession(store);
    if (reason === 'first') base.signIn(answer.access_token);
    // After a 401 the refused requests and streams start again with the new token.
    else base.renewCustomer(answer.access_token, reason === 'after401');
    this.renewedAfter401 = reason === 'after401';
    if (this.getUserJwt) {
      const lifetime = answer.expires_in * 1000;
      this.timer = this.timers.setTimeout(
        () => void this.renew('renew'),
        Math.max(lifetime - RENEW_BEFORE_MS, lifetime / 2),
      );
    }
  }

  /** A customer request got a 401: renew once, unless this token came from such a renewal. */
  private renewAfter401(): boolean {
    if (!this.getUserJwt || this.renewedAfter401) return false;
    if (!this.renewing) void this.renew('after401');
    return true;
  }

  private async renew(reason: 'renew' | 'after401'): Promise<void> {
    const getUserJwt = this.getUserJwt;
    if (!getUserJwt || this.renewing) return;
    const generation = this.generation;
    this.renewing = true;
    this.timers.clearTimeout(this.timer);
    try {
      await this.exchange(await getUserJwt(), generation, reason);
    } catch (error) {
      if (generation !== this.generation) return;
      // A failed renewal is not retried on the next 401: the customer sees the failure instead.
      this.renewedAfter401 = true;
      this.base.report(error);
    } finally {
      if (generation === this.generation) this.renewing = false;
    }
  }
}
