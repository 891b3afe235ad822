import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { HelpdockClient } from '@helpdock/sdk';
import type { Browser, Locator, Page } from '@playwright/test';
import { expect, hostPage, launcher, panel, sendTicket, test, ticketCreated } from './fixtures.js';

const dir = fileURLToPath(new URL('./__screenshots__/', import.meta.url));
const themes = ['light', 'dark'] as const;
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
const typingText = 'Support is typing…';

/** Business hours that are closed now: every day one hour, starting two hours from now (UTC). */
function closedNow(): { timezone: string; days: Record<string, [string, string][]> } {
  const start = `${String((new Date().getUTCHours() + 2) % 24).padStart(2, '0')}:00`;
  const range: [string, string][] = [[start, `${start.slice(0, 2)}:59`]];
  const days = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, range]));
  return { timezone: 'UTC', days };
}

async function admin(reference: { signIn(email: string): Promise<{ client: HelpdockClient }> }) {
  return (await reference.signIn('admin@acme.test')).client;
}

async function expectAxeClean(page: Page): Promise<void> {
  // The host page is not ours: only the bubble is scanned.
  const results = await new AxeBuilder({ page }).include('helpdock-bubble').analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Opens the bubble on a host page in a fresh context (UTC clock, English, reduced motion, a theme). */
async function visitor(browser: Browser, url: string, theme: 'light' | 'dark', size: keyof typeof viewports) {
  const context = await browser.newContext({
    viewport: viewports[size],
    deviceScaleFactor: 1,
    timezoneId: 'UTC',
    locale: 'en-US',
    colorScheme: theme,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await hostPage(page, url, { data: { theme } });
  await launcher(page).click();
  return { context, page, dialog: panel(page) };
}

/** Calls `typing` until the screen shows it: typing events are live only, never replayed to a stream that connects later. */
async function staffTypesUntilShown(type: () => Promise<unknown>, shown: Locator): Promise<void> {
  await expect(async () => {
    await type();
    await expect(shown).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

test.describe('availability in the bubble', () => {
  for (const size of ['phone', 'desktop'] as const) {
    test(`outside business hours (${size}): the away message and when support is back`, async ({
      browser,
      reference,
    }) => {
      const client = await admin(reference);
      await client.support.config.update({
        BUSINESS_HOURS: closedNow(),
        AWAY_MESSAGE: 'Our team is offline for the night.',
        REPLY_TIME: 'hours',
      });
      for (const theme of themes) {
        const { context, page, dialog } = await visitor(browser, reference.url, theme, size);
        await expect(dialog.getByText("We're away right now")).toBeVisible();
        await expect(dialog.getByText('Our team is offline for the night.')).toBeVisible();
        await expect(dialog.getByText(/^Back (today|tomorrow) at \d{1,2}:00\s?[AP]M UTC$/)).toBeVisible();
        await expect(dialog.getByText(/Usually replies/)).toHaveCount(0);
        await expectAxeClean(page);
        await page.screenshot({ path: `${dir}presence-away-${size}-${theme}.png` });
        await context.close();
      }
    });
  }

  test('outside business hours the panel still takes the message', async ({ browser, reference }) => {
    const client = await admin(reference);
    await client.support.config.update({ BUSINESS_HOURS: closedNow() });
    const { context, page, dialog } = await visitor(browser, reference.url, 'light', 'desktop');
    await expect(dialog.getByText("We're away right now")).toBeVisible();
    await sendTicket(page, { subject: 'After hours', message: 'Can someone call me tomorrow?' });
    await expect(dialog.getByText('Can someone call me tomorrow?')).toBeVisible();
    // Above the conversation, one line says when support is back.
    await expect(dialog.getByText(/^Back (today|tomorrow) at/)).toBeVisible();
    const staff = await reference.staff();
    const { data } = await staff.support.threads.list({ q: 'After hours', limit: 1 });
    expect(data[0]?.subject).toBe('After hours');
    await context.close();
  });

  const replyTimes = {
    phone: ['minutes', 'Usually replies in a few minutes'],
    desktop: ['day', 'Usually replies within a day'],
  } as const;
  for (const size of ['phone', 'desktop'] as const) {
    test(`inside business hours (${size}): the expected reply time`, async ({ browser, reference }) => {
      const [replyTime, sentence] = replyTimes[size];
      const client = await admin(reference);
      await client.support.config.update({ BUSINESS_HOURS: null, REPLY_TIME: replyTime });
      for (const theme of themes) {
        const { context, page, dialog } = await visitor(browser, reference.url, theme, size);
        await expect(dialog.getByText(sentence)).toBeVisible();
        await expect(dialog.getByText("We're away right now")).toHaveCount(0);
        await expectAxeClean(page);
        await page.screenshot({ path: `${dir}presence-reply-time-${size}-${theme}.png` });
        await context.close();
      }
    });
  }
});

test.describe('typing', () => {
  for (const size of ['phone', 'desktop'] as const) {
    test(`"Support is typing…" shows in the bubble (${size}) while staff type and goes when their reply arrives`, async ({
      browser,
      reference,
    }) => {
      const staff = await reference.staff();
      for (const theme of themes) {
        const { context, page, dialog } = await visitor(browser, reference.url, theme, size);
        const created = ticketCreated(page);
        await sendTicket(page, { subject: `Typing ${size} ${theme}`, message: 'Is my parcel on its way?' });
        const threadId = await created;
        const typing = dialog.getByText(typingText);
        await staffTypesUntilShown(() => staff.support.threads.typing(threadId), typing);
        await expectAxeClean(page);
        await page.screenshot({ path: `${dir}presence-typing-${size}-${theme}.png` });
        await staff.support.threads.addMessage(threadId, { message_text: 'Yes, it left this morning.' });
        await expect(dialog.getByText('Yes, it left this morning.')).toBeVisible();
        await expect(typing).toHaveCount(0);
        await context.close();
      }
    });
  }

  test('a signed-in customer sees support typing on their ticket in the bubble', async ({
    page,
    reference,
  }) => {
    const { client: alice, token } = await reference.signIn('alice@acme.test');
    const ticket = (await alice.customers.me.tickets.list({ limit: 50 })).data.find(
      (t) => t.status === 'open',
    )!;
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
    await panel(page).getByRole('button', { name: ticket.title }).click();
    await expect(panel(page).getByRole('heading', { name: ticket.title })).toBeVisible();
    const staff = await reference.staff();
    await staffTypesUntilShown(
      () => staff.support.threads.typing(ticket.id),
      panel(page).getByText(typingText),
    );
  });

  test('"Support is typing…" shows in the portal page', async ({ page, reference }) => {
    const staff = await reference.staff();
    const link = await staff.support.tokens.create({ thread_id: 'thr_acme_install' });
    await page.goto(`${reference.url}/portal/${link.token}`);
    const portal = page.locator('helpdock-portal');
    await expect(portal.getByLabel('Your reply')).toBeVisible();
    await staffTypesUntilShown(
      () => staff.support.threads.typing('thr_acme_install'),
      portal.getByText(typingText),
    );
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: `${dir}presence-typing-portal-desktop-light.png` });
  });

  test('"Support is typing…" shows in the customer portal until support’s message arrives', async ({
    page,
    reference,
  }) => {
    const staff = await reference.staff();
    await page.goto(`${reference.url}/customer`);
    await page.getByLabel('Email').fill('alice@acme.test');
    await page.getByLabel('Password').fill('helpdock-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const dashboard = page.locator('helpdock-customer-portal');
    await dashboard.getByRole('button', { name: /Cannot sign in on the mobile app/ }).click();
    await expect(dashboard.getByRole('heading', { name: 'Cannot sign in on the mobile app' })).toBeVisible();
    const { client: alice } = await reference.signIn('alice@acme.test');
    const ticketId = (await alice.customers.me.tickets.list({ limit: 50 })).data.find(
      (t) => t.title === 'Cannot sign in on the mobile app',
    )!.id;
    await staffTypesUntilShown(() => staff.support.threads.typing(ticketId), dashboard.getByText(typingText));
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: `${dir}presence-typing-customer-portal-desktop-light.png` });
    await staff.support.threads.addMessage(ticketId, { message_text: 'Please try version 4.3.' });
    await expect(dashboard.getByText('Please try version 4.3.', { exact: true })).toBeVisible();
    await expect(dashboard.getByText(typingText)).toHaveCount(0);
  });

  test('the visitor’s typing reaches staff at most once per 3 s, and never from a closed panel', async ({
    page,
    reference,
  }) => {
    await hostPage(page, reference.url);
    await launcher(page).click();
    const dialog = panel(page);
    await sendTicket(page, { subject: 'Typing both ways', message: 'Hello!' });
    const reply = dialog.getByLabel('Your reply');
    await expect(reply).toBeVisible();

    const staff = await reference.staff();
    const seen: string[] = [];
    const stop = new AbortController();
    let connected = false;
    void (async () => {
      for await (const event of staff.support.events({
        signal: stop.signal,
        onOpen: () => (connected = true),
      }))
        if (event.type === 'typing') seen.push(event.data.author_type);
    })().catch(() => undefined);
    await expect.poll(() => connected).toBe(true);
    const calls: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/typing')) calls.push(request.url());
    });

    // The page's clock stands still: however many keys are pressed, one call goes out.
    const start = await page.evaluate(() => Date.now());
    await page.clock.setFixedTime(start);
    await reply.pressSequentially('Any news about my order?');
    await expect.poll(() => seen).toEqual(['EXTERNAL']);

    // 3 s later the visitor closes the panel; text that reaches its (hidden) box sends nothing.
    await page.clock.setFixedTime(start + 3_001);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    // The dialog role is gone from the accessibility tree while hidden: reach the box by its id.
    await page.locator('helpdock-bubble #helpdock-reply').evaluate((box: HTMLTextAreaElement) => {
      box.value = 'typed while closed';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });

    // Reopened, 3 s later again: one call (a call from the closed panel would make it two).
    await page.clock.setFixedTime(start + 6_002);
    await launcher(page).click();
    await reply.pressSequentially(' Thanks!');
    await expect.poll(() => seen).toEqual(['EXTERNAL', 'EXTERNAL']);
    expect(calls).toHaveLength(2);
    stop.abort();
  });
});
