import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

/** A 1×1 PNG, a real image the server accepts by content. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Signs in on the `/customer` demo page's form and returns the dashboard. */
async function signIn(page: Page, url: string, email = 'alice@acme.test'): Promise<Locator> {
  await page.goto(`${url}/customer`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('helpdock-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const dashboard = page.locator('helpdock-customer-portal');
  await expect(dashboard.getByRole('heading', { name: 'Customer portal' })).toBeVisible();
  return dashboard;
}

/** `YYYY-MM-DDTHH:mm` in the browser's local time, for a `datetime-local` field. */
const localInput = (ms: number): string => {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

test.describe('<helpdock-customer-portal> on /customer (alice@acme.test)', () => {
  test('shows her stats and tickets only, follows a ticket live, replies with a file and rates a resolved one', async ({
    page,
    reference,
  }) => {
    const dashboard = await signIn(page, reference.url);
    await expect(dashboard.getByText('Hello, Alice')).toBeVisible();
    const stats = dashboard.locator('[part="stats"]');
    await expect(stats).toContainText('All tickets2');
    await expect(stats).toContainText('Open1');
    await expect(stats).toContainText('Resolved1');
    await expect(dashboard.getByRole('button', { name: /Cannot sign in on the mobile app/ })).toBeVisible();
    await expect(dashboard.getByRole('button', { name: /Invoice shows the wrong VAT number/ })).toBeVisible();
    // Bob's tickets never show, whatever the filter.
    await expect(dashboard.getByText('CSV export is missing the date column')).toHaveCount(0);
    await dashboard.getByLabel('Status').selectOption('closed');
    await expect(dashboard.getByText('You have no tickets yet.')).toBeVisible();
    await expect(dashboard.getByText('Old question about opening hours')).toHaveCount(0);
    await dashboard.getByLabel('Status').selectOption('resolved');
    await expect(dashboard.getByRole('button', { name: /Cannot sign in/ })).toHaveCount(0);
    await dashboard.getByLabel('Status').selectOption('');

    await dashboard.getByRole('button', { name: /Cannot sign in on the mobile app/ }).click();
    await expect(dashboard.getByRole('heading', { name: 'Cannot sign in on the mobile app' })).toBeVisible();
    await expect(
      dashboard.getByText('Thanks Alice, could you tell us which app version you have?'),
    ).toBeVisible();
    await dashboard.getByLabel('Your reply').fill('Version 4.2.1, screenshot attached.');
    const chooser = page.waitForEvent('filechooser');
    await dashboard.getByRole('button', { name: 'Attach files' }).click();
    await (await chooser).setFiles({ name: 'screenshot.png', mimeType: 'image/png', buffer: png });
    await expect(dashboard.locator('.pending-file', { hasText: 'screenshot.png' })).toContainText('Ready');
    await dashboard.getByRole('button', { name: 'Send' }).click();
    const sent = dashboard.locator('.message', { hasText: 'Version 4.2.1, screenshot attached.' });
    await expect(sent.getByRole('button', { name: /screenshot\.png/ })).toBeVisible();

    const staff = await reference.staff();
    await staff.support.threads.addMessage('thr_acme_login', {
      message_text: 'Thanks, a fix ships tomorrow.',
    });
    await expect(dashboard.getByText('Thanks, a fix ships tomorrow.', { exact: true })).toBeVisible();

    await dashboard.getByRole('button', { name: 'Back' }).click();
    await dashboard.getByRole('button', { name: /Invoice shows the wrong VAT number/ }).click();
    await expect(
      dashboard.getByRole('heading', { name: 'Invoice shows the wrong VAT number' }),
    ).toBeVisible();
    await dashboard.locator('.stars label').nth(3).click();
    await expect(dashboard.getByLabel('4 out of 5')).toBeChecked();
    await dashboard.getByLabel('Anything to add? (optional)').fill('Quick fix, thanks.');
    await dashboard.getByRole('button', { name: 'Send rating' }).click();
    await expect(dashboard.getByText('Thanks for your feedback!')).toBeVisible();
    const { client: alice } = await reference.signIn('alice@acme.test');
    expect((await alice.customers.me.tickets.retrieve('thr_acme_invoice')).feedback?.rating).toBe(4);
  });

  test('requests a scheduled call, reads a notification and finds an article', async ({
    page,
    reference,
  }) => {
    const dashboard = await signIn(page, reference.url);

    await dashboard.getByRole('button', { name: 'Request a call' }).click();
    await dashboard.getByLabel('At a time I choose').check();
    await dashboard.getByLabel('Date and time').fill(localInput(Date.now() - 3600_000));
    await dashboard.getByRole('button', { name: 'Request the call' }).click();
    await expect(dashboard.getByText('Choose a time in the future.')).toBeVisible();
    await dashboard.getByLabel('Date and time').fill(localInput(Date.now() + 40 * 24 * 3600_000));
    await expect(dashboard.getByText('Choose a time within the next 30 days.')).toBeVisible();
    const tomorrow = Date.now() + 24 * 3600_000;
    await dashboard.getByLabel('Date and time').fill(localInput(tomorrow));
    await dashboard
      .getByLabel('About a ticket (optional)')
      .selectOption({ label: 'Cannot sign in on the mobile app' });
    await dashboard.getByLabel('Note (optional)').fill('Afternoons are best.');
    await dashboard.getByRole('button', { name: 'Request the call' }).click();
    await expect(dashboard.getByRole('status').filter({ hasText: 'Call scheduled for' })).toBeVisible();

    const notifications = dashboard.getByRole('button', { name: /Notifications/ });
    await expect(notifications).toContainText('1');
    await notifications.click();
    await expect(
      dashboard.getByRole('heading', { name: /New reply on "Cannot sign in on the mobile app"/ }),
    ).toBeVisible();
    await dashboard
      .getByRole('button', { name: 'Mark as read: New reply on "Cannot sign in on the mobile app"' })
      .click();
    await expect(dashboard.getByRole('button', { name: /Mark as read/ })).toHaveCount(0);
    await expect(notifications).not.toContainText('Unread');
    const { client: alice } = await reference.signIn('alice@acme.test');
    expect((await alice.customers.me.notifications.list({ unread: 'true' })).data).toEqual([]);

    await dashboard.getByRole('button', { name: 'Help articles' }).click();
    await dashboard.getByLabel('Search help articles').fill('forgot my password');
    await dashboard.getByRole('button', { name: 'Search', exact: true }).click();
    const first = dashboard.getByRole('listitem').first().getByRole('button');
    await expect(first).toContainText(/password/i);
    const title = (await first.locator('strong').textContent()) ?? '';
    await first.click();
    await expect(dashboard.getByRole('heading', { name: title })).toBeVisible();
    await expect(dashboard.getByRole('button', { name: 'Back to results' })).toBeVisible();
    await expect(dashboard.getByRole('article')).toContainText(/password/i);
  });
});
