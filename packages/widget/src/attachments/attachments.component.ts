import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { extrasTranslator } from '../extras/strings.js';
import { defineElement } from '../views/shared/light-element.js';
import { attachmentsStyles } from './attachments.styles.js';
import { formatFileSize } from './file-size.js';

/** One file attached to a message, as the chips show it. */
export interface AttachmentItem {
  /** The file's id (what {@link HelpdockAttachments.fetchFile} is called with). */
  id: string;
  /** The file name shown and offered on download. */
  filename: string;
  /** Its MIME type; `image/*` files get a thumbnail. */
  contentType: string;
  /** Its size in bytes. */
  size: number;
}

/** Largest image shown as a thumbnail (bigger ones are a chip only, so nothing heavy loads unasked). */
const THUMBNAIL_MAX_BYTES = 2 * 1024 * 1024;
/** How long a download's object URL lives: long enough for the browser to start saving. */
const DOWNLOAD_URL_MS = 60_000;

/**
 * The files of one message as chips with name and size; images also as thumbnails when the page's
 * CSP allows `blob:` images (else the chip alone). A click downloads the file through
 * {@link fetchFile}, which carries the caller's credential (a portal token or an access token).
 *
 * @tag helpdock-attachments
 *
 * @example
 * ```ts
 * html`<helpdock-attachments .attachments=${files} .fetchFile=${(id) => portal.downloadFile(id).then((f) => f.blob)}></helpdock-attachments>`
 * ```
 */
export class HelpdockAttachments extends LitElement {
  static override styles = attachmentsStyles;

  /** The files to show. */
  @property({ attribute: false }) attachments: AttachmentItem[] = [];
  /** Fetches a file's bytes; without it the chips show but do not download. */
  @property({ attribute: false }) fetchFile: ((id: string) => Promise<Blob>) | undefined;
  /** Language of the labels and sizes. */
  @property() locale = 'en';

  @state() private thumbnails = new Map<string, string>();
  @state() private failed = new Set<string>();

  private readonly blobs = new Map<string, Promise<Blob>>();
  /** Images whose thumbnail the page refused or that failed to load: never tried again. */
  private readonly noThumbnail = new Set<string>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const url of this.thumbnails.values()) URL.revokeObjectURL(url);
    this.thumbnails = new Map();
    this.blobs.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('attachments') || changed.has('fetchFile')) {
      for (const file of this.attachments) {
        if (this.wantsThumbnail(file)) void this.loadThumbnail(file);
      }
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.attachments.length === 0) return nothing;
    const t = extrasTranslator(this.locale);
    return html`<ul part="attachments" aria-label=${t('attachmentsLabel')}>
      ${this.attachments.map((file) => {
        const size = formatFileSize(file.size, this.locale);
        const thumbnail = this.thumbnails.get(file.id);
        return html`<li>
          <button
            part="attachment"
            type="button"
            aria-label=${t('downloadFile', { name: file.filename, size })}
            @click=${() => this.download(file)}
          >
            ${thumbnail ? html`<img src=${thumbnail} alt="" @error=${() => this.dropThumbnail(file.id)} />` : nothing}
            <span class="name">${file.filename}</span><span class="size">${size}</span>
          </button>
          ${this.failed.has(file.id) ? html`<p class="error" role="alert">${t('downloadFailed', { name: file.filename })}</p>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private wantsThumbnail(file: AttachmentItem): boolean {
    return (
      this.fetchFile !== undefined &&
      file.contentType.startsWith('image/') &&
      file.size <= THUMBNAIL_MAX_BYTES &&
      !this.thumbnails.has(file.id) &&
      !this.noThumbnail.has(file.id)
    );
  }

  private blobOf(id: string): Promise<Blob> {
    let blob = this.blobs.get(id);
    if (!blob) {
      blob = this.fetchFile!(id);
      this.blobs.set(id, blob);
      // A failed fetch is not kept, so the next click tries again.
      blob.catch(() => this.blobs.delete(id));
    }
    return blob;
  }

  private async loadThumbnail(file: AttachmentItem): Promise<void> {
    try {
      const blob = await this.blobOf(file.id);
      if (!this.isConnected || this.thumbnails.has(file.id)) return;
      this.thumbnails = new Map(this.thumbnails).set(file.id, URL.createObjectURL(blob));
    } catch {
      // No thumbnail: the chip still offers the download.
      this.noThumbnail.add(file.id);
    }
  }

  /** The page's CSP refused the `blob:` image (or it is not an image after all): chip only. */
  private dropThumbnail(id: string): void {
    const url = this.thumbnails.get(id);
    if (url) URL.revokeObjectURL(url);
    const next = new Map(this.thumbnails);
    next.delete(id);
    this.thumbnails = next;
    this.noThumbnail.add(id);
  }

  private async download(file: AttachmentItem): Promise<void> {
    if (!this.fetchFile) return;
    try {
      const url = URL.createObjectURL(await this.blobOf(file.id));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.filename;
      link.hidden = true;
      this.renderRoot.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_MS);
      if (this.failed.has(file.id)) this.failed = new Set([...this.failed].filter((id) => id !== file.id));
    } catch {
      this.failed = new Set(this.failed).add(file.id);
    }
  }
}

defineElement('helpdock-attachments', HelpdockAttachments);

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-attachments': HelpdockAttachments;
  }
}
