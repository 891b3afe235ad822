import type { Attachment, UploadContentType, UploadedFile } from '@helpdock/sdk/schemas';
import { ApiError, fail } from '../core/errors.js';
import { randomId } from '../core/ids.js';
import type { Actor, StoreContext } from './context.js';
import type { FileRecord, MessageRecord, ThreadRecord, TokenRecord, UserRecord } from './records.js';

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

/** Who uploads a file and may attach it: a signed-in user, or a portal visitor by their token. */
export type FileOwner =
  | {
      /** The signed-in uploader. */
      user: UserRecord;
      /** Not a visitor. */
      token?: undefined;
    }
  | {
      /** The portal token of the visitor uploading. */
      token: TokenRecord;
      /** Not a signed-in user. */
      user?: undefined;
    };

/** True when `owner` uploaded `file`. */
const owns = (owner: FileOwner, file: FileRecord): boolean =>
  owner.user
    ? file.tenant_id === owner.user.tenant_id && file.owner_user_id === owner.user.id
    : file.tenant_id === owner.token.tenant_id && file.owner_token_id === owner.token.id;

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

/** The upload view of the snake_case routes (staff, portal). */
export function toUploadedFile(file: FileRecord): UploadedFile {
  return {
    id: file.id,
    filename: file.filename,
    content_type: file.content_type,
    size: file.size,
    url: fileUrl(file.id),
    created_at: file.created_at,
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

const toDownload = (file: FileRecord): FileDownload => ({
  filename: file.filename,
  contentType: file.content_type,
  bytes: file.content,
});

/**
 * Uploaded files (SPEC §3, §5): stored per tenant and owner (a user, or a portal visitor's token),
 * linked to a thread and message at most once, and served only to those who may see them (everyone
 * else gets a 404): the owner, the tenant's staff, the customer whose ticket carries the file, and
 * portal visitors whose token covers its thread.
 */
export class FileStore {
  constructor(
    private readonly ctx: StoreContext,
    private readonly deps: {
      /** The thread `id` of any tenant, if there is one. */
      thread: (id: string) => ThreadRecord | undefined;
      /** True when a portal token covers a thread. */
      covers: (token: TokenRecord, thread: ThreadRecord) => boolean;
    },
  ) {}

  /** Stores an upload by `owner`; 413 when it would take the owner past its 100 MiB quota. */
  add(actor: Actor, owner: FileOwner, input: NewFile): FileRecord {
    let used = 0;
    for (const f of this.ctx.state.files) if (owns(owner, f)) used += f.size;
    if (used + input.bytes.byteLength > UPLOAD_QUOTA_BYTES) {
      throw new ApiError('payload_too_large', 'Your uploads have reached the storage quota of 100 MiB');
    }
    const file: FileRecord = {
      id: randomId('fil'),
      tenant_id: actor.tenantId,
      owner_user_id: owner.user?.id ?? null,
      owner_token_id: owner.token?.id ?? null,
      customer_id: owner.user?.customer_id ?? null,
      filename: input.filename,
      content_type: input.contentType,
      size: input.bytes.byteLength,
      ticket_id: input.ticketId,
      message_id: null,
      created_at: this.ctx.nowIso(),
      content: input.bytes,
    };
    this.ctx.state.files.push(file);
    return file;
  }

  /**
   * The files `ids` name, checked for linking to a message on `ticketId` (or to a new ticket when
   * `ticketId` is null): each must exist, be `owner`'s own, and not be linked yet (a file uploaded to
   * this very ticket but not yet on a message may be linked). Anything else is a 422 naming the id
   * under `field` (the body's name for the list). Checks only: call {@link link} once the message exists.
   */
  linkable(
    owner: FileOwner,
    ids: readonly string[],
    ticketId: string | null,
    field = 'attachmentIds',
  ): FileRecord[] {
    if (new Set(ids).size !== ids.length) {
      throw fail.invalid('An attachment is listed twice', [{ path: field, message: 'Duplicate ids' }]);
    }
    return ids.map((id, index) => {
      const file = this.ctx.state.files.find((f) => f.id === id && owns(owner, f));
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

  /**
   * A file for download by `user`: its owner, staff of its tenant, or the customer whose ticket it is
   * on (so a staff attachment reaches the customer); 404 for anyone else.
   */
  download(user: UserRecord, id: string): FileDownload {
    const file = this.ctx.state.files.find((f) => f.id === id && f.tenant_id === user.tenant_id);
    const isStaff = user.role === 'admin' || user.role === 'ops';
    const onOwnTicket =
      file?.ticket_id != null &&
      user.customer_id !== null &&
      this.deps.thread(file.ticket_id)?.customer_id === user.customer_id;
    if (!file || !(isStaff || file.owner_user_id === user.id || onOwnTicket)) throw fail.notFound('File');
    return toDownload(file);
  }

  /** A file for download through a portal token: the visitor's own upload or a file of a thread in scope. */
  downloadInPortal(token: TokenRecord, id: string): FileDownload {
    const file = this.ctx.state.files.find((f) => f.id === id && f.tenant_id === token.tenant_id);
    const thread = file?.ticket_id != null ? this.deps.thread(file.ticket_id) : undefined;
    const inScope = thread !== undefined && this.deps.covers(token, thread);
    if (!file || !(inScope || file.owner_token_id === token.id)) throw fail.notFound('File');
    return toDownload(file);
  }
}
