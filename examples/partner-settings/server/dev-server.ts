import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';

const APP_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A running Vite dev server of the app. */
export interface AppServer {
  /** The app's URL, e.g. `http://127.0.0.1:5174/`. */
  url: string;
  /** The Vite server itself. */
  vite: ViteDevServer;
  /** Stops it. */
  close(): Promise<void>;
}

/** Starts Vite's dev server for the app with `VITE_HELPDOCK_API` pointing at `apiUrl`. */
export async function startAppServer(apiUrl: string, port = 5174): Promise<AppServer> {
  // Vite exposes process.env variables with the VITE_ prefix to the app as import.meta.env.
  process.env.VITE_HELPDOCK_API = apiUrl;
  const vite = await createServer({
    root: APP_ROOT,
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    logLevel: 'warn',
    server: { host: '127.0.0.1', port, strictPort: port !== 0 },
  });
  await vite.listen();
  const url = vite.resolvedUrls?.local[0];
  if (!url) throw new Error('Vite did not report its URL');
  return { url, vite, close: () => vite.close() };
}
