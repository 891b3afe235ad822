/** Timer functions, injectable so that tests can drive time by hand. */
export interface Timers {
  /** The current time in epoch milliseconds, like `Date.now()`. */
  now(): number;
  /** Runs `callback` once after `ms` milliseconds; returns a handle for {@link Timers.clearTimeout}. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels the callback of a {@link Timers.setTimeout} handle; unknown handles are ignored. */
  clearTimeout(handle: unknown): void;
}

/** The real clock and timers of the page. */
export const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};
