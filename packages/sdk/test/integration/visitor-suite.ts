import { describe, expect, it } from 'vitest';
import {
  InputValidationError,
  NotFoundError,
  UnprocessableEntityError,
  UnsupportedMediaTypeError,
} from '../../src/index.js';
import type { Harness, Mode } from './harness.js';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');

/** What the bubble needs from the SDK: availability, the public knowledge base, attachments both ways. */
export function visitorSuite(mode: Mode, h: Harness): void {
  describe(`bubble features (${mode})`, () => {
    it('sets business hours and reads the availability they give in the public config', async () => {
      const admin = await h.signIn('admin@acme.test');
      const config = await admin.support.config.update({
        BUSINESS_HOURS: { timezone: 'Pacific/Kiritimati', days: {} },
        AWAY_MESSAGE: 'Closed for inventory',
        REPLY_TIME: 'day',
      });
      expect(config).toMatchObject({ AWAY_MESSAGE: 'Closed for inventory', REPLY_TIME: 'day' });
      const visitor = await h.client({ siteKey: 'pk_acme_demo' }).public.config();
      expect(visitor.availability).toEqual({ online: false, next_open_at: null, reply_time: 'day' });
      expect(visitor.away_message).toBe('Closed for inventory');
      await expect(
        admin.support.config.update({ BUSINESS_HOURS: { timezone: 'Nowhere/Land', days: {} } }),
      ).rejects.toBeInstanceOf(InputValidationError);
    });

    it('searches the public knowledge base and reads whole articles, as visitor and customer', async () => {
      const visitor = h.client({ siteKey: 'pk_globex_demo' });
      const { data } = await visitor.public.kb.search({ q: 'track my parcel', limit: 3 });
      expect(data[0]?.id).toBe('kb_globex_track_a_shipment');
      const article = await visitor.public.kb.retrieve('kb_globex_track_a_shipment');
      expect(article.title).toBe(data[0]?.title);
      expect(article.body.length).toBeGreaterThan(data[0]?.snippet.length ?? 0);
      await expect(visitor.public.kb.retrieve('kb_acme_reset_your_password')).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(visitor.public.kb.search({ q: '' })).rejects.toBeInstanceOf(InputValidationError);
      const carol = await h.signIn('carol@globex.test');
      await expect(carol.customers.me.kb.retrieve(article.id)).resolves.toEqual(article);
    });

    it('sends files both ways between a portal visitor and staff', async () => {
      const visitor = h.client({ siteKey: 'pk_acme_demo' });
      const { thread, token } = await visitor.public.createThread({
        name: 'Vera',
        email: 'vera@example.test',
        subject: 'Invoice copy',
        message_text: 'Please send the invoice',
      });
      const portal = visitor.portal(token);
      const note = await portal.uploadAttachment(new Blob(['order 12\n'], { type: 'text/plain' }), {
        filename: 'order.txt',
      });
      const sent = await portal.sendMessage({ message_text: 'My order note', attachment_ids: [note.id] });
      expect(sent.attachments.map((a) => a.filename)).toEqual(['order.txt']);

      const ops = await h.signIn('ops@acme.test');
      const invoice = await ops.support.attachments.upload(new Blob([PDF], { type: 'application/pdf' }), {
        filename: 'invoice.pdf',
      });
      const reply = await ops.support.threads.addMessage(thread.id, {
        message_text: 'Here you are',
        attachment_ids: [invoice.id],
      });
      expect(reply.attachments[0]).toMatchObject({ id: invoice.id, content_type: 'application/pdf' });
      const downloaded = await visitor.files.portalDownload(token, invoice.id);
      expect(downloaded.filename).toBe('invoice.pdf');
      expect(new Uint8Array(await downloaded.blob.arrayBuffer())).toEqual(PDF);
      await expect((await ops.files.download(note.id)).blob.text()).resolves.toBe('order 12\n');

      await expect(
        portal.uploadAttachment(new Blob(['MZ\u0090\u0000'], { type: 'image/png' }), { filename: 'x.png' }),
      ).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
      await expect(
        portal.sendMessage({ message_text: 'again', attachment_ids: [note.id] }),
      ).rejects.toBeInstanceOf(UnprocessableEntityError);
      const { token: otherToken } = await visitor.public.createThread({
        name: 'Otto',
        email: 'otto@example.test',
        subject: 'Other',
        message_text: 'Other thread',
      });
      await expect(visitor.files.portalDownload(otherToken, invoice.id)).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });
  });
}
