import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from '@playwright/test';
import { expect, launcher, panel, sendTicket, test } from './fixtures.js';

const screenshots = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

/** Opens `/inbox` in a new context and signs in with the demo button of `email`. */
async function staffInbox(browser: Browser, url: string, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme });
  const page = await context.newPage();
  await page.goto(`${url}/inbox`);
  await page.getByRole('button', { name: /ops@acme\.test/ }).click();
  const inbox = page.locator('helpdock-inbox');
  await expect(inbox.getByRole('heading', { name: 'Threads' })).toBeVisible();
  await expect(inbox.locator('.thread').first()).toBeVisible();
  return { context, page, inbox };
}

const row = (inbox: Locator, subject: string) => inbox.locator('.thread', { hasText: subject });

/** Opens the thread's portal stream (as the visitor's bubble does) and collects its frames' text. */
async function portalStream(url: string, token: string) {
  const abort = new AbortController();
  const response = await fetch(`${url}/api/support/portal/${token}/events`, { signal: abort.signal });
  // The server subscribes before it answers: once the headers are here, nothing is missed.
  let text = '';
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
    } catch {
      // aborted
    }
  })();
  return { text: () => text, close: () => abort.abort() };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${screenshots}${name}.png` });
}

test.describe('two-sided: visitor in the bubble, staff in the inbox', () => {
  test('a visitor’s message arrives live, staff type, reply and resolve, the visitor sees each step', async ({
    page,
    browser,
    reference,
  }) => {
    const staff = await staffInbox(browser, reference.url);
    const subject = 'Order 1042 has not arrived';

    // 1. The visitor writes in the bubble on the landing page.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(reference.url);
    await launcher(page).click();
    await sendTicket(page, { subject, message: 'Hi! My order #1042 has not arrived yet. Can you check?' });
    await expect(panel(page).getByText('My order #1042 has not arrived yet')).toBeVisible();
    await shot(page, 'two-sided-1-visitor-writes');

    // 2. It appears in the inbox without a reload, at the top, unread.
    await expect(row(staff.inbox, subject)).toBeVisible();
    await expect(staff.inbox.locator('.thread').first()).toContainText(subject);
    await expect(row(staff.inbox, subject)).toContainText('Unread');
    await shot(staff.page, 'two-sided-2-inbox-live');

    // 3. Staff open it (the unread mark goes) and type: the visitor's stream gets `typing`.
    await row(staff.inbox, subject).click();
    await expect(staff.inbox.getByRole('heading', { name: subject })).toBeVisible();
    await expect(staff.inbox.getByText('My order #1042 has not arrived yet')).toBeVisible();
    await expect(staff.inbox.getByText('Ana Visitor')).toBeVisible();
    await expect(row(staff.inbox, subject)).not.toContainText('Unread');
    const threadId = (await row(staff.inbox, subject).getAttribute('data-id')) ?? '';
    const client = await reference.staff();
    const link = await client.support.tokens.create({ thread_id: threadId });
    const stream = await portalStream(reference.url, link.token);
    await staff.inbox.getByLabel('Your reply').fill('Hi Ana! Let me check');
    await expect.poll(() => stream.text()).toContain('event: typing');
    expect(stream.text()).toContain('"author_type":"INTERNAL"');
    await expect(panel(page).getByText('Support is typing…')).toBeVisible();
    await staff.inbox.getByLabel('Your reply').pressSequentially(' the tracking for you.');
    await shot(staff.page, 'two-sided-3-staff-replies');

    // 4. Staff send: the visitor sees the reply in the bubble.
    await staff.inbox.getByRole('button', { name: 'Send' }).click();
    await expect(staff.inbox.locator('.message.me', { hasText: 'tracking for you' })).toBeVisible();
    await expect(panel(page).getByText('Let me check the tracking for you.')).toBeVisible();
    await expect(panel(page).getByText('Support is typing…')).toHaveCount(0);
    await shot(page, 'two-sided-4-visitor-sees-reply');

    // 5. Staff resolve: the inbox and the bubble both show it.
    await staff.inbox.getByRole('button', { name: 'Resolve', exact: true }).click();
    await expect(staff.inbox.locator('.detail-header .chip', { hasText: 'Resolved' })).toBeVisible();
    await expect(panel(page).getByRole('button', { name: 'Start a new conversation' })).toBeVisible();
    await shot(page, 'two-sided-5-resolved');
    stream.close();
    await staff.context.close();
  });
});

test.describe('inbox', () => {
  test('filters, keyboard shortcuts, priority, reopen and a portal link to copy', async ({
    browser,
    reference,
  }) => {
    const { context, page, inbox } = await staffInbox(browser, reference.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: reference.url });

    await inbox.getByLabel('Status').selectOption('CLOSED');
    await expect(inbox.locator('.thread')).toHaveCount(1);
    await expect(inbox.locator('.thread')).toContainText('Old question about opening hours');
    await inbox.getByLabel('Status').selectOption('');
    await inbox.getByLabel('Search').fill('VAT');
    await expect(inbox.locator('.thread')).toHaveCount(1);
    await inbox.getByLabel('Search').fill('');
    await expect(inbox.locator('.thread')).toHaveCount(5);

    // j/k move through the list, Enter opens, r goes to the reply box.
    await inbox.locator('.thread').first().focus();
    await page.keyboard.press('j');
    await expect(inbox.locator('.thread').nth(1)).toBeFocused();
    await page.keyboard.press('k');
    await expect(inbox.locator('.thread').first()).toBeFocused();
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    const second = (await inbox.locator('.thread').nth(1).textContent()) ?? '';
    await expect(inbox.locator('#thread-title')).toHaveText(
      second.split(/Open|Pending|Resolved|Closed/)[0]!.trim(),
    );
    await page.keyboard.press('r');
    await expect(inbox.getByLabel('Your reply')).toBeFocused();
    await expect(inbox.getByText('Keyboard shortcuts')).toBeVisible();

    await inbox.locator('.detail-pane').getByLabel('Priority').selectOption('URGENT');
    await expect(inbox.locator('.detail-header .chip', { hasText: 'Urgent' })).toBeVisible();
    await inbox.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(inbox.getByText('This thread is closed: reopen it to reply.')).toBeVisible();
    await inbox.getByRole('button', { name: 'Reopen', exact: true }).click();
    await expect(inbox.getByLabel('Your reply')).toBeVisible();

    await inbox.getByLabel('Portal link · Valid for').selectOption('30');
    await inbox.getByRole('button', { name: 'Create link' }).click();
    const url = await inbox.locator('.link-result input').inputValue();
    expect(url).toMatch(/\/portal\/[A-Za-z0-9_-]{43}$/);
    // Staff are told the requester got the link by email too, and the outbox (their mailbox) has it.
    const requesterEmail = (await inbox.locator('.requester .email').textContent()) ?? '';
    await expect(inbox.getByText(`Also emailed to ${requesterEmail}`)).toBeVisible();
    const outbox = await page.request.get(`${reference.url}/__helpdock/outbox`, {
      headers: { Authorization: reference.control },
    });
    const emails: { to: string; kind: string; text: string }[] = (await outbox.json()).data;
    const sent = emails.filter((email) => email.kind === 'portal.link' && email.to === requesterEmail);
    expect(sent.some((email) => email.text.includes(url))).toBe(true);
    await inbox.getByRole('button', { name: 'Copy' }).click();
    await expect(inbox.getByText('Copied to the clipboard')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await context.close();
  });

  test('has no axe violations, in both themes, and screenshots look right', async ({
    browser,
    reference,
  }) => {
    for (const scheme of ['light', 'dark'] as const) {
      const { context, page, inbox } = await staffInbox(browser, reference.url, scheme);
      await row(inbox, 'Cannot sign in on the mobile app').click();
      await expect(inbox.getByText('alice@acme.test')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      await shot(page, `inbox-desktop-${scheme}`);
      await context.close();
    }
  });

  test('the landing page is readable on a phone and axe clean', async ({ browser, reference }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(reference.url);
    await expect(page.getByRole('heading', { name: 'Reference server' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).exclude('helpdock-bubble').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: `${screenshots}landing-phone.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: `${screenshots}landing-desktop.png` });
    await context.close();
  });

  test('goes back to the sign-in form when the session ends', async ({ browser, reference }) => {
    const { context, page, inbox } = await staffInbox(browser, reference.url);
    await expect(inbox).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await page.getByLabel('Email').fill('alice@acme.test');
    await page.getByLabel('Password').fill('helpdock-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('The inbox is for staff');
    await context.close();
  });
});
