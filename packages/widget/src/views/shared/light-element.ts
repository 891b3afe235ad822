import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { ChatAttachment } from '../../core/attachments.js';
import { type Locale, type Translate, translator } from '../../i18n/index.js';

/**
 * Base of the shared views and of the bubble's inner components: they render into their host's
 * shadow root (no shadow root of their own), so the host's stylesheets, `::part` names, focus
 * trap and queries cover them as if the markup were the host's own.
 */
export class LightElement extends LitElement {
  /** Translates the view's texts; the host passes its own. */
  @property({ attribute: false }) t: Translate = translator('en');
  /** Locale for dates and times. */
  @property({ attribute: false }) locale: Locale = 'en';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Asks the hosting component to move focus to the first field once the new view has rendered. */
  protected refocus(): void {
    this.dispatchEvent(new Event('helpdock-refocus', { bubbles: true }));
  }

  /** Focuses the first field marked invalid, after the render that marks it. */
  protected async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  /** Dispatches a view event (bubbling, not composed: it stays inside the host's shadow root). */
  protected fire<K extends keyof ViewEventDetails>(name: K, detail: ViewEventDetails[K]): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));
  }
}

/** Defines a custom element unless the page already has one of that name (two copies of the widget). */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

/** `detail` of the shared views' events (they do not leave the hosting component's shadow root). */
export interface ViewEventDetails {
  /** The visitor typed in a composer or form field: the field's new text. */
  'helpdock-draft': { text: string };
  /** The visitor sent the composer's text, with the files uploaded for it (possibly none). */
  'helpdock-send': { text: string; attachments: readonly ChatAttachment[] };
  /** The visitor asked to retry a message the server refused (its outbox id). */
  'helpdock-retry': { id: string };
  /** The visitor chose a ticket in a ticket list. */
  'helpdock-select': { ticketId: string };
}

declare global {
  interface HTMLElementEventMap {
    'helpdock-draft': CustomEvent<ViewEventDetails['helpdock-draft']>;
    'helpdock-send': CustomEvent<ViewEventDetails['helpdock-send']>;
    'helpdock-retry': CustomEvent<ViewEventDetails['helpdock-retry']>;
    'helpdock-select': CustomEvent<ViewEventDetails['helpdock-select']>;
  }
}
