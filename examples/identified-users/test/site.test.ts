import { createReferenceServer, DEMO_PASSWORD, type ListeningServer } from '@helpdock/mock-server';
import { HelpdockClient } from '@helpdock/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SiteServer, startSiteServer } from '../src/site-server.js';

let api: ListeningServer;
let site: SiteServer;
let secret: string;

beforeAll(async () => {
  api = await createReferenceServer({ seed: 'demo' }).listen({ port: 0 });
  const admin = new HelpdockClient({ baseUrl: api.url });
  await admin.auth.login({ email: 'admin@acme.test', password: DEMO_PASSWORD });
  secret = (await admin.support.config.rotateIdentitySecret()).secret;
  site = await startSiteServer({ apiOrigin: api.url, identitySecret: secret });
});

afterAll(async () => {
  await site.close();
  await api.close();
});

const signIn = async (username: string, password: string) =>
  fetch(`${site.url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }),
  });
const cookieOf = (response: Response) => response.headers.get('set-cookie')?.split(';')[0] ?? '';
const token = (cookie = '') => fetch(`${site.url}/helpdock-token`, { headers: { cookie } });

describe('examples/identified-users site', () => {
  it('serves the page with the script tag under a CSP without unsafe-inline, and never the secret', async () => {
    const response = await fetch(`${site.url}/`);
    const html = await response.text();
    expect(html).toContain(`src="${api.url}/helpdock.js"`);
    expect(html).toContain('id="sign-in"');
    expect(html).not.toContain(secret);
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
  });

  it('signs no token without a session, nor after a failed sign-in', async () => {
    expect((await token()).status).toBe(401);
    const failed = await signIn('ana', 'wrong');
    expect(failed.status).toBe(303);
    expect(failed.headers.get('location')).toBe('/?sign-in=failed');
    expect(failed.headers.get('set-cookie')).toBeNull();
  });

  it("signs the signed-in user's token, which Helpdock turns into that customer; sign-out ends it", async () => {
    const cookie = cookieOf(await signIn('ana', 'site-demo'));
    const page = await (await fetch(`${site.url}/`, { headers: { cookie } })).text();
    expect(page).toContain('Signed in as Ana Lima');
    expect(page).toContain('data-signed-in="true"');

    const answer = await token(cookie);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const { userJwt } = (await answer.json()) as { userJwt: string };
    const session = await new HelpdockClient({ baseUrl: api.url, siteKey: 'pk_acme_demo' }).public.identify({
      user_jwt: userJwt,
    });
    expect(session.customer).toMatchObject({ name: 'Ana Lima', email: 'ana@garden.test' });

    const signedOut = await fetch(`${site.url}/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie },
    });
    expect(signedOut.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await token(cookie)).status).toBe(401);
  });
});
