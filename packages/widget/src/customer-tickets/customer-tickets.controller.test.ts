import { HelpdockClient } from '@helpdock/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeHost, referenceFixture, until } from '../../test/reference-host.js';
import { CustomerTicketsController } from './customer-tickets.controller.js';

describe('CustomerTicketsController against the reference server', () => {
  const reference = referenceFixture();
  const controllers: CustomerTicketsController[] = [];

  afterEach(() => {
    for (const created of controllers.splice(0)) created.hostDisconnected();
  });

  it('shows a signed-in customer their tickets and opens one', async () => {
    const client = new HelpdockClient({ baseUrl: reference.server().url });
    const login = await client.auth.login({ email: 'alice@acme.test', password: 'helpdock-demo' });
    const base = reference.newBase();
    base.signIn(login.access_token);
    const customer = new CustomerTicketsController(fakeHost(base));
    customer.hostConnected();
    controllers.push(customer);
    await until(() => base.loaded && customer.tickets.length > 0);
    const mine = (await client.customers.me.tickets.list({ limit: 50 })).data.map((t) => t.id).sort();
    expect(customer.tickets.map((t) => t.id).sort()).toEqual(mine);
    expect(await customer.openTicket(mine[0]!)).toBe(true);
    expect(customer.ticket?.id).toBe(mine[0]);
    expect(customer.messages.length).toBeGreaterThan(0);
  });

  it('shows support typing on the open ticket and tells staff the customer types', async () => {
    const client = new HelpdockClient({ baseUrl: reference.server().url });
    const login = await client.auth.login({ email: 'alice@acme.test', password: 'helpdock-demo' });
    const base = reference.newBase();
    base.signIn(login.access_token);
    base.setPanelOpen(true);
    const customer = new CustomerTicketsController(fakeHost(base));
    customer.hostConnected();
    controllers.push(customer);
    await until(() => base.loaded && customer.tickets.length > 0);
    const ticketId = customer.tickets.find((t) => t.status !== 'closed')!.id;
    expect(await customer.openTicket(ticketId)).toBe(true);

    const staff = new HelpdockClient({ baseUrl: reference.server().url });
    await staff.auth.login({ email: 'ops@acme.test', password: 'helpdock-demo' });
    await staff.support.threads.typing(ticketId);
    await until(() => customer.supportTyping);

    const stop = new AbortController();
    let connected = false;
    const typing: string[] = [];
    void (async () => {
      for await (const event of staff.support.events({
        signal: stop.signal,
        onOpen: () => (connected = true),
      })) {
        if (event.type === 'typing') typing.push(`${event.data.thread_id}:${event.data.author_type}`);
      }
    })().catch(() => undefined);
    await until(() => connected);
    customer.typed('Any news?');
    await until(() => typing.length > 0);
    stop.abort();
    expect(typing).toEqual([`${ticketId}:CUSTOMER`]);
  });
});
