import type { CreatedToken, PortalLinkProblem, Requester, TokenMetadata } from '@helpdock/sdk/schemas';
import { iso } from '../clock.js';
import { ApiError, fail } from '../core/errors.js';
import { randomBytes, randomId, sha256Hex, toBase64Url } from '../core/ids.js';
import type { AuditStore } from './audit.js';
import type { Actor, StoreContext } from './context.js';
import type { OutboxStore } from './outbox.js';
import { type Page, paginate } from './pagination.js';
import { portalLinkEmail } from './portal-link-email.js';
import type { ThreadRecord, TokenRecord } from './records.js';
import type { DirectoryStore } from './tenants.js';
import type { ThreadStore } from './threads.js';

const DAY_MS = 24 * 3600_000;

/**
 * The 401 of a refused portal link. `details[0]` (`path: "token"`, `message`: `invalid`, `revoked` or
 * `expired`) is the machine-readable reason, so a portal page can explain it in the visitor's language.
 */
function linkRefused(reason: PortalLinkProblem, message: string): ApiError {
  return new ApiError('unauthorized', message, { details: [{ path: 'token', message: reason }] });
}

/** A fresh portal token: 32 random bytes, base64url, and its SHA-256 (the only thing stored). */
export async function mintToken(): Promise<{ token: string; hash: string }> {
  const token = toBase64Url(randomBytes(32));
  return { token, hash: await sha256Hex(token) };
}

/** The metadata view of a stored token (never the token or its hash). */
export function toTokenMetadata(record: TokenRecord): TokenMetadata {
  return {
    id: record.id,
    assignment_id: record.assignment_id,
    thread_id: record.thread_id,
    expires_at: record.expires_at,
    revoked_at: record.revoked_at,
    use_count: record.use_count,
    last_used_at: record.last_used_at,
    created_by: record.created_by,
    created_at: record.created_at,
  };
}

/**
 * Portal tokens (SPEC §3): issued once, stored as SHA-256 only, scoped to an assignment or a thread,
 * expiring, revocable, and counted exactly once per accepted call.
 */
export class TokenStore {
  constructor(
    private readonly ctx: StoreContext,
    private readonly deps: {
      audit: AuditStore;
      threads: ThreadStore;
      outbox: OutboxStore;
      directory: DirectoryStore;
    },
  ) {}

  /**
   * Issues a token as staff do (`POST /api/support/tokens`) and emails its `portal_url` to the one
   * person who asked in the threads it covers (their customer or visitor). No email when nobody
   * outside asked (staff-opened threads) or when several people did: the link opens every covered
   * thread, so it must not reach one requester with another's conversation; staff share it then.
   */
  issueAndEmail(
    actor: Actor,
    minted: { token: string; hash: string },
    input: { assignment_id?: string | undefined; thread_id?: string | undefined; expires_in_days: number },
    portalBaseUrl: string,
  ): CreatedToken {
    const { record, created } = this.create(actor, minted, input, portalBaseUrl);
    const threads = this.threadsInScope(record);
    const requesters = new Map<string, Requester>();
    for (const thread of threads) {
      const requester = this.deps.threads.requesterOf(thread);
      if (requester) requesters.set(requester.email.toLowerCase(), requester);
    }
    const [to] = requesters.values();
    if (to && requesters.size === 1) {
      const tenantName = this.deps.directory.tenant(actor.tenantId).name;
      const subjects = threads.map((thread) => thread.subject);
      this.deps.outbox.send(portalLinkEmail({ tenantId: actor.tenantId, tenantName, to, created, subjects }));
    }
    return created;
  }

  /**
   * Stores a minted token. `thread_id` must name a thread of the tenant (404); with both scopes,
   * the thread must belong to the assignment (422).
   */
  issue(
    actor: Actor,
    minted: { token: string; hash: string },
    input: { assignment_id?: string | undefined; thread_id?: string | undefined; expires_in_days: number },
    portalBaseUrl: string,
  ): CreatedToken {
    return this.create(actor, minted, input, portalBaseUrl).created;
  }

  private create(
    actor: Actor,
    minted: { token: string; hash: string },
    input: { assignment_id?: string | undefined; thread_id?: string | undefined; expires_in_days: number },
    portalBaseUrl: string,
  ): { record: TokenRecord; created: CreatedToken } {
    if (input.thread_id !== undefined) {
      const thread = this.deps.threads.record(actor.tenantId, input.thread_id);
      if (input.assignment_id !== undefined && thread.assignment_id !== input.assignment_id) {
        throw fail.invalid('The thread is not part of that assignment', [
          { path: 'thread_id', message: 'Not a thread of assignment_id' },
        ]);
      }
    }
    const now = this.ctx.clock.now();
    const record: TokenRecord = {
      id: randomId('tok'),
      tenant_id: actor.tenantId,
      token_hash: minted.hash,
      assignment_id: input.assignment_id ?? null,
      thread_id: input.thread_id ?? null,
      expires_at: iso(now + input.expires_in_days * DAY_MS),
      revoked_at: null,
      use_count: 0,
      last_used_at: null,
      created_by: actor.userId,
      created_at: iso(now),
    };
    this.ctx.state.tokens.push(record);
    this.deps.audit.record(actor, 'token.create', record.thread_id);
    const created: CreatedToken = {
      id: record.id,
      token: minted.token,
      portal_url: `${portalBaseUrl.replace(/\/+$/, '')}/portal/${minted.token}`,
      expires_at: record.expires_at,
      assignment_id: record.assignment_id,
      thread_id: record.thread_id,
      created_at: record.created_at,
    };
    return { record, created };
  }

  /** Token metadata of a tenant, newest first, optionally for one thread or assignment. */
  list(
    tenantId: string,
    filter: {
      thread_id?: string | undefined;
      assignment_id?: string | undefined;
      limit: number;
      cursor?: string | undefined;
    },
  ): Page<TokenMetadata> {
    const matches = this.ctx.state.tokens.filter(
      (t) =>
        t.tenant_id === tenantId &&
        (filter.thread_id === undefined || t.thread_id === filter.thread_id) &&
        (filter.assignment_id === undefined || t.assignment_id === filter.assignment_id),
    );
    const page = paginate(matches, {
      limit: filter.limit,
      cursor: filter.cursor,
      order: 'desc',
      sortKey: (t) => `${t.created_at}|${t.id}`,
    });
    return { data: page.data.map(toTokenMetadata), next_cursor: page.next_cursor };
  }

  /** Revokes a token; revoking again keeps the first `revoked_at`. Another tenant's token is a 404. */
  revoke(actor: Actor, id: string): TokenMetadata {
    const record = this.ctx.state.tokens.find((t) => t.id === id && t.tenant_id === actor.tenantId);
    if (!record) throw fail.notFound('Token');
    if (record.revoked_at === null) {
      record.revoked_at = this.ctx.nowIso();
      this.deps.audit.record(actor, 'token.revoke', record.thread_id);
    }
    return toTokenMetadata(record);
  }

  /**
   * The live token whose SHA-256 is `hash`: 401 when unknown, revoked or expired (the message says
   * which, so a visitor can tell an expired link from a bad one). Does not count a use.
   */
  accept(hash: string): TokenRecord {
    const record = this.ctx.state.tokens.find((t) => t.token_hash === hash);
    if (!record) throw linkRefused('invalid', 'This support link is invalid');
    if (record.revoked_at !== null) throw linkRefused('revoked', 'This support link has been revoked');
    if (Date.parse(record.expires_at) <= this.ctx.clock.now()) {
      throw linkRefused('expired', 'This support link has expired: ask for a new one');
    }
    return record;
  }

  /** Counts one accepted call of a token (exactly once per call: callers do it once, synchronously). */
  use(record: TokenRecord): void {
    record.use_count += 1;
    record.last_used_at = this.ctx.nowIso();
  }

  /** True when a thread is within the token's scope. */
  covers(record: TokenRecord, thread: Pick<ThreadRecord, 'id' | 'tenant_id' | 'assignment_id'>): boolean {
    if (thread.tenant_id !== record.tenant_id) return false;
    if (record.thread_id !== null) return thread.id === record.thread_id;
    return record.assignment_id !== null && thread.assignment_id === record.assignment_id;
  }

  /**
   * The thread a portal call is about: `threadId`, else the token's own thread. 422 when the token
   * covers several threads and none is named; 404 when the thread is outside the token's scope.
   */
  threadInScope(record: TokenRecord, threadId: string | undefined): ThreadRecord {
    const id = threadId ?? record.thread_id;
    if (id === null) {
      throw fail.invalid('Say which conversation this is about', [
        { path: 'thread_id', message: 'Required for a link that covers several conversations' },
      ]);
    }
    const thread = this.deps.threads.find(id);
    if (!thread || !this.covers(record, thread)) throw fail.notFound('Thread');
    return thread;
  }

  /** Every thread a token covers. */
  threadsInScope(record: TokenRecord): ThreadRecord[] {
    return this.ctx.state.threads.filter((t) => this.covers(record, t));
  }
}
