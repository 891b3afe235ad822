import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SupportBase } from '../core/support-base.js';
import { type FieldErrors, type TicketFormValues, validateTicketForm } from '../core/validation.js';
import '../views/availability/availability.component.js';
import '../views/conversation-view/conversation-view.component.js';
import { helpArticle } from '../views/help-article/help-article.component.js';
import { helpSuggestions } from '../views/help-articles/help-articles.component.js';
import { HelpArticlesController } from '../views/help-articles/help-articles.controller.js';
import '../views/typing-indicator/typing-indicator.component.js';
import { defineElement, LightElement } from '../views/shared/light-element.js';
import { notice } from '../views/shared/notice.js';
import { textField } from '../views/shared/text-field.js';
import { AnonymousChatController } from './anonymous-chat.controller.js';

type FormField = keyof TicketFormValues;

const fields: { name: FormField; label: 'fieldName' | 'fieldEmail' | 'fieldSubject' | 'fieldMessage' }[] = [
  { name: 'name', label: 'fieldName' },
  { name: 'email', label: 'fieldEmail' },
  { name: 'subject', label: 'fieldSubject' },
  { name: 'message', label: 'fieldMessage' },
];

/**
 * The anonymous visitor's side of the bubble: the ticket form, then the live conversation it
 * opened (resumed after reloads). Lives inside `<helpdock-bubble>`'s panel and renders into its
 * shadow root.
 *
 * @tag helpdock-anonymous-chat
 */
export class HelpdockAnonymousChat extends LightElement {
  /** The bubble's shared base (connection, config, outbox, drafts). */
  @property({ attribute: false }) base?: SupportBase;
  /** Shown above the form (the bubble's greeting and WhatsApp link). */
  @property({ attribute: false }) welcome: unknown = nothing;

  @state() private errors: FieldErrors<FormField> = {};

  private readonly chat = new AnonymousChatController(this);
  private readonly help = new HelpArticlesController(this, { source: () => this.base?.client?.public.kb });

  /** Forgets the form's errors and help-article suggestions (sign-out). */
  clearErrors(): void {
    this.errors = {};
    this.help.clear();
  }

  protected override render(): TemplateResult {
    const base = this.base;
    if (!base || this.chat.loading)
      return html`<div part="body" class="body"><p role="status">${this.t('loading')}</p></div>`;
    const banner = notice(this.t, base.notice, () => base.dismissNotice());
    const threadId = this.chat.conversationId;
    if (!threadId && !this.chat.firstMessageQueued)
      return html`<div part="body" class="body">
        ${banner} ${helpArticle(this.t, this.help)}
        <div ?hidden=${this.help.article !== null}>
          ${this.welcome} ${this.availability(false)} ${this.renderForm()}
        </div>
      </div>`;
    const status = this.chat.threadStatus;
    const finished = status === 'RESOLVED' || status === 'CLOSED';
    const draftKey = `reply:thread:${threadId}`;
    // Until the queued first message lands there is no conversation to reply into.
    return html`<helpdock-conversation-view
      .t=${this.t}
      .locale=${this.locale}
      .messages=${this.chat.messages}
      .draft=${base.drafts?.get(draftKey) ?? ''}
      .files=${this.chat.files}
      ?closed=${!threadId || status === 'CLOSED'}
      .header=${html`${banner} ${finished ? nothing : this.availability(true)}`}
      .footer=${html`<helpdock-typing-indicator .t=${this.t} ?active=${this.chat.supportTyping}></helpdock-typing-indicator>
        ${
          finished
            ? html`<p class="status" role="status">
              ${this.t(status === 'CLOSED' ? 'conversationClosed' : 'conversationResolved')}
              <button type="button" class="link" @click=${() => this.startOver()}>${this.t('startNew')}</button>
            </p>`
            : nothing
        }`}
      @helpdock-draft=${(event: CustomEvent<{ text: string }>) => {
        base.drafts?.set(draftKey, event.detail.text);
        this.chat.typed(event.detail.text);
      }}
      @helpdock-send=${(event: HTMLElementEventMap['helpdock-send']) => this.chat.reply(event.detail.text, event.detail.attachments)}
      @helpdock-retry=${(event: CustomEvent<{ id: string }>) => void base.outbox?.retry(event.detail.id)}
    ></helpdock-conversation-view>`;
  }

  /** Support's availability: above the form in full, one line above a conversation. */
  private availability(compact: boolean): TemplateResult {
    return html`<helpdock-availability
      exportparts="availability"
      .t=${this.t}
      .locale=${this.locale}
      .config=${this.base?.config ?? null}
      ?compact=${compact}
    ></helpdock-availability>`;
  }

  private renderForm(): TemplateResult {
    const busy = this.base?.busy ?? false;
    return html`<form part="form" novalidate @submit=${this.onSubmit} aria-label=${this.t('orWriteUs')}>
      ${fields.map(({ name, label }) =>
        textField(this.t, {
          id: `form-${name}`,
          name,
          label,
          kind: name === 'message' ? 'textarea' : 'input',
          value: this.value(name),
          error: this.errors[name],
          ...(name === 'name' || name === 'email' ? { autocomplete: name } : {}),
          onInput: (value) => this.onInput(name, value),
        }),
      )}
      ${helpSuggestions(this.t, this.help)}
      <div class="actions">
        <button part="submit" class="primary" type="submit" ?disabled=${busy}>
          ${busy ? this.t('sending') : this.t('send')}
        </button>
      </div>
    </form>`;
  }

  private value(field: FormField): string {
    return this.base?.drafts?.get(`form:${field}`) ?? '';
  }

  private values(): TicketFormValues {
    return {
      name: this.value('name'),
      email: this.value('email'),
      subject: this.value('subject'),
      message: this.value('message'),
    };
  }

  private onInput(field: FormField, value: string): void {
    this.base?.drafts?.set(`form:${field}`, value);
    if (this.errors[field]) this.errors = validateTicketForm(this.values());
    if (field === 'subject' || field === 'message')
      this.help.suggest(`${this.value('subject')} ${this.value('message')}`);
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    this.errors = validateTicketForm(this.values());
    if (Object.keys(this.errors).length > 0) {
      await this.focusFirstInvalid();
      return;
    }
    if (await this.chat.submitTicket(this.values())) {
      this.help.clear();
      this.refocus();
    }
  }

  private startOver(): void {
    this.chat.startOver();
    this.refocus();
  }
}

defineElement('helpdock-anonymous-chat', HelpdockAnonymousChat);

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-anonymous-chat': HelpdockAnonymousChat;
  }
}
