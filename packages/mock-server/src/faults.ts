import { ApiError } from './core/errors.js';

/** Injected failures: a `rate` share of API calls fails before any effect; every call waits `latency_ms`. */
export interface FaultConfig {
  /** Share of API calls that fail, 0..1. */
  rate: number;
  /** Delay added to every API call, in real milliseconds. */
  latency_ms: number;
  /** HTTP status of injected failures (default 503). */
  status?: number;
}

/** No faults, no latency. */
export const noFaults: FaultConfig = { rate: 0, latency_ms: 0 };

const codeForStatus = (status: number) =>
  status === 429 ? 'rate_limited' : status === 500 ? 'internal_error' : 'upstream_error';

/** Holds the current fault configuration and applies it to one API call. */
export class Faults {
  private config: FaultConfig;
  constructor(
    private readonly initial: FaultConfig = noFaults,
    private readonly random: () => number = Math.random,
  ) {
    this.config = { ...initial };
  }

  /** The configuration in force. */
  get current(): FaultConfig {
    return { ...this.config };
  }

  /** Replaces the configuration. */
  set(config: FaultConfig): void {
    this.config = { ...config };
  }

  /** Back to the configuration the server started with. */
  reset(): void {
    this.config = { ...this.initial };
  }

  /**
   * Waits the configured latency, then throws the SPEC §1 error (status `status`, default 503) for a
   * `rate` share of calls. Called before anything else in a route, so a failed call has no effect.
   */
  async apply(): Promise<void> {
    const { rate, latency_ms, status = 503 } = this.config;
    if (latency_ms > 0) await new Promise((resolve) => setTimeout(resolve, latency_ms));
    if (rate > 0 && this.random() < rate) {
      throw new ApiError(codeForStatus(status), 'Injected fault: try again', {
        status,
        headers: status === 429 || status === 503 ? { 'Retry-After': '1' } : undefined,
      });
    }
  }
}
