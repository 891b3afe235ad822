import {
  createManualClock,
  createReferenceServer,
  type ListeningServer,
  type ManualClock,
} from '@helpdock/mock-server';
import { HelpdockClient } from '@helpdock/sdk';
import type { ReactiveControllerHost } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PortalController } from './portal.controller.js';

/** A stand-in for the browser's EventSource that the test feeds by hand. */
class FakeEventSource extends EventTarget {
  static readonly CLOSED = 2;
  readyState = 1;
  constructor(readonly url: string) {
    super();
  }
  close(): void {
    this.readyState = FakeEventSource.CLOSED;
  }
  emit(type: string, data: unknown): void {
    this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
}

const host = (): ReactiveControllerHost => ({
  addController() {},
  removeController() {},
  requestUpdate() {},
  updateComplete: Promise.resolve(true),
});

async function until(check: () => boolean, timeoutMs = 8000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('Timed out waiting for the controller');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('PortalController against the reference server', () => {
  let clock: ManualClock;
  let server: ListeningServer;
  let staff: HelpdockClient;
  let streams: FakeEventSource[];
  let events: { name: string; detail: unknown }[];

  const portal = (token: string): PortalController => {
    const controller = new PortalController(host(), {
      emit: (name, detail) => events.push({ name, detail }),
      openEvents: (url) => {
        const stream = new FakeEventSource(url);
        streams.push(stream);
        return stream as unknown as EventSource;
      },
    });
    controller.connect({ apiBase: server.url, token });
    return controller;
  };

  beforeEach(async () => {
    (globalThis as { EventSource?: unknown }).EventSource = FakeEventSource;
    clock = createManualClock(Date.now());
    server = await createReferenceServer({ seed: 'demo', clock }).listen({ port: 0, host: '127.0.0.1' });
    staff = new HelpdockClient({ baseUrl: server.url });
    await staff.auth.login({ email: 'ops@acme.test', password: 'helpdock-demo' });
    streams = [];
    events = [];
  });

  afterEach(async () => {
    delete (globalThis as { EventSource?: unknown }).EventSource;
    await server.close();
  });

  it('opens a thread link on its conversation, follows its stream, and shows each message once', async () => {
    const link = await staff.support.tokens.create({ thread_id: 'thr_acme_install' });
    const controller = portal(link.token);
    await until(() => controller.view === 'ready');
    expect(controller.canCreate).toBe(false);
    expect(controller.selected?.thread.subject).toBe('Installation visit for order 4411');
    expect(controller.selected?.messages.map((m) => m.author)).toEqual(['agent', 'me']);
    expect(streams[0]?.url).toBe(`${server.url}/api/support/portal/${link.token}/events`);

    expect(await controller.reply('  Is 9:00 fine?  ')).toBe(true);
    const sent = controller.selected!.messages.at(-1)!;
    expect(sent).toMatchObject({ author: 'me', text: 'Is 9:00 fine?' });
    // The stream reports the same message: it stays shown once.
    const stored = (await staff.support.threads.retrieve('thr_acme_install')).messages.at(-1)!;
    streams[0]!.emit('message.created', { thread_id: 'thr_acme_install', message: stored });
    const reply = await staff.support.threads.addMessage('thr_acme_install', {
      message_text: '9:00 is fine.',
    });
    streams[0]!.emit('message.created', { thread_id: 'thr_acme_install', message: reply });
    expect(controller.selected!.messages.map((m) => m.text).slice(-2)).toEqual([
      'Is 9:00 fine?',
      '9:00 is fine.',
    ]);
    expect(events.filter((e) => e.name === 'message').map((e) => e.detail)).toEqual([
      { direction: 'out', text: 'Is 9:00 fine?', id: sent.id },
      { direction: 'in', text: '9:00 is fine.', id: reply.id },
    ]);
  });

  it('lets an assignment link open a new conversation, and refuses that for a thread link', async () => {
    const assignment = await staff.support.tokens.create({ assignment_id: 'asg_4411' });
    const controller = portal(assignment.token);
    await until(() => controller.view === 'ready');
    expect(controller.canCreate).toBe(true);
    expect(controller.selectedId).toBeNull();
    expect(await controller.createThread({ subject: 'Second visit', message: 'The tap still drips.' })).toBe(
      true,
    );
    expect(controller.selected?.thread.subject).toBe('Second visit');
    expect(controller.threads).toHaveLength(2);
    expect(events.some((e) => e.name === 'ticket-created')).toBe(true);

    const single = portal((await staff.support.tokens.create({ thread_id: 'thr_acme_install' })).token);
    await until(() => single.view === 'ready');
    expect(await single.createThread({ subject: 'x', message: 'y' })).toBe(false);
    expect(single.notice).toBe('errorGeneric');
    expect(single.view).toBe('ready');
  });

  it('explains an unknown, a revoked and an expired link, and stops following a revoked one', async () => {
    const unknown = portal('not-a-token');
    await until(() => unknown.view === 'problem');
    expect(unknown.problem).toBe('invalid');

    const link = await staff.support.tokens.create({ thread_id: 'thr_acme_install', expires_in_days: 1 });
    const controller = portal(link.token);
    await until(() => controller.view === 'ready');
    const admin = new HelpdockClient({ baseUrl: server.url });
    await admin.auth.login({ email: 'admin@acme.test', password: 'helpdock-demo' });
    await admin.support.tokens.revoke(link.id);
    // The server ends the stream; the browser's EventSource then gives up (CLOSED) and reports it.
    streams[0]!.close();
    streams[0]!.dispatchEvent(new Event('error'));
    await until(() => controller.view === 'problem');
    expect(controller.problem).toBe('revoked');
    expect(controller.threads).toEqual([]);
    expect(events.at(-1)).toEqual({ name: 'link-problem', detail: { reason: 'revoked' } });

    const expiring = await staff.support.tokens.create({ thread_id: 'thr_acme_install', expires_in_days: 1 });
    clock.advance(24 * 3600_000 + 1);
    const expired = portal(expiring.token);
    await until(() => expired.view === 'problem');
    expect(expired.problem).toBe('expired');
  });

  it('shows support typing from the stream until their message, and tells staff the visitor types', async () => {
    const link = await staff.support.tokens.create({ thread_id: 'thr_acme_install' });
    const controller = portal(link.token);
    await until(() => controller.view === 'ready');
    const at = new Date().toISOString();
    // A visitor's own typing (another tab of the link) is not support typing.
    streams[0]!.emit('typing', { thread_id: 'thr_acme_install', author_type: 'EXTERNAL', at });
    expect(controller.typing.isTyping('thr_acme_install')).toBe(false);
    streams[0]!.emit('typing', { thread_id: 'thr_acme_install', author_type: 'INTERNAL', at });
    expect(controller.typing.isTyping('thr_acme_install')).toBe(true);
    const reply = await staff.support.threads.addMessage('thr_acme_install', { message_text: 'Done.' });
    streams[0]!.emit('message.created', { thread_id: 'thr_acme_install', message: reply });
    expect(controller.typing.isTyping('thr_acme_install')).toBe(false);

    const typing: string[] = [];
    const stop = new AbortController();
    let connected = false;
    void (async () => {
      for await (const event of staff.support.events({
        signal: stop.signal,
        onOpen: () => (connected = true),
      })) {
        if (event.type === 'typing') typing.push(`${event.data.thread_id}:${event.data.author_type}`);
      }
    })().catch(() => undefined);
    await until(() => connected);
    controller.typed('Thank');
    controller.typed('Thanks');
    await until(() => typing.length > 0);
    stop.abort();
    expect(typing).toEqual(['thr_acme_install:EXTERNAL']);
  });
});
