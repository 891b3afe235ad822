import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { HttpHandler } from 'msw';
import type { Answer } from '../core/answer.js';
import { ApiError, errorAnswer } from '../core/errors.js';
import { requestIdFrom } from '../core/request-id.js';
import { type PageContext, servePage } from '../pages/index.js';
import type { ListeningServer } from '../reference-server.js';
import { checkControlAccess, isControlPath, randomControlToken } from './control-guard.js';
import { dispatch } from './dispatch.js';
import { handlerIndex } from './handler-index.js';
import { type RequestBody, requestBody } from './request-body.js';
import { StaticAssets, sendAsset } from './static-asset.js';

const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers':
    'X-Request-Id, Retry-After, ETag, Idempotent-Replayed, Content-Disposition',
};

const PREFLIGHT_HEADERS: Record<string, string> = {
  ...CORS_HEADERS,
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers':
    'Authorization, Content-Type, Idempotency-Key, X-Site-Key, Last-Event-ID, X-Request-Id, If-None-Match, Cache-Control',
  'Access-Control-Max-Age': '600',
};

/** Options of {@link startNodeServer}. */
export interface NodeServerOptions {
  port: number;
  host: string;
  log: (message: string, error?: unknown) => void;
  /** Bearer token every `/__helpdock/*` call must send; undefined: a random one; `null` turns the control API off. */
  controlToken: string | null | undefined;
  /** Origin shown in pages and links; undefined: the origin actually listened on. */
  publicUrl: string | undefined;
  /** Called once listening, with the origin pages and links use (e.g. to point portal links at it). */
  onListening?: (publicUrl: string) => void;
  /** Issues a fresh demo portal token for `/portal/new`. */
  demoPortalToken: PageContext['demoPortalToken'];
}

const hereUrl = (): string => (typeof __filename === 'string' ? __filename : import.meta.url);

/**
 * `/helpdock.js` (the loader), the bubble it loads `/helpdock-panel.js`, the on-demand locale
 * files `/helpdock.<locale>.js`, and the bundles of the staff inbox and the full-page components:
 * `/helpdock-inbox.js`, `/helpdock-portal.js`, `/helpdock-customer-portal.js`.
 */
const WIDGET_FILE =
  /^\/(helpdock(?:\.[A-Za-z]{2,3}(?:-[A-Za-z]{2})?|-panel|-inbox|-portal|-customer-portal)?\.js)$/;

/** Where a file of the built one-script-tag widget is, if `@helpdock/widget` has been built. */
function widgetPath(file = 'helpdock.js'): string | undefined {
  try {
    return createRequire(hereUrl()).resolve(`@helpdock/widget/${file}`);
  } catch {
    return undefined;
  }
}

const hasBody = (method: string | undefined): boolean => method !== 'GET' && method !== 'HEAD';

function toFetchRequest(
  req: IncomingMessage,
  url: URL,
  body: RequestBody | undefined,
  signal: AbortSignal | undefined,
): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === 'x-helpdock-client') continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  // Per-client limits key on the address this server saw; a caller cannot choose it.
  headers.set('x-helpdock-client', req.socket.remoteAddress ?? 'unknown');
  const method = req.method ?? 'GET';
  return new Request(url, {
    method,
    headers,
    ...(signal ? { signal } : {}),
    ...(body ? { body: body.stream, duplex: 'half' } : {}),
  } as RequestInit);
}

/** SSE answers are streamed frame by frame; everything else the handlers build is finite. */
const isEventStream = (response: Response): boolean =>
  response.headers.get('content-type')?.startsWith('text/event-stream') ?? false;

const isJson = (response: Response): boolean =>
  response.headers.get('content-type')?.startsWith('application/json') ?? false;

/** Sends a route's answer: a text answer in one `end()` with its length, a `Response` as below. */
function sendAnswer(
  res: ServerResponse,
  answer: Answer,
  signal: () => AbortSignal,
  cors = true,
): Promise<void> {
  if (answer instanceof Response) return sendResponse(res, answer, signal, cors);
  const headers: Record<string, string> = cors ? { ...CORS_HEADERS, ...answer.headers } : answer.headers;
  if (answer.body === null) {
    res.writeHead(answer.status, headers);
    res.end();
  } else {
    headers['Content-Length'] = String(Buffer.byteLength(answer.body));
    res.writeHead(answer.status, headers);
    res.end(answer.body);
  }
  return Promise.resolve();
}

async function sendResponse(
  res: ServerResponse,
  response: Response,
  clientGone: () => AbortSignal,
  cors: boolean,
): Promise<void> {
  const headers: Record<string, string | string[]> = cors ? { ...CORS_HEADERS } : {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  if (!response.body) {
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  if (!isEventStream(response)) {
    // A finite body (JSON, a file): one write with its length instead of a chunked stream. JSON
    // goes as a string, which Node sends with the headers in one write (bytes take a writev).
    const body = isJson(response) ? await response.text() : new Uint8Array(await response.arrayBuffer());
    headers['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);
    res.writeHead(response.status, headers);
    res.end(body);
    return;
  }
  res.writeHead(response.status, headers);
  res.flushHeaders();
  const reader = response.body.getReader();
  const stop = () => {
    reader.cancel().catch(() => undefined);
  };
  const signal = clientGone();
  signal.addEventListener('abort', stop, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) {
        await new Promise<void>((resolve) => {
          res.once('drain', resolve);
          res.once('close', resolve);
        });
      }
      if (signal.aborted) break;
    }
  } catch {
    // The body was cancelled because the client went away.
  } finally {
    signal.removeEventListener('abort', stop);
    res.end();
  }
}

function sendError(res: ServerResponse, error: ApiError, requestId: string, cors = true): Promise<void> {
  return sendAnswer(res, errorAnswer(error, requestId), () => new AbortController().signal, cors);
}

/** The origin of a bound address, e.g. `http://127.0.0.1:4010` or `http://[::1]:4010`. */
const originOf = (host: string, port: number): string =>
  `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

/** Where a browser on this machine reaches the server: a wildcard bind is reached on localhost. */
const reachableHost = (host: string): string => (host === '0.0.0.0' || host === '::' ? 'localhost' : host);

/**
 * Runs MSW handlers as a real HTTP server: streams request and response bodies (SSE frames are
 * flushed as they come), aborts the request and cancels the response body when the client
 * disconnects, answers CORS preflights, guards the control API with its token (and sends it no CORS
 * headers), serves the pages (`/`, `/inbox`, `/portal/new`: see `pages/`) and the widget scripts, and turns unmatched
 * requests into a 404 envelope. A body nobody read (a 413, a 401 before an upload) is drained after
 * the answer, so clients that send everything before reading still get it.
 */
export async function startNodeServer(
  handlers: HttpHandler[],
  options: NodeServerOptions,
): Promise<ListeningServer> {
  const sockets = new Set<import('node:net').Socket>();
  const controlToken = options.controlToken === undefined ? randomControlToken() : options.controlToken;
  // Set once listening (no request arrives before); never taken from a request's Host header.
  let origin = '';
  let publicUrl = '';
  const candidates = handlerIndex(handlers);
  const assets = new StaticAssets();
  const widgetAsset = (file?: string) => {
    const path = widgetPath(file);
    return path === undefined ? undefined : assets.get(path);
  };
  const server = createServer(async (req, res) => {
    // Made when a stream or a request needs it (most answers need neither), aborted if the client
    // went away before the answer was finished, even when that happened before it was made.
    let abort: AbortController | undefined;
    let clientGone = false;
    const signal = (): AbortSignal => {
      abort ??= new AbortController();
      if (clientGone) abort.abort();
      return abort.signal;
    };
    res.on('close', () => {
      if (res.writableFinished) return;
      clientGone = true;
      abort?.abort();
    });
    // GET and HEAD carry no body for the handlers: no stream for them, what was sent is dropped.
    const body = hasBody(req.method) ? requestBody(req) : undefined;
    res.once('finish', () => {
      if (!req.complete) (body ?? requestBody(req)).discard();
    });
    const givenId = req.headers['x-request-id'];
    const requestId = requestIdFrom(Array.isArray(givenId) ? givenId.join(', ') : givenId);
    let url: URL;
    try {
      url = new URL(req.url ?? '/', origin);
    } catch {
      await sendError(res, new ApiError('not_found', 'No such route'), requestId);
      return;
    }
    // A method or header `Request` refuses (it is built only for the route that matched).
    const fetchRequest = (withSignal: boolean): Request => {
      try {
        return toFetchRequest(req, url, body, withSignal ? signal() : undefined);
      } catch {
        throw new ApiError('not_found', 'No such route');
      }
    };
    const path = url.pathname;
    // The raw target too: `//__helpdock/x` parses as a URL whose host is `__helpdock`, yet MSW answers it.
    const control = isControlPath(req.url ?? '/') || isControlPath(url.href);
    try {
      if (control) {
        checkControlAccess(req.headers.authorization, controlToken);
        if (req.method === 'OPTIONS') throw new ApiError('not_found', 'The control API answers no preflight');
      } else if (req.method === 'OPTIONS') {
        res.writeHead(204, PREFLIGHT_HEADERS);
        res.end();
        return;
      }
      const page = await servePage(req.method ?? 'GET', path, {
        origin: publicUrl,
        built: async (file) => (await widgetAsset(file)) !== undefined,
        demoPortalToken: options.demoPortalToken,
        acceptLanguage: req.headers['accept-language'],
      });
      if (page) {
        res.writeHead(page.status, { ...page.headers, 'X-Request-Id': requestId });
        res.end(page.body);
        return;
      }
      const widgetFile = req.method === 'GET' ? WIDGET_FILE.exec(path)?.[1] : undefined;
      if (widgetFile) {
        const widget = await widgetAsset(widgetFile);
        if (!widget) {
          await sendError(
            res,
            new ApiError('not_found', `${widgetFile} is not built (run npm run build) or does not exist`),
            requestId,
          );
          return;
        }
        sendAsset(req, res, widget, {
          ...CORS_HEADERS,
          'Content-Type': 'text/javascript; charset=utf-8',
          'X-Request-Id': requestId,
        });
        return;
      }
      let answer: Answer | undefined;
      try {
        answer = await dispatch(candidates(req.method ?? 'GET', path), url, fetchRequest);
      } catch (error) {
        // A path MSW cannot decode (e.g. a stray `%`) matches no route.
        if (!(error instanceof URIError)) throw error;
      }
      if (!answer) throw new ApiError('not_found', `No route for ${req.method} ${path}`);
      await sendAnswer(res, answer, signal, !control);
    } catch (error) {
      const cors = !control;
      if (error instanceof ApiError) await sendError(res, error, requestId, cors);
      else {
        options.log('Unexpected error in the HTTP server', error);
        if (!res.headersSent)
          await sendError(
            res,
            new ApiError('internal_error', 'Something went wrong on our side'),
            requestId,
            cors,
          );
        else res.destroy();
      }
    }
  });
  server.on('connection', (socket) => {
    socket.setNoDelay(true);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = originOf(options.host, port);
  publicUrl = options.publicUrl ?? originOf(reachableHost(options.host), port);
  options.onListening?.(publicUrl);
  return {
    url: origin,
    publicUrl,
    port,
    controlToken,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
