import { createReferenceServer } from '@helpdock/mock-server';
import { HelpdockClient } from '@helpdock/sdk';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** A running reference server for one test. */
export interface Reference {
  url: string;
  /** `Authorization` header value for the control API (`/__helpdock/*`). */
  control: string;
  /** A staff client signed in as ops@acme.test. */
  staff(): Promise<HelpdockClient>;
  /** A client signed in as `email` (password helpdock-demo). */
  signIn(email: string): Promise<{ client: HelpdockClient; token: string }>;
}

/**
 * `reference`: a fresh reference server (demo seed) on a free loopback port, stopped after the
 * test; it serves the demo page at `/` and the built widget at `/helpdock.js`.
 */
export const test = base.extend<{ reference: Reference }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern here.
  reference: async ({}, use) => {
    const server = createReferenceServer({ seed: 'demo' });
    const { url, close, controlToken } = await server.listen({ port: 0, host: '127.0.0.1' });
    const signIn = async (email: string) => {
      const client = new HelpdockClient({ baseUrl: url });
      const login = await client.auth.login({ email, password: 'helpdock-demo' });
      return { client, token: login.access_token };
    };
    await use({
      url,
      control: `Bearer ${controlToken}`,
      staff: async () => (await signIn('ops@acme.test')).client,
      signIn,
    });
    await close();
  },
});

export { expect };

/** The bubble's launcher button (inside its shadow root; Playwright locators pierce it). */
export const launcher = (page: Page): Locator => page.locator('helpdock-bubble').locator('.launcher');

/** The bubble's panel. */
export const panel = (page: Page): Locator => page.locator('helpdock-bubble').getByRole('dialog');

/** Fills and sends the anonymous ticket form. */
export async function sendTicket(
  page: Page,
  values: { name?: string; email?: string; subject?: string; message: string },
): Promise<void> {
  const dialog = panel(page);
  await dialog.getByLabel('Your name').fill(values.name ?? 'Ana Visitor');
  await dialog.getByLabel('Email').fill(values.email ?? 'ana@example.com');
  await dialog.getByLabel('Subject').fill(values.subject ?? 'Cannot sign in');
  await dialog.getByLabel('Message', { exact: true }).fill(values.message);
  await dialog.getByRole('button', { name: 'Send' }).click();
}

/** Records every `helpdock:*` event from the page's start in `window.__helpdockEvents`. */
export async function recordEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __helpdockEvents: string[] }).__helpdockEvents = seen;
    for (const name of ['ready', 'open', 'close', 'ticket-created', 'message', 'error']) {
      document.addEventListener(`helpdock:${name}`, () => seen.push(name));
    }
  });
}

/** The `helpdock:*` events seen so far (see {@link recordEvents}). */
export function recordedEvents(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __helpdockEvents: string[] }).__helpdockEvents);
}

/** Options of {@link hostPage}. */
export interface HostPageOptions {
  /** `data-*` attributes of the script tag, without the prefix (`{ locale: 'es' }`). */
  data?: Record<string, string>;
  /** A `Content-Security-Policy` header for the page. */
  csp?: string;
  /** Extra markup in `<body>`. */
  body?: string;
  /** Extra scripts (same origin) loaded before the widget. */
  scripts?: string[];
  /** Extra markup in `<head>` (a page stylesheet, say). */
  head?: string;
}

/**
 * Serves a plain host page at `<reference>/host.html` (same origin as the API, like the demo page)
 * that embeds the bubble with one script tag, and opens it.
 */
export async function hostPage(page: Page, url: string, options: HostPageOptions = {}): Promise<void> {
  const data = Object.entries({ 'site-key': 'pk_acme_demo', ...options.data })
    .map(([name, value]) => ` data-${name}="${value}"`)
    .join('');
  const scripts = (options.scripts ?? []).map((src) => `<script src="${src}"></script>`).join('');
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme Store</title>${options.head ?? ''}${scripts}<script src="/helpdock.js"${data} async></script></head>
<body><main><h1>Acme Store</h1><p>Welcome to our shop.</p>${options.body ?? ''}</main></body></html>`;
  await page.route(`${url}/host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: options.csp ? { 'Content-Security-Policy': options.csp } : {},
      body: html,
    }),
  );
  await page.goto(`${url}/host.html`);
}

/** A strict Content Security Policy: no inline scripts or styles, same-origin everything. */
export const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'";

/** Resolves to the thread id of the next `helpdock:ticket-created` event on the page (listen before sending). */
export function ticketCreated(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        document.addEventListener(
          'helpdock:ticket-created',
          (e) => resolve((e as CustomEvent).detail.threadId),
          {
            once: true,
          },
        ),
      ),
  );
}

/** Opens a strict-CSP host page with the script tag, opens the panel and starts a conversation; resolves to its thread id. */
export async function strictConversation(page: Page, url: string, message: string): Promise<string> {
  await hostPage(page, url, { csp: strictCsp });
  await launcher(page).click();
  const created = ticketCreated(page);
  await sendTicket(page, { message });
  const threadId = await created;
  await expect(panel(page).getByLabel('Your reply')).toBeVisible();
  return threadId;
}
