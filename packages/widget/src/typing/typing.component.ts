import { css, html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { extrasTranslator } from '../extras/strings.js';
import { defineElement } from '../views/shared/light-element.js';

/**
 * "Support is typing…", announced politely to screen readers when it appears.
 *
 * @tag helpdock-typing
 */
export class HelpdockTyping extends LitElement {
  static override styles = css`
    :host {
      display: block;
      min-block-size: 1.25em;
      font-size: 0.8125rem;
      font-style: italic;
      color: var(--_muted, #4b5563);
    }
  `;

  /** Whether support is typing now. */
  @property({ type: Boolean }) active = false;
  /** Language of the sentence. */
  @property() locale = 'en';

  protected override render(): TemplateResult {
    return html`<p part="typing" aria-live="polite">${this.active ? extrasTranslator(this.locale)('agentTyping') : ''}</p>`;
  }
}

defineElement('helpdock-typing', HelpdockTyping);

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-typing': HelpdockTyping;
  }
}
