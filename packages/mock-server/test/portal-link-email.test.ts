import { CreatedToken, PublicThreadResponse } from '@helpdock/sdk/schemas';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReferenceServer, type ListeningServer, type ReferenceServer } from '../src/index.js';
import { issueDemoPortalToken } from '../src/pages/demo-portal-link.js';
import { call, demoServer, fetchResult, login } from './helpers.js';

/** The emails carrying portal links, as the control API's outbox shows them. */
const linkEmails = async (reference: ReferenceServer) =>
  (await call(reference, '/__helpdock/outbox')).body.data.filter(
    (email: { kind: string }) => email.kind === 'portal.link',
  );

describe('the portal link is emailed to the requester (SPEC §3)', () => {
  let reference: ReferenceServer;
  let admin: string;

  beforeEach(async () => {
    ({ reference } = demoServer());
    admin = await login(reference, 'admin@acme.test');
  });

  const issue = async (json: unknown) => {
    const result = await call(reference, '/api/support/tokens', { json, token: admin });
    expect(result.status).toBe(201);
    return CreatedToken.parse(result.body);
  };

  it('sends a visitor the link of their thread with its expiry, and the outbox shows it whole', async () => {
    const opened = await call(reference, '/api/support/public/threads', {
      json: { name: 'Vera Visitor', email: 'vera@example.com', subject: 'Price?', message_text: 'How much?' },
    });
    const visitorThread = PublicThreadResponse.parse(opened.body).thread;
    const created = await issue({ thread_id: visitorThread.id, expires_in_days: 3 });

    const [email, ...others] = await linkEmails(reference);
    expect(others).toEqual([]);
    expect(email).toMatchObject({
      to: 'vera@example.com',
      thread_id: visitorThread.id,
      tenant_id: 'ten_acme',
    });
    expect(email.subject).toBe('Your support conversation: Price?');
    expect(email.text).toContain('Hello Vera Visitor,');
    expect(email.text).toContain('"Price?"');
    expect(email.text.split('\n')).toContain(created.portal_url);
    // Created 2026-02-01 10:00 UTC (the test clock), three days.
    expect(email.text).toContain('until Wednesday 4 February 2026, 10:00 UTC.');
  });

  it('keeps the token out of the store dump and the audit log', async () => {
    const created = await issue({ thread_id: 'thr_acme_login' });
    expect(JSON.stringify(await linkEmails(reference))).toContain(created.token);

    const dump = await call(reference, '/__helpdock/store');
    expect(dump.status).toBe(200);
    expect(JSON.stringify(dump.body)).not.toContain(created.token);
    const stored = dump.body.outbox.find((email: { kind: string }) => email.kind === 'portal.link');
    expect(stored).toMatchObject({ to: 'alice@acme.test', text: expect.stringMatching(/redacted/) });
    expect(JSON.stringify(reference.store.snapshot())).not.toContain(created.token);

    const audit = await call(reference, '/__helpdock/audit');
    expect(audit.body.data.some((entry: { action: string }) => entry.action === 'token.create')).toBe(true);
    expect(JSON.stringify(audit.body)).not.toContain(created.token);
  });

  it('sends a customer the link of their ticket', async () => {
    const created = await issue({ thread_id: 'thr_acme_login' });
    const [email] = await linkEmails(reference);
    expect(email.to).toBe('alice@acme.test');
    expect(email.text).toContain('Hello Alice');
    expect(email.text).toContain(created.portal_url);
  });

  it('sends an assignment link to the one person who asked in it, naming every thread it opens', async () => {
    const staffThread = await call(reference, '/api/support/threads', {
      json: { subject: 'Parts for order 4411', initial_message: 'Ordered.', assignment_id: 'asg_4411' },
      token: admin,
    });
    expect(staffThread.status).toBe(201);
    const created = await issue({ assignment_id: 'asg_4411' });
    const [email, ...others] = await linkEmails(reference);
    expect(others).toEqual([]);
    expect(email).toMatchObject({ to: 'dana.reyes@example.com', thread_id: null });
    expect(email.subject).toBe('Your 2 support conversations');
    expect(email.text).toContain('- Installation visit for order 4411');
    expect(email.text).toContain('- Parts for order 4411');
    expect(email.text).toContain(created.portal_url);
  });

  it('emails nobody when nobody outside asked, or when several people did', async () => {
    const staffThread = await call(reference, '/api/support/threads', {
      json: { subject: 'Internal check', initial_message: 'Staff only.', assignment_id: 'asg_77' },
      token: admin,
    });
    await issue({ thread_id: staffThread.body.id });
    await issue({ assignment_id: 'asg_77' });
    const ticket = await call(reference, '/api/support/threads', {
      json: {
        subject: 'Bob on the same job',
        initial_message: 'Hi Bob.',
        assignment_id: 'asg_4411',
        customer_id: 'cus_bob',
      },
      token: admin,
    });
    expect(ticket.status).toBe(201);
    // asg_4411 now has Dana's thread and Bob's ticket: one link must not show Bob Dana's thread.
    await issue({ assignment_id: 'asg_4411' });
    expect(await linkEmails(reference)).toEqual([]);
  });

  it('sends nothing for refused input: another tenant’s thread (404) or no scope (422)', async () => {
    const foreign = await call(reference, '/api/support/tokens', {
      json: { thread_id: 'thr_globex_delivery' },
      token: admin,
    });
    expect(foreign.status).toBe(404);
    const unscoped = await call(reference, '/api/support/tokens', { json: {}, token: admin });
    expect(unscoped.status).toBe(422);
    expect(await linkEmails(reference)).toEqual([]);
  });

  it('emails no link for a visitor’s own token (the bubble keeps it) or the landing page’s demo link', async () => {
    await call(reference, '/api/support/public/threads', {
      json: { name: 'V', email: 'v@example.com', subject: 'S', message_text: 'M' },
    });
    expect(await issueDemoPortalToken(reference.store)).toBeDefined();
    expect(await linkEmails(reference)).toEqual([]);
  });
});

describe('the emailed link over HTTP', () => {
  let listening: ListeningServer | undefined;
  afterEach(async () => {
    await listening?.close();
    listening = undefined;
  });

  it('is in GET /__helpdock/outbox (control token only), opens the portal page, and never in GET /__helpdock/store', async () => {
    const reference = createReferenceServer();
    listening = await reference.listen({ port: 0, controlToken: 'control-token-for-this-test' });
    const url = listening.url;
    const signedIn = await fetchResult(url, '/api/auth/login', {
      json: { email: 'ops@acme.test', password: 'helpdock-demo' },
    });
    const created = await fetchResult(url, '/api/support/tokens', {
      json: { assignment_id: 'asg_4411' },
      token: signedIn.body.access_token,
    });
    expect(created.status).toBe(201);
    const { token, portal_url } = created.body as CreatedToken;

    expect((await fetchResult(url, '/__helpdock/outbox')).status).toBe(401);
    const outbox = await fetchResult(url, '/__helpdock/outbox', { token: 'control-token-for-this-test' });
    const email = outbox.body.data.find((m: { kind: string }) => m.kind === 'portal.link');
    expect(email.to).toBe('dana.reyes@example.com');
    const link = (email.text as string).split('\n').find((line) => line.startsWith('http'));
    expect(link).toBe(portal_url);
    expect(link?.startsWith(`${listening.publicUrl}/portal/`)).toBe(true);
    const page = await fetch(link!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<helpdock-portal');

    const dump = await fetchResult(url, '/__helpdock/store', { token: 'control-token-for-this-test' });
    expect(dump.status).toBe(200);
    expect(JSON.stringify(dump.body)).not.toContain(token);
  });
});
