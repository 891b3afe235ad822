import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { expect, test } from './fixtures.js';

const entry = fileURLToPath(
  new URL('../src/partner-attributes/partner-attributes.component.ts', import.meta.url),
);
const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
const screenshots = fileURLToPath(new URL('./__screenshots__/', import.meta.url));
let bundle = '';

// The script-tag bundle carries only the bubble; this page loads the form from its own source.
test.beforeAll(async () => {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    write: false,
    tsconfig,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]!.text;
});

async function openForm(page: Page, url: string, token: string): Promise<void> {
  await page.route(`${url}/partner.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: bundle }),
  );
  await page.route(`${url}/partner.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><title>Partner settings</title><script src="/partner.js"></script></head>
<body><main><helpdock-partner-attributes api-base="${url}"></helpdock-partner-attributes></main></body></html>`,
    }),
  );
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __events: string[] }).__events = seen;
    for (const name of ['partner-attributes-saved', 'partner-attributes-skipped']) {
      document.addEventListener(`helpdock:${name}`, () => seen.push(name));
    }
  });
  await page.goto(`${url}/partner.html`);
  await page
    .locator('helpdock-partner-attributes')
    .evaluate((el, value) => Object.assign(el, { accessToken: value }), token);
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: string[] }).__events);

test.describe('<helpdock-partner-attributes>', () => {
  test('chooses partners, validates, saves, shows values read-only and never shows the token back', async ({
    page,
    reference,
  }) => {
    const { client, token } = await reference.signIn('ops@acme.test');
    await openForm(page, reference.url, token);
    const form = page.locator('helpdock-partner-attributes');
    await expect(form.getByRole('heading', { name: 'Partner settings' })).toBeVisible();

    await form.getByRole('checkbox', { name: 'Chotot' }).check();
    await form.getByRole('checkbox', { name: 'WhatsApp' }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByText('Please fill in this field.')).toHaveCount(4);
    await expect(form.getByLabel('Chotot ID')).toBeFocused();

    await form.getByLabel('Chotot ID').fill('ct-123');
    await form.getByLabel('Chotot OID').fill('oid-456');
    await form.getByLabel('WhatsApp phone number ID').fill('109876543210');
    const tokenField = form.getByLabel(/WhatsApp system token/);
    await expect(tokenField).toHaveAttribute('type', 'password');
    await tokenField.fill('EAAG-super-secret-token');
    await page.screenshot({ path: `${screenshots}partner-attributes-edit-light.png` });
    await form.getByRole('button', { name: 'Save' }).click();

    await expect(form.getByText('Saved.')).toBeVisible();
    await expect(form.getByText('ct-123')).toBeVisible();
    await expect(form.getByText('oid-456')).toBeVisible();
    await expect(form.locator('dd', { hasText: /^set$/ })).toBeVisible();
    await page.screenshot({ path: `${screenshots}partner-attributes-saved-light.png` });
    expect(await events(page)).toEqual(['partner-attributes-saved']);
    expect(await client.profile.attributes.retrieve()).toEqual({
      chotot: { chotot_id: 'ct-123', chotot_oid: 'oid-456' },
      whatsapp: { whatsapp_phone_number_id: '109876543210', has_system_token: true },
    });

    await form.getByRole('button', { name: 'Edit' }).click();
    await expect(form.getByLabel(/WhatsApp system token/)).toHaveValue('');
    await expect(form.getByText('Leave empty to keep the saved token.')).toBeVisible();
    const shadowHtml = await form.evaluate((el) => el.shadowRoot!.innerHTML);
    expect(shadowHtml).not.toContain('EAAG-super-secret-token');

    await form.getByRole('checkbox', { name: 'Chotot' }).uncheck();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByText('Saved.')).toBeVisible();
    expect(await client.profile.attributes.retrieve()).toEqual({
      chotot: null,
      whatsapp: { whatsapp_phone_number_id: '109876543210', has_system_token: true },
    });
    await expect(form.getByText('Not configured')).toBeVisible();
  });

  test('"Skip for now" saves nothing and tells the page', async ({ page, reference }) => {
    const { client, token } = await reference.signIn('ops@acme.test');
    await openForm(page, reference.url, token);
    const form = page.locator('helpdock-partner-attributes');
    await form.getByRole('checkbox', { name: 'Chotot' }).check();
    await form.getByRole('button', { name: 'Skip for now' }).click();
    expect(await events(page)).toEqual(['partner-attributes-skipped']);
    expect(await client.profile.attributes.retrieve()).toEqual({ chotot: null, whatsapp: null });
  });
});
