import { uploadContentTypes } from '@helpdock/sdk/lite';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ChatAttachment, FileAccess } from '../../core/attachments.js';
import { icons } from '../../icons/icons.js';
import { pendingFiles } from '../attachments/pending-files.js';
import { type SendBlocker, UploadQueueController } from '../attachments/upload-queue.controller.js';
import { defineElement, LightElement } from '../shared/light-element.js';

const accept = uploadContentTypes.join(',');

/**
 * The reply box: a textarea, a send button and, when the viewer can upload (`files.upload`), an
 * attach button (files can be dropped on the box too). Picked files are checked, then uploaded at
 * once with progress; the message goes out when every file is uploaded. Enter sends, Shift+Enter
 * adds a line.
 *
 * @tag helpdock-composer
 * @fires helpdock-draft - The text changed (`detail.text`); keep it as the draft and pass it back as `value`.
 * @fires helpdock-send - The visitor sent `detail.text` (never blank) with the uploaded `detail.attachments`; clear `value` once taken.
 * @csspart attach - The attach button.
 * @csspart pending-files - The files picked for the next message (progress, errors).
 */
export class HelpdockComposer extends LightElement {
  /** The text in the box (the stored draft). */
  @property({ attribute: false }) value = '';
  /** Uploads for this conversation; a different object (another conversation) drops the picked files. */
  @property({ attribute: false }) files: FileAccess | null = null;
  /** Uploaded files to put back in the box (a send that failed); they join the picked files. */
  @property({ attribute: false }) draftFiles: readonly ChatAttachment[] = [];

  @state() private blocker: SendBlocker | null = null;
  @state() private dragging = false;

  private readonly queue = new UploadQueueController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('files')) this.queue.setAccess(this.files);
    if (changed.has('draftFiles')) this.queue.restore(this.draftFiles);
    if (this.blocker && !this.queue.blocker) this.blocker = null;
  }

  protected override render(): TemplateResult {
    const canAttach = this.queue.enabled;
    return html`<form
      part="composer"
      class="composer ${this.dragging ? 'dragging' : ''}"
      novalidate
      @submit=${this.onSubmit}
      @dragover=${canAttach ? this.onDragOver : nothing}
      @dragleave=${canAttach ? this.onDragLeave : nothing}
      @drop=${canAttach ? this.onDrop : nothing}
    >
      ${pendingFiles(this.t, this.queue)}
      <div class="composer-row">
        ${
          canAttach
            ? html`<button part="attach" type="button" class="attach secondary" aria-label=${this.t('attachFiles')} @click=${this.pick}>
                ${icons.attach}
              </button>
              <input class="file-input" type="file" multiple accept=${accept} hidden tabindex="-1" @change=${this.onPicked} />`
            : nothing
        }
        <label class="sr-only" for="helpdock-reply">${this.t('replyLabel')}</label>
        <textarea
          id="helpdock-reply"
          rows="1"
          placeholder=${this.dragging ? this.t('attachDrop') : this.t('replyPlaceholder')}
          .value=${live(this.value)}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
        ></textarea>
        <button part="submit" class="primary" type="submit" aria-label=${this.t('send')}>${icons.send}</button>
      </div>
      ${canAttach ? html`<p class="hint composer-hint" role="status">${this.blocker ? this.t(this.blocker) : ''}</p>` : nothing}
    </form>`;
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLTextAreaElement).value;
    this.fire('helpdock-draft', { text: this.value });
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.blocker = this.queue.blocker;
    if (this.blocker) return;
    const attachments = this.queue.attachments;
    // The routes need some text: a message of files alone is sent under their names.
    const text = this.value.trim() ? this.value : attachments.map((file) => file.filename).join(', ');
    if (!text.trim()) return;
    this.fire('helpdock-send', { text, attachments });
    this.value = '';
    this.queue.clear();
  }

  private onKeydown(event: KeyboardEvent): void {
    // Enter sends, Shift+Enter adds a line; composing IME text (Vietnamese, Hindi…) is left alone.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    (event.target as HTMLTextAreaElement).form?.requestSubmit();
  }

  private pick(): void {
    this.querySelector<HTMLInputElement>('.file-input')?.click();
  }

  private onPicked(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.queue.add([...(input.files ?? [])]);
    // Cleared, so picking the same file again (after removing it) fires `change` again.
    input.value = '';
  }

  private onDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.dragging = true;
  }

  private onDragLeave(event: DragEvent): void {
    if (!(event.currentTarget as HTMLElement).contains(event.relatedTarget as Node | null))
      this.dragging = false;
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    this.queue.add([...(event.dataTransfer?.files ?? [])]);
  }
}

defineElement('helpdock-composer', HelpdockComposer);

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-composer': HelpdockComposer;
  }
}
