import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HelpdockLiteClient, type UploadProgress } from '../src/lite.js';
import { BASE_URL, NOW } from './fixtures.js';
import { server, useMsw } from './msw.js';

useMsw();

const uploaded = {
  id: 'file_1',
  filename: 'shot.png',
  content_type: 'image/png',
  size: 4,
  url: '/api/support/portal/tok/files/file_1',
  created_at: NOW,
};

const png = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'shot.png', { type: 'image/png' });

/** A stand-in for the browser's XMLHttpRequest: records the request, then plays `script`. */
class FakeXhr {
  static last: FakeXhr | undefined;
  static script: (xhr: FakeXhr) => void = () => undefined;
  method = '';
  url = '';
  status = 0;
  statusText = '';
  responseType = '';
  response: Blob | null = null;
  body: unknown;
  aborted = false;
  readonly requestHeaders: Record<string, string> = {};
  readonly responseHeaders: Record<string, string> = {};
  readonly upload = new EventTarget();
  private readonly events = new EventTarget();

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string): void {
    this.requestHeaders[name] = value;
  }
  addEventListener(type: string, listener: () => void): void {
    this.events.addEventListener(type, listener);
  }
  getAllResponseHeaders(): string {
    return Object.entries(this.responseHeaders)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
  }
  send(body: unknown): void {
    this.body = body;
    FakeXhr.last = this;
    FakeXhr.script(this);
  }
  abort(): void {
    this.aborted = true;
    this.events.dispatchEvent(new Event('abort'));
  }
  progress(loaded: number, total: number): void {
    this.upload.dispatchEvent(
      Object.assign(new Event('progress'), { lengthComputable: true, loaded, total }),
    );
  }
  answer(status: number, json: unknown): void {
    this.status = status;
    this.response = new Blob([JSON.stringify(json)], { type: 'application/json' });
    this.responseHeaders['content-type'] = 'application/json';
    this.responseHeaders['x-request-id'] = 'req_42';
    this.events.dispatchEvent(new Event('load'));
  }
  fail(): void {
    this.events.dispatchEvent(new Event('error'));
  }
}

const portal = () => new HelpdockLiteClient({ baseUrl: BASE_URL, maxRetries: 0 }).portal('tok');

describe('upload progress in a browser (XMLHttpRequest)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeXhr.last = undefined;
  });

  it('reports the body going out and resolves with the answer', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.script = (xhr) => {
      xhr.progress(2, 4);
      xhr.progress(4, 4);
      xhr.answer(201, uploaded);
    };
    const seen: UploadProgress[] = [];
    const file = await portal().uploadAttachment(png(), {
      onUploadProgress: (progress) => seen.push(progress),
      idempotencyKey: 'key-1',
    });
    expect(file).toEqual(uploaded);
    expect(seen).toEqual([
      { loaded: 2, total: 4 },
      { loaded: 4, total: 4 },
    ]);
    const xhr = FakeXhr.last!;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe(`${BASE_URL}/api/support/portal/tok/attachments`);
    expect(xhr.requestHeaders['idempotency-key']).toBe('key-1');
    expect(((xhr.body as FormData).get('file') as File).name).toBe('shot.png');
  });

  it('maps an error answer to the typed error', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.script = (xhr) =>
      xhr.answer(415, { error: { code: 'unsupported_media_type', message: 'Not an accepted type' } });
    await expect(
      portal().uploadAttachment(png(), { onUploadProgress: () => undefined }),
    ).rejects.toMatchObject({
      status: 415,
      code: 'unsupported_media_type',
    });
  });

  it('fails as a connection error when the network drops', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.script = (xhr) => xhr.fail();
    await expect(
      portal().uploadAttachment(png(), { onUploadProgress: () => undefined }),
    ).rejects.toMatchObject({
      code: 'connection_error',
    });
  });

  it('stops the upload when the caller aborts', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.script = () => undefined;
    const stop = new AbortController();
    const upload = portal().uploadAttachment(png(), {
      onUploadProgress: () => undefined,
      signal: stop.signal,
    });
    await vi.waitFor(() => expect(FakeXhr.last).toBeDefined());
    stop.abort(new Error('cancelled by the visitor'));
    await expect(upload).rejects.toThrow('cancelled by the visitor');
    expect(FakeXhr.last?.aborted).toBe(true);
  });
});

describe('upload progress without XMLHttpRequest (Node)', () => {
  it('sends through fetch and reports the whole body once the answer arrives', async () => {
    server.use(
      http.post(`${BASE_URL}/api/support/portal/tok/attachments`, () =>
        HttpResponse.json(uploaded, { status: 201 }),
      ),
    );
    const seen: UploadProgress[] = [];
    await expect(
      portal().uploadAttachment(png(), { onUploadProgress: (progress) => seen.push(progress) }),
    ).resolves.toEqual(uploaded);
    expect(seen).toEqual([{ loaded: 4, total: 4 }]);
  });
});
