import { expect, hostPage, launcher, panel, sendTicket, strictCsp, test } from './fixtures.js';

test.describe('security', () => {
  test('runs under a strict CSP without a single violation', async ({ page, reference }) => {
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        consoleErrors.push(message.text());
    });
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = violations;
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(
          `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        ),
      );
    });
    await hostPage(page, reference.url, { csp: strictCsp });
    await launcher(page).click();
    await sendTicket(page, { message: 'Hello from a strict page' });
    await expect(panel(page).getByText('Hello from a strict page')).toBeVisible();
    const staff = await reference.staff();
    const { data } = await staff.support.threads.list({ q: 'Cannot sign in' });
    await staff.support.threads.addMessage(data[0]!.id, { message_text: 'Reply under CSP' });
    await expect(panel(page).getByText('Reply under CSP')).toBeVisible();
    await page.locator('helpdock-bubble').evaluate((el) => el.setAttribute('theme', 'dark'));
    // The styles really applied: the launcher has the accent colour, not a default grey button.
    expect(await launcher(page).evaluate((el) => getComputedStyle(el).borderRadius)).toBe('50%');
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
      [],
    );
    expect(consoleErrors).toEqual([]);
  });

  test('renders HTML in messages as inert text', async ({ page, reference }) => {
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    await hostPage(page, reference.url);
    await launcher(page).click();
    await sendTicket(page, { subject: `<b>${payload}</b>`, message: payload });
    const dialog = panel(page);
    await expect(dialog.locator('.message.me .text')).toHaveText(payload);
    const staff = await reference.staff();
    const { data } = await staff.support.threads.list({ limit: 1 });
    await staff.support.threads.addMessage(data[0]!.id, { message_text: `Agent says ${payload}` });
    await expect(dialog.getByText(`Agent says ${payload}`)).toBeVisible();
    const injected = await page
      .locator('helpdock-bubble')
      .evaluate(
        (el) => el.shadowRoot!.querySelectorAll('.messages img, .messages script, .messages b').length,
      );
    expect(injected).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });
});
