import { HelpdockClient, whatsappLink } from '@helpdock/sdk';
import {
  expect,
  hostPage,
  launcher,
  panel,
  recordEvents,
  recordedEvents,
  sendTicket,
  test,
} from './fixtures.js';

test.describe('script-tag bubble (anonymous visitor)', () => {
  test('appears, opens, links to WhatsApp and validates the form inline', async ({ page, reference }) => {
    await recordEvents(page);
    await page.goto(reference.url);
    await expect.poll(() => recordedEvents(page)).toEqual(['ready']);
    await expect(launcher(page)).toBeVisible();
    await expect(launcher(page)).toHaveAttribute('aria-expanded', 'false');
    await launcher(page).click();
    const dialog = panel(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Hi there! How can we help you today?')).toBeVisible();

    const config = await new HelpdockClient({
      baseUrl: reference.url,
      siteKey: 'pk_acme_demo',
    }).public.config();
    expect(config.whatsapp_number).toBeTruthy();
    const link = dialog.getByRole('link', { name: 'Chat on WhatsApp' });
    await expect(link).toHaveAttribute(
      'href',
      whatsappLink(config.whatsapp_number!, 'Hello! I need some help.'),
    );
    await expect(link).toHaveAttribute(
      'href',
      /^https:\/\/wa\.me\/\d{8,15}\?text=Hello!%20I%20need%20some%20help\.$/,
    );
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

    await dialog.getByLabel('Email').fill('not-an-email');
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(dialog.getByText('Please fill in this field.')).toHaveCount(3);
    await expect(
      dialog.getByText('Please enter a valid email address, like name@example.com.'),
    ).toBeVisible();
    await expect(dialog.getByLabel('Your name')).toBeFocused();
    await expect(dialog.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');
  });

  test('sends a ticket, shows an agent reply live with an unread badge, and resumes after a reload', async ({
    page,
    reference,
  }) => {
    await page.goto(reference.url);
    const created = page.evaluate(
      () =>
        new Promise<{ threadId: string }>((resolve) =>
          document.addEventListener('helpdock:ticket-created', (e) => resolve((e as CustomEvent).detail), {
            once: true,
          }),
        ),
    );
    await launcher(page).click();
    await sendTicket(page, { message: 'The app crashes when I open settings.' });
    const { threadId } = await created;
    const dialog = panel(page);
    await expect(dialog.getByText('The app crashes when I open settings.')).toBeVisible();
    await expect(dialog.getByLabel('Your reply')).toBeFocused();

    const staff = await reference.staff();
    const thread = await staff.support.threads.retrieve(threadId);
    expect(thread.subject).toBe('Cannot sign in');
    expect(thread.messages.map((m) => m.message_text)).toEqual(['The app crashes when I open settings.']);

    await staff.support.threads.addMessage(threadId, { message_text: 'Thanks! Which phone do you use?' });
    await expect(dialog.getByText('Thanks! Which phone do you use?')).toBeVisible();
    await expect(page.locator('helpdock-bubble').locator('[aria-live="polite"]')).toHaveText(
      'New message from support: Thanks! Which phone do you use?',
    );

    await dialog.getByLabel('Your reply').fill('A Pixel 8.');
    await dialog.getByLabel('Your reply').press('Enter');
    await expect(dialog.getByText('A Pixel 8.')).toBeVisible();

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await staff.support.threads.addMessage(threadId, { message_text: 'Try updating to version 2.1.' });
    const badge = page.locator('helpdock-bubble').locator('.badge');
    await expect(badge).toHaveText('1');
    await expect(launcher(page)).toHaveAccessibleName('Open support chat (1 unread)');

    await page.reload();
    await launcher(page).click();
    await expect(panel(page).getByText('Try updating to version 2.1.')).toBeVisible();
    await expect(panel(page).getByText('A Pixel 8.')).toBeVisible();
    await expect(panel(page).getByText('The app crashes when I open settings.')).toBeVisible();
    const stored = await staff.support.threads.retrieve(threadId);
    expect(stored.messages.filter((m) => m.message_text === 'A Pixel 8.')).toHaveLength(1);
  });

  test('keeps what was typed across a reload', async ({ page, reference }) => {
    await page.goto(reference.url);
    await launcher(page).click();
    const dialog = panel(page);
    await dialog.getByLabel('Your name').fill('Bea');
    await dialog.getByLabel('Message', { exact: true }).fill('Half-written question');
    // The drafts are written when typing pauses; `pagehide` on reload also writes them.
    await page.reload();
    await launcher(page).click();
    await expect(panel(page).getByLabel('Your name')).toHaveValue('Bea');
    await expect(panel(page).getByLabel('Message', { exact: true })).toHaveValue('Half-written question');
  });

  test('mirrors DOM events to Helpdock.on and runs calls queued before the script loaded', async ({
    page,
    reference,
  }) => {
    await page.route(`${reference.url}/queued.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Queued</title>
<script src="/stub.js"></script>
<script src="/helpdock.js" data-site-key="pk_acme_demo" data-theme="dark" async></script></head>
<body><main><h1>Queued calls</h1></main></body></html>`,
      }),
    );
    await page.route(`${reference.url}/stub.js`, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `window.Helpdock=window.Helpdock||function(){(Helpdock.q=Helpdock.q||[]).push(arguments)};
window.seen=[];Helpdock('on','ready',function(){seen.push('ready')});Helpdock('on','open',function(){seen.push('open')});Helpdock('open');`,
      }),
    );
    await page.goto(`${reference.url}/queued.html`);
    await expect(panel(page)).toBeVisible();
    await expect(page.locator('helpdock-bubble')).toHaveAttribute('theme', 'dark');
    // Both heard once; which comes first depends on whether the panel or the config arrives first.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen.sort()))
      .toEqual(['open', 'ready']);
    await page.evaluate(() => (window as unknown as { Helpdock: { close(): void } }).Helpdock.close());
    await expect(panel(page)).toBeHidden();
    await page.evaluate(() => (window as unknown as { Helpdock: (c: string) => void }).Helpdock('toggle'));
    await expect(panel(page)).toBeVisible();
  });

  test('stays hidden when the site turned the bubble off', async ({ page, reference }) => {
    const { client: admin } = await reference.signIn('admin@acme.test');
    await admin.support.config.update({ SUPPORT_BUBBLE_ENABLED: false });
    await recordEvents(page);
    await page.goto(reference.url);
    await expect.poll(() => recordedEvents(page)).toContain('ready');
    await expect(page.locator('helpdock-bubble')).toBeAttached();
    await expect(launcher(page)).toHaveCount(0);
  });

  test('starts over with the form when the stored conversation has expired', async ({ page, reference }) => {
    await page.goto(reference.url);
    await launcher(page).click();
    await sendTicket(page, { message: 'Before the link expired' });
    await expect(panel(page).getByText('Before the link expired')).toBeVisible();
    const response = await page.request.post(`${reference.url}/__helpdock/clock`, {
      data: { advance_ms: 31 * 24 * 3600_000 },
      headers: { Authorization: reference.control },
    });
    expect(response.ok()).toBe(true);
    await page.reload();
    await launcher(page).click();
    await expect(panel(page).getByRole('alert')).toHaveText(
      'This conversation has expired. Please start a new one.',
    );
    await expect(panel(page).getByLabel('Subject')).toBeVisible();
  });

  test('follows position, custom properties and ::part styling from the host page', async ({
    page,
    reference,
  }) => {
    await hostPage(page, reference.url, {
      data: { position: 'left', greeting: 'Welcome to Acme support!' },
      head: '<style>helpdock-bubble{--helpdock-accent:rgb(15, 118, 110)} helpdock-bubble::part(header){letter-spacing:2px}</style>',
    });
    const box = await launcher(page).boundingBox();
    expect(box!.x).toBeLessThan(100);
    expect(await launcher(page).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(15, 118, 110)',
    );
    await launcher(page).click();
    await expect(panel(page).getByText('Welcome to Acme support!')).toBeVisible();
    const header = page.locator('helpdock-bubble').locator('.header');
    expect(await header.evaluate((el) => getComputedStyle(el).letterSpacing)).toBe('2px');
  });
});
