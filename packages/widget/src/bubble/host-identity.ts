import { forgetPortalSession, portalSessionToken } from '../anonymous-chat/anonymous-chat.controller.js';
import type { OutboxTarget } from '../core/outbox.js';
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
  | {
      /** A Helpdock customer access token (from `POST /api/auth/login`). */
      customerToken: string;
    }
  | {
      /** A user token the site's backend signed with its identity secret (`signIdentityToken`). */
      userJwt: string;
    }
  | {
      /** Fetches a fresh user token from the site's backend; called again before expiry and on a 401. */
      getUserJwt: () => Promise<string>;
    };

/** A reply queued for the anonymous conversation belongs to the ticket that conversation became. */
const toTicket = (target: OutboxTarget): OutboxTarget | undefined =>
  target.kind === 'portal' ? { kind: 'ticket', ticketId: target.threadId } : undefined;

/** Renew this long before the access token expires. */
const RENEW_BEFORE_MS = 60_000;

/**
 * Host-signed identity in the bubble (SPEC §2, §9.1): exchanges the site's user token for a
 * customer access token (handing over the anonymous conversation's portal token, so the server
 * makes that conversation the customer's ticket, and moves the replies still queued for it there),
 * renews it before it expires, and renews once on a 401, then resends the replies that 401 refused.
 * A token that such a renewal brought is not renewed on its own 401, so a site whose tokens are
 * refused never loops.
 */
export class HostIdentity {
  private getUserJwt: (() => Promise<string>) | null = null;
  private timer: unknown;
  /** Bumped by every sign-in and sign-out: an exchange still in flight then is dropped. */
  private generation = 0;
  /** Whether the next 401 may renew the token. */
  private mayRenew = false;

  constructor(
    private readonly base: SupportBase,
    private readonly timers: Timers = realTimers,
  ) {
    base.onUnauthorized = () => {
      if (!this.mayRenew) return false;
      this.mayRenew = false;
      void this.exchange(false, true);
      return true;
    };
  }

  /** Signs the site's user in; a failed exchange is reported like every failure (notice and event). */
  async identify(options: IdentifyOptions): Promise<void> {
    this.stop();
    if ('customerToken' in options) return this.base.signIn(options.customerToken);
    if ('getUserJwt' in options) this.getUserJwt = options.getUserJwt;
    await this.exchange(true, false, 'userJwt' in options ? options.userJwt : undefined);
  }

  /** Sign-out: stops renewing and forgets the stored anonymous conversation too. */
  signOut(): void {
    this.stop();
    if (this.base.store) forgetPortalSession(this.base.store);
  }

  private stop(): void {
    this.generation += 1;
    this.getUserJwt = null;
    this.mayRenew = false;
    this.timers.clearTimeout(this.timer);
  }

  /** The sign-in (`first`), or a renewal before expiry or `after401` (a request was refused). */
  private async exchange(first: boolean, after401: boolean, userJwt?: string): Promise<void> {
    const base = this.base;
    const store = base.store!;
    const generation = this.generation;
    try {
      const portalToken = first ? portalSessionToken(store) : undefined;
      // Queued anonymous replies go out while their link still works (the same keys make a
      // retry of one whose answer was lost harmless); only what cannot go now moves to the ticket.
      if (portalToken) await base.outbox?.flush(true);
      const answer = await base.client!.public.identify({
        user_jwt: userJwt ?? (await this.getUserJwt!()),
        ...(portalToken ? { portal_token: portalToken } : {}),
      });
      if (generation !== this.generation) return;
      if (portalToken) {
        // The server made the anonymous conversation this customer's ticket and revoked its token.
        forgetPortalSession(store);
        base.outbox?.retarget(toTicket);
      }
      if (first) base.signIn(answer.access_token);
      // After a 401 the refused requests and streams start again with the new token.
      else base.renewCustomer(answer.access_token, after401);
      // Replies a 401 refused (an old token, or the revoked link before the move) go out once more.
      void base.outbox?.retryUnauthorized('ticket');
      if (!this.getUserJwt) return;
      this.mayRenew = !after401;
      const lifetime = answer.expires_in * 1000;
      this.timer = this.timers.setTimeout(
        () => void this.exchange(false, false),
        Math.max(lifetime - RENEW_BEFORE_MS, lifetime / 2),
      );
    } catch (error) {
      if (generation === this.generation) base.report(error);
    }
  }
}
