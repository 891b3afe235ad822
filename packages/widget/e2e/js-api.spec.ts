import type { Page } from '@playwright/test';
import {
  expect,
  hostPage,
  launcher,
  panel,
  type Reference,
  sendTicket,
  strictCsp,
  test,
} from './fixtures.js';

/** Holds the panel bundle (`helpdock-panel.js`) until `release()`; `asked` resolves once the page requested it. */
async function holdPanel(page: Page, url: string): Promise<{ asked: Promise<void>; release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let requested!: () => void;
  const asked = new Promise<void>((resolve) => {
    requested = resolve;
  });
  await page.route(`${url}/helpdock-panel.js`, async (route) => {
    requested();
    await released;
    await route.continue();
  });
  return { asked, release };
}

/** Calls `window.Helpdock(command, ...args)` in the page (arguments must be JSON). */
function helpdock(page: Page, command: string, ...args: unknown[]): Promise<unknown> {
  return page.evaluate(
    ([name, rest]) =>
      (window as unknown as { Helpdock: (c: string, ...a: unknown[]) => unknown }).Helpdock(
        name as string,
        ...(rest as unknown[]),
      ),
    [command, args] as const,
  );
}

/** Whether the panel bundle has defined `<helpdock-bubble>`. */
const panelLoaded = (page: Page): Promise<boolean> =>
  page.evaluate(() => customElements.get('helpdock-bubble') !== undefined);

/** Records every CSP violation of the page in `window.__violations`. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** Starts a conversation on a strict page, then closes the panel; resolves to its thread id. */
async function conversationThenClose(page: Page, reference: Reference): Promise<string> {
  await hostPage(page, reference.url, { csp: strictCsp });
  await launcher(page).click();
  await sendTicket(page, { message: 'Where is my order?' });
  await expect(panel(page).getByLabel('Your reply')).toBeVisible();
  await panel(page).getByRole('button', { name: 'Close' }).click();
  await expect(panel(page)).toBeHidden();
  const staff = await reference.staff();
  const { data } = await staff.support.threads.list({ limit: 1 });
  return data[0]!.id;
}

test.describe('script-tag loader and JS API', () => {
  test('paints the launcher before the panel loads, loads it on intent, and a click opens it when it arrives', async ({
    page,
    reference,
  }) => {
    await recordViolations(page);
    // No hover zoom on the launcher, so its box can be compared before and after.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const held = await holdPanel(page, reference.url);
    await hostPage(page, reference.url, { csp: strictCsp, data: { theme: 'dark', position: 'left' } });
    await expect(launcher(page)).toBeVisible();
    await expect(launcher(page)).toHaveAccessibleName('Open support chat');
    await expect(launcher(page)).toHaveAttribute('aria-expanded', 'false');
    // The loader's own launcher, styled by its constructable stylesheet (dark accent, left corner).
    expect(await panelLoaded(page)).toBe(false);
    expect(await launcher(page).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(129, 140, 248)',
    );
    const box = await launcher(page).boundingBox();
    expect(box!.x).toBeLessThan(100);

    await launcher(page).hover();
    await held.asked;
    await launcher(page).click();
    expect(await panelLoaded(page)).toBe(false);
    held.release();
    await expect(panel(page)).toBeVisible();
    await expect(panel(page).getByLabel('Your name')).toBeFocused();
    // One launcher: the bubble's own replaced the loader's, in the same corner.
    await expect(launcher(page)).toHaveCount(1);
    await expect(launcher(page)).toHaveAccessibleName('Close support chat');
    expect((await launcher(page).boundingBox())!.x).toBe(box!.x);
    expect(await violations(page)).toEqual([]);
  });

  test('keeps keyboard focus on the launcher when the panel takes over', async ({ page, reference }) => {
    const held = await holdPanel(page, reference.url);
    await hostPage(page, reference.url, { csp: strictCsp });
    await expect(launcher(page)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(launcher(page)).toBeFocused();
    await held.asked;
    held.release();
    await expect.poll(() => panelLoaded(page)).toBe(true);
    await expect(launcher(page)).toHaveCount(1);
    await expect(launcher(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel(page)).toBeVisible();
  });

  test('caches the public config: the next page view of a disabled bubble draws nothing', async ({
    page,
    reference,
  }) => {
    const { client: admin } = await reference.signIn('admin@acme.test');
    await admin.support.config.update({ SUPPORT_BUBBLE_ENABLED: false });
    await hostPage(page, reference.url, { csp: strictCsp });
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('helpdock:pk_acme_demo:public-config')))
      .toContain('"etag"');
    await expect(launcher(page)).toHaveCount(0);

    // Second view: the config request is held, yet no launcher appears (the cache said disabled).
    let releaseConfig!: () => void;
    const configHeld = new Promise<void>((resolve) => {
      releaseConfig = resolve;
    });
    let configAsked!: () => void;
    const asked = new Promise<void>((resolve) => {
      configAsked = resolve;
    });
    await page.route(`${reference.url}/api/support/public/config`, async (route) => {
      if (route.request().method() === 'GET') {
        configAsked();
        await configHeld;
      }
      await route.continue();
    });
    await page.reload();
    await asked;
    await expect(page.locator('helpdock-bubble')).toBeAttached();
    await expect(launcher(page)).toHaveCount(0);
    releaseConfig();
    await expect(launcher(page)).toHaveCount(0);
  });

  test('loads the panel on idle when a conversation is stored, and reports unread messages', async ({
    page,
    reference,
  }) => {
    const threadId = await conversationThenClose(page, reference);
    await page.reload();
    // No interaction: the stored conversation makes the loader fetch the panel on idle.
    await expect.poll(() => panelLoaded(page)).toBe(true);
    await page.evaluate(() => {
      const w = window as unknown as {
        counts: number[];
        events: number[];
        Helpdock: (c: string, ...a: unknown[]) => unknown;
      };
      w.counts = [];
      w.events = [];
      w.Helpdock('on', 'unread', (count: { count: number }) => w.counts.push(count.count));
      document.addEventListener('helpdock:unread', (e) => w.events.push(e.detail.count));
    });
    const staff = await reference.staff();
    await staff.support.threads.addMessage(threadId, { message_text: 'Your parcel left today.' });
    await expect(page.locator('helpdock-bubble').locator('.badge')).toHaveText('1');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { counts: number[] }).counts))
      .toEqual([1]);
    await launcher(page).click();
    await expect(panel(page).getByText('Your parcel left today.')).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { events: number[] }).events))
      .toEqual([1, 0]);
  });

  test('hide and show the whole bubble, before and after the panel loaded', async ({ page, reference }) => {
    await hostPage(page, reference.url, { csp: strictCsp });
    await expect(launcher(page)).toBeVisible();
    await helpdock(page, 'hide');
    await expect(launcher(page)).toBeHidden();
    expect(await panelLoaded(page)).toBe(false);
    await helpdock(page, 'show');
    await expect(launcher(page)).toBeVisible();

    await helpdock(page, 'open');
    await expect(panel(page)).toBeVisible();
    await helpdock(page, 'hide');
    await expect(panel(page)).toBeHidden();
    await expect(launcher(page)).toBeHidden();
    await expect(page.locator('helpdock-bubble')).not.toHaveAttribute('open');
    await page.locator('helpdock-bubble').evaluate((el) => (el as HTMLElement & { show(): void }).show());
    await expect(launcher(page)).toBeVisible();
    await expect(panel(page)).toBeHidden();
  });

  test('setLocale switches the launcher before the panel loads, then the panel live', async ({
    page,
    reference,
  }) => {
    await recordViolations(page);
    await hostPage(page, reference.url, { csp: strictCsp });
    await expect(launcher(page)).toHaveAccessibleName('Open support chat');
    await helpdock(page, 'setLocale', 'pt-BR');
    await expect(launcher(page)).toHaveAccessibleName('Abrir o chat de suporte');
    expect(await panelLoaded(page)).toBe(false);
    await launcher(page).click();
    await expect(panel(page).getByRole('heading', { name: 'Suporte' })).toBeVisible();
    await helpdock(page, 'setLocale', 'es');
    await expect(panel(page).getByRole('heading', { name: 'Soporte' })).toBeVisible();
    await expect(panel(page).getByLabel('Correo electrónico')).toBeVisible();
    await page
      .locator('helpdock-bubble')
      .evaluate((el) => (el as HTMLElement & { setLocale(l: string): Promise<void> }).setLocale('en'));
    await expect(panel(page).getByRole('heading', { name: 'Support' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test("data-launcher: the site's own buttons open the panel, even ones added later", async ({
    page,
    reference,
  }) => {
    await recordViolations(page);
    const held = await holdPanel(page, reference.url);
    await hostPage(page, reference.url, {
      csp: strictCsp,
      data: { launcher: '.help' },
      body: '<button class="help" id="help" type="button">Help</button>',
    });
    const help = page.locator('#help');
    await expect(help).toHaveAttribute('aria-expanded', 'false');
    await expect(launcher(page)).toHaveCount(0);
    await help.click();
    await held.asked;
    held.release();
    await expect(panel(page)).toBeVisible();
    await expect(help).toHaveAttribute('aria-expanded', 'true');
    await expect(launcher(page)).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    await expect(help).toHaveAttribute('aria-expanded', 'false');
    await expect(help).toBeFocused();

    await page.evaluate(() => {
      const later = document.createElement('a');
      later.className = 'help';
      later.href = '#contact';
      later.textContent = 'Contact us';
      document.querySelector('main')!.append(later);
    });
    await page.getByRole('link', { name: 'Contact us' }).click();
    await expect(panel(page)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Contact us' })).toHaveAttribute('aria-expanded', 'true');
    expect(new URL(page.url()).hash).toBe('');
    await page.getByRole('link', { name: 'Contact us' }).click();
    await expect(panel(page)).toBeHidden();
    expect(await violations(page)).toEqual([]);
  });

  test('data-launcher: the unread count still reaches on("unread")', async ({ page, reference }) => {
    await hostPage(page, reference.url, {
      csp: strictCsp,
      data: { launcher: '#help' },
      body: '<button id="help" type="button">Help</button>',
    });
    await page.locator('#help').click();
    await sendTicket(page, { message: 'Custom launcher question' });
    await expect(panel(page).getByLabel('Your reply')).toBeVisible();
    await page.locator('#help').click();
    await expect(panel(page)).toBeHidden();
    await page.evaluate(() => {
      const w = window as unknown as { counts: number[]; Helpdock: (c: string, ...a: unknown[]) => unknown };
      w.counts = [];
      w.Helpdock('on', 'unread', (detail: { count: number }) => w.counts.push(detail.count));
    });
    const staff = await reference.staff();
    const { data } = await staff.support.threads.list({ limit: 1 });
    await staff.support.threads.addMessage(data[0]!.id, { message_text: 'We are on it.' });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { counts: number[] }).counts))
      .toEqual([1]);
  });
});
