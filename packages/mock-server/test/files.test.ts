import { Attachment, TicketDetail } from '@helpdock/sdk/schemas';
import { getResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { attachmentDisposition, sanitizeFilename } from '../src/core/filename.js';
import { acceptedContentType, detectKind } from '../src/core/magic-bytes.js';
import type { ReferenceServer } from '../src/index.js';
import { call, demoServer, isEnvelope, login } from './helpers.js';
import { form, samples } from './upload-samples.js';

let reference: ReferenceServer;
let alice: string;
let bob: string;
let carol: string;

beforeEach(async () => {
  ({ reference } = demoServer());
  alice = await login(reference, 'alice@acme.test');
  bob = await login(reference, 'bob@acme.test');
  carol = await login(reference, 'carol@globex.test');
});

const upload = (token: string, body: BodyInit, path = '/api/customers/me/attachments') =>
  call(reference, path, { token, method: 'POST', body });

describe('content detection', () => {
  it('recognises accepted types by their magic bytes and plain text by its encoding', () => {
    expect(detectKind(samples.png)).toBe('image/png');
    expect(detectKind(samples.jpeg)).toBe('image/jpeg');
    expect(detectKind(samples.gif)).toBe('image/gif');
    expect(detectKind(samples.webp)).toBe('image/webp');
    expect(detectKind(samples.pdf)).toBe('application/pdf');
    expect(detectKind(samples.text)).toBe('text');
    expect(detectKind(samples.exe)).toBeUndefined();
    expect(detectKind(samples.latin1)).toBeUndefined();
    expect(detectKind(new TextEncoder().encode('a\u0000b'))).toBeUndefined();
  });

  it('requires the declared type to agree with the content', () => {
    expect(acceptedContentType(samples.png, 'image/png', 'a.png')).toBe('image/png');
    expect(acceptedContentType(samples.png, 'application/pdf', 'a.pdf')).toBeUndefined();
    expect(acceptedContentType(samples.exe, 'image/png', 'a.png')).toBeUndefined();
    expect(acceptedContentType(samples.jpeg, 'image/jpg', 'a.jpg')).toBe('image/jpeg');
    expect(acceptedContentType(samples.pdf, 'application/octet-stream', 'a.pdf')).toBe('application/pdf');
    expect(acceptedContentType(samples.csv, '', 'orders.csv')).toBe('text/csv');
    expect(acceptedContentType(samples.csv, 'text/csv; charset=utf-8', 'x')).toBe('text/csv');
    expect(acceptedContentType(samples.text, 'text/html', 'a.html')).toBeUndefined();
    expect(acceptedContentType(samples.pdf, 'text/plain', 'a.txt')).toBeUndefined();
  });

  it('sanitises file names: last segment, no control or bidi characters, a fitting extension, capped', () => {
    expect(sanitizeFilename('../../etc/pass\u0000wd.png', 'image/png')).toBe('passwd.png');
    expect(sanitizeFilename('C:\\Users\\alice\\scan.PDF', 'application/pdf')).toBe('scan.pdf');
    expect(sanitizeFilename('invoice.exe', 'application/pdf')).toBe('invoice.exe.pdf');
    expect(sanitizeFilename('photo\u202egnp.exe', 'image/png')).toBe('photognp.exe.png');
    expect(sanitizeFilename('...', 'text/plain')).toBe('file.txt');
    expect(sanitizeFilename('.bashrc', 'text/plain')).toBe('bashrc.txt');
    expect(sanitizeFilename('CON.txt', 'text/plain')).toBe('_CON.txt');
    expect(sanitizeFilename('a<b>:c"d|e?f*.csv', 'text/csv')).toBe('abcdef.csv');
    const long = sanitizeFilename(`${'x'.repeat(500)}.png`, 'image/png');
    expect(long).toHaveLength(120);
    expect(long.endsWith('.png')).toBe(true);
    expect(sanitizeFilename('résumé 📄.pdf', 'application/pdf')).toBe('résumé 📄.pdf');
  });

  it('writes RFC 5987 Content-Disposition values for non-ASCII names', () => {
    expect(attachmentDisposition('report.pdf')).toBe('attachment; filename="report.pdf"');
    expect(attachmentDisposition("résumé (1)'.pdf")).toBe(
      `attachment; filename="r_sum_ (1)'.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%281%29%27.pdf`,
    );
  });
});

describe('uploads', () => {
  it('stores each accepted type, named safely, and serves it to its owner with safe headers', async () => {
    const cases: [keyof typeof samples, string, string, string][] = [
      ['png', 'screenshot.png', 'image/png', 'image/png'],
      ['jpeg', 'photo.jpeg', 'image/jpeg', 'image/jpeg'],
      ['gif', 'anim.gif', 'image/gif', 'image/gif'],
      ['webp', 'pic.webp', 'image/webp', 'image/webp'],
      ['pdf', 'invoice.pdf', 'application/pdf', 'application/pdf'],
      ['text', 'notes.txt', 'text/plain', 'text/plain'],
      ['csv', 'orders.csv', 'text/csv', 'text/csv'],
    ];
    for (const [kind, name, declared, stored] of cases) {
      const result = await upload(alice, form(samples[kind], name, declared));
      expect([name, result.status]).toEqual([name, 201]);
      const attachment = Attachment.parse(result.body);
      expect(attachment).toMatchObject({
        filename: name,
        contentType: stored,
        size: samples[kind].byteLength,
      });
      const download = await call(reference, attachment.url, { token: alice });
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')?.startsWith(stored)).toBe(true);
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      expect(download.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
    }
    const png = Attachment.parse((await upload(alice, form(samples.png, 'a.png', 'image/png'))).body);
    const response = await fetchBytes(png.url, alice);
    expect(response).toEqual(samples.png);
  });

  it('refuses spoofed and unsupported content with 415', async () => {
    for (const body of [
      form(samples.png, 'scan.pdf', 'application/pdf'),
      form(samples.exe, 'cat.png', 'image/png'),
      form(samples.exe, 'setup.exe', 'application/octet-stream'),
      form(samples.pdf, 'notes.txt', 'text/plain'),
      form(samples.latin1, 'notes.txt', 'text/plain'),
      form(new TextEncoder().encode('<svg onload=alert(1)>'), 'x.svg', 'image/svg+xml'),
      form(new TextEncoder().encode('<html></html>'), 'x.html', 'text/html'),
    ]) {
      const result = await upload(alice, body);
      expect(result.status).toBe(415);
      expect(isEnvelope(result, 'unsupported_media_type')).toBe(true);
    }
  });

  it('refuses files over 10 MiB with 413, and a body that is not multipart or has no file', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(samples.png);
    const tooBig = await upload(alice, form(big, 'big.png', 'image/png'));
    expect(tooBig.status).toBe(413);
    expect(isEnvelope(tooBig, 'payload_too_large')).toBe(true);
    const exact = new Uint8Array(10 * 1024 * 1024);
    exact.set(samples.png);
    expect((await upload(alice, form(exact, 'exact.png', 'image/png'))).status).toBe(201);

    const json = await call(reference, '/api/customers/me/attachments', {
      token: alice,
      json: { file: 'x' },
    });
    expect(json.status).toBe(415);
    expect(isEnvelope(json, 'unsupported_media_type')).toBe(true);
    const wrongField = await upload(alice, form(samples.png, 'a.png', 'image/png', 'upload'));
    expect(wrongField.status).toBe(422);
    expect(wrongField.body.error.details[0].path).toBe('file');
    const textField = new FormData();
    textField.set('file', 'not a file');
    expect((await upload(alice, textField)).status).toBe(422);
    const two = form(samples.png, 'a.png', 'image/png');
    two.append('file', new Blob([samples.png as BlobPart], { type: 'image/png' }), 'b.png');
    expect((await upload(alice, two)).status).toBe(422);
    expect((await upload(alice, form(new Uint8Array(0), 'empty.txt', 'text/plain'))).status).toBe(422);
    const broken = await call(reference, '/api/customers/me/attachments', {
      token: alice,
      method: 'POST',
      body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nunterminated',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
    });
    expect(broken.status).toBe(422);
    expect(isEnvelope(broken, 'validation_error')).toBe(true);
    expect(reference.store.state.files).toHaveLength(1);
  });

  it('sanitises names end to end and sends non-ASCII names RFC 5987-encoded', async () => {
    const evil = Attachment.parse(
      (await upload(alice, form(samples.pdf, '../../x/invoice\u202e.exe', 'application/pdf'))).body,
    );
    expect(evil.filename).toBe('invoice.exe.pdf');
    const intl = Attachment.parse(
      (await upload(alice, form(samples.text, 'ghi chú tiếng Việt.txt', 'text/plain'))).body,
    );
    const download = await call(reference, intl.url, { token: alice });
    expect(download.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('ghi chú tiếng Việt.txt')}`,
    );
  });

  it('serves a file to its owner and the tenant’s staff only (404 for everyone else)', async () => {
    const file = Attachment.parse((await upload(alice, form(samples.png, 'a.png', 'image/png'))).body);
    const tokens = {
      ops: await login(reference, 'ops@acme.test'),
      admin: await login(reference, 'admin@acme.test'),
      globexOps: await login(reference, 'ops@globex.test'),
      provider: await login(reference, 'provider@acme.test'),
    };
    expect((await call(reference, file.url, { token: tokens.ops })).status).toBe(200);
    expect((await call(reference, file.url, { token: tokens.admin })).status).toBe(200);
    for (const token of [bob, carol, tokens.globexOps, tokens.provider]) {
      const result = await call(reference, file.url, { token });
      expect(result.status).toBe(404);
      expect(isEnvelope(result, 'not_found')).toBe(true);
    }
    expect((await call(reference, file.url)).status).toBe(401);
    expect((await call(reference, '/api/files/fil_nope', { token: alice })).status).toBe(404);
  });

  it('keeps an upload as the bytes sent, served back unchanged', async () => {
    const bytes = new Uint8Array(10 * 1024 * 1024).fill(0x61);
    const file = Attachment.parse((await upload(alice, form(bytes, 'big.txt', 'text/plain'))).body);
    const stored = reference.store.state.files.find((f) => f.id === file.id);
    expect(stored?.content).toBeInstanceOf(Uint8Array);
    expect(stored?.content.byteLength).toBe(bytes.byteLength);
    const response = await getResponse(
      reference.handlers,
      new Request(`http://helpdock.test${file.url}`, { headers: { authorization: `Bearer ${alice}` } }),
    );
    const served = Buffer.from(await (response as Response).arrayBuffer());
    expect(served.equals(Buffer.from(bytes))).toBe(true);
  });

  it('holds each uploader to a 100 MiB quota (413), without touching anyone else’s', async () => {
    const actor = { requestId: 'req_test', tenantId: 'ten_acme', userId: null };
    const owner = reference.store.directory.userByEmail('alice@acme.test');
    if (!owner) throw new Error('no alice');
    const chunk = new Uint8Array(10 * 1024 * 1024 - 100);
    for (let i = 0; i < 10; i++)
      reference.store.files.add(
        actor,
        { user: owner },
        {
          filename: `f${i}.txt`,
          contentType: 'text/plain',
          bytes: chunk,
          ticketId: null,
        },
      );
    expect((await upload(alice, form(samples.text, 'small.txt', 'text/plain'))).status).toBe(201);
    const over = await upload(alice, form(new Uint8Array(2000).fill(0x61), 'over.txt', 'text/plain'));
    expect(over.status).toBe(413);
    expect(isEnvelope(over, 'payload_too_large')).toBe(true);
    expect(over.body.error.message).toMatch(/100 MiB/);
    expect((await upload(bob, form(samples.text, 'b.txt', 'text/plain'))).status).toBe(201);
  });

  it('keeps GET /__helpdock/store readable: sizes instead of bytes', async () => {
    await upload(alice, form(samples.png, 'a.png', 'image/png'));
    const store = await call(reference, '/__helpdock/store');
    expect(store.body.files[0].content).toBe(`<${samples.png.byteLength} bytes>`);
  });
});

describe('attachments on tickets', () => {
  it('links the caller’s unattached uploads to a new ticket and to messages, once', async () => {
    const first = Attachment.parse((await upload(alice, form(samples.png, 'a.png', 'image/png'))).body);
    const created = await call(reference, '/api/customers/me/tickets', {
      token: alice,
      json: { title: 'See screenshot', description: 'Attached', attachmentIds: [first.id] },
    });
    expect(created.status).toBe(201);
    const ticket = TicketDetail.parse(created.body);
    expect(ticket.attachments.map((a) => a.id)).toEqual([first.id]);
    expect(ticket.messages[0]?.attachments.map((a) => a.id)).toEqual([first.id]);

    const reused = await call(reference, `/api/customers/me/tickets/${ticket.id}/messages`, {
      token: alice,
      json: { body: 'again', attachmentIds: [first.id] },
    });
    expect(reused.status).toBe(422);
    expect(reused.body.error.details[0].path).toBe('attachmentIds.0');

    const onTicket = await upload(
      alice,
      form(samples.csv, 'orders.csv', 'text/csv'),
      `/api/customers/me/tickets/${ticket.id}/attachments`,
    );
    expect(onTicket.status).toBe(201);
    const csv = Attachment.parse(onTicket.body);
    const withCsv = await call(reference, `/api/customers/me/tickets/${ticket.id}/messages`, {
      token: alice,
      json: { body: 'The export', attachmentIds: [csv.id] },
    });
    expect(withCsv.status).toBe(201);
    const detail = TicketDetail.parse(
      (await call(reference, `/api/customers/me/tickets/${ticket.id}`, { token: alice })).body,
    );
    expect(detail.attachments.map((a) => a.id)).toEqual([first.id, csv.id]);

    const bobsFile = Attachment.parse((await upload(bob, form(samples.png, 'b.png', 'image/png'))).body);
    const stolen = await call(reference, '/api/customers/me/tickets', {
      token: alice,
      json: { title: 't', description: 'd', attachmentIds: [bobsFile.id] },
    });
    expect(stolen.status).toBe(422);
    const other = Attachment.parse((await upload(alice, form(samples.png, 'c.png', 'image/png'))).body);
    const dup = await call(reference, '/api/customers/me/tickets', {
      token: alice,
      json: { title: 't', description: 'd', attachmentIds: [other.id, other.id] },
    });
    expect(dup.status).toBe(422);
    expect(reference.store.state.threads.filter((t) => t.subject === 't')).toHaveLength(0);
  });

  it('uploads to a ticket only when it is the caller’s and not closed', async () => {
    const png = () => form(samples.png, 'a.png', 'image/png');
    expect((await upload(bob, png(), '/api/customers/me/tickets/thr_acme_login/attachments')).status).toBe(
      404,
    );
    expect((await upload(carol, png(), '/api/customers/me/tickets/thr_acme_login/attachments')).status).toBe(
      404,
    );
    expect((await upload(alice, png(), '/api/customers/me/tickets/thr_nope/attachments')).status).toBe(404);
    const closed = await upload(bob, png(), '/api/customers/me/tickets/thr_acme_closed/attachments');
    expect(closed.status).toBe(409);
    expect(isEnvelope(closed, 'conflict')).toBe(true);
    expect((await upload(alice, png(), '/api/customers/me/tickets/thr_acme_login/attachments')).status).toBe(
      201,
    );
  });
});

async function fetchBytes(url: string, token: string): Promise<Uint8Array> {
  const { getResponse } = await import('msw');
  const response = await getResponse(
    reference.handlers,
    new Request(`http://helpdock.test${url}`, { headers: { authorization: `Bearer ${token}` } }),
  );
  return new Uint8Array(await (response as Response).arrayBuffer());
}
