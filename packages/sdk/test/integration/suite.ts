import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  AuthenticationError,
  ConflictError,
  HelpdockClient,
  type HelpdockError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  type PortalEvent,
  RateLimitError,
  UnprocessableEntityError,
} from '../../src/index.js';
import type { Harness, Mode } from './harness.js';

const ADMIN = 'admin@acme.test';
const OPS = 'ops@acme.test';
const GLOBEX_ADMIN = 'admin@globex.test';

const newThread = (subject: string) => ({ subject, initial_message: `Details about ${subject}` });

/** The SDK against the reference server: every implemented route, the errors, retries, pages, streams. */
export function referenceSuite(mode: Mode, h: Harness): void {
  describe(`identity (${mode})`, () => {
    it('signs in and keeps the token for the next calls', async () => {
      const client = h.client();
      const session = await client.auth.login({ email: ADMIN, password: 'helpdock-demo' });
      expect(session.user).toMatchObject({ email: ADMIN, role: 'admin' });
      expect(client.accessToken).toBe(session.access_token);
      await expect(client.support.config.retrieve()).resolves.toHaveProperty('TOKEN_DEFAULT_EXPIRY_DAYS');
    });

    it('raises AuthenticationError for a wrong password, with the request id', async () => {
      const error = await h
        .client()
        .auth.login({ email: ADMIN, password: 'wrong-password' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as AuthenticationError).requestId).toMatch(/\S/);
    });

    it('raises RateLimitError with retryAfter after 5 failures for one email', async () => {
      const client = h.client({ maxRetries: 0 });
      for (let i = 0; i < 5; i++) {
        await client.auth.login({ email: OPS, password: `wrong-${i}` }).catch(() => undefined);
      }
      const error = await client.auth
        .login({ email: OPS, password: 'helpdock-demo' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitError);
      expect((error as RateLimitError).retryAfter).toBeGreaterThan(0);
    });

    it('raises AuthenticationError without a token', async () => {
      await expect(h.client().support.threads.list()).rejects.toBeInstanceOf(AuthenticationError);
    });
  });

  describe(`support threads (${mode})`, () => {
    it('creates, reads, updates, replies, resolves, closes and reopens a thread', async () => {
      const admin = await h.signIn(ADMIN);
      const created = await admin.support.threads.create({
        ...newThread('Printer on fire'),
        priority: 'HIGH',
      });
      expect(created).toMatchObject({ subject: 'Printer on fire', priority: 'HIGH', status: 'OPEN' });
      expect(created.messages).toHaveLength(1);

      const fetched = await admin.support.threads.retrieve(created.id);
      expect(fetched.id).toBe(created.id);

      const pending = await admin.support.threads.update(created.id, { status: 'PENDING' });
      expect(pending.status).toBe('PENDING');

      const reply = await admin.support.threads.addMessage(created.id, { message_text: 'On our way' });
      expect(reply).toMatchObject({ author_type: 'INTERNAL', message_text: 'On our way' });

      const resolved = await admin.support.threads.resolve(created.id);
      expect(resolved.status).toBe('RESOLVED');
      expect(resolved.resolved_at).not.toBeNull();

      const closed = await admin.support.threads.close(created.id);
      expect(closed.closed_at).not.toBeNull();
      await expect(
        admin.support.threads.addMessage(created.id, { message_text: 'late' }),
      ).rejects.toBeInstanceOf(ConflictError);

      await admin.support.threads.update(created.id, { status: 'OPEN' });
      await expect(
        admin.support.threads.addMessage(created.id, { message_text: 'again' }),
      ).resolves.toHaveProperty('id');
    });

    it('lists with filters', async () => {
      const admin = await h.signIn(ADMIN);
      const created = await admin.support.threads.create({
        ...newThread('Urgent thing'),
        priority: 'URGENT',
      });
      const page = await admin.support.threads.list({ priority: 'URGENT', limit: 100 });
      expect(page.data.map((t) => t.id)).toContain(created.id);
      expect(page.data.every((t) => t.priority === 'URGENT')).toBe(true);
    });

    it('raises NotFoundError for an unknown thread and for another tenant’s thread', async () => {
      const admin = await h.signIn(ADMIN);
      const globex = await h.signIn(GLOBEX_ADMIN);
      const created = await admin.support.threads.create(newThread('Acme only'));
      await expect(admin.support.threads.retrieve('thr_does_not_exist')).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(globex.support.threads.retrieve(created.id)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('raises UnprocessableEntityError from the server for a cursor it did not issue', async () => {
      const admin = await h.signIn(ADMIN);
      const error = await admin.support.threads
        .list({ cursor: 'not-a-real-cursor' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnprocessableEntityError);
      expect((error as HelpdockError).details.length).toBeGreaterThan(0);
    });

    it('walks more than 3 pages with for await, each thread once', async () => {
      const admin = await h.signIn(ADMIN);
      for (let i = 0; i < 8; i++) await admin.support.threads.create(newThread(`Paged ${i}`));
      const ids: string[] = [];
      const pageSizes: number[] = [];
      const first = await admin.support.threads.list({ limit: 3 });
      for await (const page of first.iterPages()) pageSizes.push(page.data.length);
      for await (const thread of admin.support.threads.list({ limit: 3 })) ids.push(thread.id);
      expect(pageSizes.length).toBeGreaterThan(3);
      expect(pageSizes.every((size) => size <= 3)).toBe(true);
      expect(pageSizes.reduce((a, b) => a + b, 0)).toBe(ids.length);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThanOrEqual(8);
    });
  });

  describe(`config, tokens, public and portal (${mode})`, () => {
    it('reads and updates the config as admin; ops gets PermissionDeniedError', async () => {
      const admin = await h.signIn(ADMIN);
      const updated = await admin.support.config.update({ WHATSAPP_NUMBER: '5511900001111' });
      expect(updated.WHATSAPP_NUMBER).toBe('5511900001111');
      expect((await admin.support.config.retrieve()).WHATSAPP_NUMBER).toBe('5511900001111');
      const ops = await h.signIn(OPS);
      await expect(ops.support.config.update({ SUPPORT_BUBBLE_ENABLED: false })).rejects.toBeInstanceOf(
        PermissionDeniedError,
      );
    });

    it('issues, lists and revokes portal tokens; a revoked token is refused', async () => {
      const admin = await h.signIn(ADMIN);
      const thread = await admin.support.threads.create(newThread('Token test'));
      const issued = await admin.support.tokens.create({ thread_id: thread.id, expires_in_days: 3 });
      const portal = h.client().portal(issued.token);
      const context = await portal.context();
      expect(context.threads.map((t) => t.id)).toEqual([thread.id]);

      const listed = await admin.support.tokens.list({ thread_id: thread.id });
      expect(listed.data.map((t) => t.id)).toContain(issued.id);
      expect(JSON.stringify(listed.data)).not.toContain(issued.token);

      const revoked = await admin.support.tokens.revoke(issued.id);
      expect(revoked.revoked_at).not.toBeNull();
      await expect(portal.context()).rejects.toBeInstanceOf(AuthenticationError);
    });

    it('lets a visitor open a thread publicly and continue through the portal', async () => {
      const visitor = h.client({ siteKey: 'pk_acme_demo' });
      const config = await visitor.public.config();
      expect(typeof config.support_bubble_enabled).toBe('boolean');
      const opened = await visitor.public.createThread({
        name: 'Vera Visitor',
        email: 'vera@example.com',
        subject: 'Where is my order?',
        message_text: 'Ordered last week.',
      });
      const portal = visitor.portal(opened.token);
      const sent = await portal.sendMessage({ message_text: 'Any news?' });
      expect(sent.author_type).toBe('EXTERNAL');
      const context = await portal.context();
      expect(context.threads[0]?.messages.map((m) => m.message_text)).toContain('Any news?');
      await expect(
        portal.createThread({ subject: 'Another', message_text: 'Second question' }),
      ).rejects.toBeInstanceOf(PermissionDeniedError);
    });

    it('opens a thread through an assignment-scoped token', async () => {
      const admin = await h.signIn(ADMIN);
      const issued = await admin.support.tokens.create({ assignment_id: 'asg_integration' });
      const created = await h
        .client()
        .portal(issued.token)
        .createThread({ subject: 'From the portal', message_text: 'Hello from outside' });
      expect(created.assignment_id).toBe('asg_integration');
    });
  });

  describe(`failures and retries (${mode})`, () => {
    it('raises InternalServerError for an injected 500 when retries are off', async () => {
      const admin = await h.signIn(ADMIN, { maxRetries: 0 });
      await h.control('faults', { rate: 1, latency_ms: 0, status: 500 });
      await expect(admin.support.threads.list()).rejects.toBeInstanceOf(InternalServerError);
    });

    it('creates exactly one record when a POST is retried through injected faults', async () => {
      const admin = await h.signIn(ADMIN, { maxRetries: 8 });
      await h.control('faults', { rate: 0.5, latency_ms: 0, status: 500 });
      const created = await admin.support.threads.create(newThread('Exactly once'));
      await h.control('faults', { rate: 0, latency_ms: 0 });
      const all: string[] = [];
      for await (const t of admin.support.threads.list({ q: 'Exactly once', limit: 100 })) all.push(t.id);
      expect(all).toEqual([created.id]);
    });

    it('replays a POST sent twice with one Idempotency-Key instead of creating twice', async () => {
      const admin = await h.signIn(ADMIN);
      const first = await admin.support.threads.create(newThread('Same key'), {
        idempotencyKey: 'integration-key-1',
      });
      const second = await admin.support.threads.create(newThread('Same key'), {
        idempotencyKey: 'integration-key-1',
      });
      expect(second.id).toBe(first.id);
      const all: string[] = [];
      for await (const t of admin.support.threads.list({ q: 'Same key', limit: 100 })) all.push(t.id);
      expect(all).toEqual([first.id]);
      await expect(
        admin.support.threads.create(newThread('Other body'), { idempotencyKey: 'integration-key-1' }),
      ).rejects.toBeInstanceOf(ConflictError);
    });

    it('raises APIConnectionTimeoutError when the server is slower than the timeout', async () => {
      const admin = await h.signIn(ADMIN, { maxRetries: 0 });
      await h.control('faults', { rate: 0, latency_ms: 1_000 });
      await expect(admin.support.threads.list({}, { timeout: 100 })).rejects.toBeInstanceOf(
        APIConnectionTimeoutError,
      );
      await h.control('faults', { rate: 0, latency_ms: 0 });
    });
  });

  if (mode === 'http') {
    it('raises APIConnectionError when nothing listens', async () => {
      const nobody = new HelpdockClient({ baseUrl: 'http://127.0.0.1:9', maxRetries: 0 });
      await expect(nobody.public.config()).rejects.toBeInstanceOf(APIConnectionError);
    });
  }

  describe(`portal event stream (${mode})`, () => {
    it('resumes a stream cut mid-way without losing or repeating an event', async () => {
      const admin = await h.signIn(ADMIN);
      const visitor = h.client({ siteKey: 'pk_acme_demo' });
      const opened = await visitor.public.createThread({
        name: 'Stream Tester',
        email: 'stream@example.com',
        subject: 'Live chat',
        message_text: 'Hello?',
      });
      const threadId = opened.thread.id;

      // Cut the first connection's body after its second staff message, as a dropped network would.
      let connections = 0;
      const lastEventIds: (string | null)[] = [];
      let cutFirst: (() => void) | undefined;
      let opened1: () => void = () => {};
      const firstOpened = new Promise<void>((resolve) => {
        opened1 = resolve;
      });
      const cuttingFetch: typeof fetch = async (input, init) => {
        const request = new Request(input, init);
        lastEventIds.push(request.headers.get('last-event-id'));
        const response = await fetch(request);
        if (connections++ > 0 || !response.body) return response;
        const reader = response.body.getReader();
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            cutFirst = () => {
              reader.cancel().catch(() => {});
              controller.error(new TypeError('network connection lost'));
            };
          },
          async pull(controller) {
            const { done, value } = await reader.read();
            if (done) controller.close();
            else controller.enqueue(value);
          },
        });
        opened1();
        return new Response(body, { status: response.status, headers: response.headers });
      };

      const stream = h
        .client({ fetch: cuttingFetch })
        .portal(opened.token)
        .events({ maxReconnectDelay: 3_000 });
      const received: Extract<PortalEvent, { type: 'message.created' }>[] = [];
      const sentIds: string[] = [];
      const iterator = stream[Symbol.asyncIterator]();
      await firstOpened;
      const seenEventIds: string[] = [];
      /** The next staff reply on the stream (the visitor's own first message may be replayed too). */
      const nextMessage = async () => {
        while (true) {
          const { value, done } = await iterator.next();
          if (done) throw new Error('stream ended');
          // Heartbeats repeat the id of the last event (the opening one included); events never repeat.
          if (value.type !== 'heartbeat') seenEventIds.push(value.id);
          if (value.type === 'message.created' && value.data.message.author_type === 'INTERNAL') return value;
        }
      };

      sentIds.push((await admin.support.threads.addMessage(threadId, { message_text: 'one' })).id);
      received.push(await nextMessage());
      sentIds.push((await admin.support.threads.addMessage(threadId, { message_text: 'two' })).id);
      received.push(await nextMessage());
      cutFirst?.();
      // Sent while the client is disconnected: only the Last-Event-ID replay can deliver these.
      sentIds.push((await admin.support.threads.addMessage(threadId, { message_text: 'three' })).id);
      sentIds.push((await admin.support.threads.addMessage(threadId, { message_text: 'four' })).id);
      received.push(await nextMessage());
      received.push(await nextMessage());
      stream.close();

      expect(received.map((e) => e.data.message.id)).toEqual(sentIds);
      expect(new Set(seenEventIds).size).toBe(seenEventIds.length);
      expect(connections).toBe(2);
      expect(lastEventIds[0]).toBeNull();
      expect(lastEventIds[1]).toBe(received[1]?.id);
    });
  });
}
