import type { Clock } from './clock.js';
import type { AccessTokens } from './core/auth.js';
import type { IdempotencyStore } from './core/idempotency.js';
import type { RateLimiter } from './core/rate-limit.js';
import type { Faults } from './faults.js';
import type { Store } from './store/store.js';

/** Settings of a running reference server that handlers may read. */
export interface ServerSettings {
  /** Heartbeat period of every SSE stream (ms). */
  heartbeatMs: number;
  /** Validate every JSON response against the route's schema (a mismatch is a 500 and a log line). */
  validateResponses: boolean;
  /** Origin the handlers answer for; `undefined` matches any origin (`*`). */
  baseUrl: string | undefined;
  /** Key for AES-256-GCM of sensitive values (base64 or hex, 32 bytes), or undefined for a per-process key. */
  encryptionKey: string | undefined;
  /** Base URL of Chatwoot; undefined means the emulated one under `/chatwoot` on the same origin. */
  chatwootUrl: string | undefined;
  /** Base URL of Evolution; undefined means the emulated one under `/evolution` on the same origin. */
  evolutionUrl: string | undefined;
  /** Where the emulated Chatwoot posts `message_created` webhooks; undefined: it posts none. */
  chatwootWebhookUrl: string | undefined;
  /** Where the emulated Evolution posts `messages.upsert` webhooks; undefined: it posts none. */
  evolutionWebhookUrl: string | undefined;
}

/** Everything a handler module gets: `(deps) => HttpHandler[]`. */
export interface ServerDeps {
  /** The in-memory database. */
  store: Store;
  /** The server clock (the control API can move it). */
  clock: Clock;
  /** Signs and verifies access tokens. */
  accessTokens: AccessTokens;
  /** Injected errors and latency (the control API sets them). */
  faults: Faults;
  /** Rate limits of login, public and reset endpoints. */
  limiter: RateLimiter;
  /** Remembered `Idempotency-Key` responses. */
  idempotency: IdempotencyStore;
  /** The server's settings. */
  settings: ServerSettings;
  /** Server-wide operations of the control API. */
  control: {
    /** Demo data, clock, faults, rate limits and idempotency keys back to their start. */
    reset(): void;
    /** Moves the server clock forward. */
    advanceClock(ms: number): void;
  };
  /** Logs an unexpected problem (never pass a secret). */
  log: (message: string, error?: unknown) => void;
}
