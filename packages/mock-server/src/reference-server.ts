import { PortalBaseUrl } from '@helpdock/sdk/schemas';
import { getResponse, type HttpHandler } from 'msw';
import { type Clock, OffsetClock, systemClock } from './clock.js';
import { AccessTokens } from './core/auth.js';
import { IdempotencyStore } from './core/idempotency.js';
import { RateLimiter } from './core/rate-limit.js';
import type { ServerDeps, ServerSettings } from './deps.js';
import { type FaultConfig, Faults, noFaults } from './faults.js';
import { buildHandlers } from './handlers/index.js';
import { issueDemoPortalToken } from './pages/demo-portal-link.js';
import { type SeedName, seedState } from './seed/index.js';
import { DEFAULT_HEARTBEAT_MS } from './sse/stream.js';
import { defaultSupportConfig } from './store/config.js';
import type { State } from './store/records.js';
import { Store } from './store/store.js';
import { DEMO_CHATWOOT } from './store/upstreams/chatwoot/seed.js';

/** Options of {@link createReferenceServer}. */
export interface ReferenceServerOptions {
  /** Start (and reset) with the SPEC §10 demo data (default) or nothing. */
  seed?: SeedName;
  /** Base clock (default: the system clock); the control API can move the server clock on top of it. */
  clock?: Clock;
  /** Injected faults to start with (default: none). */
  faults?: FaultConfig;
  /** AES-256-GCM key for sensitive values (32 bytes, base64 or hex); default: `HELPDOCK_ENCRYPTION_KEY` or a per-process key. */
  encryptionKey?: string;
  /** SSE heartbeat period in ms (default 15 000). */
  heartbeatMs?: number;
  /** Real Chatwoot base URL (default: the emulation under `/chatwoot`). */
  chatwootUrl?: string;
  /** Platform App token for a real Chatwoot (default: `CHATWOOT_PLATFORM_API_TOKEN`). */
  chatwootPlatformToken?: string;
  /** Chatwoot account providers are added to (default: `CHATWOOT_ACCOUNT_ID`, else 1, the emulator's account). */
  chatwootAccountId?: number;
  /** Where the emulated Chatwoot posts its `message_created` webhooks (default: nowhere). */
  chatwootWebhookUrl?: string;
  /**
   * Where the emulated Evolution posts its `messages.upsert` webhooks when a WhatsApp user writes in
   * (`POST /__helpdock/evolution/incoming`; default: nowhere).
   */
  evolutionWebhookUrl?: string;
  /** Real Evolution base URL (default: the emulation under `/evolution`). */
  evolutionUrl?: string;
  /**
   * Origin of the pages and portal links (`SUPPORT_PORTAL_BASE_URL` of the demo tenants); default:
   * the origin {@link ReferenceServer.listen} listens on, or `http://localhost:4010` before that.
   */
  publicUrl?: string;
  /** Only answer requests to this origin (default: any origin, so the handlers work in Node and browsers). */
  baseUrl?: string;
  /**
   * Check every JSON response against its schema, a response repeated byte for byte only once
   * (default: on unless NODE_ENV is `production`).
   */
  validateResponses?: boolean;
  /** Where unexpected errors are reported (default: `console.error`). */
  log?: (message: string, error?: unknown) => void;
  /** Source of randomness for injected faults (default `Math.random`). */
  random?: () => number;
}

/** Options of {@link ReferenceServer.listen}. */
export interface ListenOptions {
  /** Port to listen on (default 4010; 0 picks a free one). */
  port?: number;
  /** Address to bind (default `127.0.0.1`). */
  host?: string;
  /**
   * Bearer token of the control API over HTTP (`/__helpdock/*`); default: `HELPDOCK_CONTROL_TOKEN`,
   * else a random one (read it from {@link ListeningServer.controlToken}). `null` turns it off.
   */
  controlToken?: string | null;
  /** Origin used in pages and portal links (default: the server option, else the origin listened on). */
  publicUrl?: string;
}

/** A running HTTP server of the reference backend. */
export interface ListeningServer {
  /** Base URL, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** Origin used in pages and portal links (`--public-url`, else `url`). */
  publicUrl: string;
  /** The control API's bearer token, or `null` when the control API is off. */
  controlToken: string | null;
  /** The port it listens on (the one picked by the OS when `port: 0` was asked). */
  port: number;
  /** Stops accepting connections, ends open streams and resolves when closed. */
  close(): Promise<void>;
}

/** The reference backend: MSW handlers over an in-memory store. */
export interface ReferenceServer {
  /** Every handler: pass them to `setupServer(...)` or `setupWorker(...)`. */
  handlers: HttpHandler[];
  /**
   * The in-memory database, for this repository's own tests and benchmarks: its modules change
   * without notice. Drive the server through its HTTP API and control API instead.
   * @internal
   */
  store: Store;
  /** The server clock (base clock plus control-API advances). */
  clock: Clock;
  /** Injected errors and latency (also set by `POST /__helpdock/faults`). */
  faults: Faults;
  /**
   * Starts a real HTTP server (Node only) with these handlers, CORS, the demo page, streaming SSE and
   * the control API behind its token. For development and tests only, never production.
   */
  listen(options?: ListenOptions): Promise<ListeningServer>;
  /** Demo data, clock, faults, rate limits and idempotency keys back to their start. */
  reset(): void;
}

/** How long one call to a real Chatwoot may take before it counts as Chatwoot being down. */
const CHATWOOT_TIMEOUT_MS = 10_000;

/** `state` with every tenant's portal links on `url` (unchanged when undefined). */
function withPortalBaseUrl(state: State, url: string | undefined): State {
  if (url !== undefined)
    for (const config of Object.values(state.config)) config.SUPPORT_PORTAL_BASE_URL = url;
  return state;
}

const envValue = (name: string): string | undefined =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];

/**
 * Creates the reference backend. Synchronous and free of Node built-ins, so it runs under
 * `setupServer`, `setupWorker` and `listen()` alike.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * const reference = createReferenceServer({ clock: createManualClock() });
 * const server = setupServer(...reference.handlers);
 * server.listen();
 * ```
 */
export function createReferenceServer(options: ReferenceServerOptions = {}): ReferenceServer {
  const clock = new OffsetClock(options.clock ?? systemClock);
  const log = options.log ?? ((message, error) => console.error(`[helpdock-mock] ${message}`, error ?? ''));
  const chatwootAccountId = options.chatwootAccountId ?? Number(envValue('CHATWOOT_ACCOUNT_ID') ?? 1);
  let handlers: HttpHandler[] = [];
  let portalBaseUrl = options.publicUrl;
  const store = new Store(() => withPortalBaseUrl(seedState(options.seed ?? 'demo'), portalBaseUrl), clock, {
    encryptionKey: options.encryptionKey ?? envValue('HELPDOCK_ENCRYPTION_KEY'),
    chatwoot:
      options.chatwootUrl === undefined
        ? {
            // The emulated Chatwoot, reached in-process through its own handlers: no network, so it
            // works the same under setupServer, setupWorker and listen().
            url: `${options.baseUrl?.replace(/\/+$/, '') ?? 'http://reference.internal'}/chatwoot`,
            platformToken: DEMO_CHATWOOT.platformToken,
            fetch: async (input, init) =>
              (await getResponse(handlers, new Request(input, init))) ?? new Response(null, { status: 404 }),
          }
        : {
            url: options.chatwootUrl,
            platformToken: options.chatwootPlatformToken ?? envValue('CHATWOOT_PLATFORM_API_TOKEN') ?? '',
            fetch: (input, init) =>
              globalThis.fetch(input, { ...init, signal: AbortSignal.timeout(CHATWOOT_TIMEOUT_MS) }),
          },
    chatwootAccountId,
    log,
  });
  const faults = new Faults(options.faults ?? noFaults, options.random);
  const limiter = new RateLimiter(clock);
  const idempotency = new IdempotencyStore(clock);
  const settings: ServerSettings = {
    heartbeatMs: options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
    validateResponses: options.validateResponses ?? envValue('NODE_ENV') !== 'production',
    baseUrl: options.baseUrl,
    encryptionKey: options.encryptionKey ?? envValue('HELPDOCK_ENCRYPTION_KEY'),
    chatwootUrl: options.chatwootUrl,
    evolutionUrl: options.evolutionUrl,
    chatwootWebhookUrl: options.chatwootWebhookUrl,
    evolutionWebhookUrl: options.evolutionWebhookUrl,
  };
  const reset = (): void => {
    clock.reset();
    faults.reset();
    limiter.reset();
    idempotency.reset();
    store.reset();
  };
  const deps: ServerDeps = {
    store,
    clock,
    accessTokens: new AccessTokens(clock),
    faults,
    limiter,
    idempotency,
    settings,
    control: { reset, advanceClock: (ms) => clock.advance(ms) },
    log,
  };
  handlers = buildHandlers(deps);
  return {
    handlers,
    store,
    clock,
    faults,
    reset,
    async listen(listenOptions = {}) {
      const publicUrl = listenOptions.publicUrl ?? options.publicUrl;
      if (publicUrl !== undefined && !PortalBaseUrl.safeParse(publicUrl).success)
        throw new TypeError(`publicUrl must be an https URL (http only on localhost), got "${publicUrl}"`);
      // Loaded lazily so browsers never see node: imports.
      const { startNodeServer } = await import('./http/node-server.js');
      const controlToken =
        listenOptions.controlToken === undefined
          ? envValue('HELPDOCK_CONTROL_TOKEN')
          : listenOptions.controlToken;
      return startNodeServer(handlers, {
        port: listenOptions.port ?? 4010,
        host: listenOptions.host ?? '127.0.0.1',
        log: deps.log,
        controlToken,
        publicUrl,
        onListening: (url) => {
          // Portal links must be https or http on localhost (SPEC §3): a LAN address keeps the default.
          if (!PortalBaseUrl.safeParse(url).success) return;
          const seeded = store.state.config;
          const before = portalBaseUrl ?? defaultSupportConfig().SUPPORT_PORTAL_BASE_URL;
          portalBaseUrl = url;
          // Portal links of the seeded tenants open /portal/{token} on this very server.
          for (const config of Object.values(seeded))
            if (config.SUPPORT_PORTAL_BASE_URL === before) config.SUPPORT_PORTAL_BASE_URL = url;
        },
        demoPortalToken: () => issueDemoPortalToken(store),
      });
    },
  };
}
