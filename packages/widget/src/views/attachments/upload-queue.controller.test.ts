import type { ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import type { ChatAttachment, FileAccess, UploadCall } from '../../core/attachments.js';
import { MAX_FILES_PER_MESSAGE, UploadQueueController } from './upload-queue.controller.js';

const host = (): ReactiveControllerHost =>
  ({
    addController() {},
    removeController() {},
    requestUpdate() {},
    updateComplete: Promise.resolve(true),
  }) as ReactiveControllerHost;

const file = (name: string, size = 10, type = 'image/png') =>
  new File([new Uint8Array(size)], name, { type });

/** A fake upload route: each upload waits until the test finishes or fails it. */
function fakeAccess() {
  const running = new Map<string, { call: UploadCall; resolve(): void; reject(error: unknown): void }>();
  const started: string[] = [];
  const access: FileAccess = {
    upload: (picked, call) =>
      new Promise<ChatAttachment>((resolve, reject) => {
        started.push(picked.name);
        call.signal.addEventListener('abort', () => reject(call.signal.reason));
        running.set(picked.name, {
          call,
          resolve: () =>
            resolve({
              id: `file_${picked.name}`,
              filename: picked.name,
              size: picked.size,
              contentType: picked.type,
            }),
          reject,
        });
      }),
    load: async () => new Blob(),
  };
  return { access, running, started };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('UploadQueueController', () => {
  it('refuses a file of the wrong type or over 10 MiB before uploading anything, with its reason', () => {
    const { access, started } = fakeAccess();
    const queue = new UploadQueueController(host());
    queue.setAccess(access);
    queue.add([file('tool.exe', 10, 'application/x-msdownload'), file('huge.png', 10 * 1024 * 1024 + 1)]);
    expect(queue.files.map((f) => [f.name, f.state, f.error])).toEqual([
      ['tool.exe', 'invalid', 'fileType'],
      ['huge.png', 'invalid', 'fileTooLarge'],
    ]);
    expect(started).toEqual([]);
    expect(queue.blocker).toBe('attachFix');
    expect(queue.attachments).toEqual([]);
  });

  it('uploads at once, shows progress, and holds the message until every file is uploaded', async () => {
    const { access, running } = fakeAccess();
    const queue = new UploadQueueController(host());
    queue.setAccess(access);
    queue.add([file('shot.png'), file('invoice.pdf', 20, 'application/pdf')]);
    expect(queue.blocker).toBe('attachWait');
    running.get('shot.png')!.call.onUploadProgress({ loaded: 5, total: 10 });
    expect(queue.files[0]?.progress).toEqual({ loaded: 5, total: 10 });
    running.get('shot.png')!.resolve();
    running.get('invoice.pdf')!.resolve();
    await settle();
    expect(queue.files.map((f) => f.state)).toEqual(['uploaded', 'uploaded']);
    expect(queue.blocker).toBeNull();
    expect(queue.attachments.map((a) => a.id)).toEqual(['file_shot.png', 'file_invoice.pdf']);
  });

  it('cancels an upload in flight: the request is aborted and the file is gone', async () => {
    const { access, running } = fakeAccess();
    const queue = new UploadQueueController(host());
    queue.setAccess(access);
    queue.add([file('shot.png'), file('notes.txt', 10, 'text/plain')]);
    const key = queue.files[0]!.key;
    queue.remove(key);
    expect(running.get('shot.png')!.call.signal.aborted).toBe(true);
    running.get('notes.txt')!.resolve();
    await settle();
    expect(queue.files.map((f) => f.name)).toEqual(['notes.txt']);
    expect(queue.blocker).toBeNull();
  });

  it('says an upload failed offline, and a retry sends the same file again', async () => {
    const { access, running, started } = fakeAccess();
    const queue = new UploadQueueController(host());
    queue.setAccess(access);
    queue.add([file('shot.png')]);
    running.get('shot.png')!.reject(new TypeError('Failed to fetch'));
    await settle();
    expect(queue.files[0]).toMatchObject({ state: 'failed', error: 'attachOffline' });
    expect(queue.blocker).toBe('attachFix');
    queue.retry(queue.files[0]!.key);
    expect(queue.files[0]?.state).toBe('uploading');
    running.get('shot.png')!.resolve();
    await settle();
    expect(started).toEqual(['shot.png', 'shot.png']);
    expect(queue.files[0]?.state).toBe('uploaded');
  });

  it("maps the server's refusals to their sentences", async () => {
    const { access, running } = fakeAccess();
    const queue = new UploadQueueController(host());
    queue.setAccess(access);
    queue.add([file('a.png'), file('b.png'), file('c.png')]);
    running.get('a.png')!.reject({ status: 415 });
    running.get('b.png')!.reject({ status: 413 });
    running.get('c.png')!.reject({ status: 500 });
    await settle();
    expect(queue.files.map((f) => f.error)).toEqual(['fileType', 'fileTooLarge', 'attachFailed']);
  });

  it(`takes at most ${MAX_FILES_PER_MESSAGE} files for one message`, () => {
    const { access, started } = fakeAccess();
    const queue = new UploadQueueController(host());
    queue.setAccess(access);
    queue.add(Array.from({ length: MAX_FILES_PER_MESSAGE + 1 }, (_, i) => file(`f${i}.png`)));
    expect(started).toHaveLength(MAX_FILES_PER_MESSAGE);
    expect(queue.files.at(-1)).toMatchObject({ state: 'invalid', error: 'attachTooMany' });
  });

  it('starts empty in another conversation, stopping the uploads of the previous one', () => {
    const first = fakeAccess();
    const queue = new UploadQueueController(host());
    queue.setAccess(first.access);
    queue.add([file('shot.png')]);
    queue.setAccess(fakeAccess().access);
    expect(first.running.get('shot.png')!.call.signal.aborted).toBe(true);
    expect(queue.files).toEqual([]);
  });

  it('puts back the files of a send that failed, once each', () => {
    const queue = new UploadQueueController(host());
    queue.setAccess(fakeAccess().access);
    const uploaded = { id: 'file_1', filename: 'shot.png', size: 10, contentType: 'image/png' };
    queue.restore([uploaded]);
    queue.restore([uploaded]);
    expect(queue.attachments).toEqual([uploaded]);
    expect(queue.blocker).toBeNull();
  });

  it('offers no attaching without an upload route', () => {
    const queue = new UploadQueueController(host());
    queue.setAccess({ load: async () => new Blob() });
    expect(queue.enabled).toBe(false);
  });
});
