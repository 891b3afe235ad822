import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReferenceServer, type ListeningServer } from '../src/index.js';
import { preferredLanguage } from '../src/pages/html.js';

let listening: ListeningServer;

beforeEach(async () => {
  listening = await createReferenceServer({ seed: 'demo' }).listen({ port: 0 });
});

afterEach(async () => {
  await listening.close();
});

const page = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${listening.url}${path}`, { headers });
  return { response, html: await response.text() };
};

describe('full-page components served by the reference server', () => {
  it('serves /portal/{token} as a strict-CSP page with <helpdock-portal> for that token', async () => {
    const { response, html } = await page('/portal/abc_DEF-123', { 'accept-language': 'es-MX,es;q=0.9' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('<html lang="es-MX">');
    expect(html).toContain(`<helpdock-portal api-base="${listening.url}" token="abc_DEF-123"`);
    expect(html).toContain('<script src="/helpdock-portal.js" defer></script>');
    expect(html).not.toMatch(/<script>|<style|style="/);
  });

  it('escapes whatever the link’s path holds', async () => {
    const { html } = await page('/portal/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('token="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('serves the customer dashboard demo at /customer with a sign-in form and no token in the page', async () => {
    const { response, html } = await page('/customer');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(html).toContain('<form data-helpdock-sign-in');
    expect(html).toContain('alice@acme.test');
    expect(html).toContain('<helpdock-customer-portal');
    expect(html).not.toMatch(/access-token|accesstoken/i);
    expect(html).toContain('<script src="/helpdock-customer-portal.js" defer></script>');
  });

  it('answers other paths under /portal as before (404 envelope)', async () => {
    const { response } = await page('/portal/a/b');
    expect(response.status).toBe(404);
  });

  it('serves pages to GET only, and /portal/new is the demo link, not a token called "new"', async () => {
    for (const path of ['/customer', '/portal/abc', '/']) {
      const posted = await fetch(`${listening.url}${path}`, { method: 'POST' });
      expect(posted.status, path).toBe(404);
      expect(posted.headers.get('content-type')).toMatch(/json/);
    }
    const fresh = await fetch(`${listening.url}/portal/new`, { redirect: 'manual' });
    expect(fresh.status).toBe(303);
    expect(fresh.headers.get('location')).toMatch(/^\/portal\/[A-Za-z0-9_-]{43}$/);
  });
});

describe('preferredLanguage', () => {
  it('takes the first Accept-Language tag, else English', () => {
    expect(preferredLanguage('vi-VN,vi;q=0.9')).toBe('vi-VN');
    expect(preferredLanguage('*')).toBe('en');
    expect(preferredLanguage('"><x')).toBe('en');
    expect(preferredLanguage(undefined)).toBe('en');
  });
});
