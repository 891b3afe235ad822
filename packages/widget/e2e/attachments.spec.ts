import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page, Route } from '@playwright/test';
import { expect, hostPage, launcher, panel, sendTicket, strictCsp, test } from './fixtures.js';

/** A 1×1 PNG, a real image the server accepts by content. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
/** The smallest PDF the server's content check accepts. */
const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** The strict policy of the fixtures, plus `blob:` images (thumbnails). */
const blobImagesCsp = strictCsp.replace("img-src 'self'", "img-src 'self' blob:");
const shots = 'test-results/attachments/';

/** Picks files through the composer's attach button (the file chooser a visitor sees). */
async function attach(
  page: Page,
  scope: Locator,
  ...files: { name: string; mimeType: string; buffer: Buffer }[]
) {
  const chooser = page.waitForEvent('filechooser');
  await scope.getByRole('button', { name: 'Attach files' }).click();
  await (await chooser).setFiles(files);
}

/** Holds every upload to the portal route until the test lets it through. */
async function holdUploads(page: Page) {
  const held = new Map<string, Route>();
  await page.route('**/api/support/portal/*/attachments', (route) => {
    const body = route.request().postDataBuffer()?.toString('latin1') ?? '';
    const name = /filename="([^"]+)"/.exec(body)?.[1] ?? '';
    held.set(name, route);
  });
  return {
    waitFor: (name: string) => expect.poll(() => held.has(name)).toBe(true),
    release: async (name: string) => {
      await held.get(name)?.continue();
    },
  };
}

/** The demo inbox in its own context, signed in as ops@acme.test. */
async function staffInbox(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${url}/inbox`);
  await page.getByRole('button', { name: /ops@acme\.test/ }).click();
  const inbox = page.locator('helpdock-inbox');
  await expect(inbox.locator('.thread').first()).toBeVisible();
  return { context, page, inbox };
}

async function startConversation(page: Page, url: string, csp: string, subject: string): Promise<Locator> {
  await hostPage(page, url, { csp });
  await launcher(page).click();
  await sendTicket(page, { subject, message: 'The parcel arrived damaged.' });
  const dialog = panel(page);
  await expect(dialog.getByLabel('Your reply')).toBeVisible();
  return dialog;
}

test.describe('attachments in the bubble and the inbox', () => {
  test('a visitor attaches an image and a PDF, cancels one, sends; staff reply with a file the visitor downloads', async ({
    page,
    browser,
    reference,
  }) => {
    const subject = 'Damaged parcel 2201';
    const dialog = await startConversation(page, reference.url, blobImagesCsp, subject);
    const uploads = await holdUploads(page);

    await attach(
      page,
      dialog,
      { name: 'parcel.png', mimeType: 'image/png', buffer: png },
      { name: 'receipt.pdf', mimeType: 'application/pdf', buffer: pdf },
    );
    await uploads.waitFor('parcel.png');
    await uploads.waitFor('receipt.pdf');
    // Both are on their way: each shows its progress and a way to cancel it.
    await expect(dialog.getByRole('progressbar', { name: 'Uploading parcel.png' })).toBeVisible();
    await expect(dialog.getByRole('progressbar', { name: 'Uploading receipt.pdf' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel upload of receipt.pdf' }).click();
    await expect(dialog.locator('.pending-file', { hasText: 'receipt.pdf' })).toHaveCount(0);
    await page.screenshot({ path: `${shots}composer-uploading-desktop-light.png` });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect((await new AxeBuilder({ page }).include('helpdock-bubble').analyze()).violations).toEqual([]);
    await uploads.release('parcel.png');
    await expect(dialog.locator('.pending-file', { hasText: 'parcel.png' })).toContainText('Ready');

    await dialog.getByLabel('Your reply').fill('Photo of the box attached.');
    await dialog.getByRole('button', { name: 'Send' }).click();
    const sent = dialog.locator('.message.me', { hasText: 'Photo of the box attached.' });
    await expect(sent.getByRole('link', { name: /parcel\.png/ })).toBeVisible();
    await expect(dialog.locator('.pending-file')).toHaveCount(0);

    // Staff see the visitor's file on the message and reply with one of their own.
    const staff = await staffInbox(browser, reference.url);
    await staff.inbox.locator('.thread', { hasText: subject }).click();
    const visitorMessage = staff.inbox.locator('.message', { hasText: 'Photo of the box attached.' });
    await expect(visitorMessage.getByRole('button', { name: /parcel\.png/ })).toBeVisible();
    await expect(staff.inbox.getByText('receipt.pdf')).toHaveCount(0);
    await attach(staff.page, staff.inbox, { name: 'return-label.png', mimeType: 'image/png', buffer: png });
    await expect(staff.inbox.locator('.pending-file', { hasText: 'return-label.png' })).toContainText(
      'Ready',
    );
    await staff.inbox.getByLabel('Your reply').fill('Sorry! Here is a return label.');
    await staff.inbox.getByRole('button', { name: 'Send' }).click();
    await expect(
      staff.inbox
        .locator('.message.me', { hasText: 'return label' })
        .getByRole('button', { name: /return-label\.png/ }),
    ).toBeVisible();

    // The visitor gets it live: a chip with a thumbnail (the page allows blob: images), downloadable.
    const reply = dialog.locator('.message.agent', { hasText: 'Here is a return label.' });
    const chip = reply.getByRole('link', { name: /return-label\.png/ });
    await expect(chip).toBeVisible();
    await expect(chip.locator('img.thumb')).toHaveAttribute('src', /^blob:/);
    await expect
      .poll(() => chip.locator('img.thumb').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(1);
    const download = page.waitForEvent('download');
    await chip.click();
    expect((await download).suggestedFilename()).toBe('return-label.png');
    await staff.context.close();

    const client = await reference.staff();
    const threads = await client.support.threads.list({ q: subject });
    const detail = await client.support.threads.retrieve(threads.data[0]!.id);
    const filesByMessage = detail.messages.map((m) => m.attachments.map((file) => file.filename));
    expect(filesByMessage).toEqual([[], ['parcel.png'], ['return-label.png']]);
  });

  test('a file too large or of the wrong type gets its reason and nothing is sent', async ({
    page,
    reference,
  }) => {
    const dialog = await startConversation(page, reference.url, strictCsp, 'Wrong files');
    const uploadRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/attachments')) uploadRequests.push(request.url());
    });
    await attach(
      page,
      dialog,
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(10 * 1024 * 1024 + 1) },
      { name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') },
    );
    await expect(dialog.locator('.pending-file', { hasText: 'scan.pdf' })).toContainText(
      'This file is too large (10 MB at most).',
    );
    await expect(dialog.locator('.pending-file', { hasText: 'setup.exe' })).toContainText(
      'This file type is not supported.',
    );
    await dialog.getByLabel('Your reply').fill('Here are my files.');
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Remove or retry the files' })).toBeVisible();
    await expect(dialog.getByText('Here are my files.')).toHaveCount(0);
    expect(uploadRequests).toEqual([]);
    await expect(dialog.locator('.pending-file.invalid')).toHaveCount(2);
    await page.screenshot({ path: `${shots}composer-errors-desktop-light.png` });

    // Removing them lets the message go, without files.
    await dialog.getByRole('button', { name: 'Remove scan.pdf' }).click();
    await dialog.getByRole('button', { name: 'Remove setup.exe' }).click();
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(dialog.locator('.message.me', { hasText: 'Here are my files.' })).toBeVisible();
    expect(uploadRequests).toEqual([]);
  });

  test('under a policy without blob: images, a staff image shows as a chip', async ({ page, reference }) => {
    await page.addInitScript(() => {
      const blocked: string[] = [];
      (window as unknown as { __blocked: string[] }).__blocked = blocked;
      document.addEventListener('securitypolicyviolation', (e) => blocked.push(e.blockedURI));
    });
    const dialog = await startConversation(page, reference.url, strictCsp, 'No blob images here');
    const client = await reference.staff();
    const threads = await client.support.threads.list({ q: 'No blob images here' });
    const file = await client.support.attachments.upload(new Blob([png], { type: 'image/png' }), {
      filename: 'photo.png',
    });
    await client.support.threads.addMessage(threads.data[0]!.id, {
      message_text: 'A photo for you',
      attachment_ids: [file.id],
    });
    const chip = dialog.locator('.message.agent').getByRole('link', { name: /photo\.png/ });
    await expect(chip).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __blocked: string[] }).__blocked.join(' ')))
      .toContain('blob');
    await expect(chip.locator('img')).toHaveCount(0);
  });
});

test('a signed-in customer replies on a ticket in the bubble with a file and downloads a staff file', async ({
  page,
  reference,
}) => {
  const { client: alice, token } = await reference.signIn('alice@acme.test');
  await page.goto(reference.url);
  await page.waitForFunction(
    () => 'element' in ((window as unknown as { Helpdock?: object }).Helpdock ?? {}),
  );
  await page.evaluate(
    (customerToken) =>
      (
        window as unknown as { Helpdock: { identify(o: { customerToken: string }): Promise<void> } }
      ).Helpdock.identify({ customerToken }),
    token,
  );
  await launcher(page).click();
  const dialog = panel(page);
  await dialog.getByRole('button', { name: 'Cannot sign in on the mobile app' }).click();
  await attach(page, dialog, { name: 'error.png', mimeType: 'image/png', buffer: png });
  await expect(dialog.locator('.pending-file', { hasText: 'error.png' })).toContainText('Ready');
  await dialog.getByLabel('Your reply').fill('The error screen.');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(
    dialog
      .locator('.message.me', { hasText: 'The error screen.' })
      .getByRole('button', { name: /error\.png/ }),
  ).toBeVisible();
  await expect
    .poll(async () =>
      (await alice.customers.me.tickets.retrieve('thr_acme_login')).messages
        .filter((m) => m.body === 'The error screen.')
        .map((m) => m.attachments.map((file) => file.filename)),
    )
    .toEqual([['error.png']]);

  const staff = await reference.staff();
  const log = await staff.support.attachments.upload(new Blob(['line 1\n'], { type: 'text/plain' }), {
    filename: 'debug-log.txt',
  });
  await staff.support.threads.addMessage('thr_acme_login', {
    message_text: 'Our log',
    attachment_ids: [log.id],
  });
  // The customer's files need her token: the chip downloads through a blob: URL.
  const chip = dialog
    .locator('.message.agent', { hasText: 'Our log' })
    .getByRole('button', { name: /debug-log\.txt/ });
  const download = page.waitForEvent('download');
  await chip.click();
  expect((await download).suggestedFilename()).toBe('debug-log.txt');
});

test.describe('attachments on each message of the full pages', () => {
  test('the portal and the customer portal show a staff file on its message', async ({ page, reference }) => {
    const staff = await reference.staff();
    const upload = () =>
      staff.support.attachments.upload(new Blob([png], { type: 'image/png' }), { filename: 'diagram.png' });
    await staff.support.threads.addMessage('thr_acme_install', {
      message_text: 'The wiring diagram.',
      attachment_ids: [(await upload()).id],
    });
    const link = await staff.support.tokens.create({ thread_id: 'thr_acme_install' });
    await page.goto(link.portal_url);
    const portal = page.locator('helpdock-portal');
    const portalChip = portal
      .locator('.message', { hasText: 'The wiring diagram.' })
      .getByRole('link', { name: /diagram\.png/ });
    await expect(portalChip).toBeVisible();
    await expect(portalChip.locator('img.thumb')).toHaveAttribute('src', /^blob:/);
    await expect(portal.locator('.message', { hasText: 'Technician booked' }).locator('.files')).toHaveCount(
      0,
    );
    await page.screenshot({ path: `${shots}portal-chips-desktop-light.png` });

    await staff.support.threads.addMessage('thr_acme_login', {
      message_text: 'Try this build.',
      attachment_ids: [(await upload()).id],
    });
    await page.goto(`${reference.url}/customer`);
    await page.getByLabel('Email').fill('alice@acme.test');
    await page.getByLabel('Password').fill('helpdock-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const dashboard = page.locator('helpdock-customer-portal');
    await dashboard.getByRole('button', { name: /Cannot sign in on the mobile app/ }).click();
    const customerChip = dashboard
      .locator('.message', { hasText: 'Try this build.' })
      .getByRole('button', { name: /diagram\.png/ });
    await expect(customerChip).toBeVisible();
    await expect(customerChip.locator('img.thumb')).toHaveAttribute('src', /^blob:/);
    const download = page.waitForEvent('download');
    await customerChip.click();
    expect((await download).suggestedFilename()).toBe('diagram.png');
  });
});

test('screenshots and axe: the composer with files and received chips, phone and desktop, light and dark', async ({
  page,
  reference,
}) => {
  const dialog = await startConversation(page, reference.url, blobImagesCsp, 'Screenshots of files');
  const client = await reference.staff();
  const threads = await client.support.threads.list({ q: 'Screenshots of files' });
  const upload = (name: string, type: string, body: Buffer) =>
    client.support.attachments.upload(new Blob([body], { type }), { filename: name });
  await client.support.threads.addMessage(threads.data[0]!.id, {
    message_text: 'Here is the return label and our policy.',
    attachment_ids: [
      (await upload('return-label.png', 'image/png', png)).id,
      (await upload('returns-policy.pdf', 'application/pdf', pdf)).id,
    ],
  });
  await expect(dialog.locator('.message.agent img.thumb')).toBeVisible();
  await attach(
    page,
    dialog,
    { name: 'parcel-photo-front.png', mimeType: 'image/png', buffer: png },
    { name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') },
  );
  await expect(dialog.locator('.pending-file', { hasText: 'parcel-photo-front.png' })).toContainText('Ready');
  await dialog.getByLabel('Your reply').fill('Thanks! Photo attached.');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const theme of ['light', 'dark'] as const) {
    await page
      .locator('helpdock-bubble')
      .evaluate((bubble, value) => bubble.setAttribute('theme', value), theme);
    for (const [label, width, height] of [
      ['phone', 390, 844],
      ['desktop', 1280, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `${shots}chips-${label}-${theme}.png` });
    }
    // Chips, thumbnails, progress and per-file errors pass axe in both themes.
    const results = await new AxeBuilder({ page }).include('helpdock-bubble').analyze();
    expect(results.violations).toEqual([]);
  }
});
