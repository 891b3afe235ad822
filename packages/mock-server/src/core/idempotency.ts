import type { Clock } from '../clock.js';
import { fail } from './errors.js';

/** How long a key is remembered: 24 h (SPEC §1). */
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;

const KEY = /^[\x21-\x7e]{1,255}$/;

/** Keys an {@link IdempotencyStore} remembers at most by default (the oldest go first). */
export const IDEMPOTENCY_MAX_KEYS = 10_000;

/** A recorded first response. */
export interface StoredResponse {
  /** HTTP status. */
  status: number;
  /** The response body as sent. */
  body: string;
  /** The response headers replayed with it (its `Content-Type`). */
  headers: Record<string, string>;
}

interface Entry {
  fingerprint: string;
  at: number;
  /** Settles with the first response, or with undefined when it may not be replayed (a 5xx). */
  result: Promise<StoredResponse | undefined>;
}

/**
 * Idempotency keys: the same key, route and principal within 24 h replays the first response
 * without repeating the effect; the same key with another body is a 409. A second request that
 * arrives while the first is still running waits for it, so concurrent retries never double-apply.
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  /**
   * @param clock - The server clock.
   * @param maxKeys - Keys remembered at most (default 10 000); past it the oldest are forgotten.
   */
  constructor(
    private readonly clock: Clock,
    private readonly maxKeys = IDEMPOTENCY_MAX_KEYS,
  ) {}

  /** Number of keys currently remembered. */
  get size(): number {
    return this.entries.size;
  }

  /** Validates an `Idempotency-Key` header value (422 when present but not 1–255 visible ASCII chars). */
  static parseKey(request: Request): string | undefined {
    const key = request.headers.get('idempotency-key');
    if (key === null) return undefined;
    if (!KEY.test(key)) {
      throw fail.invalid('Idempotency-Key must be 1 to 255 visible ASCII characters', [
        { path: 'headers.idempotency-key', message: 'Expected 1 to 255 visible ASCII characters' },
      ]);
    }
    return key;
  }

  /**
   * Runs `execute` once per (scope, key): later calls replay its response. `fingerprint` is the
   * canonical request body; a different one under the same key is a 409.
   */
  async run(
    scope: string,
    fingerprint: string,
    execute: () => Promise<StoredResponse>,
  ): Promise<{
    /** The response to send. */
    response: StoredResponse;
    /** True when it is the first request's response, replayed. */
    replayed: boolean;
  }> {
    this.prune();
    const existing = this.entries.get(scope);
    if (existing) {
      if (existing.fingerprint !== fingerprint) {
        throw fail.conflict('This Idempotency-Key was already used with a different request body');
      }
      const stored = await existing.result;
      if (stored) return { response: stored, replayed: true };
      if (this.entries.get(scope) === existing) this.entries.delete(scope);
      return this.run(scope, fingerprint, execute);
    }
    let settle: (value: StoredResponse | undefined) => void = () => undefined;
    const entry: Entry = {
      fingerprint,
      at: this.clock.now(),
      result: new Promise((resolve) => {
        settle = resolve;
      }),
    };
    this.entries.set(scope, entry);
    try {
      const response = await execute();
      // A server error or a rate limit had no effect to protect, so the key stays free for a retry.
      if (response.status >= 500 || response.status === 429) {
        this.entries.delete(scope);
        settle(undefined);
      } else settle(response);
      return { response, replayed: false };
    } catch (error) {
      this.entries.delete(scope);
      settle(undefined);
      throw error;
    }
  }

  /** Forgets expired keys, then the oldest past the cap (entries are in arrival order, so both stop early). */
  private prune(): void {
    const cutoff = this.clock.now() - IDEMPOTENCY_TTL_MS;
    for (const [scope, entry] of this.entries) {
      if (entry.at > cutoff && this.entries.size < this.maxKeys) break;
      this.entries.delete(scope);
    }
  }

  /** Forgets every key. */
  reset(): void {
    this.entries.clear();
  }
}
