import { createReferenceServer } from '@helpdock/mock-server';
import { HelpdockClient } from '@helpdock/sdk';
import { test as base, expect } from '@playwright/test';
import { type AppServer, startAppServer } from '../server/dev-server.js';

/** A reference server and the app on Vite's dev server (free ports), shared by the file's tests. */
const test = base.extend<object, { servers: { api: string; app: AppServer } }>({
  servers: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern here.
    async ({}, use) => {
      const api = await createReferenceServer({ seed: 'demo' }).listen({ port: 0, host: '127.0.0.1' });
      const app = await startAppServer(api.url, 0);
      await use({ api: api.url, app });
      await app.close();
      await api.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

test('the npm-imported widget and SDK work in a Vite app', async ({ page, servers }) => {
  await page.goto(servers.app.url);

  // The SDK call filled in the page.
  await expect(page.locator('#support-status')).toHaveText('Support is online.');
  const staff = new HelpdockClient({ baseUrl: servers.api });
  await staff.auth.login({ email: 'admin@acme.test', password: 'helpdock-demo' });
  const { WHATSAPP_NUMBER } = await staff.support.config.retrieve();
  await expect(page.getByRole('link', { name: 'Chat with us on WhatsApp' })).toHaveAttribute(
    'href',
    new RegExp(`^https://wa\\.me/${WHATSAPP_NUMBER}\\?text=`),
  );

  // The bubble defined by `import '@helpdock/widget'` opens from the app's own button.
  await page.getByRole('button', { name: 'Write to support' }).click();
  const dialog = page.locator('helpdock-bubble').getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Your name').fill('Bea Builder');
  await dialog.getByLabel('Email').fill('bea@example.com');
  await dialog.getByLabel('Subject').fill('Billing question');
  await dialog.getByLabel('Message', { exact: true }).fill('Can I pay yearly?');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('list', { name: 'Support activity' })).toContainText(
    'Conversation started (thr_',
  );

  // A staff reply reaches both the bubble and the app's own event listener.
  const { data } = await staff.support.threads.list({ limit: 10 });
  const thread = data.find((t) => t.subject === 'Billing question');
  expect(thread).toBeDefined();
  await staff.support.threads.addMessage(thread!.id, { message_text: 'Yes: switch in Settings → Billing.' });
  await expect(dialog.getByText('Yes: switch in Settings → Billing.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Support activity' })).toContainText(
    'Support replied: Yes: switch in Settings → Billing.',
  );
});
