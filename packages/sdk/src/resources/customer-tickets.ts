import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions, RouteBodyInput, RouteQueryInput, RouteResponse } from '../core/http.js';
import type { PagePromise } from '../core/pagination.js';
import * as routes from '../schemas/route-specs.generated.js';
import type { Routes } from '../schemas/routes/index.js';
import { APIResource, fileForm, type ListItem, requestPage, type UploadOptions } from './resource.js';

/** Filters and paging of {@link CustomerTickets.list}. */
export type TicketListParams = RouteQueryInput<Routes['listTickets']>;
/** Body of {@link CustomerTickets.create}. */
export type TicketCreateParams = RouteBodyInput<Routes['createTicket']>;
/** Body of {@link CustomerTickets.addMessage}. */
export type TicketMessageParams = RouteBodyInput<Routes['addTicketMessage']>;
/** A ticket as lists return it. */
export type TicketListItem = ListItem<Routes['listTickets']>;

/** The signed-in customer's tickets (SPEC §5; role `customer`). */
export class CustomerTickets extends APIResource {
  /** Lists the customer's tickets. Await for the first page, or `for await` for all. */
  list(params: TicketListParams = {}, options: RequestOptions = {}): PagePromise<TicketListItem> {
    return requestPage(this.core, routes.listTickets, params, options);
  }

  /**
   * Opens a ticket (priority `medium` and type `issue` unless given).
   *
   * @example
   * ```ts
   * const ticket = await client.customers.me.tickets.create({ title: 'Login fails', description: 'Since today…' });
   * ```
   */
  create(
    params: TicketCreateParams,
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<Routes['createTicket']>> {
    return this.core.request(routes.createTicket, { body: params }, options);
  }

  /** Gets a ticket with messages, attachments and feedback. */
  retrieve(
    ticketId: string,
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<Routes['retrieveTicket']>> {
    return this.core.request(routes.retrieveTicket, { params: { ticketId } }, options);
  }

  /** Replies on a ticket. @throws {ConflictError} when the ticket is closed. */
  addMessage(
    ticketId: string,
    params: TicketMessageParams,
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<Routes['addTicketMessage']>> {
    return this.core.request(routes.addTicketMessage, { params: { ticketId }, body: params }, options);
  }

  /**
   * Attaches a file (png, jpeg, gif, webp, pdf, txt, csv; ≤ 10 MiB) sent as multipart field `file`.
   * @throws {UnsupportedMediaTypeError} for another type (checked by content).
   * @throws {PayloadTooLargeError} above 10 MiB, before anything is sent.
   *
   * @example
   * ```ts
   * await client.customers.me.tickets.uploadAttachment(ticket.id, input.files[0]);
   * ```
   */
  uploadAttachment(
    ticketId: string,
    file: Blob,
    options: UploadOptions = {},
  ): APIPromise<RouteResponse<Routes['uploadTicketAttachment']>> {
    const body = fileForm(file, options.filename);
    return this.core.request(routes.uploadTicketAttachment, { params: { ticketId }, body }, options);
  }

  /**
   * Tells staff that the customer is typing on a ticket (an ephemeral `typing` event on the staff
   * stream). Call it at most every few seconds while typing.
   */
  typing(ticketId: string, options: RequestOptions = {}): APIPromise<undefined> {
    return this.core.request(routes.ticketTyping, { params: { ticketId } }, options);
  }
}
