import { createReferenceServer, type ListeningServer } from '@helpdock/mock-server';
import { afterEach, beforeEach } from 'vitest';
import type { SupportHost } from '../src/core/conversation-controller.js';
import { memoryStore } from '../src/core/storage.js';
import { SupportBase } from '../src/core/support-base.js';

/** The smallest Lit host for a conversation controller, on its own base. */
export function fakeHost(base: SupportBase): SupportHost {
  return {
    base,
    addController() {},
    removeController() {},
    requestUpdate() {},
    updateComplete: Promise.resolve(true),
  } as unknown as SupportHost;
}

/** Polls `check` until it holds (the reference server answers asynchronously). */
export async function until(check: () => boolean, timeoutMs = 8000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('Timed out waiting for the controller');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Per test: a fresh reference server (demo seed), a page's `localStorage` shared by every base of
 * the test (as by the tabs of one site), and `newBase()` that connects a base to the server.
 */
export function referenceFixture(): {
  server: () => ListeningServer;
  events: string[];
  newBase: () => SupportBase;
} {
  let server: ListeningServer | undefined;
  const events: string[] = [];
  const bases: SupportBase[] = [];
  beforeEach(async () => {
    (globalThis as { localStorage?: unknown }).localStorage = memoryStore();
    server = await createReferenceServer({ seed: 'demo' }).listen({ port: 0, host: '127.0.0.1' });
    events.length = 0;
  });
  afterEach(async () => {
    for (const base of bases.splice(0)) base.dispose();
    delete (globalThis as { localStorage?: unknown }).localStorage;
    await server?.close();
  });
  return {
    server: () => server!,
    events,
    newBase: () => {
      const base = new SupportBase({ emit: (name) => events.push(name) });
      base.connect({ apiBase: server!.url, siteKey: 'pk_acme_demo' });
      bases.push(base);
      return base;
    },
  };
}
