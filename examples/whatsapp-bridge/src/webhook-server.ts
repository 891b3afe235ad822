import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FetchHandler } from '@helpdock/sdk/whatsapp';
import { nodeListener } from './node-adapter.js';

/** Where the bridge listens for both webhooks. */
export const WEBHOOK_PATH = '/webhooks/whatsapp';

/** A Node HTTP server that serves one fetch handler at {@link WEBHOOK_PATH}. */
export interface WebhookServer {
  /** The webhook URL without the secret, e.g. `http://127.0.0.1:4020/webhooks/whatsapp`. */
  webhookUrl: string;
  /** Puts the handler in place; until then the path answers 503 (the server starts first so its URL can be configured upstream). */
  mount(handler: FetchHandler): void;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Starts the server on `127.0.0.1:<port>` (0: any free port); other paths answer 404. */
export async function startWebhookServer(port = 0): Promise<WebhookServer> {
  let listener: ReturnType<typeof nodeListener> | undefined;
  const server = createServer((req, res) => {
    if (new URL(req.url ?? '/', origin).pathname !== WEBHOOK_PATH) {
      res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":"Not found"}');
    } else if (!listener) {
      res
        .writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': '1' })
        .end('{"error":"Starting"}');
    } else {
      void listener(req, res);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    webhookUrl: `${origin}${WEBHOOK_PATH}`,
    mount: (handler) => {
      listener = nodeListener(handler, origin);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
