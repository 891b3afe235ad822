/**
 * `@helpdock/sdk/identity`: server-only helpers for host-signed identity (SPEC §2). Your backend
 * signs a short user token with the tenant's identity secret; the page hands it to the widget or to
 * `client.public.identify(...)`. Works in Node and in Web Crypto runtimes (edge functions, Deno,
 * Bun). Never import this entry into browser code: the secret must stay on your server.
 *
 * @example
 * ```ts
 * import { signIdentityToken } from '@helpdock/sdk/identity';
 * const userJwt = await signIdentityToken(process.env.HELPDOCK_IDENTITY_SECRET!, {
 *   sub: 'user-42',
 *   email: 'ana@example.com',
 * });
 * ```
 * @packageDocumentation
 */

export {
  DEFAULT_IDENTITY_TOKEN_SECONDS,
  type IdentityClaims,
  MAX_IDENTITY_TOKEN_SECONDS,
  signIdentityToken,
} from './sign.js';
