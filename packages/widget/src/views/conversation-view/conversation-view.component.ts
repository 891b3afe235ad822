import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ChatAttachment, FileAccess } from '../../core/attachments.js';
import type { ChatMessage } from '../../core/conversation.js';
import { fileChips } from '../attachments/file-chips.js';
import { FilePreviewsController } from '../attachments/file-previews.controller.js';
import '../composer/composer.component.js';
import { defineElement, LightElement } from '../shared/light-element.js';

/**
 * A conversation: the scrolling message list (sent, pending and failed messages) and, unless
 * `closed`, the composer under it. Content above and below the messages (a notice, a subject, a
 * rating form) comes in as `header` and `footer`.
 *
 * @tag helpdock-conversation-view
 * @fires helpdock-draft - The composer's text changed (`detail.text`).
 * @fires helpdock-send - The visitor sent `detail.text` with the uploaded `detail.attachments`.
 * @fires helpdock-retry - The visitor asked to retry the failed message `detail.id`.
 * @csspart files - The list of a message's files.
 * @csspart file - One file chip (a link or a button that downloads it, with a thumbnail for images).
 */
export class HelpdockConversationView extends LightElement {
  /** The messages, oldest first. */
  @property({ attribute: false }) messages: readonly ChatMessage[] = [];
  /** The composer's text (the stored draft). */
  @property({ attribute: false }) draft = '';
  /**
   * How the viewer uploads and downloads this conversation's files (its scoped routes); without
   * it, files show as chips without download and the composer has no attach button.
   */
  @property({ attribute: false }) files: FileAccess | null = null;
  /** Uploaded files to put back in the composer (a send that failed). */
  @property({ attribute: false }) draftFiles: readonly ChatAttachment[] = [];
  /** No composer: the conversation takes no more messages. */
  @property({ type: Boolean }) closed = false;
  /** Rendered above the messages, inside the scrolling area. */
  @property({ attribute: false }) header: unknown = nothing;
  /** Rendered below the messages, inside the scrolling area. */
  @property({ attribute: false }) footer: unknown = nothing;

  private readonly previews = new FilePreviewsController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('files')) this.previews.setAccess(this.files);
  }

  protected override render(): TemplateResult {
    const today = new Date().toDateString();
    const time = new Intl.DateTimeFormat(this.locale, { hour: 'numeric', minute: '2-digit' });
    const dated = new Intl.DateTimeFormat(this.locale, {
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    });
    const when = (iso: string): string => {
      const date = new Date(iso);
      return (date.toDateString() === today ? time : dated).format(date);
    };
    return html`
      <div part="body" class="body">
        ${this.header}
        <ol part="messages" class="messages" aria-label=${this.t('conversationLabel')}>
          ${this.messages.map(
            (message) => html`<li part="message" class="message ${message.author} ${message.state}">
              ${
                message.author === 'agent'
                  ? html`<span class="author">${this.t('agent')}<span class="sr-only">:</span></span>`
                  : html`<span class="sr-only">${this.t(message.author === 'me' ? 'you' : 'system')}:</span>`
              }
              <p class="text">${message.text}</p>
              ${fileChips(this.t, message.attachments, this.previews)}
              <span class="meta">
                ${
                  message.state === 'sent'
                    ? when(message.createdAt)
                    : message.state === 'pending'
                      ? this.t('pending')
                      : html`${this.t('failed')}<button type="button" class="link" @click=${() => this.fire('helpdock-retry', { id: message.id })}>
                          ${this.t('retry')}
                        </button>`
                }
              </span>
            </li>`,
          )}
        </ol>
        ${this.footer}
      </div>
      ${
        this.closed
          ? nothing
          : html`<helpdock-composer
            .t=${this.t}
            .locale=${this.locale}
            .value=${this.draft}
            .files=${this.files}
            .draftFiles=${this.draftFiles}
          ></helpdock-composer>`
      }
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('messages')) return;
    const body = this.querySelector('.body');
    if (body) body.scrollTop = body.scrollHeight;
  }
}

defineElement('helpdock-conversation-view', HelpdockConversationView);

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-conversation-view': HelpdockConversationView;
  }
}
