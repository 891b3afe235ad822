import type { Clock } from '../clock.js';
import { fail } from './errors.js';

/** A limit: at most `max` hits per `windowMs` for one key. */
export interface RateLimit {
  /** Hits allowed per window. */
  max: number;
  /** Length of the sliding window, in milliseconds. */
  windowMs: number;
}

/**
 * Sliding-window rate limiter on the injectable clock: each key keeps the times of its recent hits.
 * Moving the clock (`POST /__helpdock/clock`) opens the window again.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  constructor(private readonly clock: Clock) {}

  private recent(key: string, windowMs: number): number[] {
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
    this.hits.set(key, times);
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
  }
}
