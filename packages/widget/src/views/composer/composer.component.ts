import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { icons } from '../../icons/icons.js';
import { defineElement, LightElement } from '../shared/light-element.js';

/**
 * The reply box: a textarea and a send button. Enter sends, Shift+Enter adds a line.
 *
 * @tag helpdock-composer
 * @fires helpdock-draft - The text changed (`detail.text`); keep it as the draft and pass it back as `value`.
 * @fires helpdock-send - The visitor sent `detail.text` (never blank); clear `value` once taken.
 */
export class HelpdockComposer extends LightElement {
  /** The text in the box (the stored draft). */
  @property({ attribute: false }) value = '';

  protected override render(): TemplateResult {
    return html`<form part="composer" class="composer" novalidate @submit=${this.onSubmit}>
      <label class="sr-only" for="helpdock-reply">${this.t('replyLabel')}</label>
      <textarea
        id="helpdock-reply"
        rows="1"
        placeholder=${this.t('replyPlaceholder')}
        .value=${live(this.value)}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
      ></textarea>
      <button part="submit" class="primary" type="submit" aria-label=${this.t('send')}>${icons.send}</button>
    </form>`;
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLTextAreaElement).value;
    this.fire('helpdock-draft', { text: this.value });
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    if (!this.value.trim()) return;
    this.fire('helpdock-send', { text: this.value });
    this.value = '';
  }

  private onKeydown(event: KeyboardEvent): void {
    // Enter sends, Shift+Enter adds a line; composing IME text (Vietnamese, Hindi…) is left alone.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    (event.target as HTMLTextAreaElement).form?.requestSubmit();
  }
}

defineElement('helpdock-composer', HelpdockComposer);

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-composer': HelpdockComposer;
  }
}
