import { afterEach, describe, expect, it } from 'vitest';
import { createReferenceServer, type ListeningServer } from '../src/index.js';
import { threadLogKey } from '../src/store/events.js';
import { fetchResult } from './helpers.js';
import { SseReader } from './sse-reader.js';

let listening: ListeningServer | undefined;

afterEach(async () => {
  await listening?.close();
  listening = undefined;
});

describe('listen()', () => {
  it('streams SSE frames as they happen and notices a client disconnect', async () => {
    const reference = createReferenceServer({ heartbeatMs: 30 });
    listening = await reference.listen({ port: 0 });
    expect(listening.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const login = await fetch(`${listening.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ops@acme.test', password: 'helpdock-demo' }),
    });
    const { access_token } = await login.json();
    const tokenResponse = await fetch(`${listening.url}/api/support/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${access_token}` },
      body: JSON.stringify({ thread_id: 'thr_acme_login' }),
    });
    const { token } = await tokenResponse.json();
    const abort = new AbortController();
    const stream = await fetch(`${listening.url}/api/support/portal/${token}/events`, {
      signal: abort.signal,
    });
    const reader = new SseReader(stream.body as ReadableStream<Uint8Array>);
    await reader.until((events) => events.some((e) => e.event === 'heartbeat'));
    expect(reference.store.events.subscriberCount(threadLogKey('ten_acme'))).toBe(1);
    abort.abort();
    await reader.done;
    const deadline = Date.now() + 5000;
    while (reference.store.events.subscriberCount(threadLogKey('ten_acme')) > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(reference.store.events.subscriberCount(threadLogKey('ten_acme'))).toBe(0);
  });

  it('points portal links at the origin it listens on, and keeps them there after a reset', async () => {
    const reference = createReferenceServer();
    listening = await reference.listen({ port: 0 });
    const login = await fetchResult(listening.url, '/api/auth/login', {
      json: { email: 'ops@acme.test', password: 'helpdock-demo' },
    });
    const created = await fetchResult(listening.url, '/api/support/tokens', {
      json: { thread_id: 'thr_acme_login' },
      token: login.body.access_token,
    });
    expect(created.body.portal_url).toBe(`${listening.url}/portal/${created.body.token}`);
    reference.reset();
    expect(reference.store.config.get('ten_acme').SUPPORT_PORTAL_BASE_URL).toBe(listening.url);
  });

  it('refuses a public URL portal links cannot use, and puts a valid one in the demo config', async () => {
    const reference = createReferenceServer();
    await expect(reference.listen({ port: 0, publicUrl: 'http://support.example.test' })).rejects.toThrow(
      /https/,
    );
    listening = await reference.listen({ port: 0, host: '127.0.0.1', publicUrl: 'http://127.0.0.1:9999' });
    const admin = await fetchResult(listening.url, '/api/auth/login', {
      json: { email: 'admin@acme.test', password: 'helpdock-demo' },
    });
    const config = await fetchResult(listening.url, '/api/support/config', {
      token: admin.body.access_token,
    });
    expect(config.status).toBe(200);
    expect(config.body.SUPPORT_PORTAL_BASE_URL).toBe('http://127.0.0.1:9999');
  });

  it('answers an 11 MiB upload with a 413 envelope that Node fetch reads (no reset), saying 10 MiB', async () => {
    const reference = createReferenceServer();
    listening = await reference.listen({ port: 0 });
    const login = await fetchResult(listening.url, '/api/auth/login', {
      json: { email: 'alice@acme.test', password: 'helpdock-demo' },
    });
    for (const size of [11 * 1024 * 1024, 30 * 1024 * 1024]) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(size)], { type: 'text/plain' }), 'big.txt');
      const result = await fetchResult(listening.url, '/api/customers/me/attachments', {
        method: 'POST',
        body: form,
        token: login.body.access_token,
      });
      expect(result.status).toBe(413);
      expect(result.body.error.code).toBe('payload_too_large');
      expect(result.body.error.message).toMatch(/\b10 MiB\b/);
      expect(result.body.error.message).not.toMatch(/10\.\d/);
    }
    const json = await fetchResult(listening.url, '/api/support/public/threads', {
      json: { name: 'n', email: 'n@example.com', subject: 's', message_text: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(json.status).toBe(413);
    expect(json.body.error.message).toMatch(/1 MiB/);
    // The connection is still usable for the next call.
    expect((await fetchResult(listening.url, '/api/support/public/config')).status).toBe(200);
  });

  it('closes with streams still open', async () => {
    const reference = createReferenceServer();
    listening = await reference.listen({ port: 0 });
    const login = await fetch(`${listening.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'alice@acme.test', password: 'helpdock-demo' }),
    });
    const { access_token } = await login.json();
    const stream = await fetch(`${listening.url}/api/customers/me/events`, {
      headers: { authorization: `Bearer ${access_token}` },
    });
    const reader = new SseReader(stream.body as ReadableStream<Uint8Array>);
    await reader.until((events) => events.some((e) => e.event === 'connected'));
    await listening.close();
    listening = undefined;
    await reader.done;
  });
});
