import { describe, expect, it } from 'vitest';
import { signIdentityToken } from '../../src/identity/index.js';
import { AuthenticationError, HelpdockClient, UnprocessableEntityError } from '../../src/index.js';
import type { Harness, Mode } from './harness.js';

const ADMIN = 'admin@acme.test';
const SITE_KEY = 'pk_acme_demo';

/** Host-signed identity and thread custom attributes through the SDK (SPEC §2). */
export function identitySuite(mode: Mode, h: Harness): void {
  const rotate = async () => {
    const admin = await h.signIn(ADMIN);
    return { admin, ...(await admin.support.config.rotateIdentitySecret()) };
  };

  describe(`host-signed identity (${mode})`, () => {
    it('rotates the secret (shown once) and signs a site user in as a customer', async () => {
      const { admin, secret } = await rotate();
      const config = await admin.support.config.retrieve();
      expect(config.identity_secret_set).toBe(true);
      expect(JSON.stringify(config)).not.toContain(secret);

      const userJwt = await signIdentityToken(secret, {
        sub: 'shop-42',
        email: 'ana@shop.test',
        name: 'Ana',
      });
      const session = await h.client({ siteKey: SITE_KEY }).public.identify({ user_jwt: userJwt });
      expect(session.customer).toMatchObject({ name: 'Ana', email: 'ana@shop.test' });
      const customer = new HelpdockClient({ baseUrl: h.url(), accessToken: session.access_token });
      await expect(customer.customers.me.retrieve()).resolves.toMatchObject({ id: session.customer.id });
    });

    it('carries the anonymous conversation over to the signed-in customer', async () => {
      const { secret } = await rotate();
      const visitor = h.client({ siteKey: SITE_KEY });
      const opened = await visitor.public.createThread({
        name: 'Ana',
        email: 'ana@shop.test',
        subject: 'Before I signed in',
        message_text: 'Where is my parcel?',
        custom_attributes: { cart: 'c-9' },
      });
      expect(opened.thread).not.toHaveProperty('custom_attributes');
      const session = await visitor.public.identify({
        user_jwt: await signIdentityToken(secret, { sub: 'shop-42', email: 'ana@shop.test' }),
        portal_token: opened.token,
      });
      const customer = new HelpdockClient({ baseUrl: h.url(), accessToken: session.access_token });
      const tickets = await customer.customers.me.tickets.list();
      expect(tickets.data.map((t) => t.title)).toEqual(['Before I signed in']);
      await expect(visitor.portal(opened.token).context()).rejects.toBeInstanceOf(AuthenticationError);
    });

    it('raises AuthenticationError for a token signed with another secret, and changes nothing', async () => {
      await rotate();
      const visitor = h.client({ siteKey: SITE_KEY });
      const opened = await visitor.public.createThread({
        name: 'Eve',
        email: 'eve@shop.test',
        subject: 'Forged',
        message_text: 'Let me in',
      });
      const forged = await signIdentityToken('guessed-secret', { sub: 'shop-42', email: 'eve@shop.test' });
      await expect(
        visitor.public.identify({ user_jwt: forged, portal_token: opened.token }),
      ).rejects.toBeInstanceOf(AuthenticationError);
      await expect(visitor.portal(opened.token).context()).resolves.toHaveProperty('threads');
    });
  });

  describe(`custom attributes (${mode})`, () => {
    it('are set at creation, merged by update (null removes), and refused when malformed', async () => {
      const admin = await h.signIn(ADMIN);
      const thread = await admin.support.threads.create({
        subject: 'Upgrade',
        initial_message: 'Wants the pro plan',
        custom_attributes: { plan: 'free', seats: 3 },
      });
      expect(thread.custom_attributes).toEqual({ plan: 'free', seats: 3 });
      const updated = await admin.support.threads.update(thread.id, {
        custom_attributes: { plan: 'pro', seats: null },
      });
      expect(updated.custom_attributes).toEqual({ plan: 'pro' });
      await expect(
        admin.support.threads.update(thread.id, { custom_attributes: { 'Bad Key': 1 } }),
      ).rejects.toBeInstanceOf(UnprocessableEntityError);
    });

    it('go with a customer ticket as customAttributes, shown to staff only', async () => {
      const alice = await h.signIn('alice@acme.test');
      const ticket = await alice.customers.me.tickets.create({
        title: 'Refund',
        description: 'Charged twice',
        customAttributes: { order: 'A-1' },
      });
      expect(JSON.stringify(ticket)).not.toContain('A-1');
      const admin = await h.signIn(ADMIN);
      expect((await admin.support.threads.retrieve(ticket.id)).custom_attributes).toEqual({ order: 'A-1' });
    });
  });
}
