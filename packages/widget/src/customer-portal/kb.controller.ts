import type { KbResult } from '@helpdock/sdk/schemas';
import type { ReactiveControllerHost } from 'lit';
import type { CustomerController } from './customer-portal.controller.js';

/** Results shown per search. */
export const kbResultLimit = 10;

/** An article opened in place. */
export interface KbArticle {
  /** The article's id. */
  id: string;
  /** Its title. */
  title: string;
  /** Plain text, paragraphs separated by blank lines. */
  body: string;
}

/**
 * Knowledge-base search for the signed-in customer (its host re-renders on each change): ranked results
 * for a query and one article opened in place.
 */
export class KbController {
  /** The last query searched for. */
  query = '';
  /** Its results, best first; `null` before the first search. */
  results: KbResult[] | null = null;
  /** The article opened, if any. */
  article: KbArticle | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly customer: CustomerController,
  ) {}

  /** Searches; an empty query clears the results. */
  search(query: string): Promise<boolean> {
    const q = query.trim();
    this.article = null;
    if (!q) {
      this.query = '';
      this.results = null;
      this.host.requestUpdate();
      return Promise.resolve(true);
    }
    return this.customer.run(async (client) => {
      const { data } = await client.customers.me.kb.search({ q: q.slice(0, 200), limit: kbResultLimit });
      this.query = q;
      this.results = data;
    });
  }

  /** Opens one article in place. */
  open(id: string): Promise<boolean> {
    return this.customer.run(async (client) => {
      const article = await client.customers.me.kb.retrieve(id);
      this.article = { id: article.id, title: article.title, body: article.body };
    });
  }

  /** Back to the results. */
  close(): void {
    this.article = null;
    this.host.requestUpdate();
  }
}
