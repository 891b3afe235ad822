/** One part of a `multipart/form-data` body. */
export interface FormPart {
  /** The field name. */
  name: string;
  /** The file name; `null` for a plain field. */
  filename: string | null;
  /** A file's type as `File.type` has it (`text/plain` when absent); `null` for a plain field. */
  type: string | null;
  /** The part's bytes: a view into the body, not a copy. */
  bytes: Uint8Array;
}

const CR = 13;
const LF = 10;
const HEADER_NAME = /^[!#$%&'*+\-.^_|~0-9A-Za-z]+$/;
const FORM_DATA_NAME = Buffer.from('form-data; name="');
const FILENAME = Buffer.from('; filename');

/** The `boundary` parameter of a `multipart/form-data` content type (quoted or not). */
export function multipartBoundary(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]*)"|([^;\s]*))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  return boundary ? boundary : undefined;
}

/** A header value's bytes, trailing tabs and spaces removed, read as Latin-1 (as the Fetch standard does). */
const headerValue = (input: Buffer, start: number, end: number): string =>
  input.toString('latin1', start, end).replace(/[\t ]+$/, '');

/** A quoted name from `at` (just after its `"`), with the newline and quote escapes browsers use decoded. */
function quotedName(input: Buffer, at: number): { value: string; end: number } | undefined {
  let end = at;
  while (end < input.length && input[end] !== CR && input[end] !== LF && input[end] !== 0x22) end++;
  if (input[end] !== 0x22) return undefined;
  const value = input
    .toString('utf8', at, end)
    .replace(/%0A/gi, '\n')
    .replace(/%0D/gi, '\r')
    .replace(/%22/g, '"');
  return { value, end: end + 1 };
}

/** A file part's type as `File` would hold it: `text/plain` when absent, empty unless printable ASCII, lower case. */
function fileType(headers: PartHeaders): string | null {
  if (headers.filename === null) return null;
  const type = headers.type ?? 'text/plain';
  return /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '';
}

interface PartHeaders {
  name: string;
  filename: string | null;
  type: string | null;
  base64: boolean;
}

/** Reads a part's header lines from `position` up to and including the blank line. */
function partHeaders(input: Buffer, position: { at: number }): PartHeaders | undefined {
  const headers: PartHeaders = { name: '', filename: null, type: null, base64: false };
  let named = false;
  for (;;) {
    if (input[position.at] === CR && input[position.at + 1] === LF) {
      position.at += 2;
      return named ? headers : undefined;
    }
    let end = position.at;
    while (end < input.length && input[end] !== CR && input[end] !== LF && input[end] !== 0x3a) end++;
    const headerName = input.toString('latin1', position.at, end).replace(/^[\t ]+|[\t ]+$/g, '');
    if (!HEADER_NAME.test(headerName) || input[end] !== 0x3a) return undefined;
    position.at = end + 1;
    while (input[position.at] === 0x20 || input[position.at] === 0x09) position.at++;
    let lineEnd = position.at;
    while (lineEnd < input.length && input[lineEnd] !== CR && input[lineEnd] !== LF) lineEnd++;
    switch (headerName.toLowerCase()) {
      case 'content-disposition': {
        headers.filename = null;
        if (!input.subarray(position.at, position.at + FORM_DATA_NAME.length).equals(FORM_DATA_NAME))
          return undefined;
        const name = quotedName(input, position.at + FORM_DATA_NAME.length);
        if (!name) return undefined;
        headers.name = name.value;
        named = true;
        position.at = name.end;
        if (input.subarray(position.at, position.at + FILENAME.length).equals(FILENAME)) {
          let check = position.at + FILENAME.length;
          if (input[check] === 0x2a) check++;
          if (input[check] !== 0x3d || input[check + 1] !== 0x22) return undefined;
          const filename = quotedName(input, check + 2);
          if (!filename) return undefined;
          headers.filename = filename.value;
          position.at = filename.end;
        }
        break;
      }
      case 'content-type':
        headers.type = headerValue(input, position.at, lineEnd);
        position.at = lineEnd;
        break;
      case 'content-transfer-encoding':
        headers.base64 = headerValue(input, position.at, lineEnd) === 'base64';
        position.at = lineEnd;
        break;
      default:
        position.at = lineEnd;
    }
    // Lenient like the standard's parser: only a line end missing both bytes fails.
    if (input[position.at] !== CR && input[position.at + 1] !== LF) return undefined;
    position.at += 2;
  }
}

/**
 * Parses a `multipart/form-data` body by the Fetch standard's rules (as `Response.formData()` does)
 * without copying: each part's bytes are a view into `body`, so a 10 MiB upload is not copied
 * three more times (into a `Blob`, a `File`, an `ArrayBuffer`) on the event loop. Undefined when
 * the body is malformed.
 */
export function parseMultipart(body: Uint8Array, boundary: string): FormPart[] | undefined {
  let input = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundary}`, 'utf8');
  const position = { at: 0 };
  while (input[position.at] === CR && input[position.at + 1] === LF) position.at += 2;
  let trailing = input.length;
  while (input[trailing - 1] === LF && input[trailing - 2] === CR) trailing -= 2;
  input = input.subarray(0, trailing);
  const parts: FormPart[] = [];
  for (;;) {
    if (!input.subarray(position.at, position.at + delimiter.length).equals(delimiter)) return undefined;
    position.at += delimiter.length;
    const rest = input.length - position.at;
    if (input[position.at] === 0x2d && input[position.at + 1] === 0x2d) {
      if (rest === 2 || (rest === 4 && input[position.at + 2] === CR && input[position.at + 3] === LF))
        return parts;
    }
    if (input[position.at] !== CR || input[position.at + 1] !== LF) return undefined;
    position.at += 2;
    const headers = partHeaders(input, position);
    if (!headers) return undefined;
    const next = input.indexOf(delimiter.subarray(2), position.at);
    if (next === -1) return undefined;
    let bytes: Uint8Array = input.subarray(position.at, next - 4);
    position.at += bytes.length;
    if (headers.base64) bytes = Buffer.from(Buffer.from(bytes).toString(), 'base64');
    if (input[position.at] !== CR || input[position.at + 1] !== LF) return undefined;
    position.at += 2;
    parts.push({ name: headers.name, filename: headers.filename, type: fileType(headers), bytes });
  }
}
