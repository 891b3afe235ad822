import { createReferenceServer, type ListeningServer } from '@helpdock/mock-server';
import { HelpdockClient } from '@helpdock/sdk';
import type { ReactiveControllerHost } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../src/controller/storage.js';
import { SupportController } from '../src/controller/support-controller.js';

/** The smallest Lit host: counts update requests. */
function fakeHost(): ReactiveControllerHost & { updates: number } {
  return {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      this.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
}

async function until(check: () => boolean, timeoutMs = 8000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('Timed out waiting for the controller');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const form = {
  name: 'Ana',
  email: 'ana@example.com',
  subject: 'Order late',
  message: 'Where is order 1042?',
};

describe('SupportController against the reference server', () => {
  let server: ListeningServer;
  const controllers: SupportController[] = [];
  const events: string[] = [];

  const controller = (): SupportController => {
    const created = new SupportController(fakeHost(), { emit: (name) => events.push(name) });
    created.hostConnected();
    created.connect({ apiBase: server.url, siteKey: 'pk_acme_demo' });
    controllers.push(created);
    return created;
  };

  beforeEach(async () => {
    // A page's localStorage, shared by every controller of the test (as by the tabs of one site).
    (globalThis as { localStorage?: unknown }).localStorage = memoryStore();
    server = await createReferenceServer({ seed: 'demo' }).listen({ port: 0, host: '127.0.0.1' });
    events.length = 0;
  });

  afterEach(async () => {
    for (const created of controllers.splice(0)) created.hostDisconnected();
    delete (globalThis as { localStorage?: unknown }).localStorage;
    await server.close();
  });

  it('starts a conversation, delivers a reply once, counts unread agent messages and resumes it', async () => {
    const support = controller();
    await until(() => support.loaded);
    expect(support.view).toBe('form');
    expect(support.config?.support_bubble_enabled).toBe(true);
    expect(events).toEqual(['ready']);

    expect(await support.submitTicket(form)).toBe(true);
    expect(support.view).toBe('conversation');
    expect(events).toContain('ticket-created');
    const threadId = support.conversationId!;

    support.reply('  It was due Monday.  ');
    expect(support.messages.at(-1)).toMatchObject({ text: 'It was due Monday.', state: 'pending' });
    await until(() => support.messages.every((m) => m.state === 'sent') && support.messages.length === 2);

    const staff = new HelpdockClient({ baseUrl: server.url });
    await staff.auth.login({ email: 'ops@acme.test', password: 'helpdock-demo' });
    await staff.support.threads.addMessage(threadId, { message_text: 'It ships today.' });
    await until(() => support.messages.some((m) => m.text === 'It ships today.'));
    expect(support.unread).toBe(1);
    support.setPanelOpen(true);
    expect(support.unread).toBe(0);

    const stored = await staff.support.threads.retrieve(threadId);
    expect(stored.messages.map((m) => m.message_text)).toEqual([
      'Where is order 1042?',
      'It was due Monday.',
      'It ships today.',
    ]);

    const reloaded = controller();
    await until(() => reloaded.loaded);
    expect(reloaded.view).toBe('conversation');
    expect(reloaded.messages.map((m) => m.text)).toEqual(stored.messages.map((m) => m.message_text));
  });

  it('keeps the ticket form and explains rate limiting in words', async () => {
    const support = controller();
    await until(() => support.loaded);
    const results: boolean[] = [];
    for (let i = 0; i < 6; i++) {
      support.startOver();
      results.push(await support.submitTicket({ ...form, subject: `Question ${i}` }));
    }
    expect(results).toEqual([true, true, true, true, true, false]);
    expect(support.notice).toBe('errorRateLimited');
    expect(events.filter((name) => name === 'error')).toHaveLength(1);
  });

  it('shows a signed-in customer their tickets', async () => {
    const client = new HelpdockClient({ baseUrl: server.url });
    const login = await client.auth.login({ email: 'alice@acme.test', password: 'helpdock-demo' });
    const support = controller();
    await support.identify(login.access_token);
    await until(() => support.loaded && support.tickets.length > 0);
    expect(support.view).toBe('tickets');
    const mine = (await client.customers.me.tickets.list({ limit: 50 })).data.map((t) => t.id).sort();
    expect(support.tickets.map((t) => t.id).sort()).toEqual(mine);
    expect(await support.openTicket(mine[0]!)).toBe(true);
    expect(support.view).toBe('ticket');
  });
});
