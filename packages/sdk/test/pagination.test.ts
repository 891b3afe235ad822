import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { HelpdockClient, Page } from '../src/index.js';
import { BASE_URL, thread } from './fixtures.js';
import { server, useMsw } from './msw.js';

useMsw();

const client = () => new HelpdockClient({ baseUrl: BASE_URL, accessToken: 'tok', maxRetries: 0 });

/** 23 threads served 5 per page (5 pages), cursor = index of the next item. */
function serveThreads() {
  const all = Array.from({ length: 23 }, (_, i) => thread({ id: `thr_${i}`, subject: `Thread ${i}` }));
  const seen: URL[] = [];
  server.use(
    http.get(`${BASE_URL}/api/support/threads`, ({ request }) => {
      const url = new URL(request.url);
      seen.push(url);
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const next = start + limit < all.length ? String(start + limit) : null;
      return HttpResponse.json({ data: all.slice(start, start + limit), next_cursor: next });
    }),
  );
  return { all, seen };
}

describe('pagination', () => {
  it('awaiting a list gives the first page', async () => {
    serveThreads();
    const page = await client().support.threads.list({ limit: 5 });
    expect(page).toBeInstanceOf(Page);
    expect(page.data.map((t) => t.id)).toEqual(['thr_0', 'thr_1', 'thr_2', 'thr_3', 'thr_4']);
    expect(page.nextCursor).toBe('5');
    expect(page.hasNextPage()).toBe(true);
  });

  it('for await over list() walks every item of every page (5 pages), keeping the filters', async () => {
    const { all, seen } = serveThreads();
    const ids: string[] = [];
    for await (const t of client().support.threads.list({ limit: 5, status: 'OPEN' })) ids.push(t.id);
    expect(ids).toEqual(all.map((t) => t.id));
    expect(seen).toHaveLength(5);
    expect(
      seen.every((u) => u.searchParams.get('status') === 'OPEN' && u.searchParams.get('limit') === '5'),
    ).toBe(true);
    expect(seen.map((u) => u.searchParams.get('cursor'))).toEqual([null, '5', '10', '15', '20']);
  });

  it('getNextPage walks page by page and the last page says so', async () => {
    serveThreads();
    let page = await client().support.threads.list({ limit: 10 });
    const sizes = [page.data.length];
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      sizes.push(page.data.length);
    }
    expect(sizes).toEqual([10, 10, 3]);
    expect(page.nextCursor).toBeNull();
    expect(() => page.getNextPage()).toThrow(/last page/);
  });

  it('iterPages yields each page once', async () => {
    serveThreads();
    const first = await client().support.threads.list({ limit: 8 });
    const counts: number[] = [];
    for await (const p of first.iterPages()) counts.push(p.data.length);
    expect(counts).toEqual([8, 8, 7]);
  });

  it('breaking out of the loop stops fetching pages', async () => {
    const { seen } = serveThreads();
    for await (const t of client().support.threads.list({ limit: 5 })) {
      if (t.id === 'thr_6') break;
    }
    expect(seen).toHaveLength(2);
  });

  it('starts from a given cursor', async () => {
    serveThreads();
    const page = await client().support.threads.list({ limit: 5, cursor: '20' });
    expect(page.data.map((t) => t.id)).toEqual(['thr_20', 'thr_21', 'thr_22']);
    expect(page.hasNextPage()).toBe(false);
  });

  it('treats a cursor pointing back at the same page as the end', async () => {
    server.use(
      http.get(`${BASE_URL}/api/support/tokens`, () => HttpResponse.json({ data: [], next_cursor: 'same' })),
    );
    const first = await client().support.tokens.list();
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect(second.hasNextPage()).toBe(false);
  });
});
