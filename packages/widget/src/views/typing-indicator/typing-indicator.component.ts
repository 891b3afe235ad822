import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { type Translate, translator } from '../../i18n/index.js';
import { defineElement } from '../shared/light-element.js';
import { typingIndicatorStyles } from './typing-indicator.styles.js';

/** How close to the end of the conversation counts as "reading the latest" (px). */
const NEAR_END_PX = 80;

/**
 * "Support is typing…" under a conversation's messages: a polite live region (announced once when
 * it appears), with three dots that pulse unless the visitor prefers reduced motion. It keeps a
 * conversation scrolled to its end in view while it appears.
 *
 * @tag helpdock-typing-indicator
 */
export class HelpdockTypingIndicator extends LitElement {
  /** Constructable stylesheet (CSP-safe); colours come from the host's `--_*` tokens. */
  static override styles = typingIndicatorStyles;

  /** Translates the text; the host passes its own. */
  @property({ attribute: false }) t: Translate = translator('en');
  /** Whether support is typing now. */
  @property({ type: Boolean, reflect: true }) active = false;

  private stickToEnd = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('active') || !this.active) return;
    const scroller = this.closest('.body');
    this.stickToEnd =
      scroller !== null && scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < NEAR_END_PX;
  }

  protected override render(): TemplateResult {
    // The live region stays in the page, so its text is announced when it appears; `status` is
    // a polite, atomic live region by itself.
    return html`<p class="typing" role="status">${
      this.active
        ? html`<span class="dots" aria-hidden="true"><span></span><span></span><span></span></span
            ><span>${this.t('supportTyping')}</span>`
        : nothing
    }</p>`;
  }

  protected override updated(): void {
    if (!this.stickToEnd) return;
    this.stickToEnd = false;
    const scroller = this.closest('.body');
    if (scroller) scroller.scrollTop = scroller.scrollHeight;
  }
}

defineElement('helpdock-typing-indicator', HelpdockTypingIndicator);

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-typing-indicator': HelpdockTypingIndicator;
  }
}
