import type { Page, Route } from '@playwright/test';
import {
  expect,
  hostPage,
  launcher,
  panel,
  sendTicket,
  strictConversation,
  strictCsp,
  test,
} from './fixtures.js';

// Every path of "nothing lost, nothing shown twice" (SPEC §9.1), on a strict-CSP page with the
// script tag, against the reference server.

const offlineNotice = "You're offline. We'll send your message as soon as you're back online.";
const createRoute = /\/api\/support\/public\/threads$/;
const messagesRoute = /\/api\/support\/portal\/[^/]+\/messages$/;
const eventsRoute = /\/api\/support\/portal\/[^/]+\/events$/;

/** Opens the strict page and the panel, ready for the ticket form. */
async function openForm(page: Page, url: string): Promise<void> {
  await hostPage(page, url, { csp: strictCsp });
  await launcher(page).click();
  await expect(panel(page).getByLabel('Your name')).toBeVisible();
}

test.describe('the bubble keeps every promise', () => {
  test('a first message sent offline is queued, sent when the network returns, and opens the conversation', async ({
    page,
    context,
    reference,
  }) => {
    await openForm(page, reference.url);
    await context.setOffline(true);
    await sendTicket(page, { subject: 'Sent from a train', message: 'First words, offline' });
    const dialog = panel(page);
    await expect(dialog.getByText(offlineNotice)).toBeVisible();
    await expect(dialog.locator('.message.pending', { hasText: 'First words, offline' })).toBeVisible();

    await context.setOffline(false);
    await expect(dialog.getByLabel('Your reply')).toBeVisible({ timeout: 15_000 });
    await expect(dialog.locator('.message.me.sent', { hasText: 'First words, offline' })).toHaveCount(1);
    await expect(dialog.locator('.message.pending')).toHaveCount(0);
    await expect(dialog.getByText(offlineNotice)).toHaveCount(0);
    const staff = await reference.staff();
    const { data } = await staff.support.threads.list({ q: 'Sent from a train' });
    expect(data).toHaveLength(1);
    const thread = await staff.support.threads.retrieve(data[0]!.id);
    expect(thread.messages.map((m) => m.message_text)).toEqual(['First words, offline']);
  });

  test('a first message refused by a failing server keeps its key across a reload and creates one thread', async ({
    page,
    reference,
  }) => {
    const keys: string[] = [];
    let down = true;
    const failing = async (route: Route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (!down) return route.continue();
      // A retry in flight when the page reloads is cancelled with it: that is no failure.
      await route
        .fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'internal_error', message: 'Down', request_id: 'r1' } }),
        })
        .catch(() => {});
    };
    await page.route(createRoute, failing);
    await openForm(page, reference.url);
    await sendTicket(page, { subject: 'Across a reload', message: 'Queued before the reload' });
    await expect(
      panel(page).locator('.message.pending', { hasText: 'Queued before the reload' }),
    ).toBeVisible();

    await page.reload();
    await launcher(page).click();
    await expect(
      panel(page).locator('.message.pending', { hasText: 'Queued before the reload' }),
    ).toBeVisible();
    down = false;
    await expect(panel(page).getByLabel('Your reply')).toBeVisible({ timeout: 20_000 });
    await expect(
      panel(page).locator('.message.me.sent', { hasText: 'Queued before the reload' }),
    ).toHaveCount(1);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
    const staff = await reference.staff();
    const { data } = await staff.support.threads.list({ q: 'Across a reload' });
    expect(data).toHaveLength(1);
  });

  test('a reply stored while its answer was lost shows once after a reload, while sending is still down', async ({
    page,
    reference,
  }) => {
    const threadId = await strictConversation(page, reference.url, 'Opening message');
    const staff = await reference.staff();
    let stored = false;
    await page.route(messagesRoute, async (route) => {
      if (!stored) {
        stored = true;
        await route.fetch(); // the server stores the reply…
      }
      await route.abort('connectionreset'); // …but no answer ever arrives
    });
    await panel(page).getByLabel('Your reply').fill('Stored, answer lost');
    await panel(page).getByLabel('Your reply').press('Enter');
    await expect
      .poll(async () => (await staff.support.threads.retrieve(threadId)).messages.map((m) => m.message_text))
      .toContain('Stored, answer lost');

    await page.reload();
    await launcher(page).click();
    const copies = panel(page).locator('.message', { hasText: 'Stored, answer lost' });
    await expect(panel(page).locator('.message.me.sent', { hasText: 'Stored, answer lost' })).toHaveCount(1);
    await expect(copies).toHaveCount(1);
    await expect(panel(page).locator('.message.pending')).toHaveCount(0);
    await expect(
      page.evaluate(() => Object.keys(localStorage).some((k) => k.endsWith(':outbox'))),
    ).resolves.toBe(true);

    await page.unroute(messagesRoute);
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.endsWith(':outbox'))), {
        timeout: 20_000,
      })
      .toBe(false);
    await expect(copies).toHaveCount(1);
    const thread = await staff.support.threads.retrieve(threadId);
    expect(thread.messages.filter((m) => m.message_text === 'Stored, answer lost')).toHaveLength(1);
  });

  test('replies sent while the stream was cut right after a page load appear, even without replay', async ({
    page,
    reference,
  }) => {
    const threadId = await strictConversation(page, reference.url, 'Waiting for an answer');
    let connections = 0;
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(eventsRoute, async (route) => {
      connections += 1;
      const headers = { ...route.request().headers() };
      // A server without replay: the reconnection never carries a resume point.
      delete headers['last-event-id'];
      if (connections > 1) await released;
      await route.continue({ headers });
    });
    await page.reload();
    await launcher(page).click();
    await expect(panel(page).getByLabel('Your reply')).toBeVisible();
    await expect.poll(() => connections).toBe(1);

    const cut = await page.request.post(`${reference.url}/__helpdock/disconnect`, {
      headers: { Authorization: reference.control },
    });
    expect(cut.ok()).toBe(true);
    await expect.poll(() => connections).toBe(2);
    const staff = await reference.staff();
    await staff.support.threads.addMessage(threadId, { message_text: 'First reply while cut' });
    await staff.support.threads.addMessage(threadId, { message_text: 'Second reply while cut' });
    release();

    await expect(panel(page).getByText('First reply while cut')).toBeVisible({ timeout: 15_000 });
    await expect(panel(page).getByText('Second reply while cut')).toBeVisible();
    await expect(panel(page).locator('.message.agent')).toHaveCount(2);
  });

  test('a resolved or closed conversation says so; a closed one takes no reply', async ({
    page,
    reference,
  }) => {
    const threadId = await strictConversation(page, reference.url, 'Please resolve me');
    const staff = await reference.staff();
    await staff.support.threads.resolve(threadId);
    const dialog = panel(page);
    await expect(dialog.getByText('This conversation is resolved. Write below to reopen it.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Start a new conversation' })).toBeVisible();
    await expect(dialog.getByLabel('Your reply')).toBeVisible();

    await staff.support.threads.close(threadId);
    await expect(dialog.getByText('This conversation is closed.')).toBeVisible();
    await expect(dialog.getByLabel('Your reply')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Start a new conversation' }).click();
    await expect(dialog.getByLabel('Your name')).toBeFocused();
  });

  test('support messages say who answered, and older ones carry their date', async ({ page, reference }) => {
    const threadId = await strictConversation(page, reference.url, 'When will it ship?');
    const advanced = await page.request.post(`${reference.url}/__helpdock/clock`, {
      data: { advance_ms: 3 * 24 * 3600_000 },
      headers: { Authorization: reference.control },
    });
    expect(advanced.ok()).toBe(true);
    const staff = await reference.staff();
    const answer = await staff.support.threads.addMessage(threadId, { message_text: 'It ships Friday.' });
    const reply = panel(page).locator('.message.agent', { hasText: 'It ships Friday.' });
    await expect(reply.locator('.author')).toHaveText('Support:');
    const day = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' }).format(
      new Date(answer.created_at),
    );
    await expect(reply.locator('.meta')).toContainText(day);
    await expect(panel(page).locator('.message.me .meta').first()).not.toContainText(day);
  });
});
