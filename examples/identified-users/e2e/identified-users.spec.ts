import { createReferenceServer, DEMO_PASSWORD } from '@helpdock/mock-server';
import { HelpdockClient } from '@helpdock/sdk';
import { test as base, expect, type Page } from '@playwright/test';
import { type SiteServer, startSiteServer } from '../src/site-server.js';

/** A reference server with the Acme tenant's identity secret, and the example site using it, per test. */
const test = base.extend<{ site: SiteServer }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern here.
  site: async ({}, use) => {
    const api = await createReferenceServer({ seed: 'demo' }).listen({ port: 0, host: '127.0.0.1' });
    const admin = new HelpdockClient({ baseUrl: api.url });
    await admin.auth.login({ email: 'admin@acme.test', password: DEMO_PASSWORD });
    const { secret } = await admin.support.config.rotateIdentitySecret();
    const site = await startSiteServer({ apiOrigin: api.url, identitySecret: secret });
    await use(site);
    await site.close();
    await api.close();
  },
});

const dialog = (page: Page) => page.locator('helpdock-bubble').getByRole('dialog');

async function openPanel(page: Page): Promise<void> {
  await page.locator('helpdock-bubble').locator('.launcher').click();
  await expect(dialog(page)).toBeVisible();
}

test('a visitor who signs in on the site finds the conversation they began as a ticket; signing out forgets it', async ({
  page,
  site,
}) => {
  await page.goto(`${site.url}/`);
  await openPanel(page);
  const panel = dialog(page);
  await panel.getByLabel('Your name').fill('Ana');
  await panel.getByLabel('Email').fill('ana@garden.test');
  await panel.getByLabel('Subject').fill('Seeds never arrived');
  await panel.getByLabel('Message', { exact: true }).fill('Order 77 is a week late.');
  await panel.getByRole('button', { name: 'Send' }).click();
  await expect(panel.getByText('Order 77 is a week late.')).toBeVisible();

  // The site's own sign-in (a form post and a new page): the bubble identifies Ana with a token her
  // site's backend signs, and her anonymous conversation is now one of her tickets.
  await page.getByLabel('Username').fill('ana');
  await page.getByLabel('Password').fill('site-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#signed-in-as')).toHaveText('Signed in as Ana Lima');
  await openPanel(page);
  const ticket = dialog(page).getByRole('button', { name: /Seeds never arrived/ });
  await expect(ticket).toBeVisible();
  await ticket.click();
  await expect(dialog(page).getByText('Order 77 is a week late.')).toBeVisible();

  // Signing out on the site resets the bubble: nothing of Ana's conversation is left on the page or
  // in storage.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await openPanel(page);
  await expect(dialog(page).getByLabel('Subject')).toBeVisible();
  await expect(dialog(page).getByText('Seeds never arrived')).toHaveCount(0);
  await expect(dialog(page).getByText('Order 77 is a week late.')).toHaveCount(0);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain('Seeds never arrived');
  expect(stored).not.toContain('Order 77');
});

test('a reply still waiting to be sent when the visitor signs in is delivered on their ticket, once', async ({
  page,
  site,
}) => {
  await page.goto(`${site.url}/`);
  await openPanel(page);
  const panel = dialog(page);
  await panel.getByLabel('Your name').fill('Ana');
  await panel.getByLabel('Email').fill('ana@garden.test');
  await panel.getByLabel('Subject').fill('Wrong bulbs');
  await panel.getByLabel('Message', { exact: true }).fill('I got tulips instead of lilies.');
  await panel.getByRole('button', { name: 'Send' }).click();
  await expect(panel.getByText('I got tulips instead of lilies.')).toBeVisible();

  // The anonymous conversation's replies cannot get through; one waits in the outbox.
  await page.route('**/api/support/portal/*/messages', (route) => route.abort('internetdisconnected'));
  await panel.getByLabel('Your reply').fill('Order 78, if that helps.');
  await panel.getByRole('button', { name: 'Send' }).click();
  await expect(panel.getByText('Waiting to send…')).toBeVisible();

  await page.getByLabel('Username').fill('ana');
  await page.getByLabel('Password').fill('site-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#signed-in-as')).toHaveText('Signed in as Ana Lima');
  await openPanel(page);
  await dialog(page)
    .getByRole('button', { name: /Wrong bulbs/ })
    .click();
  await expect(dialog(page).getByText('Order 78, if that helps.')).toHaveCount(1);
  await expect(dialog(page).getByText('Waiting to send…')).toHaveCount(0);
  await page.reload();
  await openPanel(page);
  await dialog(page)
    .getByRole('button', { name: /Wrong bulbs/ })
    .click();
  await expect(dialog(page).getByText('I got tulips instead of lilies.')).toBeVisible();
  await expect(dialog(page).getByText('Order 78, if that helps.')).toHaveCount(1);
});
