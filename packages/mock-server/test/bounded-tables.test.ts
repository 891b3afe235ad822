import { describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock.js';
import { IDEMPOTENCY_TTL_MS, IdempotencyStore } from '../src/core/idempotency.js';
import { RateLimiter } from '../src/core/rate-limit.js';

const ok = async () => ({ status: 201, body: '{}', headers: {} });
const limit = { max: 5, windowMs: 10 * 60_000 };

describe('bounded memory under floods (SPEC §10)', () => {
  it('sweeps rate-limit keys whose hits left the window, and caps the keys', () => {
    const clock = createManualClock(0);
    const limiter = new RateLimiter(clock, 1000);
    for (let i = 0; i < 5000; i++) limiter.consume(`client-${i}`, limit);
    expect(limiter.size).toBe(1000);
    // The most recent clients are the ones kept.
    expect(limiter.retryAfter('client-4999', { max: 1, windowMs: limit.windowMs })).toBeGreaterThan(0);
    clock.advance(limit.windowMs + 60_000);
    limiter.consume('late-client', limit);
    expect(limiter.size).toBe(1);
  });

  it('still limits a key that keeps hitting while others flood', () => {
    const clock = createManualClock(0);
    const limiter = new RateLimiter(clock, 100);
    for (let i = 0; i < 5; i++) limiter.consume('attacker', limit);
    expect(() => limiter.consume('attacker', limit)).toThrow();
  });

  it('forgets expired idempotency keys and caps how many it remembers', async () => {
    const clock = createManualClock(0);
    const store = new IdempotencyStore(clock, 500);
    for (let i = 0; i < 2000; i++) await store.run(`scope-${i}`, 'body', ok);
    expect(store.size).toBeLessThanOrEqual(500);
    // A recent key still replays.
    expect((await store.run('scope-1999', 'body', ok)).replayed).toBe(true);
    clock.advance(IDEMPOTENCY_TTL_MS + 1);
    await store.run('fresh', 'body', ok);
    expect(store.size).toBe(1);
  });
});
