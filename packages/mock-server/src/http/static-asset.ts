import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { etagMatches } from '../core/response.js';

/** A file served as is, gzip and brotli, compressed once per version of the file. */
export interface StaticAsset {
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  /** Strong ETag of the uncompressed bytes (the same for every encoding, which `Vary` tells caches). */
  etag: string;
  /** mtime and size the buffers were made from: a rebuilt file is read and compressed again. */
  version: string;
}

/** Revalidated with the ETag every 5 minutes: the script's URL is not versioned, and a rebuild must show. */
const ASSET_CACHE_CONTROL = 'public, max-age=300';

function compress(bytes: Buffer, version: string): StaticAsset {
  return {
    identity: bytes,
    gzip: gzipSync(bytes, { level: 9 }),
    br: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    }),
    etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`,
    version,
  };
}

/**
 * Files read from disk and compressed once, kept until the file changes (a `stat` per request tells).
 * Missing files give undefined.
 */
export class StaticAssets {
  private readonly assets = new Map<string, StaticAsset>();

  async get(path: string): Promise<StaticAsset | undefined> {
    try {
      const info = await stat(path);
      const version = `${info.mtimeMs}:${info.size}`;
      const known = this.assets.get(path);
      if (known?.version === version) return known;
      const asset = compress(await readFile(path), version);
      this.assets.set(path, asset);
      return asset;
    } catch {
      return undefined;
    }
  }
}

/** The encodings an `Accept-Encoding` header admits (q > 0), by name. */
function accepted(header: string | undefined): Set<string> {
  const names = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && (q === undefined || Number(q.slice(2)) > 0)) names.add(name);
  }
  return names;
}

/**
 * Answers `req` with `asset`: brotli or gzip when the client accepts it, else as is; cacheable with
 * its ETag, and a 304 without a body when the client already holds this version.
 */
export function sendAsset(
  req: IncomingMessage,
  res: ServerResponse,
  asset: StaticAsset,
  headers: Record<string, string>,
): void {
  const common = {
    ...headers,
    'Cache-Control': ASSET_CACHE_CONTROL,
    ETag: asset.etag,
    Vary: 'Accept-Encoding',
  };
  if (etagMatches(req.headers['if-none-match'] ?? null, asset.etag)) {
    res.writeHead(304, common);
    res.end();
    return;
  }
  const encodings = accepted(req.headers['accept-encoding']);
  const [encoding, body] = encodings.has('br')
    ? ['br', asset.br]
    : encodings.has('gzip')
      ? ['gzip', asset.gzip]
      : [undefined, asset.identity];
  res.writeHead(200, {
    ...common,
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    'Content-Length': String(body.byteLength),
  });
  res.end(body);
}
