import { createReferenceServer } from '@helpdock/mock-server';
import { HelpdockClient } from '@helpdock/sdk';
import { test as base, expect } from '@playwright/test';
import { type PageServer, startPageServer } from '../src/page-server.js';

/** A reference server and the example's page server on its own origin, per test. */
const test = base.extend<{ servers: { api: string; page: PageServer } }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern here.
  servers: async ({}, use) => {
    const api = await createReferenceServer({ seed: 'demo' }).listen({ port: 0, host: '127.0.0.1' });
    const page = await startPageServer(api.url);
    await use({ api: api.url, page });
    await page.close();
    await api.close();
  },
});

test('the bubble works on a plain page under a strict CSP, from a visitor message to a live reply', async ({
  page,
  servers,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Refused to load: ${e.violatedDirective}`),
    );
  });

  const response = await page.goto(`${servers.page.url}/`);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self' http://127.0.0.1");

  // The listener queued through the stub before the script loaded heard `ready`.
  await expect(page.getByRole('status')).toHaveText('Support is online.');

  // The page's own button opens the panel through window.Helpdock.
  await page.getByRole('button', { name: 'Contact support' }).click();
  const dialog = page.locator('helpdock-bubble').getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Your name').fill('Ana Visitor');
  await dialog.getByLabel('Email').fill('ana@example.com');
  await dialog.getByLabel('Subject').fill('Where is order 4411?');
  await dialog.getByLabel('Message', { exact: true }).fill('It was due yesterday.');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Thanks! We have your message.');
  await expect(dialog.getByText('It was due yesterday.')).toBeVisible();

  // Staff answer from their side; the reply arrives live in the bubble.
  const staff = new HelpdockClient({ baseUrl: servers.api });
  await staff.auth.login({ email: 'ops@acme.test', password: 'helpdock-demo' });
  const { data } = await staff.support.threads.list({ limit: 10 });
  const thread = data.find((t) => t.subject === 'Where is order 4411?');
  expect(thread).toBeDefined();
  await staff.support.threads.addMessage(thread!.id, { message_text: 'It ships today, sorry for the wait!' });
  await expect(dialog.getByText('It ships today, sorry for the wait!')).toBeVisible();

  // The host page's theme reached inside the shadow root.
  const accent = await page
    .locator('helpdock-bubble')
    .locator('.launcher')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(accent).toBe('rgb(4, 120, 87)');
  expect(violations).toEqual([]);
});
