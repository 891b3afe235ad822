/**
 * `@helpdock/sdk/lite`: the Helpdock client without the zod schemas, for size-critical browser
 * bundles. Same resources, types, retries, errors and streams as the main entry
 * ({@link HelpdockLiteClient} instead of `HelpdockClient`); inputs are not checked client-side and
 * answers are trusted (the server validates every request).
 *
 * @example
 * ```ts
 * import { HelpdockLiteClient, whatsappLink } from '@helpdock/sdk/lite';
 * const client = new HelpdockLiteClient({ baseUrl: 'https://support.example.com', siteKey: 'pk_live_…' });
 * ```
 * @packageDocumentation
 */
export { HelpdockLiteClient } from './lite-client.js';
export * from './public-api.js';
export { MAX_UPLOAD_BYTES, uploadContentTypes, uploadExtensions } from './schemas/upload-types.js';
