const HEX_BYTES = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += HEX_BYTES[byte];
  return hex;
}

/** base64url (no padding) of bytes; works in Node and browsers. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes base64url (no padding); throws on junk. */
export function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Random bytes drawn in blocks: one WebCrypto call per 4 KiB instead of one per id (each byte used once). */
const pool = new Uint8Array(4096);
let poolAt = pool.length;

/** `count` cryptographically random bytes (WebCrypto, so it runs in browsers too). */
export function randomBytes(count: number): Uint8Array {
  if (count > 256) return globalThis.crypto.getRandomValues(new Uint8Array(count));
  if (poolAt + count > pool.length) {
    globalThis.crypto.getRandomValues(pool);
    poolAt = 0;
  }
  poolAt += count;
  return pool.slice(poolAt - count, poolAt);
}

/** A fresh opaque id such as `thr_3f9a…` (prefix says what it names; 12 random bytes). */
export const randomId = (prefix: string): string => `${prefix}_${toHex(randomBytes(12))}`;

/** SHA-256 of bytes, lower-case hex. */
export async function sha256HexOfBytes(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return toHex(new Uint8Array(digest));
}

/** SHA-256 of a UTF-8 string, lower-case hex. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return toHex(new Uint8Array(digest));
}

/**
 * True when two byte strings are equal, comparing every byte whatever the first difference, so the
 * time taken does not tell an attacker how much of a guessed secret was right.
 */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/** {@link equalBytes} over the UTF-8 of two strings (tokens and API keys); a null never matches. */
export const equalSecrets = (given: string | null, expected: string): boolean =>
  given !== null && equalBytes(new TextEncoder().encode(given), new TextEncoder().encode(expected));
