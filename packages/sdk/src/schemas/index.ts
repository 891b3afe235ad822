/**
 * The Helpdock API contract as zod schemas: every request, response, error and event.
 * The SDK validates with them, the reference server validates with them, and the OpenAPI
 * document is generated from them.
 *
 * @example
 * ```ts
 * import { Thread, routes } from '@helpdock/sdk/schemas';
 * const thread = Thread.parse(await (await fetch(url)).json());
 * ```
 * @packageDocumentation
 */

export * from './availability.js';
export * from './chatwoot.js';
export * from './common.js';
export * from './custom-attributes.js';
export * from './customer.js';
export * from './events.js';
export * from './evolution.js';
export * from './identity.js';
export * from './partner.js';
export * from './routes/index.js';
export * from './support.js';
export * from './upload-types.js';
