import { createReferenceServer } from '@helpdock/mock-server';
import { HelpdockClient } from '@helpdock/sdk';
import { test as base, expect, type Page } from '@playwright/test';
import { type AppServer, startAppServer } from '../server/dev-server.js';

/** A reference server and the app on Vite's dev server (free ports), shared by the file's tests. */
const test = base.extend<object, { servers: { api: string; control: string; app: AppServer } }>({
  servers: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern here.
    async ({}, use) => {
      const api = await createReferenceServer({ seed: 'demo' }).listen({ port: 0, host: '127.0.0.1' });
      const app = await startAppServer(api.url, 0);
      await use({ api: api.url, control: `Bearer ${api.controlToken}`, app });
      await app.close();
      await api.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

test.beforeEach(async ({ servers }) => {
  await fetch(`${servers.api}/__helpdock/reset`, {
    method: 'POST',
    headers: { Authorization: servers.control },
  });
});

async function signIn(page: Page, url: string, email: string, password = 'helpdock-demo'): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a wrong password is refused with a readable message', async ({ page, servers }) => {
  await signIn(page, servers.app.url, 'bob@acme.test', 'wrong-password');
  await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');
  await expect(page.locator('helpdock-partner-attributes')).toBeHidden();
});

test('after sign-in, saves WhatsApp settings without ever showing the system token back', async ({
  page,
  servers,
}) => {
  const systemToken = 'EAAG-example-system-token-0042';
  await signIn(page, servers.app.url, 'bob@acme.test');
  await expect(page.getByText('Signed in as bob@acme.test.')).toBeVisible();

  const form = page.locator('helpdock-partner-attributes');
  await form.getByRole('checkbox', { name: 'WhatsApp' }).check();
  await form.getByLabel('WhatsApp phone number ID').fill('106540352242922');
  await form.getByLabel('WhatsApp system token').fill(systemToken);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('#partner-status')).toHaveText('Saved: WhatsApp.');

  // Read-only view: the number, and only whether a token is set.
  await expect(form.getByText('106540352242922')).toBeVisible();
  await expect(form.getByRole('button', { name: 'Edit' })).toBeVisible();
  expect(await page.content()).not.toContain(systemToken);
  await form.getByRole('button', { name: 'Edit' }).click();
  await expect(form.getByLabel('WhatsApp system token')).toHaveValue('');
  await expect(form.getByLabel('WhatsApp system token')).toHaveAttribute('type', 'password');

  // The server stored it encrypted and never returns it.
  const bob = new HelpdockClient({ baseUrl: servers.api });
  await bob.auth.login({ email: 'bob@acme.test', password: 'helpdock-demo' });
  expect(await bob.profile.attributes.retrieve()).toEqual({
    chotot: null,
    whatsapp: { whatsapp_phone_number_id: '106540352242922', has_system_token: true },
  });
  const store = await fetch(`${servers.api}/__helpdock/store`, {
    headers: { Authorization: servers.control },
  });
  expect(store.status).toBe(200);
  expect(await store.text()).not.toContain(systemToken);
});

test('"Skip for now" leaves everything unset', async ({ page, servers }) => {
  await signIn(page, servers.app.url, 'alice@acme.test');
  const form = page.locator('helpdock-partner-attributes');
  await form.getByRole('button', { name: 'Skip for now' }).click();
  await expect(page.locator('#partner-status')).toHaveText('Skipped: you can set this up later.');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});
