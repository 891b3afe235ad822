import { createReferenceServer } from '@helpdock/mock-server';
import { HelpdockClient } from '@helpdock/sdk';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** A running reference server for one test. */
export interface Reference {
  url: string;
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
  reference: async ({}, use) => {
    const server = createReferenceServer({ seed: 'demo' });
    const { url, close } = await server.listen({ port: 0, host: '127.0.0.1' });
    const signIn = async (email: string) => {
      const client = new HelpdockClient({ baseUrl: url });
      const login = await client.auth.login({ email, password: 'helpdock-demo' });
      return { client, token: login.access_token };
    };
    await use({ url, staff: async () => (await signIn('ops@acme.test')).client, signIn });
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
