import type { Page, Route } from '@playwright/test';
import {
  expect,
  launcher,
  panel,
  recordEvents,
  recordedEvents,
  sendTicket,
  test,
  ticketCreated,
} from './fixtures.js';

/** Opens the bubble on the demo page and starts a conversation; resolves to its thread id. */
async function startConversation(page: Page, url: string): Promise<string> {
  await recordEvents(page);
  await page.goto(url);
  await launcher(page).click();
  const created = ticketCreated(page);
  await sendTicket(page, { message: 'First message' });
  const threadId = await created;
  await expect(panel(page).getByLabel('Your reply')).toBeVisible();
  return threadId;
}

const messagesRoute = /\/api\/support\/portal\/[^/]+\/messages$/;

test.describe('nothing typed is lost', () => {
  test('a reply sent offline shows as pending, says it will be sent, and is delivered exactly once when the network returns', async ({
    page,
    context,
    reference,
  }) => {
    const threadId = await startConversation(page, reference.url);
    const dialog = panel(page);
    await context.setOffline(true);
    await dialog.getByLabel('Your reply').fill('Sent while offline');
    await dialog.getByLabel('Your reply').press('Enter');
    const pending = dialog.locator('.message.pending', { hasText: 'Sent while offline' });
    await expect(pending).toBeVisible();
    await expect(pending).toContainText('Waiting to send…');
    await expect(dialog.getByLabel('Your reply')).toHaveValue('');
    const notice = dialog.getByText("You're offline. We'll send your message as soon as you're back online.");
    await expect(notice).toBeVisible();

    const staff = await reference.staff();
    const before = await staff.support.threads.retrieve(threadId);
    expect(before.messages.map((m) => m.message_text)).not.toContain('Sent while offline');

    await context.setOffline(false);
    await expect(pending).toHaveCount(0, { timeout: 15_000 });
    await expect(dialog.locator('.message.me', { hasText: 'Sent while offline' })).toHaveCount(1);
    await expect(notice).toHaveCount(0);
    const after = await staff.support.threads.retrieve(threadId);
    expect(after.messages.filter((m) => m.message_text === 'Sent while offline')).toHaveLength(1);
    expect(await recordedEvents(page)).toContain('message');
  });

  test('a reply whose answer was lost is retried with the same key and stored once', async ({
    page,
    reference,
  }) => {
    const threadId = await startConversation(page, reference.url);
    const keys: string[] = [];
    let first = true;
    await page.route(messagesRoute, async (route: Route) => {
      keys.push((await route.request().headerValue('idempotency-key')) ?? '');
      if (first) {
        first = false;
        await route.fetch(); // the server stores the message…
        await route.abort('connectionreset'); // …but the answer never arrives
      } else {
        await route.continue();
      }
    });
    const dialog = panel(page);
    await dialog.getByLabel('Your reply').fill('Answer lost on the way');
    await dialog.getByLabel('Your reply').press('Enter');
    // The event stream reports the stored message before the retry is answered: it shows once, as sent.
    await expect(dialog.locator('.message', { hasText: 'Answer lost on the way' })).toHaveCount(1);
    await expect.poll(() => keys.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).some((key) => key.endsWith(':outbox'))))
      .toBe(false);
    await expect(dialog.locator('.message', { hasText: 'Answer lost on the way' })).toHaveCount(1);
    await expect(dialog.locator('.message.me.sent', { hasText: 'Answer lost on the way' })).toHaveCount(1);
    expect(new Set(keys).size).toBe(1);
    const staff = await reference.staff();
    const thread = await staff.support.threads.retrieve(threadId);
    expect(thread.messages.filter((m) => m.message_text === 'Answer lost on the way')).toHaveLength(1);
  });

  test('a reply queued into a failing server survives a reload and is delivered once the server recovers', async ({
    page,
    reference,
  }) => {
    const threadId = await startConversation(page, reference.url);
    const keys: string[] = [];
    await page.route(messagesRoute, async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      // A retry in flight when the page reloads is cancelled with it: that is no failure.
      await route
        .fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({
            error: { code: 'internal_error', message: 'Down for maintenance', request_id: 'r1' },
          }),
        })
        .catch(() => {});
    });
    const dialog = panel(page);
    await dialog.getByLabel('Your reply').fill('Queued across a reload');
    await dialog.getByLabel('Your reply').press('Enter');
    await expect(dialog.locator('.message.pending', { hasText: 'Queued across a reload' })).toBeVisible();
    await expect.poll(() => keys.length).toBeGreaterThan(0);

    await page.reload();
    await launcher(page).click();
    await expect(
      panel(page).locator('.message.pending', { hasText: 'Queued across a reload' }),
    ).toBeVisible();

    await page.unroute(messagesRoute);
    await expect(panel(page).locator('.message.me.sent', { hasText: 'Queued across a reload' })).toHaveCount(
      1,
      {
        timeout: 20_000,
      },
    );
    expect(new Set(keys).size).toBe(1);
    const staff = await reference.staff();
    const thread = await staff.support.threads.retrieve(threadId);
    expect(thread.messages.filter((m) => m.message_text === 'Queued across a reload')).toHaveLength(1);
  });
});
