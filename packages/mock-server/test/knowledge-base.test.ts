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

describe('knowledge base for visitors and whole articles', () => {
  const publicSearch = (query: string, siteKey?: string) =>
    call(reference, `/api/support/public/kb${query}`, { headers: siteKey ? { 'X-Site-Key': siteKey } : {} });

  it('searches anonymously in the site key’s tenant, ranked like the customer search', async () => {
    const acme = await publicSearch('?q=forgot%20my%20password&limit=3');
    expect(acme.status).toBe(200);
    const hits = KbSearchResponse.parse(acme.body).data;
    expect(hits[0]?.id).toBe('kb_acme_reset_your_password');
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(hits).toEqual(await search(alice, 'forgot my password', 3));
    const globex = KbSearchResponse.parse((await publicSearch('?q=invoice', 'pk_globex_demo')).body).data;
    expect(globex.length).toBeGreaterThan(0);
    expect(globex.every((h) => h.id.startsWith('kb_globex_'))).toBe(true);
    const byQuery = await publicSearch('?q=invoice&site_key=pk_globex_demo');
    expect(KbSearchResponse.parse(byQuery.body).data).toEqual(globex);
  });

  it('serves a whole article as plain text with paragraphs, to visitors and customers', async () => {
    const visitor = await call(reference, '/api/support/public/kb/kb_acme_reset_your_password');
    expect(visitor.status).toBe(200);
    const article = KbArticle.parse(visitor.body);
    expect(article).toMatchObject({
      id: 'kb_acme_reset_your_password',
      title: 'Reset your password',
      url: expect.stringMatching(/^https:\/\//),
    });
    expect(article.body.split('\n\n').length).toBeGreaterThan(1);
    expect(article.body).toContain('Forgot password');
    const customer = await call(reference, '/api/customers/me/kb/kb_acme_reset_your_password', {
      token: alice,
    });
    expect(customer.body).toEqual(visitor.body);
  });

  it('keeps tenants apart: another tenant’s or an unknown article is a 404', async () => {
    for (const result of [
      await call(reference, '/api/support/public/kb/kb_globex_track_a_shipment'),
      await call(reference, '/api/support/public/kb/kb_acme_reset_your_password', {
        headers: { 'X-Site-Key': 'pk_globex_demo' },
      }),
      await call(reference, '/api/customers/me/kb/kb_acme_reset_your_password', { token: carol }),
      await call(reference, '/api/customers/me/kb/kb_nope', { token: alice }),
    ]) {
      expect(result.status).toBe(404);
      expect(isEnvelope(result, 'not_found')).toBe(true);
    }
  });

  it('rejects bad input with a clear 4xx: queries, unknown site keys, a signed-out article read', async () => {
    for (const query of ['', '?q=', `?q=${'a'.repeat(201)}`, '?q=x&limit=0', '?q=x&limit=many']) {
      const result = await publicSearch(query);
      expect([query, result.status]).toEqual([query, 422]);
      expect(isEnvelope(result, 'validation_error')).toBe(true);
    }
    expect((await publicSearch('?q=x', 'pk_unknown')).status).toBe(404);
    expect((await publicSearch('?q=x&site_key=')).status).toBe(404);
    expect((await call(reference, '/api/support/public/kb/kb_x?site_key=pk_unknown')).status).toBe(404);
    expect((await call(reference, `/api/support/public/kb/${'x'.repeat(201)}`)).status).toBe(422);
    expect((await call(reference, '/api/customers/me/kb/kb_acme_reset_your_password')).status).toBe(401);
  });
});
