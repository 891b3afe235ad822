/** Bytes of small but real-looking files of each kind. */
export const samples = {
  png: Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3,
  ]),
  jpeg: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]),
  gif: new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000'),
  webp: Uint8Array.from([
    ...new TextEncoder().encode('RIFF'),
    0x24,
    0,
    0,
    0,
    ...new TextEncoder().encode('WEBPVP8 '),
  ]),
  pdf: new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n'),
  text: new TextEncoder().encode('Order 4411 still shows as pending.\nThanks, Alice\n'),
  csv: new TextEncoder().encode('order,date,total\n4411,2026-01-03,99.90\n'),
  exe: Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]),
  latin1: Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
};

/** A multipart body with one `file` part. */
export function form(bytes: Uint8Array, filename: string, type: string, field = 'file'): FormData {
  const data = new FormData();
  data.set(field, new Blob([bytes as BlobPart], { type }), filename);
  return data;
}
