/**
 * A random identifier for idempotency keys and local ids. Uses `crypto.randomUUID` where the page
 * is a secure context and `crypto.getRandomValues` elsewhere (plain-http pages lack `randomUUID`).
 */
export function randomId(): string {
  const cryptoApi = globalThis.crypto;
  if (typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  const bytes = cryptoApi.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
