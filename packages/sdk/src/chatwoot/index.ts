/**
 * `@helpdock/sdk/chatwoot`: server-only clients for Chatwoot's Platform API (users, account
 * memberships, agent provisioning) and Application API (contacts, conversations, messages).
 * Keep tokens on the server: never import this entry into browser code.
 *
 * @example
 * ```ts
 * import { ChatwootPlatformClient } from '@helpdock/sdk/chatwoot';
 * const platform = new ChatwootPlatformClient({ baseUrl, platformToken, accountId: 1 });
 * await platform.users.update(42, { password: newPassword });
 * ```
 * @packageDocumentation
 */

export { type UpstreamConfig, UpstreamError } from '../core/upstream.js';
export { ChatwootClient, type ChatwootClientOptions } from './application-client.js';
export { generatePassword } from './password.js';
export {
  ChatwootPlatformClient,
  type ChatwootPlatformOptions,
  type ProvisionedAgent,
} from './platform-client.js';
