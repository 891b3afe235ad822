import { expect, test } from '@playwright/test';
import { createReferenceServer, type ListeningServer } from '../src/index.js';

let listening: ListeningServer;

test.beforeAll(async () => {
  listening = await createReferenceServer({ heartbeatMs: 1000 }).listen({ port: 0 });
});

test.afterAll(async () => {
  await listening.close();
});

async function staffReply(url: string, token: string, text: string): Promise<void> {
  const response = await fetch(`${url}/api/support/threads/thr_acme_login/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ message_text: text }),
  });
  expect(response.status).toBe(201);
}

test('a native EventSource follows the portal stream across a disconnect with Last-Event-ID, losing and repeating nothing', async ({
  page,
}) => {
  const { url } = listening;
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'ops@acme.test', password: 'helpdock-demo' }),
  });
  const { access_token } = await login.json();
  const created = await fetch(`${url}/api/support/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${access_token}` },
    body: JSON.stringify({ thread_id: 'thr_acme_login' }),
  });
  const { token } = await created.json();

  // The demo page is same-origin with the API and runs under the strict CSP.
  await page.goto(`${url}/`);
  await page.evaluate((streamUrl) => {
    const state = { texts: [] as string[], opens: 0 };
    (globalThis as unknown as { streamState: typeof state }).streamState = state;
    const source = new EventSource(streamUrl);
    source.onopen = () => {
      state.opens += 1;
    };
    source.addEventListener('message.created', (event) => {
      state.texts.push(JSON.parse((event as MessageEvent<string>).data).message.message_text);
    });
  }, `${url}/api/support/portal/${token}/events`);
  const state = () =>
    page.evaluate(
      () => (globalThis as unknown as { streamState: { texts: string[]; opens: number } }).streamState,
    );

  await expect.poll(async () => (await state()).opens).toBe(1);
  await staffReply(url, access_token, 'one');
  await expect.poll(async () => (await state()).texts).toEqual(['one']);

  await fetch(`${url}/__helpdock/disconnect`, {
    method: 'POST',
    headers: { authorization: `Bearer ${listening.controlToken}` },
  });
  await staffReply(url, access_token, 'two (while disconnected)');
  // The browser reconnects on its own after `retry: 3000`, sending Last-Event-ID.
  await expect.poll(async () => (await state()).opens, { timeout: 10_000 }).toBe(2);
  await staffReply(url, access_token, 'three');
  await expect
    .poll(async () => (await state()).texts, { timeout: 10_000 })
    .toEqual(['one', 'two (while disconnected)', 'three']);
});
