import { createReferenceServer, DEMO_PASSWORD, type ReferenceServer } from '@helpdock/mock-server';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { HelpdockClient } from '../../src/index.js';

/** How the SDK reaches the reference server: MSW in this process, or a real HTTP server on loopback. */
export type Mode = 'in-process' | 'http';

/** A running reference server plus helpers to make signed-in clients against it. */
export interface Harness {
  reference: ReferenceServer;
  /** Base URL the clients use. */
  url(): string;
  /** A client (no sign-in). */
  client(options?: {
    maxRetries?: number;
    siteKey?: string;
    fetch?: typeof fetch;
    timeout?: number;
  }): HelpdockClient;
  /** A client signed in as a demo user. */
  signIn(email: string, options?: { maxRetries?: number }): Promise<HelpdockClient>;
  /** Calls the control API (`/__helpdock/…`). */
  control(path: string, body?: unknown): Promise<unknown>;
}

const IN_PROCESS_ORIGIN = 'http://helpdock.test';

/**
 * Starts the reference server for one test file, resets it before each test, and stops it after.
 * Each mode runs in its own test file (its own process), so the MSW interceptor of the in-process
 * mode never sees the real HTTP traffic of the other.
 */
export function useReferenceServer(
  mode: Mode,
  options: Parameters<typeof createReferenceServer>[0] = {},
): Harness {
  const reference = createReferenceServer({ heartbeatMs: 60_000, ...options });
  let baseUrl = IN_PROCESS_ORIGIN;
  let controlToken: string | null = null;
  let stop: () => Promise<void> | void = () => {};

  beforeAll(async () => {
    if (mode === 'in-process') {
      const msw = setupServer(...reference.handlers);
      msw.listen({ onUnhandledRequest: 'error' });
      stop = () => msw.close();
    } else {
      const listening = await reference.listen({ port: 0, host: '127.0.0.1' });
      baseUrl = listening.url;
      controlToken = listening.controlToken;
      stop = () => listening.close();
    }
  });
  beforeEach(() => reference.reset());
  afterAll(async () => {
    await stop();
  });

  const harness: Harness = {
    reference,
    url: () => baseUrl,
    client: (clientOptions = {}) => new HelpdockClient({ baseUrl, ...clientOptions }),
    async signIn(email, signInOptions = {}) {
      const client = harness.client(signInOptions);
      await client.auth.login({ email, password: DEMO_PASSWORD });
      return client;
    },
    async control(path, body) {
      const headers: Record<string, string> = controlToken ? { Authorization: `Bearer ${controlToken}` } : {};
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await fetch(`${baseUrl}/__helpdock/${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`Control API ${path} answered ${response.status}`);
      return response.json();
    },
  };
  return harness;
}
