import type { IdentifyResponse, IdentitySecret } from '@helpdock/sdk/schemas';
import { ACCESS_TOKEN_TTL_SECONDS, type AccessTokens } from '../core/auth.js';
import type { SecretBox } from '../core/crypto.js';
import { fail } from '../core/errors.js';
import { randomBytes, randomId, sha256Hex, toBase64Url } from '../core/ids.js';
import type { RateLimit, RateLimiter } from '../core/rate-limit.js';
import { type UserJwtClaims, verifyUserJwt } from '../core/user-jwt.js';
import type { AuditStore } from './audit.js';
import type { Actor, StoreContext } from './context.js';
import type { ThreadEvents } from './events.js';
import type { IdentitySecretRecord, TokenRecord, UserRecord } from './records.js';
import type { TokenStore } from './tokens.js';

/** 10 failed identifications per client per 10 minutes (SPEC §2). */
export const IDENTIFY_FAILURE_LIMIT: RateLimit = { max: 10, windowMs: 10 * 60_000 };

/** How long a replaced identity secret keeps verifying user tokens: 24 hours. */
export const REPLACED_SECRET_GRACE_MS = 24 * 3600_000;

/** The one message of every failed identification, so a caller learns nothing about why. */
const REJECTED = 'Could not verify this user: sign a new user token on your backend';

/** Where a tenant's identity secret stands, as `GET /api/support/config` shows it (never the secret). */
export interface IdentitySecretStatus {
  /** Whether the tenant has an identity secret. */
  identity_secret_set: boolean;
  /** When the current secret was created (ISO 8601); null when there is none. */
  identity_secret_rotated_at: string | null;
}

/** What `POST /api/support/public/identify` carries, as validated. */
export interface IdentifyInput {
  /** The user token the site's backend signed. */
  user_jwt: string;
  /** The visitor's portal token, whose anonymous threads become the customer's tickets. */
  portal_token?: string | undefined;
}

/** A customer the site vouches for: a customer account with its customer id. */
export type IdentifiedCustomer = UserRecord & {
  /** The customer's id (always set for an identified customer). */
  customer_id: string;
};

const associatedData = (record: Pick<IdentitySecretRecord, 'tenant_id' | 'id'>): string =>
  `${record.tenant_id}|identity_secret|${record.id}`;

/**
 * Host-signed identity (SPEC §2): the tenant's identity secret (sealed with AES-256-GCM, shown once,
 * the replaced one honoured 24 h), and the exchange of a site-signed user token for the tenant's
 * customer with that external id — created on first sight, name and email kept current — optionally
 * adopting an anonymous visitor's threads. Every check runs before the first change, and the changes
 * run synchronously, so a failed identification changes nothing.
 */
export class HostIdentityStore {
  constructor(
    private readonly ctx: StoreContext,
    private readonly deps: {
      audit: AuditStore;
      box: SecretBox;
      tokens: TokenStore;
      events: ThreadEvents;
      log: (message: string) => void;
    },
  ) {}

  private secretsOf(tenantId: string): IdentitySecretRecord[] {
    return this.ctx.state.identitySecrets.filter((r) => r.tenant_id === tenantId);
  }

  /** Whether the tenant has a secret and since when. */
  status(tenantId: string): IdentitySecretStatus {
    const current = this.secretsOf(tenantId).find((r) => r.replaced_at === null);
    return {
      identity_secret_set: current !== undefined,
      identity_secret_rotated_at: current?.created_at ?? null,
    };
  }

  /**
   * Creates the tenant's identity secret (32 random bytes, base64url) or replaces the current one,
   * which then stays valid for 24 h; older ones are forgotten. Returns the only copy in plaintext.
   */
  async rotateSecret(actor: Actor): Promise<IdentitySecret> {
    const secret = toBase64Url(randomBytes(32));
    const id = randomId('isk');
    const sealed = await this.deps.box.seal(secret, associatedData({ tenant_id: actor.tenantId, id }));
    const now = this.ctx.nowIso();
    const current = this.secretsOf(actor.tenantId).find((r) => r.replaced_at === null);
    this.ctx.state.identitySecrets = this.ctx.state.identitySecrets.filter(
      (r) => r.tenant_id !== actor.tenantId || r === current,
    );
    if (current) current.replaced_at = now;
    this.ctx.state.identitySecrets.push({
      id,
      tenant_id: actor.tenantId,
      ciphertext: sealed.ciphertext,
      key_id: sealed.keyId,
      created_at: now,
      replaced_at: null,
    });
    this.deps.audit.record(actor, 'identity_secret.rotate');
    return { secret, created_at: now };
  }

  /** The secrets that verify user tokens now, current first. */
  private async liveSecrets(tenantId: string): Promise<string[]> {
    const now = this.ctx.clock.now();
    const live = this.secretsOf(tenantId)
      .filter((r) => r.replaced_at === null || Date.parse(r.replaced_at) + REPLACED_SECRET_GRACE_MS > now)
      .sort((a, b) => Number(a.replaced_at !== null) - Number(b.replaced_at !== null));
    const secrets: string[] = [];
    for (const record of live) {
      try {
        secrets.push(
          await this.deps.box.open(
            { ciphertext: record.ciphertext, keyId: record.key_id },
            associatedData(record),
          ),
        );
      } catch {
        this.deps.log(
          `Identity secret ${record.id} of tenant ${tenantId} cannot be opened with the configured key`,
        );
      }
    }
    return secrets;
  }

  /**
   * `POST /api/support/public/identify`: a customer access token for the site's user (see
   * {@link vouchedCustomer}); 429 beyond {@link IDENTIFY_FAILURE_LIMIT} failures per `client`.
   * Counted as a failure up front (like login), so parallel guesses cannot all slip under the limit;
   * a success takes its count back.
   */
  async identify(
    actor: Actor,
    client: string,
    input: IdentifyInput,
    limiter: RateLimiter,
    accessTokens: AccessTokens,
  ): Promise<IdentifyResponse> {
    const limitKey = `identify-failures:${client}`;
    limiter.consume(limitKey, IDENTIFY_FAILURE_LIMIT);
    const customer = await this.vouchedCustomer(actor, input);
    limiter.forget(limitKey);
    const accessToken = await accessTokens.sign({
      userId: customer.id,
      tenantId: customer.tenant_id,
      role: customer.role,
    });
    return {
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: ACCESS_TOKEN_TTL_SECONDS,
      customer: { id: customer.customer_id, name: customer.name, email: customer.email },
    };
  }

  /**
   * Verifies a site-signed user token and returns the tenant's customer for its `sub` (created or
   * updated). With a portal token of this tenant, that visitor's anonymous threads become the
   * customer's tickets and the portal token is revoked. Any failure is the same 401.
   */
  private async vouchedCustomer(actor: Actor, input: IdentifyInput): Promise<IdentifiedCustomer> {
    const claims = await verifyUserJwt(
      input.user_jwt,
      await this.liveSecrets(actor.tenantId),
      this.ctx.clock.now(),
    );
    if (!claims) throw fail.unauthorized(REJECTED);
    const portalHash = input.portal_token === undefined ? undefined : await sha256Hex(input.portal_token);
    // Synchronous from here on: no other request runs in between, and nothing changes before the
    // last check has passed.
    const visitorToken = portalHash === undefined ? undefined : this.visitorToken(actor.tenantId, portalHash);
    const customer = this.upsertCustomer(actor, claims);
    if (visitorToken) this.adoptThreads(actor, visitorToken, customer);
    return customer;
  }

  /** The live portal token of this tenant with this hash; the identification's 401 otherwise. */
  private visitorToken(tenantId: string, hash: string): TokenRecord {
    let token: TokenRecord;
    try {
      token = this.deps.tokens.accept(hash);
    } catch {
      throw fail.unauthorized(REJECTED);
    }
    if (token.tenant_id !== tenantId) throw fail.unauthorized(REJECTED);
    return token;
  }

  private upsertCustomer(actor: Actor, claims: UserJwtClaims): IdentifiedCustomer {
    const name = claims.name || undefined;
    const known = this.ctx.state.users.find(
      (u): u is IdentifiedCustomer =>
        u.tenant_id === actor.tenantId && u.customer_id !== null && u.external_id === claims.sub,
    );
    if (known) {
      known.email = claims.email;
      if (name !== undefined) known.name = name;
      return known;
    }
    const created: IdentifiedCustomer = {
      id: randomId('usr'),
      tenant_id: actor.tenantId,
      email: claims.email,
      name: name ?? claims.email,
      role: 'customer',
      customer_id: randomId('cus'),
      password: null,
      external_id: claims.sub,
      chatwoot_user_id: null,
      created_at: this.ctx.nowIso(),
    };
    this.ctx.state.users.push(created);
    this.deps.audit.record(actor, 'customer.identify');
    return created;
  }

  /** The visitor's anonymous threads become the customer's tickets; the visitor's token is revoked. */
  private adoptThreads(actor: Actor, token: TokenRecord, customer: UserRecord): void {
    const now = this.ctx.nowIso();
    for (const thread of this.deps.tokens.threadsInScope(token)) {
      // Only what a visitor opened: a thread staff opened on the same assignment is not theirs.
      if (thread.customer_id !== null || thread.created_by !== null) continue;
      thread.customer_id = customer.customer_id;
      thread.updated_at = now;
      this.deps.audit.record(actor, 'thread.identify', thread.id);
      this.deps.events.threadCreated(thread);
      this.deps.events.threadUpdated(thread, thread.status);
    }
    this.deps.tokens.revoke(actor, token.id);
  }
}
