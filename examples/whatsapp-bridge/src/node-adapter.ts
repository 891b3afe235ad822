import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FetchHandler } from '@helpdock/sdk/whatsapp';

/** Largest webhook body accepted (Evolution and Chatwoot payloads are a few kilobytes). */
const MAX_BODY_BYTES = 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RangeError('Body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Adapts a fetch-style handler (`Request` in, `Response` out) to Node's `http` server: the bridge
 * speaks Request/Response so it also mounts as-is in Next.js, Hono, Bun or Deno.
 */
export function nodeListener(handler: FetchHandler, origin: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const method = req.method ?? 'GET';
      const body = method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(await readBody(req));
      const response = await handler(new Request(new URL(req.url ?? '/', origin), { method, headers, body }));
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.writeHead(error instanceof RangeError ? 413 : 500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: error instanceof RangeError ? 'Body too large' : 'Internal error' }));
    }
  };
}
