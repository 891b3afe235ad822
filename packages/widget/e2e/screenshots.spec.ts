import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, hostPage, launcher, panel, sendTicket, test } from './fixtures.js';

const dir = fileURLToPath(new URL('./__screenshots__/', import.meta.url));

/** Shows the bubble in every state worth a look and saves a PNG of each (committed, reviewed by eye). */
async function shoot(page: Page, url: string, theme: 'light' | 'dark', prefix: string): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: theme });
  await hostPage(page, url, { data: { theme } });
  await expect(launcher(page)).toBeVisible();
  await page.screenshot({ path: `${dir}${prefix}-closed-${theme}.png` });
  await launcher(page).click();
  await expect(panel(page).getByRole('link', { name: 'Chat on WhatsApp' })).toBeVisible();
  await page.screenshot({ path: `${dir}${prefix}-open-${theme}.png` });
  await panel(page).getByRole('button', { name: 'Send' }).click();
  await expect(panel(page).getByText('Please fill in this field.').first()).toBeVisible();
  await page.screenshot({ path: `${dir}${prefix}-validation-${theme}.png` });
}

test.describe('screenshots', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`desktop, ${theme}`, async ({ page, reference }) => {
      await shoot(page, reference.url, theme, 'desktop');
      await sendTicket(page, { message: 'Hi! My order #1042 has not arrived yet. Can you check?' });
      const staff = await reference.staff();
      const { data } = await staff.support.threads.list({ limit: 1 });
      await staff.support.threads.addMessage(data[0]!.id, {
        message_text: 'Hi Ana! It left our warehouse yesterday and should arrive tomorrow.',
      });
      await expect(panel(page).getByText('should arrive tomorrow')).toBeVisible();
      await page.context().setOffline(true);
      await panel(page).getByLabel('Your reply').fill('Great, thank you!');
      await panel(page).getByLabel('Your reply').press('Enter');
      await expect(panel(page).locator('.message.pending')).toBeVisible();
      await page.screenshot({ path: `${dir}desktop-conversation-${theme}.png` });
      await page.context().setOffline(false);
      await panel(page).getByRole('button', { name: 'Close' }).click();
      await staff.support.threads.addMessage(data[0]!.id, { message_text: 'Anything else?' });
      await expect(page.locator('helpdock-bubble').locator('.badge')).toHaveText('1');
      await page.screenshot({ path: `${dir}desktop-unread-${theme}.png` });
    });
  }

  test('phone 390×844, light and dark', async ({ browser, reference }) => {
    for (const theme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      await shoot(page, reference.url, theme, 'phone');
      await sendTicket(page, { message: 'Where is my order?' });
      await expect(panel(page).getByLabel('Your reply')).toBeVisible();
      await page.screenshot({ path: `${dir}phone-conversation-${theme}.png` });
      await context.close();
    }
  });

  test('signed-in customer and partner settings', async ({ page, reference }) => {
    const { token } = await reference.signIn('alice@acme.test');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await hostPage(page, reference.url);
    await page.waitForFunction(
      () => 'element' in ((window as unknown as { Helpdock?: object }).Helpdock ?? {}),
    );
    await page.evaluate(
      (customerToken) =>
        (window as unknown as { Helpdock: { identify(o: object): Promise<void> } }).Helpdock.identify({
          customerToken,
        }),
      token,
    );
    await launcher(page).click();
    await expect(panel(page).getByRole('heading', { name: 'Your tickets' })).toBeVisible();
    await page.screenshot({ path: `${dir}desktop-customer-tickets-light.png` });
    await panel(page).locator('.row-button', { hasText: 'Resolved' }).first().click();
    await expect(panel(page).getByRole('group', { name: 'How did we do?' })).toBeVisible();
    await panel(page).locator('.stars label').nth(4).click();
    await page.screenshot({ path: `${dir}desktop-customer-rating-light.png` });
  });
});
