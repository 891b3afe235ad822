import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { StaticAssets, sendAsset } from '../src/http/static-asset.js';

let server: Server | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** Serves one file through StaticAssets/sendAsset, as the reference server serves helpdock.js. */
async function serve(path: string): Promise<string> {
  const assets = new StaticAssets();
  server = createServer(async (req, res) => {
    const asset = await assets.get(path);
    if (!asset) res.writeHead(404).end();
    else sendAsset(req, res, asset, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** A raw GET (node:http does not decompress, unlike fetch), with its status, headers and bytes. */
function get(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      httpRequest(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('static assets (helpdock.js)', () => {
  const script = `console.log(${JSON.stringify('helpdock '.repeat(2000))});\n`;

  it('sends brotli or gzip as the client accepts, else plain bytes, all cacheable with one ETag', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helpdock-asset-'));
    writeFileSync(join(dir, 'helpdock.js'), script);
    const url = await serve(join(dir, 'helpdock.js'));

    const br = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.byteLength).toBeLessThan(script.length / 10);

    const gzip = await get(url, { 'accept-encoding': 'gzip, br;q=0' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);

    const plain = await get(url, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);

    for (const answer of [br, gzip, plain]) {
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(answer.headers['cache-control']).toMatch(/max-age=\d+/);
      expect(answer.headers['cache-control']).not.toMatch(/no-cache|no-store/);
      expect(answer.headers.etag).toBe(plain.headers.etag);
    }
  });

  it('answers a matching If-None-Match with an empty 304, and a rebuilt file with a new ETag', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helpdock-asset-'));
    const path = join(dir, 'helpdock.js');
    writeFileSync(path, script);
    const url = await serve(path);
    const first = await get(url, { 'accept-encoding': 'gzip' });
    const etag = String(first.headers.etag);

    const again = await get(url, { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.byteLength).toBe(0);

    writeFileSync(path, `${script}// rebuilt, a little longer\n`);
    const rebuilt = await get(url, { 'if-none-match': etag });
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.headers.etag).not.toBe(etag);
    expect(rebuilt.body.toString()).toContain('rebuilt');
  });
});
