import { PartnerAttributes } from '@helpdock/sdk/schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import { DecryptionError, EncryptionKeyError, SecretBox } from '../src/core/crypto.js';
import type { ReferenceServer } from '../src/index.js';
import { SensitiveAttributeError } from '../src/store/partner-attributes.js';
import { call, demoServer, isEnvelope, login } from './helpers.js';

const KEY = Buffer.alloc(32, 7).toString('base64');
const OTHER_KEY = Buffer.alloc(32, 9).toString('base64');
const TOKEN = 'EAAG-system-token-4f1c9a7e-DO-NOT-LEAK';

let reference: ReferenceServer;
let errors: string[];
let provider: string;

beforeEach(async () => {
  ({ reference, errors } = demoServer({ encryptionKey: KEY }));
  provider = await login(reference, 'provider@acme.test');
});

const put = (token: string, json: unknown) =>
  call(reference, '/api/v1/profile/attributes', { token, method: 'PUT', json });
const get = async (token: string) => {
  const result = await call(reference, '/api/v1/profile/attributes', { token });
  expect(result.status).toBe(200);
  return PartnerAttributes.parse(result.body);
};

describe('SecretBox (AES-256-GCM)', () => {
  it('round-trips with a fresh nonce per seal and refuses other associated data, tampering and unknown keys', async () => {
    const box = new SecretBox(KEY);
    const a = await box.seal('secret', 'usr_1|k');
    const b = await box.seal('secret', 'usr_1|k');
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(a.keyId).toBe(b.keyId);
    expect(await box.open(a, 'usr_1|k')).toBe('secret');
    await expect(box.open(a, 'usr_2|k')).rejects.toThrow(DecryptionError);
    const bytes = Buffer.from(a.ciphertext, 'base64url');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    await expect(box.open({ ...a, ciphertext: bytes.toString('base64url') }, 'usr_1|k')).rejects.toThrow(
      DecryptionError,
    );
    await expect(box.open({ ...a, ciphertext: 'AAAA' }, 'usr_1|k')).rejects.toThrow(DecryptionError);
    await expect(new SecretBox(OTHER_KEY).open(a, 'usr_1|k')).rejects.toThrow(/No key with id/);
  });

  it('rotates: a key list seals with the first key and opens with any', async () => {
    const old = await new SecretBox(OTHER_KEY).seal('v1', 'ad');
    const rotated = new SecretBox(`${KEY},${OTHER_KEY}`);
    expect(await rotated.open(old, 'ad')).toBe('v1');
    expect((await rotated.seal('v2', 'ad')).keyId).toBe(await new SecretBox(KEY).currentKeyId());
  });

  it('accepts hex keys, rejects malformed ones, and warns once about a per-process key', async () => {
    expect(await new SecretBox('ab'.repeat(32)).currentKeyId()).toMatch(/^k_[0-9a-f]{16}$/);
    expect(() => new SecretBox('too-short')).toThrow(EncryptionKeyError);
    let warnings = 0;
    const ephemeral = new SecretBox(undefined, () => warnings++);
    await ephemeral.seal('a', 'b');
    await ephemeral.seal('c', 'd');
    expect(warnings).toBe(1);
  });
});

describe('partner attributes', () => {
  it('starts empty, and login says so', async () => {
    expect(await get(provider)).toEqual({ chotot: null, whatsapp: null });
    const login = await call(reference, '/api/auth/login', {
      json: { email: 'provider@acme.test', password: 'helpdock-demo' },
    });
    expect(login.body.has_partner_attributes).toBe(false);
  });

  it('stores tagged attributes, never returns the token and keeps no plaintext of it anywhere', async () => {
    const saved = await put(provider, {
      chotot: { chotot_id: 'ct-1001', chotot_oid: 'oid-77' },
      whatsapp: { whatsapp_phone_number_id: '109876543210', whatsapp_system_token: TOKEN },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({
      chotot: { chotot_id: 'ct-1001', chotot_oid: 'oid-77' },
      whatsapp: { whatsapp_phone_number_id: '109876543210', has_system_token: true },
    });
    expect(JSON.stringify(saved.body)).not.toContain(TOKEN);
    expect(
      JSON.stringify((await call(reference, '/api/v1/profile/attributes', { token: provider })).body),
    ).not.toContain(TOKEN);

    const dump = await call(reference, '/__helpdock/store');
    const text = JSON.stringify(dump.body);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(Buffer.from(TOKEN).toString('base64'));
    const attributes = dump.body.userAttributes as {
      key: string;
      tags: string[];
      key_id: string | null;
      value: string;
    }[];
    expect(Object.fromEntries(attributes.map((a) => [a.key, a.tags]))).toEqual({
      chotot_id: ['chotot'],
      chotot_oid: ['chotot'],
      whatsapp_phone_number_id: ['whatsapp'],
      whatsapp_system_token: ['whatsapp', 'sensitive'],
    });
    const sealed = attributes.find((a) => a.key === 'whatsapp_system_token');
    expect(sealed?.key_id).toMatch(/^k_/);
    expect(JSON.stringify(reference.store.audit.list())).not.toContain(TOKEN);
    expect(errors.join('\n')).not.toContain(TOKEN);

    const userId = reference.store.directory.userByEmail('provider@acme.test')?.id ?? '';
    expect(await reference.store.partnerAttributes.revealSystemToken(userId)).toBe(TOKEN);
    const login = await call(reference, '/api/auth/login', {
      json: { email: 'provider@acme.test', password: 'helpdock-demo' },
    });
    expect(login.body.has_partner_attributes).toBe(true);
  });

  it('follows PUT semantics: omitted unchanged, null removes, omitted token kept, new token re-sealed', async () => {
    await put(provider, {
      chotot: { chotot_id: 'ct-1', chotot_oid: 'oid-1' },
      whatsapp: { whatsapp_phone_number_id: '111111111', whatsapp_system_token: TOKEN },
    });
    const stored = () =>
      reference.store.state.userAttributes.find((a) => a.key === 'whatsapp_system_token')?.value;
    const first = stored();
    expect((await put(provider, { whatsapp: { whatsapp_phone_number_id: '222222222' } })).body).toEqual({
      chotot: { chotot_id: 'ct-1', chotot_oid: 'oid-1' },
      whatsapp: { whatsapp_phone_number_id: '222222222', has_system_token: true },
    });
    expect(stored()).toBe(first);
    await put(provider, {
      whatsapp: { whatsapp_phone_number_id: '222222222', whatsapp_system_token: TOKEN },
    });
    expect(stored()).not.toBe(first);
    expect((await put(provider, { chotot: null })).body).toEqual({
      chotot: null,
      whatsapp: { whatsapp_phone_number_id: '222222222', has_system_token: true },
    });
    expect((await put(provider, {})).body.whatsapp.has_system_token).toBe(true);
    expect((await put(provider, { whatsapp: null })).body).toEqual({ chotot: null, whatsapp: null });
    expect(reference.store.state.userAttributes).toHaveLength(0);
  });

  it('keeps every user to their own attributes', async () => {
    await put(provider, { chotot: { chotot_id: 'mine', chotot_oid: 'mine' } });
    for (const email of ['alice@acme.test', 'admin@acme.test', 'provider@globex.test']) {
      const token = await login(reference, email);
      expect(await get(token)).toEqual({ chotot: null, whatsapp: null });
    }
    const alice = await login(reference, 'alice@acme.test');
    await put(alice, { chotot: { chotot_id: 'alice', chotot_oid: 'a' } });
    expect((await get(provider)).chotot?.chotot_id).toBe('mine');
  });

  it('detects a tampered or swapped ciphertext instead of returning garbage', async () => {
    await put(provider, {
      whatsapp: { whatsapp_phone_number_id: '111111111', whatsapp_system_token: TOKEN },
    });
    const alice = await login(reference, 'alice@acme.test');
    await put(alice, {
      whatsapp: { whatsapp_phone_number_id: '333333333', whatsapp_system_token: 'alice-token' },
    });
    const attributes = reference.store.state.userAttributes;
    const providerToken = attributes.find(
      (a) => a.user_id === 'usr_acme_provider' && a.key === 'whatsapp_system_token',
    );
    const aliceToken = attributes.find(
      (a) => a.user_id === 'usr_acme_alice' && a.key === 'whatsapp_system_token',
    );
    if (!providerToken || !aliceToken) throw new Error('tokens not stored');

    const original = providerToken.value;
    providerToken.value = aliceToken.value;
    await expect(reference.store.partnerAttributes.revealSystemToken('usr_acme_provider')).rejects.toThrow(
      SensitiveAttributeError,
    );
    const bytes = Buffer.from(original, 'base64url');
    bytes[14] = (bytes[14] ?? 0) ^ 0xff;
    providerToken.value = bytes.toString('base64url');
    await expect(reference.store.partnerAttributes.revealSystemToken('usr_acme_provider')).rejects.toThrow(
      /cannot be decrypted/,
    );
    providerToken.value = original;
    providerToken.key_id = 'k_0000000000000000';
    await expect(reference.store.partnerAttributes.revealSystemToken('usr_acme_provider')).rejects.toThrow(
      SensitiveAttributeError,
    );
    providerToken.key_id = aliceToken.key_id;
    expect(await reference.store.partnerAttributes.revealSystemToken('usr_acme_provider')).toBe(TOKEN);
    expect(await reference.store.partnerAttributes.revealSystemToken('usr_acme_bob')).toBeNull();
  });

  it('rejects bad input with clear 4xx envelopes', async () => {
    const cases: [unknown, number][] = [
      [{ chotot: { chotot_id: 'x' } }, 422],
      [{ chotot: { chotot_id: '', chotot_oid: 'y' } }, 422],
      [{ chotot: { chotot_id: 5, chotot_oid: 'y' } }, 422],
      [{ whatsapp: { whatsapp_system_token: 'only token' } }, 422],
      [{ whatsapp: { whatsapp_phone_number_id: '1', whatsapp_system_token: '' } }, 422],
      [{ whatsapp: { whatsapp_phone_number_id: '1', whatsapp_system_token: 'x'.repeat(2001) } }, 422],
      [{ telegram: { id: 1 } }, 422],
      [[], 422],
      ['chotot', 422],
    ];
    for (const [json, status] of cases) {
      const result = await put(provider, json);
      expect([json, result.status]).toEqual([json, status]);
      expect(isEnvelope(result, 'validation_error')).toBe(true);
    }
    const malformed = await call(reference, '/api/v1/profile/attributes', {
      token: provider,
      method: 'PUT',
      body: '{"chotot": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(422);
    const form = await call(reference, '/api/v1/profile/attributes', {
      token: provider,
      method: 'PUT',
      body: 'chotot=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    expect((await put('not-a-token', {})).status).toBe(401);
    expect((await call(reference, '/api/v1/profile/attributes')).status).toBe(401);
    expect(reference.store.state.userAttributes).toHaveLength(0);
  });
});
