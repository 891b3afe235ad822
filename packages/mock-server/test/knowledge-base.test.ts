import { KbArticle, KbSearchResponse } from '@helpdock/sdk/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReferenceServer } from '../src/index.js';
import { snippetOf } from '../src/store/knowledge-base.js';
import { call, demoServer, isEnvelope, login } from './helpers.js';

let reference: ReferenceServer;
let alice: string;
let carol: string;

beforeAll(async () => {
  ({ reference } = demoServer());
  alice = await login(reference, 'alice@acme.test');
  carol = await login(reference, 'carol@globex.test');
});

const search = async (token: string, q: string, limit?: number) => {
  const query = new URLSearchParams({ q, ...(limit ? { limit: String(limit) } : {}) });
  const result = await call(reference, `/api/customers/me/kb?${query}`, { token });
  expect(result.status).toBe(200);
  return KbSearchResponse.parse(result.body).data;
};

describe('knowledge-base search', () => {
  it('seeds at least 20 different articles per tenant', () => {
    const acme = reference.store.state.kbArticles.filter((a) => a.tenant_id === 'ten_acme');
    const globex = reference.store.state.kbArticles.filter((a) => a.tenant_id === 'ten_globex');
    expect(acme.length).toBeGreaterThanOrEqual(20);
    expect(globex.length).toBeGreaterThanOrEqual(20);
    expect(new Set(acme.map((a) => a.title)).size).toBe(acme.length);
    expect(acme.some((a) => globex.some((g) => g.title === a.title))).toBe(false);
  });

  it('ranks the right article first', async () => {
    const expectations: [string, string, string][] = [
      [alice, 'forgot my password', 'kb_acme_reset_your_password'],
      [alice, 'VAT number wrong on invoice', 'kb_acme_update_vat_number'],
      [alice, 'csv export date column empty', 'kb_acme_export_orders_csv'],
      [alice, 'two factor', 'kb_acme_two_factor_authentication'],
      [carol, 'where is my parcel tracking number', 'kb_globex_track_a_shipment'],
      [carol, 'customs invoice EORI', 'kb_globex_customs_documents'],
      [carol, '429 rate limit nightly sync', 'kb_globex_api_rate_limits'],
      [carol, 'duplicate payment refund', 'kb_globex_invoices_and_refunds'],
    ];
    for (const [token, q, id] of expectations) {
      const hits = await search(token, q);
      expect([q, hits[0]?.id]).toEqual([q, id]);
      const scores = hits.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('matches prefixes and tolerates typos', async () => {
    expect((await search(alice, 'passw'))[0]?.id).toBe('kb_acme_reset_your_password');
    expect((await search(carol, 'shipmnet trackng'))[0]?.id).toBe('kb_globex_track_a_shipment');
  });

  it('searches only the caller’s tenant and honours limit', async () => {
    const acmeHits = await search(alice, 'pallet freight customs parcel');
    expect(acmeHits.every((h) => h.id.startsWith('kb_acme_'))).toBe(true);
    const globexHits = await search(carol, 'invoice');
    expect(globexHits.length).toBeGreaterThan(0);
    expect(globexHits.every((h) => h.id.startsWith('kb_globex_'))).toBe(true);
    expect(await search(alice, 'invoice', 2)).toHaveLength(2);
    expect(await search(alice, 'zzqxj')).toEqual([]);
  });

  it('returns plain-text snippets around the match and article URLs', async () => {
    const [hit] = await search(carol, 'lithium batteries');
    expect(hit?.id).toBe('kb_globex_prohibited_items');
    expect(hit?.snippet.toLowerCase()).toContain('lithium batteries');
    expect(hit?.snippet).not.toMatch(/[<>\n]/);
    expect(hit?.url).toBe('https://help.globex.test/kb/prohibited-items');
    expect(snippetOf('short body', ['body'])).toBe('short body');
    const long = `${'word '.repeat(100)}needle ${'tail '.repeat(100)}`;
    const snippet = snippetOf(long, ['needle']);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('needle');
  });

  it('rejects a missing, empty or too long query and a bad limit with 422; staff get 403', async () => {
    for (const query of [
      '',
      '?q=',
      '?q=%20%20',
      `?q=${'a'.repeat(201)}`,
      '?q=x&limit=0',
      '?q=x&limit=51',
      '?q=x&limit=ten',
    ]) {
      const result = await call(reference, `/api/customers/me/kb${query}`, { token: alice });
      expect([query, result.status]).toEqual([query, 422]);
      expect(isEnvelope(result, 'validation_error')).toBe(true);
    }
    const special = await call(reference, `/api/customers/me/kb?q=${encodeURIComponent('*** (( "" \\')}`, {
      token: alice,
    });
    expect(special.status).toBe(200);
    const ops = await login(reference, 'ops@acme.test');
    expect((await call(reference, '/api/customers/me/kb?q=x', { token: ops })).status).toBe(403);
  });
});

describe('knowledge-base article', () => {
  it('reads one of the tenant’s articles in full, and nobody else’s (404)', async () => {
    const result = await call(reference, '/api/customers/me/kb/kb_acme_reset_your_password', {
      token: alice,
    });
    expect(result.status).toBe(200);
    const article = KbArticle.parse(result.body);
    expect(article.id).toBe('kb_acme_reset_your_password');
    expect(article.body.length).toBeGreaterThan(article.title.length);
    const seeded = reference.store.state.kbArticles.find((a) => a.id === article.id);
    expect(article.body).toBe(seeded?.body);

    const otherTenant = await call(reference, '/api/customers/me/kb/kb_acme_reset_your_password', {
      token: carol,
    });
    expect(isEnvelope(otherTenant, 'not_found')).toBe(true);
    expect(
      isEnvelope(await call(reference, '/api/customers/me/kb/kb_nope', { token: alice }), 'not_found'),
    ).toBe(true);
    expect(
      isEnvelope(await call(reference, '/api/customers/me/kb/kb_acme_reset_your_password'), 'unauthorized'),
    ).toBe(true);
  });
});
