/**
 * `@helpdock/mock-server`: the Helpdock reference backend. MSW handlers implementing the whole API
 * contract over an in-memory store, usable under `setupServer` (Node tests), `setupWorker`
 * (browser) and as a real HTTP server (`listen()` or the `helpdock-mock` CLI).
 *
 * @example
 * ```ts
 * import { createReferenceServer } from '@helpdock/mock-server';
 * const reference = createReferenceServer();
 * const { url, close } = await reference.listen({ port: 0 });
 * ```
 * @packageDocumentation
 */
// The public API is deliberately small: a test starts a server, drives its clock and faults, and
// signs in with the demo data. Everything else (the store, its records, the emulators) is internal.
export { type Clock, createManualClock, type ManualClock, systemClock } from './clock.js';
export { type FaultConfig, Faults } from './faults.js';
export {
  createReferenceServer,
  type ListeningServer,
  type ListenOptions,
  type ReferenceServer,
  type ReferenceServerOptions,
} from './reference-server.js';
export { DEMO_LOGINS, DEMO_PASSWORD, DEMO_TENANTS } from './seed/demo.js';
export type { SeedName } from './seed/index.js';
export { DEMO_CHATWOOT } from './store/upstreams/chatwoot/seed.js';
export { DEMO_EVOLUTION } from './store/upstreams/evolution.js';
