/**
 * `@helpdock/sdk`: the typed Helpdock API client for browsers and servers.
 *
 * This entry is browser-safe (no Node built-ins) and tree-shakable. The Chatwoot and WhatsApp
 * integrations are server-only and live in `@helpdock/sdk/chatwoot` and `@helpdock/sdk/whatsapp`;
 * the zod schemas of the contract are in `@helpdock/sdk/schemas`.
 *
 * @example
 * ```ts
 * import { HelpdockClient, NotFoundError } from '@helpdock/sdk';
 * const client = new HelpdockClient({ baseUrl: 'https://api.example.com', accessToken });
 * ```
 * @packageDocumentation
 */
export { HelpdockClient } from './client.js';
export { contractValidator } from './contract-validator.js';
export { kyTransport } from './core/ky-transport.js';
export * from './public-api.js';
