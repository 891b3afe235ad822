import { html, LitElement, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type ExtrasKey, extrasTranslator } from '../extras/strings.js';
import { defineElement } from '../views/shared/light-element.js';
import { acceptedTypes, uploadProblem } from './check-file.js';
import { type RunningUpload, startUpload, UploadError, type UploadTarget } from './upload-request.js';
import { uploaderStyles } from './uploader.styles.js';

/** Files one message may carry (the server's `attachment_ids` limit). */
export const MAX_FILES_PER_MESSAGE = 10;

/** One chosen file and how its upload goes. */
interface UploadEntry {
  key: number;
  file: File;
  /** 0 to 1 while uploading. */
  progress: number;
  state: 'uploading' | 'done' | 'failed';
  /** The stored file's id once uploaded. */
  id?: string;
  /** Why it failed (a sentence key); absent while fine. */
  problem?: ExtrasKey;
  upload?: RunningUpload;
}

/** `detail` of `helpdock-uploads-change`. */
export interface UploadsChange {
  /** Ids of the files uploaded so far, in the order chosen: what `attachment_ids` takes. */
  ids: string[];
  /** True while a file is still uploading (sending should wait). */
  busy: boolean;
}

const paperclip = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21 11.5l-8.5 8.5a5 5 0 0 1-7-7L14 4.5a3.5 3.5 0 0 1 5 5L10.5 18a2 2 0 0 1-3-3l8-8"/></svg>`;

let nextKey = 0;

/**
 * Attaching files to a message: checks each chosen file against the server's rules before
 * uploading (type and size, a clear sentence per file), uploads at once with progress, lets each
 * upload be cancelled or removed, and reports the uploaded ids with `helpdock-uploads-change`.
 *
 * @tag helpdock-uploader
 *
 * @fires helpdock-uploads-change - The uploaded files or the busy state changed (`detail: {ids, busy}`).
 */
export class HelpdockUploader extends LitElement {
  static override styles = uploaderStyles;

  /** Where files go and with which credential; null: no conversation to attach to yet. */
  @property({ attribute: false }) target: UploadTarget | null = null;
  /** Language of the labels. */
  @property() locale = 'en';

  @state() private entries: UploadEntry[] = [];
  @state() private tooMany = false;

  /** Ids of the uploaded files, in the order they were chosen. */
  get ids(): string[] {
    return this.entries.flatMap((entry) => (entry.state === 'done' && entry.id ? [entry.id] : []));
  }

  /** True while a file is still uploading. */
  get busy(): boolean {
    return this.entries.some((entry) => entry.state === 'uploading');
  }

  /** Forgets every file (after the message carrying them was sent); running uploads stop. */
  clear(): void {
    for (const entry of this.entries) entry.upload?.abort();
    this.entries = [];
    this.tooMany = false;
    this.changed();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const entry of this.entries) entry.upload?.abort();
  }

  protected override render(): TemplateResult {
    const t = extrasTranslator(this.locale);
    return html`
      <label part="attach" class="attach">
        ${paperclip}<span>${t('attachFiles')}</span>
        <input class="sr-only" type="file" multiple accept=${acceptedTypes} ?disabled=${!this.target} @change=${this.onChoose} />
      </label>
      ${this.tooMany ? html`<p class="error" role="alert">${t('uploadTooMany', { max: MAX_FILES_PER_MESSAGE })}</p>` : nothing}
      ${this.entries.length > 0 ? html`<ul part="uploads">${this.entries.map((entry) => this.renderEntry(entry, t))}</ul>` : nothing}
    `;
  }

  private renderEntry(entry: UploadEntry, t: ReturnType<typeof extrasTranslator>): TemplateResult {
    const name = entry.file.name;
    return html`<li>
      <span class="name">${name}</span>
      <button
        type="button"
        aria-label=${t(entry.state === 'uploading' ? 'uploadCancel' : 'uploadRemove', { name })}
        @click=${() => this.discard(entry.key)}
      >
        ✕
      </button>
      ${
        entry.state === 'uploading'
          ? html`<progress max="1" .value=${entry.progress} aria-label=${t('uploadProgress', { name })}></progress>`
          : nothing
      }
      ${entry.problem ? html`<p class="error" role="alert">${t(entry.problem, { name })}</p>` : nothing}
      ${entry.state === 'done' ? html`<span class="sr-only" role="status">${t('uploadDone', { name })}</span>` : nothing}
    </li>`;
  }

  private onChoose(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    input.value = '';
    const room = MAX_FILES_PER_MESSAGE - this.entries.filter((entry) => entry.state !== 'failed').length;
    this.tooMany = files.length > room;
    for (const file of files.slice(0, Math.max(0, room))) this.add(file);
  }

  private add(file: File): void {
    const problem = uploadProblem(file);
    const entry: UploadEntry = { key: nextKey++, file, progress: 0, state: problem ? 'failed' : 'uploading' };
    if (problem) entry.problem = problem;
    this.entries = [...this.entries, entry];
    if (!problem && this.target) this.upload(entry, this.target);
    this.changed();
  }

  private upload(entry: UploadEntry, target: UploadTarget): void {
    const running = startUpload(target, entry.file, (progress) => this.patch(entry.key, { progress }));
    entry.upload = running;
    running.result.then(
      (id) => this.patch(entry.key, { state: 'done', id, progress: 1 }),
      (error: unknown) => {
        const status = error instanceof UploadError ? error.status : 0;
        const problem: ExtrasKey =
          status === 413 ? 'uploadTooLarge' : status === 415 ? 'uploadType' : 'uploadFailed';
        this.patch(entry.key, { state: 'failed', problem });
      },
    );
  }

  private patch(key: number, patch: Partial<UploadEntry>): void {
    if (!this.entries.some((entry) => entry.key === key)) return;
    this.entries = this.entries.map((entry) => (entry.key === key ? { ...entry, ...patch } : entry));
    if (patch.state) this.changed();
  }

  private discard(key: number): void {
    const entry = this.entries.find((candidate) => candidate.key === key);
    entry?.upload?.abort();
    this.entries = this.entries.filter((candidate) => candidate.key !== key);
    this.tooMany = false;
    this.changed();
  }

  private changed(): void {
    this.dispatchEvent(
      new CustomEvent<UploadsChange>('helpdock-uploads-change', {
        detail: { ids: this.ids, busy: this.busy },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

defineElement('helpdock-uploader', HelpdockUploader);

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-uploader': HelpdockUploader;
  }
}
