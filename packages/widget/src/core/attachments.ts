import type { UploadProgress } from '@helpdock/sdk/lite';

/** A file on a message, as the conversation view lists it. */
export interface ChatAttachment {
  /** The file's id: what the download routes and `attachment_ids` name. */
  id: string;
  /** The file's name. */
  filename: string;
  /** Its size in bytes. */
  size: number;
  /** Its MIME type (images get a thumbnail). */
  contentType: string;
}

/** Options of {@link FileAccess.upload}. */
export interface UploadCall {
  /** Aborts the upload (the visitor cancelled it). */
  signal: AbortSignal;
  /** Reports the body going out. */
  onUploadProgress(progress: UploadProgress): void;
}

/**
 * How the viewer of one conversation uploads and downloads files, through the routes scoped to
 * them: the portal token's routes for a visitor, the customer's or the staff's with their token.
 * Each screen builds one per conversation and hands it to the shared conversation view.
 */
export interface FileAccess {
  /** Uploads a file to attach to the next message; absent: the viewer cannot attach files. */
  upload?(file: File, call: UploadCall): Promise<ChatAttachment>;
  /**
   * A URL that downloads the file as it is (the credential is in its path); absent or `undefined`:
   * the download needs a header, so it goes through {@link load}.
   */
  href?(file: ChatAttachment): string | undefined;
  /** The file's bytes, fetched with the viewer's credential (thumbnails, header-only downloads). */
  load(file: ChatAttachment, signal?: AbortSignal): Promise<Blob>;
}

/** An uploaded file (snake_case or camelCase routes) as a chat attachment. */
export function toChatAttachment(file: {
  id: string;
  filename: string;
  size: number;
  content_type?: string;
  contentType?: string;
}): ChatAttachment {
  return {
    id: file.id,
    filename: file.filename,
    size: file.size,
    contentType: file.contentType ?? file.content_type ?? 'application/octet-stream',
  };
}

/** Whether a file can show as a thumbnail (an image type the server accepts). */
export function isPreviewable(file: ChatAttachment): boolean {
  return /^image\/(png|jpeg|gif|webp)$/.test(file.contentType);
}

/** A file size for people: `512 B`, `34 KB`, `2.5 MB`. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Where a portal visitor downloads a file: the token-scoped route (the token is the credential). */
export function portalFileUrl(apiBase: string, token: string, fileId: string): string {
  return `${apiBase.replace(/\/+$/, '')}/api/support/portal/${encodeURIComponent(token)}/files/${encodeURIComponent(fileId)}`;
}
