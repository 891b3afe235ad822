import { uploadContentTypes } from '@helpdock/sdk/lite';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SupportBase } from '../core/support-base.js';
import {
  type FieldError,
  type FieldErrors,
  type TicketFormValues,
  validateAttachment,
  validateTicketForm,
} from '../core/validation.js';
import '../views/availability/availability.component.js';
import '../views/conversation-view/conversation-view.component.js';
import { helpArticle } from '../views/help-article/help-article.component.js';
import { helpSuggestions } from '../views/help-articles/help-articles.component.js';
import { HelpArticlesController } from '../views/help-articles/help-articles.controller.js';
import '../views/typing-indicator/typing-indicator.component.js';
import '../views/ticket-list/ticket-list.component.js';
import { defineElement, LightElement } from '../views/shared/light-element.js';
import { notice } from '../views/shared/notice.js';
import { ratingForm } from '../views/shared/rating-form.js';
import { textField } from '../views/shared/text-field.js';
import { CustomerTicketsController, canRate } from './customer-tickets.controller.js';

type TicketField = 'subject' | 'message';

/**
 * The signed-in customer's side of the bubble: their tickets, a new-ticket form with an
 * attachment, one ticket's conversation and its rating. Lives inside `<helpdock-bubble>`'s panel
 * and renders into its shadow root.
 *
 * @tag helpdock-customer-tickets
 */
export class HelpdockCustomerTickets extends LightElement {
  /** The bubble's shared base (connection, customer sign-in, outbox, drafts). */
  @property({ attribute: false }) base?: SupportBase;

  @state() private rating = 0;
  @state() private composing = false;
  @state() private errors: FieldErrors<TicketField> = {};
  @state() private fileError: FieldError | undefined;

  private readonly customer = new CustomerTicketsController(this);
  private readonly help = new HelpArticlesController(this, {
    source: () => this.base?.customer?.customers.me.kb,
  });
  private file: File | null = null;

  /** Whether the header shows a Back button (a ticket or the new-ticket form is open). */
  get canGoBack(): boolean {
    return this.customer.ticket !== null || this.composing;
  }

  /** Back from a ticket or the new-ticket form to the list. */
  goBack(): void {
    if (this.customer.ticket) this.customer.closeTicket();
    else if (this.help.article) void this.help.close(false);
    else this.showForm(false);
  }

  protected override render(): TemplateResult {
    const base = this.base;
    if (!base) return html``;
    const banner = notice(this.t, base.notice, () => base.dismissNotice());
    const ticket = this.customer.ticket;
    if (!ticket)
      return html`<div part="body" class="body">
        ${banner} ${this.composing ? html`${helpArticle(this.t, this.help)} ${this.renderForm()}` : this.renderList()}
      </div>`;
    const draftKey = `reply:ticket:${ticket.id}`;
    return html`<helpdock-conversation-view
      .t=${this.t}
      .locale=${this.locale}
      .messages=${this.customer.messages}
      .draft=${base.drafts?.get(draftKey) ?? ''}
      .files=${this.customer.files}
      ?closed=${ticket.status === 'closed'}
      .header=${html`${banner}
        <h3 class="subject">${ticket.title}</h3>
        <p class="status">${this.t(`status_${ticket.status}`)}</p>`}
      .footer=${html`<helpdock-typing-indicator .t=${this.t} ?active=${this.customer.supportTyping}></helpdock-typing-indicator>
        ${this.renderRating()}`}
      @helpdock-draft=${(event: CustomEvent<{ text: string }>) => {
        base.drafts?.set(draftKey, event.detail.text);
        this.customer.typed(event.detail.text);
      }}
      @helpdock-send=${(event: HTMLElementEventMap['helpdock-send']) => this.customer.reply(event.detail.text, event.detail.attachments)}
      @helpdock-retry=${(event: CustomEvent<{ id: string }>) => void base.outbox?.retry(event.detail.id)}
    ></helpdock-conversation-view>`;
  }

  private renderList(): TemplateResult {
    return html`
      <div class="section-head">
        <h3>${this.t('myTickets')}</h3>
        <button type="button" class="secondary" @click=${() => this.showForm(true)}>${this.t('newTicket')}</button>
      </div>
      <helpdock-ticket-list
        .t=${this.t}
        .tickets=${this.customer.tickets}
        @helpdock-select=${(event: CustomEvent<{ ticketId: string }>) => this.openTicket(event.detail.ticketId)}
      ></helpdock-ticket-list>
    `;
  }

  private renderForm(): TemplateResult {
    const busy = this.base?.busy ?? false;
    const fileId = 'ticket-attachment';
    return html`${
      this.help.article !== null
        ? nothing
        : html`<helpdock-availability
            exportparts="availability"
            .t=${this.t}
            .locale=${this.locale}
            .config=${this.base?.config ?? null}
          ></helpdock-availability>`
    }
      <form
        part="form"
        novalidate
        ?hidden=${this.help.article !== null}
        @submit=${this.onSubmit}
        aria-label=${this.t('newTicket')}
      >
        ${this.field('subject', 'fieldSubject')} ${this.field('message', 'fieldMessage')} ${helpSuggestions(this.t, this.help)}
      <div class="field">
        <label for=${fileId}>${this.t('fieldAttachment')}</label>
        <input
          id=${fileId}
          type="file"
          accept=${uploadContentTypes.join(',')}
          aria-invalid=${this.fileError ? 'true' : 'false'}
          aria-describedby=${this.fileError ? `${fileId}-error` : nothing}
          @change=${this.onFileChange}
        />
        ${this.fileError ? html`<p class="error" id=${`${fileId}-error`}>${this.t(this.fileError.key)}</p>` : nothing}
      </div>
      <div class="actions">
        <button type="button" class="secondary" @click=${() => this.showForm(false)}>${this.t('cancel')}</button>
        <button part="submit" class="primary" type="submit" ?disabled=${busy}>
          ${busy ? this.t('sending') : this.t('send')}
        </button>
      </div>
    </form>`;
  }

  private field(name: TicketField, label: 'fieldSubject' | 'fieldMessage'): TemplateResult {
    return textField(this.t, {
      id: `ticket-${name}`,
      name,
      label,
      kind: name === 'message' ? 'textarea' : 'input',
      value: this.value(name),
      error: this.errors[name],
      onInput: (value) => {
        this.base?.drafts?.set(`ticket:${name}`, value);
        if (this.errors[name]) this.errors = this.validate();
        this.help.suggest(`${this.value('subject')} ${this.value('message')}`);
      },
    });
  }

  private renderRating(): TemplateResult | typeof nothing {
    const ticket = this.customer.ticket;
    if (!ticket || !canRate(ticket.status)) return nothing;
    return ratingForm(
      this.t,
      ticket.feedback !== null,
      this.rating,
      this.base?.busy ?? false,
      (rating) => {
        this.rating = rating;
      },
      async (comment) => {
        if (await this.customer.rate(this.rating, comment)) this.rating = 0;
      },
    );
  }

  private value(field: TicketField): string {
    return this.base?.drafts?.get(`ticket:${field}`) ?? '';
  }

  private validate(): FieldErrors<TicketField> {
    const values: TicketFormValues = {
      name: '',
      email: '',
      subject: this.value('subject'),
      message: this.value('message'),
    };
    return validateTicketForm(values, false);
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    this.errors = this.validate();
    if (Object.keys(this.errors).length > 0) {
      await this.focusFirstInvalid();
      return;
    }
    if (this.fileError) return;
    const created = await this.customer.createTicket({
      subject: this.value('subject'),
      message: this.value('message'),
      file: this.file,
    });
    if (created) {
      this.help.clear();
      this.composing = false;
      this.file = null;
      this.refocus();
    }
  }

  private onFileChange(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.file = file;
    this.fileError = file ? validateAttachment(file) : undefined;
  }

  private async openTicket(ticketId: string): Promise<void> {
    if (await this.customer.openTicket(ticketId)) this.refocus();
  }

  private showForm(show: boolean): void {
    this.composing = show;
    this.errors = {};
    this.fileError = undefined;
    this.base?.changed();
    this.refocus();
  }
}

defineElement('helpdock-customer-tickets', HelpdockCustomerTickets);

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-customer-tickets': HelpdockCustomerTickets;
  }
}
