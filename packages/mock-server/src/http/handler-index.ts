import type { HttpHandler } from 'msw';

/** A handler with what its own definition says it can match: method and the static start of its path. */
interface IndexedHandler {
  handler: HttpHandler;
  /** Upper-case method, or undefined when the handler matches any method. */
  method: string | undefined;
  /** The path up to its first parameter or wildcard (`/api/support/threads/` for `…/threads/:id`). */
  prefix: string;
}

/** `*` or an origin before the path of an MSW path pattern (`*` or `https://api.example.com`). */
const ORIGIN_PART = /^(?:\*|[a-z][a-z0-9+.-]*:\/\/[^/]*)/i;

function indexed(handler: HttpHandler): IndexedHandler {
  const { method, path } = handler.info;
  const anyMethod = typeof method !== 'string' || method === '*' || method.toUpperCase() === 'ALL';
  const pattern = typeof path === 'string' ? path.replace(ORIGIN_PART, '') : '';
  const end = pattern.search(/[:*(?]/);
  return {
    handler,
    method: anyMethod ? undefined : method.toUpperCase(),
    prefix: end === -1 ? pattern : pattern.slice(0, end),
  };
}

/**
 * Narrows the handlers MSW tries for one request to those whose own method and path could match
 * (in their original order), so a request is not parsed against every route of the server. The
 * handlers stay the only definition of each route: this reads `handler.info`, which they were
 * built with from the route table.
 */
export function handlerIndex(
  handlers: readonly HttpHandler[],
): (method: string, path: string) => HttpHandler[] {
  const all = handlers.map(indexed);
  const byMethod = new Map<string, IndexedHandler[]>();
  return (method, path) => {
    let list = byMethod.get(method);
    if (!list) {
      list = all.filter((h) => h.method === undefined || h.method === method);
      byMethod.set(method, list);
    }
    const candidates: HttpHandler[] = [];
    for (const h of list) if (path.startsWith(h.prefix)) candidates.push(h.handler);
    return candidates;
  };
}
