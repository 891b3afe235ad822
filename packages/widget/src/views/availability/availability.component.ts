import type { PublicConfig } from '@helpdock/sdk/schemas';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { type Locale, type Translate, translator } from '../../i18n/index.js';
import { defineElement } from '../shared/light-element.js';
import { availabilityStyles } from './availability.styles.js';
import { availabilityText } from './availability-text.js';

// `setTimeout` takes at most 2^31 - 1 ms (about 24.8 days).
const LONGEST_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * Whether support is there: inside business hours the expected reply time, outside them the away
 * message and when support is back (in the visitor's locale and time zone). It switches to the
 * reply time by itself when the next opening comes while the panel is open. `compact` shows one
 * line (above a conversation). Renders nothing until the public config is loaded.
 *
 * @tag helpdock-availability
 * @csspart availability - The availability note.
 */
export class HelpdockAvailability extends LitElement {
  /** Constructable stylesheet (CSP-safe); colours come from the host's `--_*` tokens. */
  static override styles = availabilityStyles;

  /** Translates the texts; the host passes its own. */
  @property({ attribute: false }) t: Translate = translator('en');
  /** Locale for dates and times. */
  @property({ attribute: false }) locale: Locale = 'en';
  /** The tenant's public config (`null`: not loaded, nothing shown). */
  @property({ attribute: false }) config: Pick<PublicConfig, 'availability' | 'away_message'> | null = null;
  /** One line, without the away message. */
  @property({ type: Boolean }) compact = false;

  private reopen: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.reopen);
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.config) return nothing;
    const text = availabilityText(this.t, this.config, { locale: this.locale, now: Date.now() });
    if (text.online)
      return html`<p part="availability" class="availability online">
        <span class="dot" aria-hidden="true"></span><span>${text.replyTime}</span>
      </p>`;
    if (this.compact)
      return html`<p part="availability" class="availability away">
        <span class="dot" aria-hidden="true"></span><span>${text.nextOpening ?? this.t('awayTitle')}</span>
      </p>`;
    return html`<div part="availability" class="availability away card">
      <p class="title"><span class="dot" aria-hidden="true"></span><span>${this.t('awayTitle')}</span></p>
      <p class="message">${text.message}</p>
      ${text.nextOpening ? html`<p class="next">${text.nextOpening}</p>` : nothing}
    </div>`;
  }

  protected override updated(): void {
    clearTimeout(this.reopen);
    const next = this.config?.availability.next_open_at;
    if (!next || this.config?.availability.online) return;
    const wait = Date.parse(next) - Date.now();
    if (wait > 0 && wait <= LONGEST_TIMEOUT_MS)
      this.reopen = setTimeout(() => this.requestUpdate(), wait + 50);
  }
}

defineElement('helpdock-availability', HelpdockAvailability);

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-availability': HelpdockAvailability;
  }
}
