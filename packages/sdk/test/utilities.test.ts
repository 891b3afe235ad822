import { afterEach, describe, expect, it, vi } from 'vitest';
import { filenameFromDisposition } from '../src/advanced.js';
import { newIdempotencyKey } from '../src/index.js';
import { createMemoryDedupeStore } from '../src/whatsapp/index.js';

describe('filenameFromDisposition', () => {
  it('prefers the RFC 5987 filename* and decodes it', () => {
    expect(
      filenameFromDisposition(`attachment; filename="a.txt"; filename*=UTF-8''%E2%82%AC%20rates.csv`),
    ).toBe('€ rates.csv');
  });

  it('reads quoted and bare filenames', () => {
    expect(filenameFromDisposition('attachment; filename="report \\"Q1\\".pdf"')).toBe('report "Q1".pdf');
    expect(filenameFromDisposition('attachment; filename=plain.txt')).toBe('plain.txt');
  });

  it('gives undefined without a name', () => {
    expect(filenameFromDisposition('attachment')).toBeUndefined();
    expect(filenameFromDisposition(null)).toBeUndefined();
  });
});

describe('newIdempotencyKey', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('makes distinct UUID v4 keys', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(50);
  });

  it('still makes UUID v4 keys where crypto.randomUUID is missing (plain-http pages)', () => {
    const { getRandomValues } = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(globalThis.crypto) });
    expect(newIdempotencyKey()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('createMemoryDedupeStore', () => {
  it('claims a key once until released', () => {
    const store = createMemoryDedupeStore();
    expect(store.claim('a')).toBe(true);
    expect(store.claim('a')).toBe(false);
    store.release('a');
    expect(store.claim('a')).toBe(true);
  });

  it('forgets keys after the ttl', () => {
    let now = 0;
    const store = createMemoryDedupeStore({ ttlMs: 1_000, now: () => now });
    store.claim('a');
    now = 999;
    expect(store.claim('a')).toBe(false);
    now = 1_000;
    expect(store.claim('a')).toBe(true);
  });

  it('keeps at most maxEntries keys, dropping the oldest', () => {
    const store = createMemoryDedupeStore({ maxEntries: 2 });
    store.claim('a');
    store.claim('b');
    store.claim('c');
    expect(store.claim('a')).toBe(true);
    expect(store.claim('c')).toBe(false);
  });
});
