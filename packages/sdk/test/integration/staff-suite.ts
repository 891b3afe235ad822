import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  type PortalEvent,
  type SupportEvent,
} from '../../src/index.js';
import type { Harness, Mode } from './harness.js';

/** Reads a stream until an event matches, skipping the others. */
function reader<E extends { type: string }>(stream: AsyncIterable<E>) {
  const iterator = stream[Symbol.asyncIterator]();
  return async <T extends E['type']>(
    type: T,
    accept: (event: Extract<E, { type: T }>) => boolean = () => true,
  ) => {
    while (true) {
      const { value, done } = await iterator.next();
      if (done) throw new Error('stream ended');
      if (value.type === type && accept(value as Extract<E, { type: T }>))
        return value as Extract<E, { type: T }>;
    }
  };
}

/** The staff stream and typing through the SDK, against the reference server. */
export function staffSuite(mode: Mode, h: Harness): void {
  describe(`staff stream and typing (${mode})`, () => {
    it('client.support.events() shows a visitor’s new thread, their typing and their message live', async () => {
      const admin = await h.signIn('admin@acme.test');
      const stream = admin.support.events();
      const next = reader<SupportEvent>(stream);
      await next('connected');
      const visitor = h.client();
      const opened = await visitor.public.createThread({
        name: 'Vera',
        email: 'vera@example.test',
        subject: 'Live from the SDK',
        message_text: 'Hello',
      });
      const created = await next('thread.created');
      expect(created.data.thread).toMatchObject({ id: opened.thread.id, subject: 'Live from the SDK' });
      await visitor.portal(opened.token).typing();
      const typing = await next('typing');
      expect(typing.data).toMatchObject({ thread_id: opened.thread.id, author_type: 'EXTERNAL' });
      await visitor.portal(opened.token).sendMessage({ message_text: 'Still there?' });
      const message = await next('message.created', (e) => e.data.message.message_text === 'Still there?');
      expect(message.data.thread_id).toBe(opened.thread.id);
      expect(stream.lastEventId).toBe(message.id);
      stream.close();
    });

    it('client.support.threads.typing(id) reaches the visitor’s portal stream', async () => {
      const admin = await h.signIn('ops@acme.test');
      const visitor = h.client();
      const opened = await visitor.public.createThread({
        name: 'Vera',
        email: 'vera@example.test',
        subject: 'Typing',
        message_text: 'Hi',
      });
      const stream = visitor.portal(opened.token).events();
      const typing = reader<PortalEvent>(stream)('typing');
      // Typing is never replayed: send it once the stream is subscribed.
      while (h.reference.store.events.subscriberCount('threads:ten_acme') === 0) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await expect(admin.support.threads.typing(opened.thread.id)).resolves.toBeUndefined();
      expect((await typing).data).toMatchObject({ thread_id: opened.thread.id, author_type: 'INTERNAL' });
      stream.close();
    });

    it('keeps roles and tenants apart and reports bad typing calls as typed errors', async () => {
      const alice = await h.signIn('alice@acme.test');
      const globex = await h.signIn('ops@globex.test');
      const admin = await h.signIn('admin@acme.test');
      await expect(alice.support.threads.typing('thr_acme_login')).rejects.toBeInstanceOf(
        PermissionDeniedError,
      );
      await expect(globex.support.threads.typing('thr_acme_login')).rejects.toBeInstanceOf(NotFoundError);
      await expect(admin.support.threads.typing('thr_acme_closed')).rejects.toBeInstanceOf(ConflictError);
      await expect(alice.customers.me.tickets.typing('thr_acme_login')).resolves.toBeUndefined();
      await expect(alice.customers.me.tickets.typing('thr_acme_export')).rejects.toBeInstanceOf(
        NotFoundError,
      );
      const forbidden = alice.support.events({ maxReconnectDelay: 100 });
      await expect(reader<SupportEvent>(forbidden)('connected')).rejects.toBeInstanceOf(
        PermissionDeniedError,
      );
    });
  });
}
