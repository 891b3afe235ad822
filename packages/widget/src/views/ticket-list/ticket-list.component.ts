import type { Ticket } from '@helpdock/sdk/schemas';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement, LightElement } from '../shared/light-element.js';

/**
 * A list of tickets (title and status), each a button; a hint when there are none.
 *
 * @tag helpdock-ticket-list
 * @fires helpdock-select - The visitor chose the ticket `detail.ticketId`.
 */
export class HelpdockTicketList extends LightElement {
  /** The tickets, in the order to show. */
  @property({ attribute: false }) tickets: readonly Ticket[] = [];

  protected override render(): TemplateResult {
    if (this.tickets.length === 0) return html`<p class="hint">${this.t('noTickets')}</p>`;
    return html`<ul class="list tickets">
      ${this.tickets.map(
        (ticket) => html`<li>
          <button type="button" class="row-button" @click=${() => this.fire('helpdock-select', { ticketId: ticket.id })}>
            <span>${ticket.title}</span><span class="pill">${this.t(`status_${ticket.status}`)}</span>
          </button>
        </li>`,
      )}
    </ul>`;
  }
}

defineElement('helpdock-ticket-list', HelpdockTicketList);

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-ticket-list': HelpdockTicketList;
  }
}
