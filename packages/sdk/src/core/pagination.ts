import { APIPromise } from './api-promise.js';

/**
 * One page of a cursor-paginated list. Iterate it with `for await` to walk every item of every
 * following page; use `hasNextPage()` / `getNextPage()` to go page by page.
 *
 * @example
 * ```ts
 * let page = await client.support.threads.list({ limit: 50 });
 * while (true) {
 *   render(page.data);
 *   if (!page.hasNextPage()) break;
 *   page = await page.getNextPage();
 * }
 * ```
 */
export class Page<Item> implements AsyncIterable<Item> {
  /** Items of this page. */
  readonly data: Item[];
  /** Cursor of the next page, `null` on the last page. */
  readonly nextCursor: string | null;
  #fetchPage: (cursor: string) => PagePromise<Item>;

  /** @internal Built by list methods. */
  constructor(data: Item[], nextCursor: string | null, fetchPage: (cursor: string) => PagePromise<Item>) {
    this.data = data;
    this.nextCursor = nextCursor;
    this.#fetchPage = fetchPage;
  }

  /** Whether another page follows. */
  hasNextPage(): boolean {
    return this.nextCursor !== null;
  }

  /**
   * Fetches the next page (same filters and limit).
   * @throws {Error} on the last page — check {@link Page.hasNextPage} first.
   */
  getNextPage(): PagePromise<Item> {
    if (this.nextCursor === null) throw new Error('This is the last page: check hasNextPage() first');
    return this.#fetchPage(this.nextCursor);
  }

  /** Every page from this one to the last. */
  async *iterPages(): AsyncGenerator<Page<Item>, void, undefined> {
    let page: Page<Item> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  /** Every item from this page to the end of the list. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.iterPages()) yield* page.data;
  }
}

/**
 * What list methods return: await it for the first {@link Page}, or `for await` over it for every
 * item across all pages.
 *
 * @example
 * ```ts
 * for await (const thread of client.support.threads.list({ status: 'OPEN', limit: 50 })) {
 *   console.log(thread.subject);
 * }
 * ```
 */
export class PagePromise<Item> extends APIPromise<Page<Item>> implements AsyncIterable<Item> {
  /** Every item of every page, fetching pages as the loop needs them. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    const first = await this;
    yield* first;
  }
}
