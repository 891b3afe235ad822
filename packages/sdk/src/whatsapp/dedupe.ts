/**
 * Remembers which webhook deliveries were already handled, so a retried delivery is not posted twice.
 * Implement it on Redis or a database table (an atomic "insert if absent") for several processes.
 *
 * @example
 * ```ts
 * const redisDedupe: DedupeStore = {
 *   claim: async (key) => (await redis.set(`dedupe:${key}`, '1', { NX: true, EX: 86_400 })) === 'OK',
 *   release: async (key) => void (await redis.del(`dedupe:${key}`)),
 * };
 * ```
 */
export interface DedupeStore {
  /** Marks `key` as being handled; `false` when it already was (the delivery is a duplicate). */
  claim(key: string): boolean | Promise<boolean>;
  /** Forgets `key` after a failure, so the sender's retry is handled again. */
  release(key: string): void | Promise<void>;
}

/** Options of {@link createMemoryDedupeStore}. */
export interface MemoryDedupeOptions {
  /** How long a key is remembered, in ms (default 24 h, matching webhook retry windows). */
  ttlMs?: number | undefined;
  /** Most keys kept; the oldest go first (default 10 000). */
  maxEntries?: number | undefined;
  /** Clock, for tests. */
  now?: (() => number) | undefined;
}

/**
 * An in-process {@link DedupeStore} (one server process; lost on restart).
 *
 * @example
 * ```ts
 * const dedupe = createMemoryDedupeStore({ ttlMs: 60 * 60 * 1000 });
 * ```
 */
export function createMemoryDedupeStore(options: MemoryDedupeOptions = {}): DedupeStore {
  const ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  // Insertion order is claim order, so the first entries are the oldest.
  const seen = new Map<string, number>();
  return {
    claim(key) {
      const at = now();
      for (const [oldKey, claimedAt] of seen) {
        if (at - claimedAt < ttlMs) break;
        seen.delete(oldKey);
      }
      if (seen.has(key)) return false;
      for (const oldKey of seen.keys()) {
        if (seen.size < maxEntries) break;
        seen.delete(oldKey);
      }
      seen.set(key, at);
      return true;
    },
    release(key) {
      seen.delete(key);
    },
  };
}
