import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { build } from 'esbuild';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

let server: Server;
let origin = '';

test.beforeAll(async () => {
  const bundle = await build({
    entryPoints: [here('./browser-entry.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: here('../../../tsconfig.json'),
    // listen() is Node-only and loaded lazily: the browser bundle must not need it.
    external: ['./http/node-server.js'],
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const workerScript = await readFile(here('../../../node_modules/msw/lib/mockServiceWorker.js'), 'utf8');
  const page =
    '<!doctype html><html><head><script type="module" src="/bundle.js"></script></head><body></body></html>';
  server = createServer((req, res) => {
    const files: Record<string, [string, string]> = {
      '/': ['text/html', page],
      '/bundle.js': ['text/javascript', script],
      '/mockServiceWorker.js': ['text/javascript', workerScript],
    };
    const file = files[req.url ?? ''];
    if (!file) {
      res.writeHead(599);
      res.end('the handlers should have answered this');
      return;
    }
    res.writeHead(200, { 'Content-Type': file[0] });
    res.end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('the handlers run in the browser under setupWorker: login, threads, tenant scoping and SSE', async ({
  page,
}) => {
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'helpdockMock' in globalThis);
  const result = await page.evaluate(async () => {
    const mock = (globalThis as unknown as { helpdockMock: { start(): Promise<unknown> } }).helpdockMock;
    await mock.start();
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    const login = await (
      await post('/api/auth/login', { email: 'ops@acme.test', password: 'helpdock-demo' })
    ).json();
    const auth = { Authorization: `Bearer ${login.access_token}` };
    const threads = await (await fetch('/api/support/threads?limit=100', { headers: auth })).json();
    const otherTenant = (await fetch('/api/support/threads/thr_globex_api', { headers: auth })).status;
    const visitor = await (
      await post('/api/support/public/threads', {
        name: 'B',
        email: 'b@example.com',
        subject: 'From a browser',
        message_text: 'Hi',
      })
    ).json();
    const stream = await fetch(`/api/support/portal/${visitor.token}/events`);
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    await post(
      `/api/support/threads/${visitor.thread.id}/messages`,
      { message_text: 'Hello from staff' },
      auth,
    );
    let text = '';
    const decoder = new TextDecoder();
    while (!text.includes('Hello from staff')) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += decoder.decode(chunk.value);
    }
    await reader.cancel();
    return {
      role: login.user.role,
      tenants: [...new Set(threads.data.map((t: { tenant_id: string }) => t.tenant_id))],
      otherTenant,
      streamType: stream.headers.get('content-type'),
      sawMessage: text.includes('event: message.created'),
    };
  });
  expect(result).toEqual({
    role: 'ops',
    tenants: ['ten_acme'],
    otherTenant: 404,
    streamType: 'text/event-stream; charset=utf-8',
    sawMessage: true,
  });
});

test('an upload through the browser handlers is stored and downloads back byte for byte', async ({
  page,
}) => {
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'helpdockMock' in globalThis);
  const result = await page.evaluate(async () => {
    const mock = (globalThis as unknown as { helpdockMock: { start(): Promise<unknown> } }).helpdockMock;
    await mock.start();
    const login = await (
      await fetch('/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'alice@acme.test', password: 'helpdock-demo' }),
      })
    ).json();
    const auth = { Authorization: `Bearer ${login.access_token}` };
    // A PDF with every byte value in it, large enough to span many chunks of the request body.
    const bytes = new Uint8Array(300 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + 7) % 256;
    bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
    const form = new FormData();
    form.set('file', new Blob([bytes], { type: 'application/pdf' }), 'invoice «2».pdf');
    const upload = await fetch('/api/customers/me/attachments', {
      method: 'POST',
      headers: auth,
      body: form,
    });
    const attachment = await upload.json();
    const download = await fetch(attachment.url, { headers: auth });
    const back = new Uint8Array(await download.arrayBuffer());
    return {
      uploadStatus: upload.status,
      filename: attachment.filename,
      size: attachment.size,
      downloadStatus: download.status,
      downloadType: download.headers.get('content-type'),
      sameBytes: back.length === bytes.length && back.every((byte, i) => byte === bytes[i]),
    };
  });
  expect(result).toEqual({
    uploadStatus: 201,
    filename: 'invoice «2».pdf',
    size: 300 * 1024,
    downloadStatus: 200,
    downloadType: 'application/pdf',
    sameBytes: true,
  });
});
