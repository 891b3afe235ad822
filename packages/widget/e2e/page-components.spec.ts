import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, type Reference, test } from './fixtures.js';

/** Screenshots of the full-page components, committed and looked at (SPEC §9.2). */
const shots = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/** Fails with every axe violation inside `selector` in the page's current state. */
async function expectAccessible(page: Page, selector: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

async function openPortal(page: Page, reference: Reference, scope: object): Promise<Locator> {
  const staff = await reference.staff();
  const link = await staff.support.tokens.create(scope);
  await page.goto(link.portal_url);
  return page.locator('helpdock-portal');
}

async function signIn(page: Page, url: string): Promise<Locator> {
  await page.goto(`${url}/customer`);
  await page.getByLabel('Email').fill('alice@acme.test');
  await page.getByLabel('Password').fill('helpdock-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const dashboard = page.locator('helpdock-customer-portal');
  await expect(dashboard.locator('[part="stats"]')).toBeVisible();
  return dashboard;
}

test.describe('full-page components: axe in every state, screenshots light and dark', () => {
  test.setTimeout(120_000);

  for (const [device, viewport] of Object.entries(viewports)) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`<helpdock-portal> ${device} ${scheme}`, async ({ browser, reference }) => {
        const context = await browser.newContext({ viewport, colorScheme: scheme, reducedMotion: 'reduce' });
        const page = await context.newPage();
        const portal = await openPortal(page, reference, { assignment_id: 'asg_4411' });
        await portal.getByRole('button', { name: /Installation visit for order 4411/ }).click();
        await expect(portal.getByText('Technician booked for Tuesday morning.')).toBeVisible();
        await expectAccessible(page, 'helpdock-portal');
        await page.screenshot({
          path: `${shots}portal-conversation-${device}-${scheme}.png`,
          fullPage: true,
        });

        if (device === 'phone') await portal.getByRole('button', { name: 'Back' }).click();
        await portal.getByRole('button', { name: 'New conversation' }).click();
        await portal.getByRole('button', { name: 'Send' }).click();
        await expect(portal.getByText('Please fill in this field.').first()).toBeVisible();
        await expectAccessible(page, 'helpdock-portal');
        await page.screenshot({ path: `${shots}portal-new-${device}-${scheme}.png`, fullPage: true });

        await page.goto(`${reference.url}/portal/not-a-real-token`);
        await expect(portal.getByRole('heading', { name: 'This link does not work' })).toBeVisible();
        await expectAccessible(page, 'helpdock-portal');
        await page.screenshot({ path: `${shots}portal-invalid-${device}-${scheme}.png`, fullPage: true });
        await context.close();
      });

      test(`<helpdock-customer-portal> ${device} ${scheme}`, async ({ browser, reference }) => {
        const context = await browser.newContext({ viewport, colorScheme: scheme, reducedMotion: 'reduce' });
        const page = await context.newPage();
        await page.goto(`${reference.url}/customer`);
        await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
        await expectAccessible(page, 'main');
        const dashboard = await signIn(page, reference.url);
        await expect(
          dashboard.getByRole('button', { name: /Cannot sign in on the mobile app/ }),
        ).toBeVisible();
        await expectAccessible(page, 'helpdock-customer-portal');
        await page.screenshot({ path: `${shots}customer-tickets-${device}-${scheme}.png`, fullPage: true });

        await dashboard.getByRole('button', { name: /Invoice shows the wrong VAT number/ }).click();
        await expect(dashboard.getByRole('group', { name: 'How did we do?' })).toBeVisible();
        await expectAccessible(page, 'helpdock-customer-portal');
        await page.screenshot({ path: `${shots}customer-ticket-${device}-${scheme}.png`, fullPage: true });

        await dashboard.getByRole('button', { name: 'Request a call' }).click();
        await dashboard.getByLabel('At a time I choose').check();
        await dashboard.getByRole('button', { name: 'Request the call' }).click();
        await expect(dashboard.getByText('Please fill in this field.')).toBeVisible();
        await expectAccessible(page, 'helpdock-customer-portal');
        await page.screenshot({ path: `${shots}customer-call-${device}-${scheme}.png`, fullPage: true });

        await dashboard.getByRole('button', { name: /Notifications/ }).click();
        await expect(dashboard.getByRole('button', { name: /Mark as read/ })).toBeVisible();
        await expectAccessible(page, 'helpdock-customer-portal');
        await page.screenshot({
          path: `${shots}customer-notifications-${device}-${scheme}.png`,
          fullPage: true,
        });

        await dashboard.getByRole('button', { name: 'Help articles' }).click();
        await dashboard.getByLabel('Search help articles').fill('invoice');
        await dashboard.getByRole('button', { name: 'Search', exact: true }).click();
        await dashboard.getByRole('listitem').first().getByRole('button').click();
        await expect(dashboard.getByRole('article')).toBeVisible();
        await expectAccessible(page, 'helpdock-customer-portal');
        await page.screenshot({ path: `${shots}customer-article-${device}-${scheme}.png`, fullPage: true });
        await context.close();
      });
    }
  }
});
