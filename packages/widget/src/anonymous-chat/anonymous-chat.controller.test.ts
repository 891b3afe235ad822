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

  const staffClient = async (): Promise<HelpdockClient> => {
    const staff = new HelpdockClient({ baseUrl: reference.server().url });
    await staff.auth.login({ email: 'ops@acme.test', password: 'helpdock-demo' });
    return staff;
  };
  const noProgress = () => ({ signal: new AbortController().signal, onUploadProgress: () => undefined });

  it('sends files both ways: the visitor attaches, staff reply with a file, the visitor downloads it', async () => {
    const support = chat();
    await until(() => support.host.base!.loaded);
    await support.submitTicket(form);
    const files = support.files!;
    const csv = new File(['id,qty\n1042,2\n'], 'order.csv', { type: 'text/csv' });
    const uploaded = await files.upload!(csv, noProgress());
    expect(uploaded).toMatchObject({ filename: 'order.csv', contentType: 'text/csv', size: csv.size });

    support.reply('Here is the order', [uploaded]);
    expect(support.messages.at(-1)).toMatchObject({ state: 'pending', attachments: [uploaded] });
    await until(() => support.messages.at(-1)?.state === 'sent');
    const staff = await staffClient();
    const threadId = support.conversationId!;
    const stored = await staff.support.threads.retrieve(threadId);
    expect(stored.messages.at(-1)?.attachments.map((file) => file.id)).toEqual([uploaded.id]);

    const note = await staff.support.attachments.upload(
      new Blob(['Label attached.'], { type: 'text/plain' }),
      {
        filename: 'label.txt',
      },
    );
    await staff.support.threads.addMessage(threadId, {
      message_text: 'Your label',
      attachment_ids: [note.id],
    });
    await until(() => support.messages.some((m) => m.text === 'Your label'));
    const received = support.messages.find((m) => m.text === 'Your label')!.attachments![0]!;
    expect(received).toEqual({ id: note.id, filename: 'label.txt', size: 15, contentType: 'text/plain' });
    expect(await (await files.load(received)).text()).toBe('Label attached.');
    const direct = await fetch(files.href!(received)!);
    expect(direct.status).toBe(200);
    expect(await direct.text()).toBe('Label attached.');
  });

  it('keeps the uploaded files of a queued reply across a reload and sends them once, when it can', async () => {
    const first = chat();
    await until(() => first.host.base!.loaded);
    await first.submitTicket(form);
    const threadId = first.conversationId!;
    const uploaded = await first.files!.upload!(
      new File(['x'], 'note.txt', { type: 'text/plain' }),
      noProgress(),
    );
    // Nobody delivers portal replies while the controller is away: the reply waits in storage.
    first.hostDisconnected();
    const base = first.host.base!;
    base.outbox!.enqueue({ kind: 'portal', threadId }, 'Sent later', { attachments: [uploaded] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(base.outbox!.items).toHaveLength(1);
    base.dispose();

    // As in the bubble, the conversation joins its base once the config has loaded.
    const reloadedBase = reference.newBase();
    await until(() => reloadedBase.loaded);
    const reloaded = new AnonymousChatController(fakeHost(reloadedBase));
    reloaded.hostConnected();
    controllers.push(reloaded);
    await until(() => reloaded.messages.some((m) => m.text === 'Sent later' && m.state === 'sent'));
    const stored = await (await staffClient()).support.threads.retrieve(threadId);
    const later = stored.messages.filter((m) => m.message_text === 'Sent later');
    expect(later).toHaveLength(1);
    expect(later[0]?.attachments.map((file) => file.id)).toEqual([uploaded.id]);
  });

  it('shows support typing until their message arrives, and tells staff the visitor types', async () => {
    const support = chat();
    const base = support.host.base!;
    await until(() => base.loaded);
    expect(await support.submitTicket(form)).toBe(true);
    const threadId = support.conversationId!;

    const staff = new HelpdockClient({ baseUrl: reference.server().url });
    await staff.auth.login({ email: 'ops@acme.test', password: 'helpdock-demo' });
    const typing: { thread_id: string; author_type: string }[] = [];
    const stop = new AbortController();
    let connected = false;
    void (async () => {
      for await (const event of staff.support.events({
        signal: stop.signal,
        onOpen: () => (connected = true),
      })) {
        if (event.type === 'typing') typing.push(event.data);
      }
    })().catch(() => undefined);
    await until(() => connected);

    expect(support.supportTyping).toBe(false);
    await staff.support.threads.typing(threadId);
    await until(() => support.supportTyping);
    await staff.support.threads.addMessage(threadId, { message_text: 'Found it.' });
    await until(() => support.messages.some((m) => m.text === 'Found it.'));
    expect(support.supportTyping).toBe(false);

    base.setPanelOpen(true);
    support.typed('');
    support.typed('Thanks!');
    support.typed('Thanks!!');
    await until(() => typing.length > 0);
    stop.abort();
    expect(typing).toEqual([{ thread_id: threadId, author_type: 'EXTERNAL', at: expect.any(String) }]);
  });
});
