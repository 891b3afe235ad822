import type { HttpHandler } from 'msw';

/** A finite answer as status, headers and body text (`null`: no body), before any `Response` exists. */
export interface TextAnswer {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

/** What a route resolves to: a finite text answer, or a `Response` (streams, files, 304s). */
export type Answer = TextAnswer | Response;

/** A route's resolver without MSW around it: the request and its path parameters in, an answer out. */
export type DirectResolver = (request: Request, params: Record<string, unknown>) => Promise<Answer>;

/** The answer as the `Response` MSW hands back (in process, `setupServer`, `setupWorker`). */
export function toResponse(answer: Answer): Response {
  if (answer instanceof Response) return answer;
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/** A route's resolver and whether it reads `request.signal` (streams that end when the client goes). */
export interface DirectRoute {
  resolve: DirectResolver;
  signal: boolean;
}

const direct = new WeakMap<HttpHandler, DirectRoute>();

/**
 * Registers `route.resolve` as what `handler` (an MSW handler wrapping it into a `Response`) does,
 * so the HTTP server may call it itself for a request this handler matches and skip building and
 * reading back the `Response` (the handler stays the one implementation of its route).
 */
export function directHandler(handler: HttpHandler, route: DirectRoute): HttpHandler {
  direct.set(handler, route);
  return handler;
}

/** What {@link directHandler} registered for `handler`, if anything. */
export const directResolver = (handler: HttpHandler): DirectRoute | undefined => direct.get(handler);
