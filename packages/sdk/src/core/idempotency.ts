/**
 * A fresh `Idempotency-Key`: a random UUID v4. The SDK creates one per POST call and sends the same
 * one on every retry of that call, so the server replays instead of creating twice.
 *
 * @example
 * ```ts
 * const key = newIdempotencyKey();
 * await client.customers.me.tickets.create(input, { idempotencyKey: key });
 * ```
 */
export function newIdempotencyKey(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function') return globalThis.crypto.randomUUID();
  // randomUUID is missing outside secure contexts (plain-http pages); build the same v4 layout.
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Whether a caller-supplied key is acceptable to the API (1–255 visible ASCII characters). */
export function isValidIdempotencyKey(key: string): boolean {
  return /^[\x21-\x7e]{1,255}$/.test(key);
}
