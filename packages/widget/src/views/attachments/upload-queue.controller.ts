import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChatAttachment, FileAccess } from '../../core/attachments.js';
import { statusOf } from '../../core/errors.js';
import { randomId } from '../../core/ids.js';
import { validateAttachment } from '../../core/validation.js';
import type { MessageKey } from '../../i18n/index.js';

/** At most this many files go with one message (the routes' `attachment_ids` limit). */
export const MAX_FILES_PER_MESSAGE = 10;

/** A file picked for the next message, from the pick to its upload. */
export interface PendingFile {
  /** Local key (two files may share a name). */
  key: string;
  /** The file's name. */
  name: string;
  /** Its size in bytes. */
  size: number;
  /** `invalid`: refused before upload; `failed`: the upload did not work (retry or remove). */
  state: 'uploading' | 'uploaded' | 'failed' | 'invalid';
  /** Bytes sent so far and in all (the multipart body), while uploading. */
  progress: { loaded: number; total: number };
  /** Why it cannot be sent (`invalid` and `failed`). */
  error?: MessageKey | undefined;
  /** The upload, once stored. */
  attachment?: ChatAttachment | undefined;
}

/** Why the message cannot be sent yet: uploads still running, or files in error. */
export type SendBlocker = 'attachWait' | 'attachFix';

/**
 * The composer's files, as a Lit reactive controller: checks each picked file (type, size, count)
 * before any byte is sent, uploads the good ones at once with progress, and lets each be
 * cancelled, retried or removed. Only uploaded files go with a message: a `File` cannot wait in
 * the outbox across a reload, an uploaded file's id can.
 */
export class UploadQueueController implements ReactiveController {
  /** The files picked for the next message, in the order picked. */
  files: PendingFile[] = [];

  private access: FileAccess | null = null;
  private readonly sources = new Map<string, File>();
  private readonly uploads = new Map<string, AbortController>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Uploads go through `access` from now on; a different conversation starts with no files. */
  setAccess(access: FileAccess | null): void {
    if (access === this.access) return;
    this.access = access;
    this.clear();
  }

  /** Whether files can be attached at all (the viewer has an upload route). */
  get enabled(): boolean {
    return Boolean(this.access?.upload);
  }

  /** The uploaded files, ready to go with the message. */
  get attachments(): ChatAttachment[] {
    return this.files.flatMap((file) => (file.attachment ? [file.attachment] : []));
  }

  /** Why sending must wait, or `null` when every file is uploaded. */
  get blocker(): SendBlocker | null {
    if (this.files.some((file) => file.state === 'uploading')) return 'attachWait';
    if (this.files.some((file) => file.state === 'failed' || file.state === 'invalid')) return 'attachFix';
    return null;
  }

  /** Checks `picked` and uploads the acceptable ones. */
  add(picked: Iterable<File>): void {
    for (const file of picked) {
      const key = randomId();
      const counted = this.files.filter((entry) => entry.state !== 'invalid').length;
      const error =
        validateAttachment(file)?.key ?? (counted >= MAX_FILES_PER_MESSAGE ? 'attachTooMany' : undefined);
      this.files = [
        ...this.files,
        {
          key,
          name: file.name,
          size: file.size,
          state: error ? 'invalid' : 'uploading',
          progress: { loaded: 0, total: file.size },
          error,
        },
      ];
      if (!error) {
        this.sources.set(key, file);
        void this.upload(key);
      }
    }
    this.host.requestUpdate();
  }

  /** Drops a file (stopping its upload if it is still running). */
  remove(key: string): void {
    this.uploads.get(key)?.abort();
    this.uploads.delete(key);
    this.sources.delete(key);
    this.files = this.files.filter((file) => file.key !== key);
    this.host.requestUpdate();
  }

  /** Uploads a failed file again. */
  retry(key: string): void {
    if (!this.sources.has(key)) return;
    this.patch(key, { state: 'uploading', error: undefined, progress: { loaded: 0, total: 0 } });
    void this.upload(key);
  }

  /** Puts already uploaded files back (a send that failed keeps its files). */
  restore(attachments: readonly ChatAttachment[]): void {
    const known = new Set(this.attachments.map((file) => file.id));
    const added = attachments
      .filter((file) => !known.has(file.id))
      .map(
        (attachment): PendingFile => ({
          key: randomId(),
          name: attachment.filename,
          size: attachment.size,
          state: 'uploaded',
          progress: { loaded: attachment.size, total: attachment.size },
          attachment,
        }),
      );
    if (added.length === 0) return;
    this.files = [...this.files, ...added];
    this.host.requestUpdate();
  }

  /** Forgets every file, stopping running uploads (the message went out, or the conversation changed). */
  clear(): void {
    for (const upload of this.uploads.values()) upload.abort();
    this.uploads.clear();
    this.sources.clear();
    this.files = [];
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.clear();
  }

  private async upload(key: string): Promise<void> {
    const file = this.sources.get(key);
    const upload = this.access?.upload;
    if (!file || !upload) return;
    const stop = new AbortController();
    this.uploads.set(key, stop);
    try {
      const attachment = await upload(file, {
        signal: stop.signal,
        onUploadProgress: (progress) => {
          if (!stop.signal.aborted) this.patch(key, { progress });
        },
      });
      if (stop.signal.aborted) return;
      this.patch(key, {
        state: 'uploaded',
        attachment,
        progress: { loaded: file.size, total: file.size },
      });
    } catch (error) {
      if (stop.signal.aborted) return;
      this.patch(key, { state: 'failed', error: uploadErrorKey(error) });
    } finally {
      if (this.uploads.get(key) === stop) this.uploads.delete(key);
    }
  }

  private patch(key: string, change: Partial<PendingFile>): void {
    this.files = this.files.map((file) => (file.key === key ? { ...file, ...change } : file));
    this.host.requestUpdate();
  }
}

/** The sentence for a failed upload: the server's type and size refusals, else offline or generic. */
function uploadErrorKey(error: unknown): MessageKey {
  const status = statusOf(error);
  if (status === 413) return 'fileTooLarge';
  if (status === 415) return 'fileType';
  if (status === 401) return 'errorExpired';
  return status === undefined ? 'attachOffline' : 'attachFailed';
}
