import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  type CustomerEvent,
  InputValidationError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  UnprocessableEntityError,
  UnsupportedMediaTypeError,
} from '../../src/index.js';
import type { Harness, Mode } from './harness.js';

/** A real (tiny) PNG: the server checks uploads by content. */
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
  0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00,
  0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d,
  0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);

/** The customer portal, partner attributes and support access against the reference server. */
export function customerSuite(mode: Mode, h: Harness): void {
  describe(`customer portal (${mode})`, () => {
    it('reads the profile, opens a ticket, replies, lists and reads it back', async () => {
      const alice = await h.signIn('alice@acme.test');
      const me = await alice.customers.me.retrieve();
      expect(me.email).toBe('alice@acme.test');

      const ticket = await alice.customers.me.tickets.create({
        title: 'Cannot pay',
        description: 'Card declined',
      });
      expect(ticket).toMatchObject({
        title: 'Cannot pay',
        status: 'open',
        priority: 'medium',
        type: 'issue',
      });

      const reply = await alice.customers.me.tickets.addMessage(ticket.id, {
        body: 'Tried another card too',
      });
      expect(reply.authorRole).toBe('customer');

      const listed: string[] = [];
      for await (const t of alice.customers.me.tickets.list({ limit: 2 })) listed.push(t.id);
      expect(listed).toContain(ticket.id);

      const detail = await alice.customers.me.tickets.retrieve(ticket.id);
      expect(detail.messages.map((m) => m.body)).toContain('Tried another card too');
      expect((await alice.customers.me.retrieve()).stats.totalTickets).toBe(me.stats.totalTickets + 1);
    });

    it('keeps customers apart: another customer’s ticket is NotFoundError, staff routes are PermissionDeniedError', async () => {
      const alice = await h.signIn('alice@acme.test');
      const bob = await h.signIn('bob@acme.test');
      const ticket = await alice.customers.me.tickets.create({ title: 'Private', description: 'Mine only' });
      await expect(bob.customers.me.tickets.retrieve(ticket.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(alice.support.threads.list()).rejects.toBeInstanceOf(PermissionDeniedError);
    });

    it('uploads attachments (multipart), links one to a ticket and downloads it', async () => {
      const alice = await h.signIn('alice@acme.test');
      const early = await alice.customers.me.uploadAttachment(new Blob([PNG], { type: 'image/png' }), {
        filename: 'screen shot.png',
      });
      expect(early).toMatchObject({ contentType: 'image/png', size: PNG.length });
      const ticket = await alice.customers.me.tickets.create({
        title: 'With picture',
        description: 'See attached',
        attachmentIds: [early.id],
      });
      const attached = await alice.customers.me.tickets.uploadAttachment(
        ticket.id,
        new File(['id,total\n1,9.99\n'], 'orders.csv', { type: 'text/csv' }),
      );
      expect(attached.filename).toBe('orders.csv');

      const file = await alice.files.download(early.id);
      expect(new Uint8Array(await file.blob.arrayBuffer())).toEqual(PNG);
      expect(file.contentType).toContain('image/png');
      expect(file.filename).toBeTruthy();

      const admin = await h.signIn('admin@acme.test');
      await expect(admin.files.download(early.id)).resolves.toHaveProperty('blob');
      const bob = await h.signIn('bob@acme.test');
      await expect(bob.files.download(early.id)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('raises UnsupportedMediaTypeError for a file whose content is not an accepted type', async () => {
      const alice = await h.signIn('alice@acme.test');
      const disguised = new Blob(['<script>alert(1)</script>'], { type: 'image/png' });
      await expect(
        alice.customers.me.uploadAttachment(disguised, { filename: 'cat.png' }),
      ).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
    });

    it('raises PayloadTooLargeError for an upload over 10 MiB', async () => {
      const alice = await h.signIn('alice@acme.test');
      const big = new Uint8Array(10 * 1024 * 1024 + 1024);
      big.set(PNG);
      await expect(
        alice.customers.me.uploadAttachment(new Blob([big], { type: 'image/png' }), { filename: 'big.png' }),
      ).rejects.toBeInstanceOf(PayloadTooLargeError);
    });

    it('raises UnprocessableEntityError from the server for an attachment that is not the caller’s', async () => {
      const alice = await h.signIn('alice@acme.test');
      const bob = await h.signIn('bob@acme.test');
      const upload = await alice.customers.me.uploadAttachment(new Blob([PNG], { type: 'image/png' }));
      const error = await bob.customers.me.tickets
        .create({ title: 'Steal', description: 'Attach hers', attachmentIds: [upload.id] })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnprocessableEntityError);
      expect(error).not.toBeInstanceOf(InputValidationError);
    });

    it('requests a call, searches the knowledge base, gets a notification and rates a resolved ticket once', async () => {
      const alice = await h.signIn('alice@acme.test');
      const admin = await h.signIn('admin@acme.test');
      const ticket = await alice.customers.me.tickets.create({ title: 'Refund', description: 'Order 42' });

      const call = await alice.customers.me.calls.create({ ticketId: ticket.id, note: 'After 5 pm' });
      expect(call).toMatchObject({ ticketId: ticket.id, status: 'requested' });

      const kb = await alice.customers.me.kb.search({ q: 'password', limit: 5 });
      expect(kb.data.length).toBeGreaterThan(0);
      expect(kb.data.length).toBeLessThanOrEqual(5);

      await admin.support.threads.addMessage(ticket.id, { message_text: 'Refund is on its way' });
      const unread = await alice.customers.me.notifications.list({ unread: 'true' });
      const note = unread.data.find((n) => n.ticketId === ticket.id);
      expect(note).toBeDefined();
      const read = await alice.customers.me.notifications.markRead(note!.id);
      expect(read.readAt).not.toBeNull();

      await expect(
        alice.customers.me.feedback.create({ ticketId: ticket.id, rating: 5 }),
      ).rejects.toBeInstanceOf(ConflictError);
      await admin.support.threads.resolve(ticket.id);
      const feedback = await alice.customers.me.feedback.create({
        ticketId: ticket.id,
        rating: 5,
        comment: 'Quick',
      });
      expect(feedback.rating).toBe(5);
      await expect(
        alice.customers.me.feedback.create({ ticketId: ticket.id, rating: 4 }),
      ).rejects.toBeInstanceOf(ConflictError);
    });

    it('streams the customer’s events: connected, ticket_created and a staff reply', async () => {
      const alice = await h.signIn('alice@acme.test');
      const admin = await h.signIn('admin@acme.test');
      const stream = alice.customers.me.events();
      const iterator = stream[Symbol.asyncIterator]();
      const next = async (
        type: CustomerEvent['type'],
        accept: (event: CustomerEvent) => boolean = () => true,
      ) => {
        while (true) {
          const { value, done } = await iterator.next();
          if (done) throw new Error('stream ended');
          if (value.type === type && accept(value)) return value;
        }
      };
      expect((await next('connected')).type).toBe('connected');
      const ticket = await alice.customers.me.tickets.create({ title: 'Live', description: 'Watching' });
      const created = await next('ticket_created');
      expect(created.type === 'ticket_created' && created.data.ticket.id).toBe(ticket.id);
      await admin.support.threads.addMessage(ticket.id, { message_text: 'Hello Alice' });
      // The ticket's first message is a new_message too: wait for the staff one.
      const reply = await next(
        'new_message',
        (e) => e.type === 'new_message' && e.data.message.authorRole === 'agent',
      );
      expect(reply.type === 'new_message' && reply.data.message.body).toBe('Hello Alice');
      stream.close();
    });
  });

  describe(`partner attributes and support access (${mode})`, () => {
    it('updates partner attributes; the system token never comes back', async () => {
      const admin = await h.signIn('admin@acme.test');
      const updated = await admin.profile.attributes.update({
        chotot: { chotot_id: 'ct-1', chotot_oid: 'oid-1' },
        whatsapp: { whatsapp_phone_number_id: 'pn-1', whatsapp_system_token: 'EAAG-secret-token' },
      });
      expect(updated.whatsapp).toEqual({ whatsapp_phone_number_id: 'pn-1', has_system_token: true });
      const read = await admin.profile.attributes.retrieve();
      expect(JSON.stringify(read)).not.toContain('EAAG-secret-token');
      const removed = await admin.profile.attributes.update({ chotot: null });
      expect(removed.chotot).toBeNull();
      expect(removed.whatsapp?.has_system_token).toBe(true);
    });

    it('resets a provider’s Chatwoot access; other roles get PermissionDeniedError', async () => {
      const provider = await h.signIn('provider@acme.test');
      const result = await provider.supportAccess.reset();
      expect(result).toEqual({ success: true, data: 'New password sent to your email address.' });
      const admin = await h.signIn('admin@acme.test');
      await expect(admin.supportAccess.reset()).rejects.toBeInstanceOf(PermissionDeniedError);
    });
  });
}
