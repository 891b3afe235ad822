import type { Page } from '@playwright/test';
import { expect, launcher, panel, test } from './fixtures.js';

/** A 1×1 PNG, a real image the server accepts by content. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function identify(page: Page, customerToken: string): Promise<void> {
  await page.waitForFunction(
    () => 'element' in ((window as unknown as { Helpdock?: object }).Helpdock ?? {}),
  );
  await page.evaluate(
    (token) =>
      (
        window as unknown as { Helpdock: { identify(o: { customerToken: string }): Promise<void> } }
      ).Helpdock.identify({
        customerToken: token,
      }),
    customerToken,
  );
}

test.describe('signed-in customer (alice@acme.test)', () => {
  test('sees their tickets, opens one, replies, gets a live answer, and rates a resolved one', async ({
    page,
    reference,
  }) => {
    const { client: alice, token } = await reference.signIn('alice@acme.test');
    const tickets = (await alice.customers.me.tickets.list({ limit: 50 })).data;
    const open = tickets.find((t) => t.status === 'open' || t.status === 'pending')!;
    const resolved = tickets.find((t) => t.status === 'resolved')!;
    expect(open && resolved).toBeTruthy();

    await page.goto(reference.url);
    await identify(page, token);
    await launcher(page).click();
    const dialog = panel(page);
    await expect(dialog.getByRole('heading', { name: 'Your tickets' })).toBeVisible();
    for (const ticket of tickets)
      await expect(dialog.getByRole('button', { name: ticket.title })).toBeVisible();

    await dialog.getByRole('button', { name: open.title }).click();
    await expect(dialog.getByRole('heading', { name: open.title })).toBeVisible();
    await expect(dialog.getByLabel('Your reply')).toBeFocused();
    await dialog.getByLabel('Your reply').fill('Here is a screenshot description.');
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(dialog.getByText('Here is a screenshot description.')).toBeVisible();
    await expect
      .poll(async () =>
        (await alice.customers.me.tickets.retrieve(open.id)).messages.filter(
          (m) => m.body === 'Here is a screenshot description.',
        ),
      )
      .toHaveLength(1);

    const staff = await reference.staff();
    await staff.support.threads.addMessage(open.id, { message_text: 'Got it, looking into it now.' });
    await expect(dialog.getByText('Got it, looking into it now.')).toBeVisible();

    await dialog.getByRole('button', { name: 'Back' }).click();
    await dialog.getByRole('button', { name: resolved.title }).click();
    await expect(dialog.getByRole('group', { name: 'How did we do?' })).toBeVisible();
    // The stars are the visible labels of visually hidden radio buttons.
    await dialog.locator('.stars label').nth(3).click();
    await expect(dialog.getByRole('radio', { name: '4 out of 5' })).toBeChecked();
    await dialog.getByLabel('Anything to add? (optional)').fill('Quick and friendly.');
    await dialog.getByRole('button', { name: 'Send rating' }).click();
    await expect(dialog.getByText('Thanks for your feedback!')).toBeVisible();
    const rated = await alice.customers.me.tickets.retrieve(resolved.id);
    expect(rated.feedback).toMatchObject({ rating: 4, comment: 'Quick and friendly.' });
  });

  test('creates a ticket with an attachment', async ({ page, reference }) => {
    const { client: alice, token } = await reference.signIn('alice@acme.test');
    await page.goto(reference.url);
    await identify(page, token);
    await launcher(page).click();
    const dialog = panel(page);
    await dialog.getByRole('button', { name: 'New ticket' }).click();
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(dialog.getByText('Please fill in this field.')).toHaveCount(2);
    await dialog.getByLabel('Subject').fill('Export to CSV fails');
    await dialog.getByLabel('Message', { exact: true }).fill('The export button spins forever.');
    await dialog
      .getByLabel('Attachment (optional)')
      .setInputFiles({ name: 'screen.png', mimeType: 'image/png', buffer: png });
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(dialog.getByRole('heading', { name: 'Export to CSV fails' })).toBeVisible();
    const list = (await alice.customers.me.tickets.list({ limit: 50 })).data;
    const created = list.filter((t) => t.title === 'Export to CSV fails');
    expect(created).toHaveLength(1);
    const detail = await alice.customers.me.tickets.retrieve(created[0]!.id);
    expect(detail.attachments.map((a) => a.filename)).toEqual(['screen.png']);
  });
});
