import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, hostPage, launcher, panel, strictCsp, test, ticketCreated } from './fixtures.js';

async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  const results = await new AxeBuilder({ page }).include('helpdock-bubble').analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

async function identify(page: Page, customerToken: string): Promise<void> {
  await page.waitForFunction(
    () => 'element' in ((window as unknown as { Helpdock?: object }).Helpdock ?? {}),
  );
  await page.evaluate(
    (token) =>
      (
        window as unknown as { Helpdock: { identify(o: { customerToken: string }): Promise<void> } }
      ).Helpdock.identify({ customerToken: token }),
    customerToken,
  );
}

test.describe('help articles in the bubble', () => {
  test('a visitor sees suggestions while typing, reads one, and still sends the message', async ({
    page,
    reference,
  }) => {
    await hostPage(page, reference.url, { csp: strictCsp });
    await launcher(page).click();
    const dialog = panel(page);
    await dialog.getByLabel('Your name').fill('Ana Visitor');
    await dialog.getByLabel('Email').fill('ana@example.com');
    const subject = dialog.getByLabel('Subject');
    await subject.fill('Forgot my password');
    const suggestion = dialog.getByRole('link', { name: /Reset your password/ });
    await expect(suggestion).toBeVisible();
    const suggested = dialog.getByRole('region', { name: 'Articles that might help' }).getByRole('link');
    expect(await suggested.count()).toBeLessThanOrEqual(3);
    await expect(page.locator('helpdock-bubble').locator('form [aria-live="polite"]')).toHaveText(
      /Articles that might help: [1-3]/,
    );
    // Suggestions never take the focus from the field being typed in.
    await expect(subject).toBeFocused();
    await expectNoAxeViolations(page);

    // Keyboard: the message field, then the suggestions; Enter opens one in the panel.
    await page.keyboard.press('Tab');
    await page.keyboard.type('The reset email never arrives.');
    await page.keyboard.press('Tab');
    await expect(suggestion).toBeFocused();
    await page.keyboard.press('Enter');
    const title = dialog.getByRole('heading', { name: 'Reset your password', level: 3 });
    await expect(title).toBeFocused();
    const article = dialog.getByRole('article');
    await expect(article.getByText('choose "Forgot password"', { exact: false })).toBeVisible();
    await expect(article.getByText('No email after ten minutes?', { exact: false })).toBeVisible();
    await expect(subject).toBeHidden();
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);

    // Escape goes back to the suggestion (not out of the panel); Enter opens it again.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeVisible();
    await expect(suggestion).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(title).toBeFocused();

    // "Still need help?": back to the form, everything typed kept, focus where the visitor typed last.
    await expect(dialog.getByText('Still need help?')).toBeVisible();
    await dialog.getByRole('button', { name: 'Back to your message' }).click();
    await expect(subject).toHaveValue('Forgot my password');
    await expect(dialog.getByLabel('Message', { exact: true })).toHaveValue('The reset email never arrives.');
    await expect(dialog.getByLabel('Message', { exact: true })).toBeFocused();

    // The drafts still survive a reload.
    await page.reload();
    await launcher(page).click();
    await expect(subject).toHaveValue('Forgot my password');
    await expect(dialog.getByLabel('Message', { exact: true })).toHaveValue('The reset email never arrives.');

    const created = ticketCreated(page);
    await dialog.getByRole('button', { name: 'Send', exact: true }).click();
    const threadId = await created;
    await expect(dialog.getByLabel('Your reply')).toBeVisible();
    await expect(dialog.getByRole('link', { name: /Reset your password/ })).toHaveCount(0);
    const thread = await (await reference.staff()).support.threads.retrieve(threadId);
    expect(thread.subject).toBe('Forgot my password');
    expect(thread.messages.map((m) => m.message_text)).toEqual(['The reset email never arrives.']);
  });

  test('a signed-in customer gets suggestions from their knowledge base in the new-ticket form', async ({
    page,
    reference,
  }) => {
    const { client: alice, token } = await reference.signIn('alice@acme.test');
    await hostPage(page, reference.url, { csp: strictCsp });
    await identify(page, token);
    await launcher(page).click();
    const dialog = panel(page);
    await dialog.getByRole('button', { name: 'New ticket' }).click();
    const searched = page.waitForRequest((request) => request.url().includes('/api/customers/me/kb?'));
    await dialog.getByLabel('Subject').fill('VAT number on invoices');
    await searched;
    const suggestion = dialog.getByRole('link', { name: /Change the VAT number on your invoices/ });
    await expect(suggestion).toBeVisible();
    await suggestion.click();
    await expect(
      dialog.getByRole('heading', { name: 'Change the VAT number on your invoices' }),
    ).toBeFocused();
    await expect(dialog.getByLabel('Subject')).toBeHidden();
    await expectNoAxeViolations(page);

    // The header's Back leaves the article, not the form.
    await dialog.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(dialog.getByLabel('Subject')).toHaveValue('VAT number on invoices');
    await suggestion.click();
    await dialog.getByRole('button', { name: 'Back to your message' }).click();
    await expect(dialog.getByLabel('Subject')).toBeFocused();
    await dialog.getByLabel('Message', { exact: true }).fill('Our VAT number changed last month.');
    await dialog.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(dialog.getByRole('heading', { name: 'VAT number on invoices' })).toBeVisible();
    const mine = (await alice.customers.me.tickets.list({ limit: 50 })).data;
    expect(mine.filter((t) => t.title === 'VAT number on invoices')).toHaveLength(1);
  });

  test('an article body is shown as text, never run as markup', async ({ page, reference }) => {
    await page.route(/\/api\/support\/public\/kb\/[^/?]+/, async (route) => {
      const article = await (await route.fetch()).json();
      await route.fulfill({
        json: {
          ...article,
          body: '<img src="/nothing.png" onerror="window.__pwned = true">\n\n<script>window.__pwned = true</script>',
        },
      });
    });
    await hostPage(page, reference.url, { csp: strictCsp });
    await launcher(page).click();
    const dialog = panel(page);
    await dialog.getByLabel('Subject').fill('Forgot my password');
    await dialog.getByRole('link', { name: /Reset your password/ }).click();
    const article = dialog.getByRole('article');
    await expect(article.getByText('<img src="/nothing.png"', { exact: false })).toBeVisible();
    await expect(article.getByText('<script>window.__pwned = true</script>')).toBeVisible();
    await expect(article.locator('img, script')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`screenshots of suggestions and an article, phone and desktop, ${theme}`, async ({
      browser,
      reference,
    }, testInfo) => {
      for (const [device, viewport] of [
        ['phone', { width: 390, height: 844 }],
        ['desktop', { width: 1280, height: 800 }],
      ] as const) {
        const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: theme });
        await hostPage(page, reference.url, { csp: strictCsp, data: { theme } });
        await launcher(page).click();
        const dialog = panel(page);
        await dialog.getByLabel('Subject').fill('How do I export my orders?');
        await dialog.getByLabel('Message', { exact: true }).fill('I need a spreadsheet of last month.');
        const suggestion = dialog.getByRole('link', { name: /Export orders to CSV or Excel/ });
        await expect(suggestion).toBeVisible();
        await suggestion.scrollIntoViewIfNeeded();
        await page.screenshot({ path: testInfo.outputPath(`${device}-suggestions-${theme}.png`) });
        await suggestion.click();
        await expect(dialog.getByText('Still need help?')).toBeVisible();
        await page.screenshot({ path: testInfo.outputPath(`${device}-article-${theme}.png`) });
        await context.close();
      }
    });
  }
});
