/**
 * Takes the screenshots in `docs/screenshots/` of the built API reference (`npm run docs` first):
 * the home page and the getting-started guide, in Chromium. `npx tsx docs/scripts/screenshots.ts`.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const SITE = fileURLToPath(new URL('../site/', import.meta.url));
const OUT = fileURLToPath(new URL('../screenshots/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** The pages to capture: file name → path in the site. */
const PAGES: Record<string, string> = {
  'home.png': 'index.html',
  'guide-getting-started.png': 'documents/Getting_started.html',
  'guide-api-reference.png': 'documents/API_reference.html',
};

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://docs.local').pathname)).replace(
    /^\/+/,
    '',
  );
  try {
    const body = await readFile(join(SITE, path.endsWith('/') || path === '' ? `${path}index.html` : path));
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end('Not found');
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  for (const [file, path] of Object.entries(PAGES)) {
    const response = await page.goto(`${origin}/${path}`);
    if (!response?.ok())
      throw new Error(`${path} answered ${response?.status()}: build the site with npm run docs`);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(OUT, file) });
    console.log(`Wrote docs/screenshots/${file}`);
  }
} finally {
  await browser.close();
  server.close();
}
