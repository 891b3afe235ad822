import { decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { MAX_IDENTITY_TOKEN_SECONDS, signIdentityToken } from '../src/identity/index.js';

const SECRET = 'c2VjcmV0LW9mLXRoZS10ZW5hbnQtMzItYnl0ZXMtbG9uZw';
const key = new TextEncoder().encode(SECRET);

describe('signIdentityToken', () => {
  it('signs an HS256 token with sub, email, name, iat and a 10-minute exp by default', async () => {
    const issuedAt = new Date('2026-03-01T12:00:00Z');
    const token = await signIdentityToken(SECRET, {
      sub: 'user-42',
      email: 'ana@site.test',
      name: 'Ana',
      issuedAt,
    });
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], currentDate: issuedAt });
    expect(payload).toEqual({
      sub: 'user-42',
      email: 'ana@site.test',
      name: 'Ana',
      iat: issuedAt.getTime() / 1000,
      exp: issuedAt.getTime() / 1000 + 600,
    });
  });

  it('leaves name out when not given and honours expiresIn', async () => {
    const token = await signIdentityToken(SECRET, { sub: 'u', email: 'u@site.test', expiresIn: 60 });
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
    expect(payload).not.toHaveProperty('name');
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(60);
  });

  it('does not verify with another secret', async () => {
    const token = await signIdentityToken(SECRET, { sub: 'u', email: 'u@site.test' });
    await expect(jwtVerify(token, new TextEncoder().encode('other'))).rejects.toThrow();
  });

  it.each([
    ['an empty secret', '', { sub: 'u', email: 'u@site.test' }, TypeError],
    ['an empty sub', SECRET, { sub: '', email: 'u@site.test' }, TypeError],
    ['a sub over 255 characters', SECRET, { sub: 'x'.repeat(256), email: 'u@site.test' }, TypeError],
    ['an email without @', SECRET, { sub: 'u', email: 'nobody' }, TypeError],
    [
      'expiresIn over 24 h',
      SECRET,
      { sub: 'u', email: 'u@site.test', expiresIn: MAX_IDENTITY_TOKEN_SECONDS + 1 },
      RangeError,
    ],
    ['expiresIn of 0', SECRET, { sub: 'u', email: 'u@site.test', expiresIn: 0 }, RangeError],
    ['a fractional expiresIn', SECRET, { sub: 'u', email: 'u@site.test', expiresIn: 1.5 }, RangeError],
  ])('refuses %s', async (_name, secret, claims, error) => {
    await expect(signIdentityToken(secret, claims)).rejects.toBeInstanceOf(error);
  });
});
