import { HelpdockClient } from '@helpdock/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeHost, referenceFixture, until } from '../../test/reference-host.js';
import { AnonymousChatController } from './anonymous-chat.controller.js';

const form = {
  name: 'Ana',
  email: 'ana@example.com',
  subject: 'Order late',
  message: 'Where is order 1042?',
};

describe('AnonymousChatController against the reference server', () => {
  const reference = referenceFixture();
  const controllers: AnonymousChatController[] = [];

  const chat = (): AnonymousChatController => {
    const created = new AnonymousChatController(fakeHost(reference.newBase()));
    created.hostConnected();
    controllers.push(created);
    return created;
  };

  afterEach(() => {
    for (const created of controllers.splice(0)) created.hostDisconnected();
  });

  it('starts a conversation, delivers a reply once, counts unread agent messages and resumes it', async () => {
    const support = chat();
    const base = support.host.base!;
    await until(() => base.loaded);
    expect(support.conversationId).toBeNull();
    expect(base.config?.support_bubble_enabled).toBe(true);
    expect(reference.events).toEqual(['ready']);

    expect(await support.submitTicket(form)).toBe(true);
    expect(reference.events).toContain('ticket-created');
    const threadId = support.conversationId!;

    support.reply('  It was due Monday.  ');
    expect(support.messages.at(-1)).toMatchObject({ text: 'It was due Monday.', state: 'pending' });
    await until(() => support.messages.every((m) => m.state === 'sent') && support.messages.length === 2);

    const staff = new HelpdockClient({ baseUrl: reference.server().url });
    await staff.auth.login({ email: 'ops@acme.test', password: 'helpdock-demo' });
    await staff.support.threads.addMessage(threadId, { message_text: 'It ships today.' });
    await until(() => support.messages.some((m) => m.text === 'It ships today.'));
    expect(base.unread).toBe(1);
    base.setPanelOpen(true);
    expect(base.unread).toBe(0);

    const stored = await staff.support.threads.retrieve(threadId);
    expect(stored.messages.map((m) => m.message_text)).toEqual([
      'Where is order 1042?',
      'It was due Monday.',
      'It ships today.',
    ]);

    const reloaded = chat();
    await until(() => reloaded.messages.length === 3);
    expect(reloaded.conversationId).toBe(threadId);
    expect(reloaded.messages.map((m) => m.text)).toEqual(stored.messages.map((m) => m.message_text));
  });

  it('keeps the ticket form and explains rate limiting in words', async () => {
    const support = chat();
    const base = support.host.base!;
    await until(() => base.loaded);
    const results: boolean[] = [];
    for (let i = 0; i < 6; i++) {
      support.startOver();
      results.push(await support.submitTicket({ ...form, subject: `Question ${i}` }));
    }
    expect(results).toEqual([true, true, true, true, true, false]);
    expect(base.notice).toBe('errorRateLimited');
    expect(reference.events.filter((name) => name === 'error')).toHaveLength(1);
  });
});
