/** A source of "now" in epoch milliseconds, injectable so tests can move time. */
export interface Clock {
  /** The current time in epoch milliseconds. */
  now(): number;
}

/** A clock that only moves when told to. */
export interface ManualClock extends Clock {
  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void;
  /** Sets the clock to an absolute epoch-millisecond time. */
  set(ms: number): void;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => Date.now() };

/**
 * Creates a clock that starts at `start` (epoch ms, default 2026-01-01T00:00:00Z) and only moves
 * through `advance`/`set`.
 *
 * @example
 * ```ts
 * const clock = createManualClock();
 * clock.advance(8 * 24 * 3600_000); // a week-old token is now expired
 * ```
 */
export function createManualClock(start = Date.parse('2026-01-01T00:00:00.000Z')): ManualClock {
  let current = start;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
    set: (ms) => {
      current = ms;
    },
  };
}

/**
 * A clock the control API can move (`POST /__helpdock/clock`) on top of any base clock,
 * so even a server on the system clock can expire tokens in tests.
 */
export class OffsetClock implements Clock {
  private offset = 0;
  constructor(private readonly base: Clock) {}
  /** @inheritDoc */
  now(): number {
    return this.base.now() + this.offset;
  }
  /** Moves this clock forward by `ms` (the base clock is untouched). */
  advance(ms: number): void {
    this.offset += ms;
  }
  /** Drops every `advance` made so far. */
  reset(): void {
    this.offset = 0;
  }
}

/** ISO-8601 UTC string of an epoch-millisecond time. */
export const iso = (ms: number): string => new Date(ms).toISOString();
