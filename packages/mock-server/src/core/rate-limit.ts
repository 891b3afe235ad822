import type { Clock } from '../clock.js';
import { fail } from './errors.js';

/** A limit: at most `max` hits per `windowMs` for one key. */
export interface RateLimit {
  /** Hits allowed per window. */
  max: number;
  /** Length of the sliding window, in milliseconds. */
  windowMs: number;
}

/** Keys a {@link RateLimiter} keeps at most by default, so a flood of new clients cannot exhaust memory. */
export const RATE_LIMIT_MAX_KEYS = 100_000;

/** How often (server time) a {@link RateLimiter} sweeps keys whose hits have all left every window. */
const SWEEP_EVERY_MS = 60_000;

/**
 * Sliding-window rate limiter on the injectable clock: each key keeps the times of its recent hits.
 * Moving the clock (`POST /__helpdock/clock`) opens the window again. Bounded: keys with no hit left
 * in any window are swept, and past `maxKeys` the least recently hit keys are dropped.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private longestWindowMs = 0;
  private lastSweep = Number.NEGATIVE_INFINITY;

  /**
   * @param clock - The server clock.
   * @param maxKeys - Keys kept at most (default 100 000).
   */
  constructor(
    private readonly clock: Clock,
    private readonly maxKeys = RATE_LIMIT_MAX_KEYS,
  ) {}

  /** Number of keys currently tracked. */
  get size(): number {
    return this.hits.size;
  }

  private recent(key: string, windowMs: number): number[] {
    this.longestWindowMs = Math.max(this.longestWindowMs, windowMs);
    const since = this.clock.now() - windowMs;
    const times = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (times.length) this.hits.set(key, times);
    else this.hits.delete(key);
    return times;
  }

  /** Seconds until `key` may be hit again under `limit`, or 0 when it may be hit now. */
  retryAfter(key: string, limit: RateLimit): number {
    const times = this.recent(key, limit.windowMs);
    if (times.length < limit.max) return 0;
    const oldestCounted = times[times.length - limit.max] ?? this.clock.now();
    return Math.max(1, Math.ceil((oldestCounted + limit.windowMs - this.clock.now()) / 1000));
  }

  /** Throws a 429 (with `Retry-After`) when `key` is over `limit`; does not count a hit. */
  check(key: string, limit: RateLimit): void {
    const wait = this.retryAfter(key, limit);
    if (wait > 0) throw fail.rateLimited(wait);
  }

  /** Counts one hit for `key`. */
  record(key: string): void {
    const times = this.hits.get(key) ?? [];
    times.push(this.clock.now());
    // Re-inserted so the map stays ordered by latest hit: the first keys are the ones to drop.
    this.hits.delete(key);
    this.hits.set(key, times);
    this.sweep();
  }

  private sweep(): void {
    const now = this.clock.now();
    if (now - this.lastSweep >= SWEEP_EVERY_MS) {
      this.lastSweep = now;
      const since = now - this.longestWindowMs;
      for (const [key, times] of this.hits) {
        if ((times.at(-1) ?? 0) > since) break;
        this.hits.delete(key);
      }
    }
    for (const key of this.hits.keys()) {
      if (this.hits.size <= this.maxKeys) break;
      this.hits.delete(key);
    }
  }

  /** Takes back the latest hit of `key` (an attempt counted up front that turned out not to count). */
  forget(key: string): void {
    const times = this.hits.get(key);
    times?.pop();
    if (times?.length === 0) this.hits.delete(key);
  }

  /** Checks then counts: throws 429 over the limit, else records the hit. */
  consume(key: string, limit: RateLimit): void {
    this.check(key, limit);
    this.record(key);
  }

  /** Forgets every hit. */
  reset(): void {
    this.hits.clear();
    this.lastSweep = Number.NEGATIVE_INFINITY;
  }
}
