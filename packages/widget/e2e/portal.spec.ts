import { expect, test } from './fixtures.js';

/** A 1×1 PNG, a real image the server accepts by content. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test.describe('<helpdock-portal> (the emailed support link)', () => {
  test('opens the link of a thread, shows the conversation and converses live both ways', async ({
    page,
    reference,
  }) => {
    const staff = await reference.staff();
    const link = await staff.support.tokens.create({ thread_id: 'thr_acme_install' });
    // The requester's email, read from the outbox (their mailbox here), carries the link; it points
    // at this very server (SUPPORT_PORTAL_BASE_URL is its own origin).
    const outbox = await page.request.get(`${reference.url}/__helpdock/outbox`, {
      headers: { Authorization: reference.control },
    });
    const emails: { to: string; kind: string; text: string }[] = (await outbox.json()).data;
    const email = emails.find((candidate) => candidate.kind === 'portal.link');
    expect(email?.to).toBe('dana.reyes@example.com');
    const emailedLink = email?.text.split('\n').find((line) => line.startsWith('http'));
    expect(emailedLink).toBe(link.portal_url);
    expect(emailedLink?.startsWith(`${reference.url}/portal/`)).toBe(true);
    await page.goto(emailedLink!);

    const portal = page.locator('helpdock-portal');
    await expect(portal.getByRole('heading', { name: 'Installation visit for order 4411' })).toBeVisible();
    await expect(portal.getByText('Technician booked for Tuesday morning.')).toBeVisible();
    await expect(portal.getByText('Tuesday works, the gate code is at reception.')).toBeVisible();

    await portal.getByLabel('Your reply').fill('Could the technician call me 10 minutes before?');
    const chooser = page.waitForEvent('filechooser');
    await portal.getByRole('button', { name: 'Attach files' }).click();
    await (await chooser).setFiles({ name: 'gate.png', mimeType: 'image/png', buffer: png });
    await expect(portal.locator('.pending-file', { hasText: 'gate.png' })).toContainText('Ready');
    await portal.getByRole('button', { name: 'Send' }).click();
    await expect(portal.getByText('Could the technician call me 10 minutes before?')).toBeVisible();
    // The file shows on its message, downloaded through the token's own route.
    const file = portal
      .locator('.message', { hasText: 'Could the technician call me' })
      .getByRole('link', { name: /gate\.png/ });
    await expect(file).toBeVisible();
    const download = await page.request.get((await file.getAttribute('href'))!);
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(png)).toBe(true);
    await expect
      .poll(async () =>
        (await staff.support.threads.retrieve('thr_acme_install')).messages.map((m) => m.message_text),
      )
      .toContain('Could the technician call me 10 minutes before?');

    await staff.support.threads.addMessage('thr_acme_install', {
      message_text: 'Sure, noted on the job sheet.',
    });
    await expect(portal.getByText('Sure, noted on the job sheet.', { exact: true })).toBeVisible();
  });

  test('a revoked link says so once reloaded, and so does an unknown one', async ({ page, reference }) => {
    const staff = await reference.staff();
    const link = await staff.support.tokens.create({ thread_id: 'thr_acme_install' });
    await page.goto(link.portal_url);
    const portal = page.locator('helpdock-portal');
    await expect(portal.getByText('Technician booked for Tuesday morning.')).toBeVisible();

    const { client: admin } = await reference.signIn('admin@acme.test');
    await admin.support.tokens.revoke(link.id);
    await page.reload();
    await expect(portal.getByRole('heading', { name: 'This link has been turned off' })).toBeVisible();
    await expect(portal.getByText('Technician booked for Tuesday morning.')).toHaveCount(0);

    await page.goto(`${reference.url}/portal/not-a-real-token`);
    await expect(portal.getByRole('heading', { name: 'This link does not work' })).toBeVisible();
  });

  test('speaks the visitor’s language on a refused link, and fits a 320 px phone', async ({
    browser,
    reference,
  }) => {
    const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const staff = await reference.staff();
    const link = await staff.support.tokens.create({ assignment_id: 'asg_4411' });
    await page.goto(link.portal_url);
    const portal = page.locator('helpdock-portal');
    await expect(portal.getByRole('heading', { name: 'Tus conversaciones con soporte' })).toBeVisible();
    await portal.getByRole('button', { name: /Installation visit for order 4411/ }).click();
    await expect(portal.getByText('Technician booked for Tuesday morning.')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    const { client: admin } = await reference.signIn('admin@acme.test');
    await admin.support.tokens.revoke(link.id);
    await page.reload();
    await expect(portal.getByRole('heading', { name: 'Este enlace se ha desactivado' })).toBeVisible();
    await context.close();
  });
});
