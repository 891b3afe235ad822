import { fromBase64Url, randomBytes, toBase64Url, toHex } from './ids.js';

/** Bytes of an AES-GCM nonce: 96 bits, the size GCM is designed for. */
const NONCE_BYTES = 12;
/** Bytes of an AES-256 key. */
const KEY_BYTES = 32;

/** A sealed value: the ciphertext (nonce ‖ ciphertext ‖ tag, base64url) and the id of the key that sealed it. */
export interface Sealed {
  ciphertext: string;
  keyId: string;
}

/** A sealed value could not be opened: wrong key, unknown key id, tampered bytes or other associated data. */
export class DecryptionError extends Error {
  override name = 'DecryptionError';
}

/** The encryption key setting is not 32 bytes of base64, base64url or hex. */
export class EncryptionKeyError extends Error {
  override name = 'EncryptionKeyError';
}

/** Decodes one key of the setting: 64 hex digits, or base64/base64url of 32 bytes. */
function decodeKey(text: string): Uint8Array {
  const trimmed = text.trim();
  let bytes: Uint8Array | undefined;
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) {
    bytes = Uint8Array.from(trimmed.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
  } else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) {
    try {
      bytes = fromBase64Url(trimmed.replace(/=+$/, ''));
    } catch {
      bytes = undefined;
    }
  }
  if (bytes?.byteLength !== KEY_BYTES) {
    throw new EncryptionKeyError('HELPDOCK_ENCRYPTION_KEY must be 32 bytes, as base64 or 64 hex digits');
  }
  return bytes;
}

/** Key id: the first 16 hex digits of the key's SHA-256 (names the key without revealing it). */
async function keyIdOf(raw: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', raw as BufferSource);
  return `k_${toHex(new Uint8Array(digest)).slice(0, 16)}`;
}

interface LoadedKey {
  id: string;
  key: CryptoKey;
}

/**
 * AES-256-GCM sealing of sensitive values (SPEC §6) with WebCrypto, so it also runs in browsers.
 * Every seal uses a fresh random 96-bit nonce; the associated data binds a ciphertext to where it
 * belongs (e.g. user and attribute), so a ciphertext copied elsewhere fails to open. The key id is kept
 * beside each ciphertext: a key list (`"new,old"`) seals with the first and opens with any, which is
 * how keys rotate.
 *
 * @example
 * ```ts
 * const box = new SecretBox(process.env.HELPDOCK_ENCRYPTION_KEY);
 * const sealed = await box.seal('s3cret', 'usr_1|whatsapp_system_token');
 * await box.open(sealed, 'usr_1|whatsapp_system_token'); // 's3cret'
 * ```
 */
export class SecretBox {
  private loaded: Promise<LoadedKey[]> | undefined;

  /**
   * @param keySetting comma-separated keys (32 bytes each, base64 or hex), newest first; undefined for a
   *   random per-process key (values then do not survive a restart).
   * @param onEphemeralKey called once when the per-process key is created (to warn about it).
   */
  constructor(
    private readonly keySetting: string | undefined,
    private readonly onEphemeralKey: () => void = () => undefined,
  ) {
    // Fail fast on a malformed setting rather than on the first write.
    if (keySetting !== undefined && keySetting.trim() !== '') keySetting.split(',').forEach(decodeKey);
  }

  private keys(): Promise<LoadedKey[]> {
    this.loaded ??= (async () => {
      const setting = this.keySetting?.trim();
      let raws: Uint8Array[];
      if (setting) raws = setting.split(',').map(decodeKey);
      else {
        this.onEphemeralKey();
        raws = [ephemeralKey()];
      }
      return Promise.all(
        raws.map(async (raw) => ({
          id: await keyIdOf(raw),
          key: await globalThis.crypto.subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, [
            'encrypt',
            'decrypt',
          ]),
        })),
      );
    })();
    return this.loaded;
  }

  /** The id of the key new values are sealed with. */
  async currentKeyId(): Promise<string> {
    const [current] = await this.keys();
    if (!current) throw new EncryptionKeyError('No encryption key');
    return current.id;
  }

  /** Encrypts `plaintext`, bound to `associatedData`. */
  async seal(plaintext: string, associatedData: string): Promise<Sealed> {
    const [current] = await this.keys();
    if (!current) throw new EncryptionKeyError('No encryption key');
    const nonce = randomBytes(NONCE_BYTES);
    const encrypted = await globalThis.crypto.subtle.encrypt(
      {
        name: 'AES-GCM',
        iv: nonce as BufferSource,
        additionalData: new TextEncoder().encode(associatedData),
      },
      current.key,
      new TextEncoder().encode(plaintext),
    );
    const joined = new Uint8Array(NONCE_BYTES + encrypted.byteLength);
    joined.set(nonce, 0);
    joined.set(new Uint8Array(encrypted), NONCE_BYTES);
    return { ciphertext: toBase64Url(joined), keyId: current.id };
  }

  /** Decrypts a sealed value; throws {@link DecryptionError} unless it is intact and bound to `associatedData`. */
  async open(sealed: Sealed, associatedData: string): Promise<string> {
    const entry = (await this.keys()).find((k) => k.id === sealed.keyId);
    if (!entry) throw new DecryptionError(`No key with id ${sealed.keyId} is configured`);
    let joined: Uint8Array;
    try {
      joined = fromBase64Url(sealed.ciphertext);
    } catch {
      throw new DecryptionError('The ciphertext is not base64url');
    }
    if (joined.byteLength < NONCE_BYTES + 16) throw new DecryptionError('The ciphertext is truncated');
    try {
      const plain = await globalThis.crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: joined.slice(0, NONCE_BYTES) as BufferSource,
          additionalData: new TextEncoder().encode(associatedData),
        },
        entry.key,
        joined.slice(NONCE_BYTES) as BufferSource,
      );
      return new TextDecoder('utf-8', { fatal: true }).decode(plain);
    } catch {
      throw new DecryptionError('The ciphertext was tampered with or belongs elsewhere');
    }
  }
}

let processKey: Uint8Array | undefined;

/** One random key per process, shared by every server in it (so a reset keeps values readable). */
function ephemeralKey(): Uint8Array {
  processKey ??= randomBytes(KEY_BYTES);
  return processKey;
}
