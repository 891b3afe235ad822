import { equalBytes, fromBase64Url, toBase64Url } from './ids.js';

/** A stored password: PBKDF2-SHA-256 (WebCrypto, so it also runs in the browser). */
export interface PasswordHash {
  /** The key-derivation function (only PBKDF2 with SHA-256). */
  algorithm: 'pbkdf2-sha256';
  /** PBKDF2 rounds. */
  iterations: number;
  /** base64url salt. */
  salt: string;
  /** base64url 32-byte derived key. */
  hash: string;
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await globalThis.crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

/** Hashes a password with a fresh random salt. */
export async function hashPassword(password: string, iterations = 100_000): Promise<PasswordHash> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return {
    algorithm: 'pbkdf2-sha256',
    iterations,
    salt: toBase64Url(salt),
    hash: toBase64Url(await derive(password, salt, iterations)),
  };
}

/** Checks a password against its stored hash in constant time over the derived bytes. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = fromBase64Url(stored.hash);
  const actual = await derive(password, fromBase64Url(stored.salt), stored.iterations);
  return equalBytes(actual, expected);
}
