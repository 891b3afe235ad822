import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type ChatAttachment, type FileAccess, isPreviewable } from '../../core/attachments.js';

interface Preview {
  /** The image's `blob:` URL, once loaded. */
  url?: string;
  /** The image could not be loaded or shown (e.g. a CSP `img-src` without `blob:`): chip only. */
  failed?: boolean;
}

/**
 * Thumbnails and downloads of a conversation's files, as a Lit reactive controller. Images are
 * fetched with the viewer's credential into `blob:` URLs (so no API origin needs to be in the
 * page's `img-src`); an image that cannot load or show falls back to its chip. Downloads that
 * need a header go through a `blob:` URL too. Every URL is revoked when the host leaves the page
 * or the conversation changes.
 */
export class FilePreviewsController implements ReactiveController {
  /** Ids of files whose download just failed (the chip says so). */
  readonly failedDownloads = new Set<string>();

  private access: FileAccess | null = null;
  private readonly previews = new Map<string, Preview>();
  private stop = new AbortController();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Files load through `access` from now on; the previous conversation's previews are dropped. */
  setAccess(access: FileAccess | null): void {
    if (access === this.access) return;
    this.reset();
    this.access = access;
  }

  /** The thumbnail URL of `file` when it has one (starts loading it on first ask). */
  thumbnail(file: ChatAttachment): string | undefined {
    if (!this.access || !isPreviewable(file)) return undefined;
    const preview = this.previews.get(file.id);
    if (!preview) void this.loadPreview(file);
    return preview?.failed ? undefined : preview?.url;
  }

  /** The thumbnail could not be shown: fall back to the chip. */
  thumbnailFailed(file: ChatAttachment): void {
    this.previews.set(file.id, { failed: true });
    this.host.requestUpdate();
  }

  /** A URL that downloads `file` directly (token-scoped routes), when the viewer has one. */
  href(file: ChatAttachment): string | undefined {
    return this.access?.href?.(file);
  }

  /** Downloads `file` through a `blob:` URL (routes that need a bearer header). */
  async download(file: ChatAttachment): Promise<void> {
    const access = this.access;
    if (!access) return;
    this.failedDownloads.delete(file.id);
    this.host.requestUpdate();
    try {
      const blob = await access.load(file, this.stop.signal);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = file.filename;
      link.click();
      // The browser has started the download by then; the URL is not needed after.
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
    } catch {
      if (this.stop.signal.aborted) return;
      this.failedDownloads.add(file.id);
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.reset();
  }

  private async loadPreview(file: ChatAttachment): Promise<void> {
    const access = this.access!;
    const signal = this.stop.signal;
    this.previews.set(file.id, {});
    try {
      const blob = await access.load(file, signal);
      if (signal.aborted) return;
      this.previews.set(file.id, { url: URL.createObjectURL(blob) });
    } catch {
      if (signal.aborted) return;
      this.previews.set(file.id, { failed: true });
    }
    this.host.requestUpdate();
  }

  private reset(): void {
    this.stop.abort();
    this.stop = new AbortController();
    for (const preview of this.previews.values()) if (preview.url) URL.revokeObjectURL(preview.url);
    this.previews.clear();
    this.failedDownloads.clear();
  }
}
