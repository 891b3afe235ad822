import type { Attachment, UploadContentType } from '@helpdock/sdk/schemas';
import { ApiError, fail } from '../core/errors.js';
import { randomId } from '../core/ids.js';
import type { Actor, StoreContext } from './context.js';
import type { FileRecord, MessageRecord, TokenRecord, UserRecord } from './records.js';

/** A file ready to be stored: already checked (type by content, size) and named safely. */
export interface NewFile {
  /** Sanitised file name. */
  filename: string;
  /** MIME type detected from the content. */
  contentType: UploadContentType;
  /** The file's content. */
  bytes: Uint8Array;
  /** The ticket it is uploaded to, when it is uploaded to one. */
  ticketId: string | null;
}

/** A file as served by `GET /api/files/{id}`. */
export interface FileDownload {
  /** File name for `Content-Disposition`. */
  filename: string;
  /** MIME type for `Content-Type`. */
  contentType: UploadContentType;
  /** The file's content. */
  bytes: Uint8Array;
}

/** The URL a file is downloaded from. */
export const fileUrl = (id: string): string => `/api/files/${encodeURIComponent(id)}`;

/** The customer's view of a stored file. */
export function toAttachment(file: FileRecord): Attachment {
  return {
    id: file.id,
    filename: file.filename,
    contentType: file.content_type,
    size: file.size,
    url: fileUrl(file.id),
    createdAt: file.created_at,
  };
}

/** The attachment a message carries for a stored file. */
export function toMessageAttachment(file: FileRecord): MessageRecord['attachments'][number] {
  return {
    id: file.id,
    filename: file.filename,
    content_type: file.content_type,
    size: file.size,
    url: fileUrl(file.id),
    created_at: file.created_at,
  };
}

/** Storage each uploader (customer or visitor) may fill: 100 MiB (SPEC §10). */
export const UPLOAD_QUOTA_BYTES = 100 * 1024 * 1024;

/**
 * Uploaded files (SPEC §5): stored per tenant and owner, linked to a ticket and message at most once,
 * and served only to their owner and the tenant's staff (everyone else gets a 404).
 */
export class FileStore {
  constructor(private readonly ctx: StoreContext) {}

  /** Stores an upload by `user` (its owner); 413 when it would take the owner past its 100 MiB quota. */
  add(actor: Actor, user: UserRecord, input: NewFile): Attachment {
    this.checkQuota((f) => f.owner_user_id === user.id, input);
    const file: FileRecord = {
      id: randomId('fil'),
      tenant_id: actor.tenantId,
      owner_user_id: user.id,
      owner_token_id: null,
      customer_id: user.customer_id,
      filename: input.filename,
      content_type: input.contentType,
      size: input.bytes.byteLength,
      ticket_id: input.ticketId,
      message_id: null,
      created_at: this.ctx.nowIso(),
      content: input.bytes,
    };
    this.ctx.state.files.push(file);
    return toAttachment(file);
  }

  /** Stores a portal visitor's upload; the token that uploaded it owns it (same 100 MiB quota). */
  addForToken(actor: Actor, token: TokenRecord, input: NewFile): MessageRecord['attachments'][number] {
    this.checkQuota((f) => f.owner_token_id === token.id, input);
    const file: FileRecord = {
      id: randomId('fil'),
      tenant_id: actor.tenantId,
      owner_user_id: null,
      owner_token_id: token.id,
      customer_id: null,
      filename: input.filename,
      content_type: input.contentType,
      size: input.bytes.byteLength,
      ticket_id: null,
      message_id: null,
      created_at: this.ctx.nowIso(),
      content: input.bytes,
    };
    this.ctx.state.files.push(file);
    return toMessageAttachment(file);
  }

  /**
   * The files `ids` name, checked for linking to a portal message: each must be an upload of
   * `token` not attached to anything yet (else a 422 naming the id).
   */
  linkableForToken(token: TokenRecord, ids: readonly string[]): FileRecord[] {
    return this.checkLinkable(
      ids,
      'attachment_ids',
      (f) => f.tenant_id === token.tenant_id && f.owner_token_id === token.id,
      null,
    );
  }

  /**
   * The files `ids` name, checked for linking to a message on `ticketId` (or to a new ticket when
   * `ticketId` is null): each must exist, be `user`'s own, and not be linked yet (a file uploaded to
   * this very ticket but not yet on a message may be linked). Anything else is a 422 naming the id.
   * Checks only: call {@link link} once the message exists.
   */
  linkable(user: UserRecord, ids: readonly string[], ticketId: string | null): FileRecord[] {
    return this.checkLinkable(
      ids,
      'attachmentIds',
      (f) => f.tenant_id === user.tenant_id && f.owner_user_id === user.id,
      ticketId,
    );
  }

  /** 413 when `input` would take an uploader (the files `owned` picks) past its 100 MiB quota. */
  private checkQuota(owned: (file: FileRecord) => boolean, input: NewFile): void {
    let used = 0;
    for (const f of this.ctx.state.files) if (owned(f)) used += f.size;
    if (used + input.bytes.byteLength > UPLOAD_QUOTA_BYTES) {
      throw new ApiError('payload_too_large', 'Your uploads have reached the storage quota of 100 MiB');
    }
  }

  private checkLinkable(
    ids: readonly string[],
    field: string,
    owned: (file: FileRecord) => boolean,
    ticketId: string | null,
  ): FileRecord[] {
    if (new Set(ids).size !== ids.length) {
      throw fail.invalid('An attachment is listed twice', [{ path: field, message: 'Duplicate ids' }]);
    }
    return ids.map((id, index) => {
      const file = this.ctx.state.files.find((f) => f.id === id && owned(f));
      const free =
        file !== undefined &&
        file.message_id === null &&
        (file.ticket_id === null || (ticketId !== null && file.ticket_id === ticketId));
      if (!file || !free) {
        throw fail.invalid('Attachments must be your own uploads not attached to anything yet', [
          { path: `${field}.${index}`, message: 'Not one of your unattached uploads' },
        ]);
      }
      return file;
    });
  }

  /** Links checked files to a ticket's message. */
  link(files: readonly FileRecord[], ticketId: string, messageId: string): void {
    for (const file of files) {
      file.ticket_id = ticketId;
      file.message_id = messageId;
    }
  }

  /** Every file of a ticket (uploaded to it or attached to its messages), oldest first. */
  ofTicket(tenantId: string, ticketId: string): Attachment[] {
    return this.ctx.state.files
      .filter((f) => f.tenant_id === tenantId && f.ticket_id === ticketId)
      .map(toAttachment);
  }

  /** A file for download by `user`: its owner or staff of its tenant; 404 for anyone else. */
  download(user: UserRecord, id: string): FileDownload {
    const file = this.ctx.state.files.find((f) => f.id === id && f.tenant_id === user.tenant_id);
    const isStaff = user.role === 'admin' || user.role === 'ops';
    if (!file || !(isStaff || file.owner_user_id === user.id)) throw fail.notFound('File');
    return toDownload(file);
  }

  /**
   * A file for download with a portal token: one attached to a thread `inScope` accepts, or the
   * token's own upload; 404 for anything else.
   */
  downloadForToken(token: TokenRecord, id: string, inScope: (threadId: string) => boolean): FileDownload {
    const file = this.ctx.state.files.find((f) => f.id === id && f.tenant_id === token.tenant_id);
    const visible =
      file && (file.owner_token_id === token.id || (file.ticket_id !== null && inScope(file.ticket_id)));
    if (!file || !visible) throw fail.notFound('File');
    return toDownload(file);
  }
}

/** A stored file as served for download. */
function toDownload(file: FileRecord): FileDownload {
  return {
    filename: file.filename,
    contentType: file.content_type,
    bytes: file.content,
  };
}
