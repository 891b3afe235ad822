import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReferenceServer } from '../src/index.js';
import { SseReader } from './sse-reader.js';

const reference = createReferenceServer({ heartbeatMs: 50 });
const server = setupServer(...reference.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** Any origin works: the handlers match the path on every host. */
const BASE = 'https://api.customer-site.example';

describe('under setupServer (msw/node)', () => {
  it('answers plain fetch calls on any origin, with the contract’s headers', async () => {
    const config = await fetch(`${BASE}/api/support/public/config`, {
      headers: { 'X-Site-Key': 'pk_globex_demo' },
    });
    expect(config.status).toBe(200);
    expect(await config.json()).toMatchObject({
      whatsapp_number: '4915555550199',
      support_bubble_enabled: true,
    });
    expect(config.headers.get('etag')).toBeTruthy();
    const login = await fetch('http://localhost:9/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'from-test' },
      body: JSON.stringify({ email: 'ops@acme.test', password: 'helpdock-demo' }),
    });
    expect(login.headers.get('x-request-id')).toBe('from-test');
    const { access_token } = await login.json();
    const threads = await fetch(`${BASE}/api/support/threads?limit=1`, {
      headers: { Authorization: `Bearer ${access_token}` },
    });
    const page = await threads.json();
    expect(page.data).toHaveLength(1);
    expect(page.next_cursor).toEqual(expect.any(String));
  });

  it('streams server-sent events through the interceptor', async () => {
    const created = await fetch(`${BASE}/api/support/public/threads`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Ann', email: 'ann@example.com', subject: 'Hi', message_text: 'Hello' }),
    });
    const { token, thread } = await created.json();
    const disconnect = new AbortController();
    const stream = await fetch(`${BASE}/api/support/portal/${token}/events`, { signal: disconnect.signal });
    const reader = new SseReader(stream.body as ReadableStream<Uint8Array>);
    await fetch(`${BASE}/api/support/portal/${token}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ message_text: 'Anyone there?' }),
    });
    await reader.until((events) => events.some((e) => e.event === 'message.created'));
    const event = reader.ofType('message.created')[0];
    expect(JSON.parse(event?.data ?? '{}')).toMatchObject({
      thread_id: thread.id,
      message: { message_text: 'Anyone there?' },
    });
    const ids = reader.ofType('message.created').map((e) => e.id);
    expect(ids).toHaveLength(1);
    // A first connection starts live: the thread's opening message was not replayed.
    expect(JSON.parse(reader.ofType('message.created')[0]?.data ?? '{}').message.message_text).toBe(
      'Anyone there?',
    );
    disconnect.abort();
    await reader.close();
    const deadline = Date.now() + 5000;
    while (
      reference.store.events.subscriberCount(`threads:${thread.tenant_id}`) > 0 &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(reference.store.events.subscriberCount(`threads:${thread.tenant_id}`)).toBe(0);
  });
});
