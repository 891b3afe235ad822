import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, launcher, panel, sendTicket, test } from './fixtures.js';

/** The element focused inside the bubble's shadow root, described as `tag#id` or its label. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.querySelector('helpdock-bubble')?.shadowRoot?.activeElement as HTMLElement | null;
    if (!active) return document.activeElement?.tagName.toLowerCase() ?? '';
    return active.id
      ? `#${active.id}`
      : (active.getAttribute('aria-label') ?? active.textContent?.trim() ?? '');
  });
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  // Scan the settled state: mid-way through the panel's opening animation its colours are still
  // fading in, which axe would report as low contrast.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  const results = await new AxeBuilder({ page }).include('helpdock-bubble').analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test.describe('accessibility', () => {
  test('works end to end with the keyboard only', async ({ page, reference }) => {
    await page.goto(reference.url);
    await expect(launcher(page)).toBeVisible();
    // Tab from the page into the bubble: the launcher is the bubble's only stop while closed.
    await launcher(page).focus();
    await page.keyboard.press('Enter');
    await expect(panel(page)).toBeVisible();
    // Straight into the first field; the WhatsApp link is one Shift+Tab away.
    await expect.poll(() => focused(page)).toBe('#form-name');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('Chat on WhatsApp');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('#form-name');

    await page.keyboard.type('Kim Keyboard');
    await page.keyboard.press('Tab');
    await page.keyboard.type('kim@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Keyboard only');
    await page.keyboard.press('Tab');
    await page.keyboard.type('No mouse was used.');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Send');
    await page.keyboard.press('Enter');
    await expect(panel(page).getByText('No mouse was used.')).toBeVisible();
    expect(await focused(page)).toBe('#helpdock-reply');
    await page.keyboard.type('And a reply by keyboard.');
    await page.keyboard.press('Enter');
    await expect(
      panel(page).locator('.message.me.sent', { hasText: 'And a reply by keyboard.' }),
    ).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    await expect(launcher(page)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(panel(page)).toBeVisible();
    expect(await focused(page)).toBe('#helpdock-reply');
  });

  test('traps focus inside the full-screen panel on a phone', async ({ browser, reference }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(reference.url);
    await launcher(page).click();
    await expect(panel(page)).toHaveAttribute('aria-modal', 'true');
    const box = await panel(page).boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 390, height: 844 });
    const stops = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      stops.add(await focused(page));
    }
    expect(stops).not.toContain('body');
    expect([...stops]).toEqual(expect.arrayContaining(['#form-name', 'Close']));
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).not.toBe('body');
    await page.keyboard.press('Escape');
    await expect(launcher(page)).toBeFocused();
    await context.close();
  });

  // One scan or two per test: five scans in one test outran the timeout on a busy machine.
  test('axe finds no violations: closed and open', async ({ page, reference }) => {
    await page.goto(reference.url);
    await expect(launcher(page)).toBeVisible();
    await expectNoAxeViolations(page);
    await launcher(page).click();
    await expect(panel(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('axe finds no violations: form errors', async ({ page, reference }) => {
    await page.goto(reference.url);
    await launcher(page).click();
    await panel(page).getByRole('button', { name: 'Send' }).click();
    await expect(panel(page).getByText('Please fill in this field.').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('axe finds no violations: a conversation, light and dark', async ({ page, reference }) => {
    await page.goto(reference.url);
    await launcher(page).click();
    await sendTicket(page, { message: 'Accessible conversation' });
    const staff = await reference.staff();
    const { data } = await staff.support.threads.list({ q: 'Cannot sign in' });
    await staff.support.threads.addMessage(data[0]!.id, { message_text: 'An agent answer' });
    await expect(panel(page).getByText('An agent answer')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.locator('helpdock-bubble').evaluate((el) => el.setAttribute('theme', 'dark'));
    await expectNoAxeViolations(page);
  });

  test('respects prefers-reduced-motion', async ({ page, reference }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(reference.url);
    await launcher(page).click();
    const animation = await panel(page).evaluate((el) => getComputedStyle(el).animationName);
    expect(animation).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await panel(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('rise');
  });
});
