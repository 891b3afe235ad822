import { afterEach, describe, expect, it } from 'vitest';
import { createReferenceServer, type ListeningServer } from '../src/index.js';

let listening: ListeningServer | undefined;

afterEach(async () => {
  await listening?.close();
  listening = undefined;
});

async function start(seed: 'demo' | 'empty' = 'demo') {
  const reference = createReferenceServer({ seed });
  listening = await reference.listen({ port: 0 });
  return { reference, url: listening.url };
}

const strictCsp = (response: Response) => {
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
};

describe('served pages', () => {
  it('serves a landing page with the logins, the bubble and links to every screen, styled by /pages.css', async () => {
    const { url } = await start();
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    strictCsp(page);
    const html = await page.text();
    expect(html).not.toMatch(/<script>|<style|style="/);
    for (const text of [
      'alice@acme.test',
      'helpdock-demo',
      'href="/inbox"',
      'href="/customer"',
      'href="/portal/new"',
      '/__helpdock/',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain('<link rel="stylesheet" href="/pages.css">');
    const css = await fetch(`${url}/pages.css`);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(await css.text()).toContain('prefers-color-scheme: dark');
  });

  it('serves /inbox: a sign-in form with the staff logins only, and its script', async () => {
    const { url } = await start();
    const page = await fetch(`${url}/inbox`);
    expect(page.status).toBe(200);
    strictCsp(page);
    const html = await page.text();
    expect(html).toContain('data-email="ops@acme.test"');
    expect(html).toContain('data-email="admin@globex.test"');
    expect(html).not.toContain('data-email="alice@acme.test"');
    expect(html).toContain('<script src="/inbox-page.js" defer></script>');
    const script = await fetch(`${url}/inbox-page.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
    const source = await script.text();
    expect(() => new Function(source)).not.toThrow();
    expect(source).toContain('helpdock-inbox');
  });

  it('/portal/new issues a fresh portal token for the demo assignment and redirects to its page', async () => {
    const { reference, url } = await start();
    const before = reference.store.state.tokens.length;
    const first = await fetch(`${url}/portal/new`, { redirect: 'manual' });
    const second = await fetch(`${url}/portal/new`, { redirect: 'manual' });
    expect(first.status).toBe(303);
    const location = first.headers.get('location') ?? '';
    expect(location).toMatch(/^\/portal\/[A-Za-z0-9_-]{43}$/);
    expect(second.headers.get('location')).not.toBe(location);
    expect(reference.store.state.tokens.length).toBe(before + 2);
    const token = location.split('/').pop();
    const context = await fetch(`${url}/api/support/portal/${token}`);
    expect(context.status).toBe(200);
    expect((await context.json()).scope).toEqual({ assignment_id: 'asg_4411', thread_id: null });
  });

  it('/portal/new says so without demo data', async () => {
    const { url } = await start('empty');
    const response = await fetch(`${url}/portal/new`, { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('No demo data');
  });
});
