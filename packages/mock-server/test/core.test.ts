import { describe, expect, it } from 'vitest';
import { CheckedBodies } from '../src/core/checked-bodies.js';
import { mswPath } from '../src/core/define-route.js';
import { equalSecrets } from '../src/core/ids.js';
import { resolveRequestId } from '../src/core/request-id.js';
import { etagMatches, withHeaders } from '../src/core/response.js';
import { canonicalJson, isJsonContentType } from '../src/core/validate.js';

describe('core helpers', () => {
  it('adds headers even to a response whose headers are immutable', () => {
    const immutable = Response.redirect('http://localhost/next', 302);
    const result = withHeaders(immutable, { 'X-Request-Id': 'r1' });
    expect(result.headers.get('x-request-id')).toBe('r1');
    expect(result.headers.get('location')).toBe('http://localhost/next');
    expect(result.status).toBe(302);
  });

  it('keeps a well-formed X-Request-Id and replaces anything else', () => {
    const id = (value?: string) =>
      resolveRequestId(
        new Request('http://x/', { headers: value === undefined ? {} : { 'x-request-id': value } }),
      );
    expect(id('a.B-9_z')).toBe('a.B-9_z');
    expect(id('x'.repeat(128))).toBe('x'.repeat(128));
    for (const bad of [undefined, '', 'x'.repeat(129), 'has space', 'semi;colon', 'ünï']) {
      expect(id(bad)).toMatch(/^req_[0-9a-f]{24}$/);
    }
  });

  it('recognises JSON content types and compares bodies regardless of key order', () => {
    expect(isJsonContentType('application/json; charset=utf-8')).toBe(true);
    expect(isJsonContentType('application/problem+json')).toBe(true);
    expect(isJsonContentType('text/json')).toBe(false);
    expect(isJsonContentType(null)).toBe(false);
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 0 }] } })).toBe(
      canonicalJson({ a: { c: [3, { e: 0, f: 1 }], d: 2 }, b: 1 }),
    );
  });

  it('matches ETags strongly and weakly, in lists and with *', () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x", "abc"', '"abc"')).toBe(true);
    expect(etagMatches('*', '"abc"')).toBe(true);
    expect(etagMatches('"abd"', '"abc"')).toBe(false);
    expect(etagMatches(null, '"abc"')).toBe(false);
  });

  it('turns route paths into MSW patterns for any origin or one base URL', () => {
    expect(mswPath('/api/support/threads/{id}/messages', undefined)).toBe(
      '*/api/support/threads/:id/messages',
    );
    expect(mswPath('/api/files/{id}', 'http://localhost:4010/')).toBe('http://localhost:4010/api/files/:id');
  });

  it('compares secrets (upstream tokens, API keys) whole: equal only when every byte and the length match', () => {
    expect(equalSecrets('demo-evolution-api-key', 'demo-evolution-api-key')).toBe(true);
    expect(equalSecrets('demo-evolution-api-kez', 'demo-evolution-api-key')).toBe(false);
    expect(equalSecrets('demo-evolution-api-key-and-more', 'demo-evolution-api-key')).toBe(false);
    expect(equalSecrets('demo', 'demo-evolution-api-key')).toBe(false);
    expect(equalSecrets('', 'demo-evolution-api-key')).toBe(false);
    expect(equalSecrets(null, 'demo-evolution-api-key')).toBe(false);
    expect(equalSecrets('é', 'e\u0301')).toBe(false);
  });
});

describe('CheckedBodies', () => {
  it('remembers accepted texts within its bound, forgetting the oldest first', () => {
    const checked = new CheckedBodies(100);
    checked.add('a'.repeat(8));
    expect(checked.has('a'.repeat(8))).toBe(true);
    expect(checked.has('b')).toBe(false);
    checked.add('x'.repeat(11));
    expect(checked.has('x'.repeat(11))).toBe(false);
    for (let i = 0; i < 12; i++) checked.add(String(i).padStart(9, '0'));
    expect(checked.has('a'.repeat(8))).toBe(false);
    expect(checked.has('000000011')).toBe(true);
  });
});
