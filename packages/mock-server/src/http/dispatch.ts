import { getResponse, type HttpHandler, matchRequestUrl } from 'msw';
import { type Answer, directResolver } from '../core/answer.js';

/**
 * Answers a request with the first of `handlers` (in order) whose path matches, as MSW would, but
 * calls a route's own resolver (see `directHandler`) instead of MSW's per-handler run, which clones
 * the request, parses the cookie store and creates an abort controller for every handler it tries.
 * The match is MSW's own `matchRequestUrl` against the handler's own path, so the routes are still
 * only defined by the handlers. The `Request` is built once a route matched, with an abort signal
 * only when the route asked for one (streams); a handler without a registered resolver (none of
 * ours) and those after it go through MSW's `getResponse`. Undefined when nothing matched.
 */
export async function dispatch(
  handlers: readonly HttpHandler[],
  url: URL,
  request: (withSignal: boolean) => Request,
): Promise<Answer | undefined> {
  for (let i = 0; i < handlers.length; i++) {
    const handler = handlers[i] as HttpHandler;
    const direct = directResolver(handler);
    const { path } = handler.info;
    if (!direct || typeof path === 'function') return getResponse(handlers.slice(i), request(true));
    const match = matchRequestUrl(url, path);
    if (match.matches) return direct.resolve(request(direct.signal), match.params ?? {});
  }
  return undefined;
}
