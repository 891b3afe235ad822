import type { PublicConfig } from '@helpdock/sdk/schemas';
import type { JsonStore } from '../core/storage.js';

/** The public config as the loader keeps it: the answer and its `ETag`. */
interface CachedConfig {
  etag: string;
  config: PublicConfig;
}

/** Storage key (under the tenant's prefix) of the cached public config. */
const CACHE_KEY = 'public-config';

const isCached = (value: unknown): value is CachedConfig =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as CachedConfig).etag === 'string' &&
  typeof (value as CachedConfig).config?.support_bubble_enabled === 'boolean';

/** The public config the last page view received, if storage holds a readable one. */
export function cachedPublicConfig(store: JsonStore): PublicConfig | undefined {
  const cached = store.read<unknown>(CACHE_KEY);
  return isCached(cached) ? cached.config : undefined;
}

/** Where and how to ask for the public config. */
export interface PublicConfigRequest {
  apiBase: string;
  siteKey: string | undefined;
  store: JsonStore;
  fetch: typeof fetch;
}

/**
 * `GET /api/support/public/config`, revalidated with the cached `ETag` (`If-None-Match`; a 304
 * keeps the cached answer) and cached again for the next page view. `null` when it failed: the
 * launcher then stays as drawn, and the bubble reports the failure once it has loaded.
 */
export async function fetchPublicConfig(request: PublicConfigRequest): Promise<PublicConfig | null> {
  const cached = request.store.read<unknown>(CACHE_KEY);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (request.siteKey) headers['X-Site-Key'] = request.siteKey;
  if (isCached(cached)) headers['If-None-Match'] = cached.etag;
  try {
    const response = await request.fetch(`${request.apiBase.replace(/\/+$/, '')}/api/support/public/config`, {
      headers,
    });
    if (response.status === 304 && isCached(cached)) return cached.config;
    if (!response.ok) return null;
    const config = (await response.json()) as PublicConfig;
    const etag = response.headers.get('ETag');
    if (etag) request.store.write(CACHE_KEY, { etag, config } satisfies CachedConfig);
    return config;
  } catch {
    return null;
  }
}
