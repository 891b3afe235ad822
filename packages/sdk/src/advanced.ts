/**
 * `@helpdock/sdk/advanced`: the plumbing under the clients, for those who build their own.
 * {@link HelpdockCore} with only the resource classes a page uses (from `@helpdock/sdk` or
 * `@helpdock/sdk/lite`), the transports ({@link fetchTransport}, {@link kyTransport}), the
 * contract validator, the route references the resources send from, the retry policy's helpers and
 * the types that derive a route's input and result. Everyday use needs none of it.
 *
 * @example
 * ```ts
 * import { contractValidator, HelpdockCore } from '@helpdock/sdk/advanced';
 * import { PublicSupport } from '@helpdock/sdk/lite';
 *
 * const core = new HelpdockCore({ baseUrl, siteKey: 'pk_acme_demo', contract: contractValidator });
 * const config = await new PublicSupport(core).config();
 * ```
 * @packageDocumentation
 */
import type { RouteRefs } from './core/route-refs.js';
import * as routeSpecs from './schemas/route-specs.generated.js';

export { contractValidator } from './contract-validator.js';
export type { ContractValidator, OutputContext } from './core/contract.js';
export { errorForStatus } from './core/errors.js';
export {
  DEFAULT_TIMEOUT_MS,
  HelpdockCore,
  type OpenStreamOptions,
  type RouteBodyInput,
  type RouteInput,
  type RouteQueryInput,
  type RouteResponse,
} from './core/http.js';
export { kyTransport } from './core/ky-transport.js';
export {
  DEFAULT_MAX_RETRIES,
  isRetryable,
  MAX_RETRY_AFTER_MS,
  parseRetryAfter,
  retryDelay,
} from './core/retries.js';
export type { DefOf, RouteRef, RouteRefs } from './core/route-refs.js';

/** The route table the resources send from: the generated specs at run time, typed by the definitions. */
export const routeRefs: RouteRefs = routeSpecs;
export {
  fetchTransport,
  type Transport,
  type TransportFactory,
  type TransportRequest,
} from './core/transport.js';
export { filenameFromDisposition } from './resources/files.js';
export { APIResource, type ListItem } from './resources/resource.js';
