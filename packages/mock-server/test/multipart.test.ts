import { describe, expect, it } from 'vitest';
import { CheckedBodies } from '../src/core/checked-bodies.js';
import { multipartBoundary, parseMultipart } from '../src/core/multipart.js';

const encoder = new TextEncoder();

/** What `Response.formData()` (undici) makes of a body: entries as plain values, or 'failure'. */
async function standardParse(body: Uint8Array, contentType: string): Promise<unknown> {
  try {
    const form = await new Response(body as BodyInit, {
      headers: { 'content-type': contentType },
    }).formData();
    const entries: unknown[] = [];
    for (const [name, value] of form) {
      entries.push(
        typeof value === 'string'
          ? [name, value]
          : [name, value.name, value.type, Array.from(new Uint8Array(await value.arrayBuffer()))],
      );
    }
    return entries;
  } catch {
    return 'failure';
  }
}

/** The same as {@link standardParse} through {@link parseMultipart}. */
function ourParse(body: Uint8Array, contentType: string): unknown {
  const boundary = multipartBoundary(contentType);
  const parts = boundary === undefined ? undefined : parseMultipart(body, boundary);
  if (!parts) return 'failure';
  return parts.map((part) =>
    part.filename === null
      ? [part.name, new TextDecoder().decode(part.bytes)]
      : [part.name, part.filename, part.type, Array.from(part.bytes)],
  );
}

const CRLF = '\r\n';
const part = (headers: string[], content: string) => `${headers.join(CRLF)}${CRLF}${CRLF}${content}${CRLF}`;

describe('multipart/form-data parsing', () => {
  it('reads what FormData sends exactly as Response.formData() does, without copying the file', async () => {
    const form = new FormData();
    form.append('note', 'héllo\r\nworld');
    form.append(
      'file',
      new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 255, 13, 10])], { type: 'Application/PDF' }),
      'a "b".pdf',
    );
    form.append('file', new Blob(['x']), 'second.txt');
    const request = new Request('http://x/', { method: 'POST', body: form });
    const contentType = request.headers.get('content-type') ?? '';
    const body = new Uint8Array(await request.arrayBuffer());
    expect(ourParse(body, contentType)).toEqual(await standardParse(body, contentType));
    const parts = parseMultipart(body, multipartBoundary(contentType) ?? '') ?? [];
    expect(parts[1]?.bytes.buffer).toBe(body.buffer);
  });

  it('agrees with Response.formData() on hand-written and malformed bodies', async () => {
    const type = 'multipart/form-data; boundary=XyZ';
    const bodies = [
      `--XyZ${CRLF}${part(['Content-Disposition: form-data; name="file"; filename="a.txt"', 'Content-Type: text/csv'], 'a,b')}--XyZ--`,
      `${CRLF}${CRLF}--XyZ${CRLF}${part(['content-disposition: form-data; name="f"'], 'v')}--XyZ--${CRLF}${CRLF}`,
      `--XyZ${CRLF}${part(['Content-Disposition: form-data; name="file"; filename*="b.txt"'], 'b')}--XyZ--`,
      `--XyZ${CRLF}${part(['Content-Disposition: form-data; name="file"; filename="c.txt"', 'Content-Type: téxt/plain'], 'c')}--XyZ--`,
      `--XyZ${CRLF}${part(['Content-Disposition: form-data; name="file"; filename="d"', 'Content-Transfer-Encoding: base64'], 'aGk=')}--XyZ--`,
      `--XyZ${CRLF}${part(['Content-Disposition: form-data; name="file"; filename="e"'], '')}--XyZ--`,
      `--XyZ${CRLF}${part(['X-Extra: 1', 'Content-Disposition: form-data; name="n%22q%0A"'], 'v')}--XyZ--`,
      `--XyZ${CRLF}${part(['Content-Disposition: attachment; name="file"'], 'x')}--XyZ--`,
      `--XyZ${CRLF}${part(['Content-Type: text/plain'], 'no name')}--XyZ--`,
      `--XyZ${CRLF}${part(['Bad Header: 1', 'Content-Disposition: form-data; name="a"'], 'x')}--XyZ--`,
      `--XyZ${CRLF}${part(['Content-Disposition: form-data; name="a'], 'x')}--XyZ--`,
      `--XyZ${CRLF}${part(['Content-Disposition: form-data; name="a"'], 'never closed')}`,
      `--Other${CRLF}${part(['Content-Disposition: form-data; name="a"'], 'x')}--Other--`,
      'not multipart at all',
      '',
      '--XyZ--',
    ];
    for (const text of bodies) {
      const body = encoder.encode(text);
      expect(ourParse(body, type), JSON.stringify(text)).toEqual(await standardParse(body, type));
    }
    const quoted = 'multipart/form-data; boundary="XyZ"';
    const body = encoder.encode(bodies[0] as string);
    expect(ourParse(body, quoted)).toEqual(await standardParse(body, quoted));
    expect(ourParse(body, 'multipart/form-data')).toBe('failure');
  });
});

describe('CheckedBodies', () => {
  it('remembers accepted texts within its bound, forgetting the oldest first', () => {
    const checked = new CheckedBodies(100);
    checked.add('a'.repeat(8));
    expect(checked.has('a'.repeat(8))).toBe(true);
    expect(checked.has('b')).toBe(false);
    checked.add('x'.repeat(11));
    expect(checked.has('x'.repeat(11))).toBe(false);
    for (let i = 0; i < 12; i++) checked.add(String(i).padStart(9, '0'));
    expect(checked.has('a'.repeat(8))).toBe(false);
    expect(checked.has('000000011')).toBe(true);
  });
});
