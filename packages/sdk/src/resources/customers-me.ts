import type { APIPromise } from '../core/api-promise.js';
import type { HelpdockCore, RequestOptions, RouteResponse } from '../core/http.js';
import { EventStream, type EventStreamOptions } from '../core/sse.js';
import type { CustomerEvent } from '../schemas/events.js';
import * as routes from '../schemas/route-specs.generated.js';
import type { Routes } from '../schemas/routes/index.js';
import { CustomerCalls } from './customer-calls.js';
import { CustomerFeedback } from './customer-feedback.js';
import { CustomerNotifications } from './customer-notifications.js';
import { CustomerTickets } from './customer-tickets.js';
import { KnowledgeBase } from './knowledge-base.js';
import { APIResource, fileForm, type UploadOptions } from './resource.js';

/**
 * The part of the signed-in customer's portal a support bubble uses (SPEC §5; role `customer`):
 * profile, tickets, ratings, uploads and live events. {@link CustomersMe} adds the rest; a bundle
 * that needs only this part stays smaller.
 */
export class CustomerAccount extends APIResource {
  /** The customer's tickets. */
  readonly tickets: CustomerTickets;
  /** Ticket ratings. */
  readonly feedback: CustomerFeedback;

  constructor(core: HelpdockCore) {
    super(core);
    this.tickets = new CustomerTickets(core);
    this.feedback = new CustomerFeedback(core);
  }

  /** The customer with ticket counts. */
  retrieve(options: RequestOptions = {}): APIPromise<RouteResponse<Routes['customerMe']>> {
    return this.core.request(routes.customerMe, {}, options);
  }

  /**
   * Uploads a file before the ticket exists; pass its id in `attachmentIds` when creating the ticket.
   * @throws {PayloadTooLargeError} above 10 MiB, before anything is sent.
   *
   * @example
   * ```ts
   * const file = await client.customers.me.uploadAttachment(blob, { filename: 'screenshot.png' });
   * await client.customers.me.tickets.create({ title, description, attachmentIds: [file.id] });
   * ```
   */
  uploadAttachment(
    file: Blob,
    options: UploadOptions = {},
  ): APIPromise<RouteResponse<Routes['uploadAttachment']>> {
    return this.core.request(routes.uploadAttachment, { body: fileForm(file, options.filename) }, options);
  }

  /**
   * Live events of this customer: `connected`, `heartbeat`, `ticket_created`, `new_message`,
   * `call_requested`, `status_change`.
   *
   * @example
   * ```ts
   * const stream = client.customers.me.events();
   * stream.on('new_message', (e) => notify(e.data.message.body));
   * ```
   */
  events(options: EventStreamOptions = {}): EventStream<CustomerEvent> {
    return new EventStream<CustomerEvent>(
      (lastEventId, signal) => this.core.openStream(routes.customerEvents, {}, { lastEventId, signal }),
      (event) => this.core.checkOutput(routes.customerEvents, event, {}) as CustomerEvent,
      routes.customerEvents.id,
      options,
    );
  }
}

/** The signed-in customer's portal (SPEC §5; role `customer`). */
export class CustomersMe extends CustomerAccount {
  /** Call requests. */
  readonly calls: CustomerCalls;
  /** In-app notifications. */
  readonly notifications: CustomerNotifications;
  /** Knowledge-base search. */
  readonly kb: KnowledgeBase;

  constructor(core: HelpdockCore) {
    super(core);
    this.calls = new CustomerCalls(core);
    this.notifications = new CustomerNotifications(core);
    this.kb = new KnowledgeBase(core);
  }
}
