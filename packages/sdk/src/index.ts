/**
 * `@helpdock/sdk`: the typed Helpdock API client for browsers and servers.
 *
 * This entry is browser-safe (no Node built-ins) and tree-shakable. The Chatwoot and WhatsApp
 * integrations are server-only and live in `@helpdock/sdk/chatwoot` and `@helpdock/sdk/whatsapp`;
 * the zod schemas of the contract are in `@helpdock/sdk/schemas`; the plumbing under the client
 * (bare core, transports, validator, route references) is in `@helpdock/sdk/advanced`.
 *
 * @example
 * ```ts
 * import { HelpdockClient, NotFoundError } from '@helpdock/sdk';
 * const client = new HelpdockClient({ baseUrl: 'https://api.example.com', accessToken });
 * ```
 * @packageDocumentation
 */
export { HelpdockClient } from './client.js';
export * from './public-api.js';
