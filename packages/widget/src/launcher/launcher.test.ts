import { describe, expect, it, vi } from 'vitest';
import type { HelpdockBubble } from '../bubble/bubble.component.js';
import { hasQueuedMessages } from '../core/outbox.js';
import { jsonStore, memoryStore, tenantPrefix } from '../core/storage.js';
import { en } from '../i18n/en.js';
import { Handover } from './handover.js';
import { englishLauncherLabel } from './label.js';
import { cachedPublicConfig, fetchPublicConfig } from './public-config.js';

const config = {
  whatsapp_number: '5511999990000',
  support_bubble_enabled: true,
  availability: { online: true, next_open_at: null, reply_time: null },
  away_message: null,
};

/** A fetch answering `responses` in turn and recording each request's URL and headers. */
function fakeFetch(...responses: (() => Response)[]) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), headers: { ...(init?.headers as Record<string, string>) } });
    const next = responses.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next();
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const ok =
  (etag: string, body: object = config) =>
  () =>
    new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'Content-Type': 'application/json', ETag: etag },
    });

describe('the loader’s public config', () => {
  it('fetches with the site key, caches the answer with its ETag and revalidates with If-None-Match', async () => {
    const store = jsonStore(memoryStore(), tenantPrefix('pk_acme_demo', 'https://help.example.com'));
    const { fetch, calls } = fakeFetch(ok('"v1"'), () => new Response(null, { status: 304 }));
    const request = { apiBase: 'https://help.example.com/', siteKey: 'pk_acme_demo', store, fetch };

    expect(cachedPublicConfig(store)).toBeUndefined();
    expect(await fetchPublicConfig(request)).toEqual(config);
    expect(calls[0]).toEqual({
      url: 'https://help.example.com/api/support/public/config',
      headers: { Accept: 'application/json', 'X-Site-Key': 'pk_acme_demo' },
    });
    expect(cachedPublicConfig(store)).toEqual(config);

    expect(await fetchPublicConfig(request)).toEqual(config);
    expect(calls[1]!.headers['If-None-Match']).toBe('"v1"');
  });

  it('replaces the cache when the config changed (the next page view paints with the new one)', async () => {
    const store = jsonStore(memoryStore(), 'helpdock:test:');
    const off = { ...config, support_bubble_enabled: false };
    const { fetch } = fakeFetch(ok('"v1"'), ok('"v2"', off));
    const request = { apiBase: 'https://help.example.com', siteKey: undefined, store, fetch };
    await fetchPublicConfig(request);
    expect(await fetchPublicConfig(request)).toEqual(off);
    expect(cachedPublicConfig(store)?.support_bubble_enabled).toBe(false);
  });

  it('resolves to null when the request fails or is refused, and keeps the cache', async () => {
    const store = jsonStore(memoryStore(), 'helpdock:test:');
    const { fetch } = fakeFetch(
      ok('"v1"'),
      () => new Response('{"error":{"code":"not_found"}}', { status: 404 }),
    );
    const request = { apiBase: 'https://help.example.com', siteKey: 'pk_unknown', store, fetch };
    await fetchPublicConfig(request);
    expect(await fetchPublicConfig(request)).toBeNull();
    expect(await fetchPublicConfig(request)).toBeNull();
    expect(cachedPublicConfig(store)).toEqual(config);
  });

  it('ignores a cache entry it cannot read', () => {
    const backend = memoryStore();
    const store = jsonStore(backend, 'helpdock:test:');
    backend.setItem('helpdock:test:public-config', '{"etag":"x","config":{}}');
    expect(cachedPublicConfig(store)).toBeUndefined();
    backend.setItem('helpdock:test:public-config', 'not json');
    expect(cachedPublicConfig(store)).toBeUndefined();
  });
});

describe('the loader’s storage checks', () => {
  it('keys a tenant by site key, else by API origin (as the bubble stores its conversation)', () => {
    expect(tenantPrefix('pk_acme_demo', 'https://help.example.com')).toBe('helpdock:pk_acme_demo:');
    expect(tenantPrefix(undefined, 'https://help.example.com')).toBe('helpdock:https://help.example.com:');
  });

  it('sees queued messages only when the outbox holds some', () => {
    const store = jsonStore(memoryStore(), 'helpdock:test:');
    expect(hasQueuedMessages(store)).toBe(false);
    store.write('outbox', []);
    expect(hasQueuedMessages(store)).toBe(false);
    store.write('outbox', [{ key: 'k' }]);
    expect(hasQueuedMessages(store)).toBe(true);
  });

  it('names the launcher as the bubble does in English', () => {
    expect(englishLauncherLabel).toBe(en.launcherOpen);
  });
});

/** A `<helpdock-bubble>` stand-in whose registry defines the element when `define()` is called. */
function fakeBubble(definedAlready = false) {
  let define!: () => void;
  const defined = new Promise<void>((resolve) => {
    define = resolve;
  });
  const log: string[] = [];
  const customElements = {
    get: () => (definedAlready ? class {} : undefined),
    whenDefined: () => defined,
  };
  const bubble = { ownerDocument: { defaultView: { customElements } }, log } as unknown as HelpdockBubble & {
    log: string[];
  };
  return { bubble, define, log };
}

describe('Handover', () => {
  it('holds calls until the bubble is defined, loads it once, then replays them in order', async () => {
    const { bubble, define, log } = fakeBubble();
    const load = vi.fn();
    const handover = new Handover(bubble, load, async () => {
      log.push('take over');
    });
    expect(handover.done).toBe(false);
    const first = handover.run(() => {
      log.push('open');
      return 1;
    });
    const second = handover.run(async () => {
      log.push('identify');
      return 'signed in';
    });
    handover.request();
    expect(load).toHaveBeenCalledTimes(1);
    expect(log).toEqual([]);

    define();
    expect(await first).toBe(1);
    expect(await second).toBe('signed in');
    expect(log).toEqual(['take over', 'open', 'identify']);
    expect(handover.done).toBe(true);
    expect(handover.run(() => 'now')).toBe('now');
    handover.request();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('rejects a held call that throws, without stopping the ones after it', async () => {
    const { bubble, define, log } = fakeBubble();
    const handover = new Handover(
      bubble,
      () => {},
      async () => {},
    );
    const failing = handover.run(() => {
      throw new TypeError('bad options');
    });
    const next = handover.run(() => log.push('next'));
    define();
    await expect(failing).rejects.toThrow('bad options');
    await next;
    expect(log).toEqual(['next']);
  });

  it('runs at once and loads nothing when the element was defined before (npm build)', () => {
    const { bubble } = fakeBubble(true);
    const load = vi.fn();
    const takeOver = vi.fn(async () => {});
    const handover = new Handover(bubble, load, takeOver);
    expect(handover.done).toBe(true);
    expect(handover.run(() => 'direct')).toBe('direct');
    expect(load).not.toHaveBeenCalled();
    expect(takeOver).not.toHaveBeenCalled();
  });
});
