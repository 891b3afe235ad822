import type { KbArticle, KbResult } from '@helpdock/sdk/schemas';
import MiniSearch, { type SearchResult } from 'minisearch';
import { fail } from '../core/errors.js';
import type { StoreContext } from './context.js';
import type { KbArticleRecord } from './records.js';

/** Characters of article text shown around the best match. */
const SNIPPET_CHARS = 180;
/** Characters of context kept before the match. */
const SNIPPET_LEAD = 60;

type Indexed = Pick<KbArticleRecord, 'id' | 'title' | 'body' | 'tags'>;

function buildIndex(articles: readonly KbArticleRecord[]): MiniSearch<Indexed> {
  const index = new MiniSearch<Indexed>({
    fields: ['title', 'body', 'tags'],
    extractField: (doc, field) => {
      const value = doc[field as keyof Indexed];
      return Array.isArray(value) ? value.join(' ') : value;
    },
    searchOptions: {
      boost: { title: 3, tags: 2 },
      // Prefix matching from 3 letters ("pass" finds "password"), typo tolerance from 5.
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'OR',
    },
  });
  index.addAll(articles.map(({ id, title, body, tags }) => ({ id, title, body, tags })));
  return index;
}

/** Plain-text excerpt of `body` around the first of `terms` it contains (or its opening). */
export function snippetOf(body: string, terms: readonly string[]): string {
  const text = body.replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  let at = -1;
  for (const term of terms) {
    const match = new RegExp(`(^|[^\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').exec(
      lower,
    );
    if (match && (at === -1 || match.index < at)) at = match.index + (match[1]?.length ?? 0);
  }
  if (text.length <= SNIPPET_CHARS) return text;
  let start = at <= SNIPPET_LEAD ? 0 : at - SNIPPET_LEAD;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space >= at ? start : space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/**
 * The knowledge base (SPEC §5): ranked full-text search over a tenant's articles with MiniSearch
 * (BM25-style scoring, title boosted, prefix and fuzzy matching). Each tenant has its own index,
 * built on first search and rebuilt when the articles change.
 */
export class KnowledgeBaseStore {
  private readonly indexes = new WeakMap<
    KbArticleRecord[],
    Map<string, { count: number; index: MiniSearch<Indexed> }>
  >();

  constructor(private readonly ctx: StoreContext) {}

  private indexFor(tenantId: string): MiniSearch<Indexed> {
    const all = this.ctx.state.kbArticles;
    let byTenant = this.indexes.get(all);
    if (!byTenant) {
      byTenant = new Map();
      this.indexes.set(all, byTenant);
    }
    const articles = all.filter((a) => a.tenant_id === tenantId);
    const cached = byTenant.get(tenantId);
    if (cached && cached.count === articles.length) return cached.index;
    const index = buildIndex(articles);
    byTenant.set(tenantId, { count: articles.length, index });
    return index;
  }

  /** The tenant's articles matching `query`, best first, at most `limit`. */
  search(tenantId: string, query: string, limit: number): KbResult[] {
    const results: SearchResult[] = this.indexFor(tenantId).search(query);
    const byId = new Map(
      this.ctx.state.kbArticles.filter((a) => a.tenant_id === tenantId).map((a) => [a.id, a]),
    );
    return results.slice(0, limit).flatMap((result) => {
      const article = byId.get(String(result.id));
      if (!article) return [];
      return [
        {
          id: article.id,
          title: article.title,
          snippet: snippetOf(article.body, result.terms),
          url: article.url,
          score: Math.round(result.score * 1000) / 1000,
        },
      ];
    });
  }

  /** One article of the tenant, whole (plain-text body); another tenant's or a missing one is a 404. */
  article(tenantId: string, id: string): KbArticle {
    const article = this.ctx.state.kbArticles.find((a) => a.id === id && a.tenant_id === tenantId);
    if (!article) throw fail.notFound('Article');
    return {
      id: article.id,
      title: article.title,
      body: article.body,
      url: article.url,
      updated_at: article.updated_at,
    };
  }

  /** Number of articles of a tenant. */
  count(tenantId: string): number {
    return this.ctx.state.kbArticles.filter((a) => a.tenant_id === tenantId).length;
  }
}
