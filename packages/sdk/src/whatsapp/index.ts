/**
 * `@helpdock/sdk/whatsapp`: server-only Evolution (WhatsApp gateway) client and the
 * WhatsApp ↔ Chatwoot bridge. Keep API keys on the server: never import this entry into browser code.
 *
 * @example
 * ```ts
 * import { ChatwootClient } from '@helpdock/sdk/chatwoot';
 * import { createWhatsappBridge, EvolutionClient } from '@helpdock/sdk/whatsapp';
 *
 * const handler = createWhatsappBridge({
 *   chatwoot: new ChatwootClient({ baseUrl: CHATWOOT_URL, apiAccessToken: CHATWOOT_TOKEN }),
 *   evolution: new EvolutionClient({ baseUrl: EVOLUTION_URL, apiKey: EVOLUTION_KEY }),
 *   accountId: 1, inboxId: 3, instance: 'acme', webhookSecret: WEBHOOK_SECRET,
 * });
 * ```
 * @packageDocumentation
 */

export { UpstreamError } from '../core/upstream.js';
export { createWhatsappBridge, type FetchHandler, type WhatsappBridgeOptions } from './bridge.js';
export { createMemoryDedupeStore, type DedupeStore, type MemoryDedupeOptions } from './dedupe.js';
export { EvolutionClient, type EvolutionClientOptions } from './evolution-client.js';
export { secretsEqual } from './secret.js';
