import type { PublicConfig } from '@helpdock/sdk/schemas';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../views/shared/light-element.js';
import { availabilityText } from './availability-text.js';

/**
 * Whether support is around: the expected reply time while online; the away message and the next
 * opening (in the visitor's language and time zone) while away. The panel still takes messages.
 *
 * @tag helpdock-availability
 */
export class HelpdockAvailability extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    p {
      margin: 0 0 8px;
      font-size: 0.8125rem;
      color: var(--_muted, #4b5563);
    }
    :host([away]) p:first-child {
      color: var(--_fg, #111827);
    }
  `;

  /** The public config (its `availability` and `away_message`); nothing shows without one. */
  @property({ attribute: false }) config: Pick<PublicConfig, 'availability' | 'away_message'> | null = null;
  /** Language of the sentences. */
  @property() locale = 'en';

  protected override render(): TemplateResult | typeof nothing {
    const config = this.config;
    // A backend built before availability existed sends none: say nothing rather than guess.
    if (!config?.availability) return nothing;
    this.toggleAttribute('away', !config.availability.online);
    return html`${availabilityText(
      config.availability,
      config.away_message ?? null,
      this.locale,
      Date.now(),
    ).map((line) => html`<p part="availability">${line}</p>`)}`;
  }
}

defineElement('helpdock-availability', HelpdockAvailability);

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-availability': HelpdockAvailability;
  }
}
