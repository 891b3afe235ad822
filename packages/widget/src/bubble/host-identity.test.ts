import { HelpdockClient } from '@helpdock/sdk';
import { signIdentityToken } from '@helpdock/sdk/identity';
import { afterEach, describe, expect, it } from 'vitest';
import { manualTimers } from '../../test/fake-timers.js';
import { fakeHost, referenceFixture, until } from '../../test/reference-host.js';
import { AnonymousChatController, portalSessionToken } from '../anonymous-chat/anonymous-chat.controller.js';
import { SupportBase } from '../core/support-base.js';
import { CustomerTicketsController } from '../customer-tickets/customer-tickets.controller.js';
import { HostIdentity } from './host-identity.js';

const form = {
  name: 'Ana',
  email: 'ana@shop.test',
  subject: 'Parcel missing',
  message: 'Order 9 never came.',
};
const unauthorized = Object.assign(new Error('Unauthorized'), { status: 401 });

describe('HostIdentity against the reference server', () => {
  const reference = referenceFixture();
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  const admin = async (): Promise<HelpdockClient> => {
    const client = new HelpdockClient({ baseUrl: reference.server().url });
    await client.auth.login({ email: 'admin@acme.test', password: 'helpdock-demo' });
    return client;
  };
  const secret = async (): Promise<string> =>
    (await (await admin()).support.config.rotateIdentitySecret()).secret;
  const join = <C extends { hostConnected(): void; hostDisconnected(): void }>(controller: C): C => {
    controller.hostConnected();
    cleanups.push(() => controller.hostDisconnected());
    return controller;
  };
  /** Identifications the server answered. */
  let identified = 0;
  /** What happens to the anonymous visitor's replies: none reach the server, or their answer is lost. */
  let portalReplies: 'pass' | 'offline' | 'lose-answer' = 'pass';
  const loadedBase = async (): Promise<SupportBase> => {
    identified = 0;
    portalReplies = 'pass';
    const base = new SupportBase({
      emit() {},
      fetch: async (input, init) => {
        const { method, url } = new Request(input, init);
        const portalReply = method === 'POST' && /\/portal\/[^/]+\/messages$/.test(url);
        if (portalReply && portalReplies === 'offline') throw new TypeError('Failed to fetch');
        const response = await fetch(input, init);
        if (portalReply && portalReplies === 'lose-answer') throw new TypeError('Failed to fetch');
        if (url.endsWith('/public/identify') && response.ok) identified += 1;
        return response;
      },
    });
    base.connect({ apiBase: reference.server().url, siteKey: 'pk_acme_demo' });
    cleanups.push(() => base.dispose());
    await until(() => base.loaded);
    return base;
  };

  it('signs the user in without a reload: the anonymous conversation, with its attributes, becomes a ticket', async () => {
    const key = await secret();
    const base = await loadedBase();
    const anonymous = join(new AnonymousChatController(fakeHost(base)));
    base.attributes = { plan: 'pro' };
    expect(await anonymous.submitTicket(form)).toBe(true);
    expect(base.attributes).toBeNull();
    const threadId = anonymous.conversationId!;

    const identity = new HostIdentity(base, manualTimers());
    await identity.identify({ userJwt: await signIdentityToken(key, { sub: 'shop-1', email: form.email }) });
    expect(base.customer).not.toBeNull();
    expect(portalSessionToken(base.store!)).toBeUndefined();
    const tickets = join(new CustomerTicketsController(fakeHost(base)));
    await until(() => tickets.tickets.length > 0);
    expect(tickets.tickets.map((t) => t.id)).toEqual([threadId]);
    expect((await (await admin()).support.threads.retrieve(threadId)).custom_attributes).toEqual({
      plan: 'pro',
    });

    identity.signOut();
    base.reset();
    expect(base.customer).toBeNull();
    expect(tickets.tickets).toEqual([]);
  });

  it('asks getUserJwt again before the access token expires, and once after a 401, never in a loop', async () => {
    const key = await secret();
    const base = await loadedBase();
    const timers = manualTimers();
    let calls = 0;
    const identity = new HostIdentity(base, timers);
    await identity.identify({
      getUserJwt: () => {
        calls += 1;
        return signIdentityToken(key, { sub: 'shop-2', email: 'ben@shop.test' });
      },
    });
    expect([calls, identified]).toEqual([1, 1]);

    timers.advance(24 * 3600_000);
    await until(() => identified === 2);
    expect(calls).toBe(2);
    expect(timers.pending()).toBe(1);

    base.report(unauthorized);
    expect(base.notice).toBeNull();
    await until(() => identified === 3);
    // The token a 401 renewed is refused too: the customer sees it; the site is not asked again.
    base.report(unauthorized);
    expect(base.notice).toBe('errorExpired');
    expect(calls).toBe(3);
  });

  /** How often the thread holds a message with `text`, as staff see it. */
  const storedTimes = async (threadId: string, text: string): Promise<number> =>
    (await (await admin()).support.threads.retrieve(threadId)).messages.filter((m) => m.message_text === text)
      .length;

  it('resends a reply that a 401 refused once the token is renewed, instead of leaving it failed', async () => {
    const key = await secret();
    const base = await loadedBase();
    await new HostIdentity(base, manualTimers()).identify({
      getUserJwt: () => signIdentityToken(key, { sub: 'shop-5', email: 'cy@shop.test' }),
    });
    const tickets = join(new CustomerTicketsController(fakeHost(base)));
    expect(await tickets.createTicket({ subject: 'Wrong size', message: 'The shoes are too small.' })).toBe(
      true,
    );
    const ticketId = tickets.ticket!.id;

    // The access token stops working (say the server restarted with another key): refused with a 401.
    base.renewCustomer('no-longer-a-valid-token', false);
    tickets.reply('Can I swap them for a 42?');
    await until(() => identified === 2);
    await until(() => base.outbox!.items.length === 0);
    expect(await storedTimes(ticketId, 'Can I swap them for a 42?')).toBe(1);
    expect(tickets.messages.map((m) => m.text)).toContain('Can I swap them for a 42?');
    expect(base.notice).toBeNull();
  });

  it('sends a reply still queued for the anonymous conversation on the ticket it became, once', async () => {
    const key = await secret();
    const base = await loadedBase();
    const anonymous = join(new AnonymousChatController(fakeHost(base)));
    expect(await anonymous.submitTicket(form)).toBe(true);
    const threadId = anonymous.conversationId!;
    portalReplies = 'offline';
    anonymous.reply('The tracking number is 77.');
    await until(() => base.outbox!.items[0]?.attempts === 1);

    await new HostIdentity(base, manualTimers()).identify({
      userJwt: await signIdentityToken(key, { sub: 'shop-6', email: form.email }),
    });
    expect(base.outbox!.items.map((item) => item.target)).toEqual([{ kind: 'ticket', ticketId: threadId }]);
    const tickets = join(new CustomerTicketsController(fakeHost(base)));
    await until(() => base.outbox!.items.length === 0);
    expect(await storedTimes(threadId, 'The tracking number is 77.')).toBe(1);
    const stored = (await (await admin()).support.threads.retrieve(threadId)).messages.at(-1);
    expect(stored?.author_type).toBe('CUSTOMER');
    await tickets.openTicket(threadId);
    expect(tickets.messages.map((m) => m.text)).toContain('The tracking number is 77.');
  });

  it('sends a queued anonymous reply whose answer was lost on its link before signing in: never twice', async () => {
    const key = await secret();
    const base = await loadedBase();
    const anonymous = join(new AnonymousChatController(fakeHost(base)));
    expect(await anonymous.submitTicket(form)).toBe(true);
    const threadId = anonymous.conversationId!;
    portalReplies = 'lose-answer';
    anonymous.reply('Did this arrive?');
    await until(() => base.outbox!.items[0]?.attempts === 1);
    expect(await storedTimes(threadId, 'Did this arrive?')).toBe(1);
    portalReplies = 'pass';

    await new HostIdentity(base, manualTimers()).identify({
      userJwt: await signIdentityToken(key, { sub: 'shop-7', email: form.email }),
    });
    join(new CustomerTicketsController(fakeHost(base)));
    expect(base.outbox!.items).toEqual([]);
    expect(await storedTimes(threadId, 'Did this arrive?')).toBe(1);
  });

  it('reports a forged user token once and stays anonymous', async () => {
    await secret();
    const base = await loadedBase();
    let calls = 0;
    await new HostIdentity(base, manualTimers()).identify({
      getUserJwt: () => {
        calls += 1;
        return signIdentityToken('not-the-secret', { sub: 'shop-3', email: 'eve@shop.test' });
      },
    });
    expect(base.customer).toBeNull();
    expect(base.notice).toBe('errorExpired');
    expect(calls).toBe(1);
  });

  it('signOut forgets the stored anonymous conversation', async () => {
    const base = await loadedBase();
    const anonymous = join(new AnonymousChatController(fakeHost(base)));
    expect(await anonymous.submitTicket(form)).toBe(true);
    expect(portalSessionToken(base.store!)).toBeDefined();
    new HostIdentity(base, manualTimers()).signOut();
    expect(portalSessionToken(base.store!)).toBeUndefined();
  });
});
