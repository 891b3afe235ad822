import { getResponse, type HttpHandler, matchRequestUrl } from 'msw';
import { type Answer, directResolver } from '../core/answer.js';

type Match = ReturnType<typeof matchRequestUrl>;

/** Matches per handler and origin + path kept at most (a polled thread, a list): then forgotten at once. */
const MATCHES_KEPT = 256;

const matches = new WeakMap<HttpHandler, Map<string, Match>>();

/**
 * MSW's `matchRequestUrl` of `url` against the handler's path, remembered per origin + path (what
 * it reads of the URL): it compiles the path pattern on every call.
 */
function matchOf(handler: HttpHandler, path: string | RegExp, url: URL): Match {
  let known = matches.get(handler);
  if (!known) {
    known = new Map();
    matches.set(handler, known);
  }
  const key = url.origin + url.pathname;
  let match = known.get(key);
  if (!match) {
    match = matchRequestUrl(url, path);
    if (known.size >= MATCHES_KEPT) known.clear();
    known.set(key, match);
  }
  return match;
}

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
    const match = matchOf(handler, path, url);
    if (match.matches) return direct.resolve(request(direct.signal), { ...match.params });
  }
  return undefined;
}
