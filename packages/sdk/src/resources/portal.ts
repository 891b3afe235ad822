import type { APIPromise } from '../core/api-promise.js';
import type { HelpdockCore, RequestOptions, RouteBodyInput, RouteResponse } from '../core/http.js';
import { EventStream, type EventStreamOptions } from '../core/sse.js';
import type { PortalEvent } from '../schemas/events.js';
import * as routes from '../schemas/route-specs.generated.js';
import type { Routes } from '../schemas/routes/index.js';
import { APIResource, fileForm, type UploadOptions } from './resource.js';

/** Body of {@link Portal.createThread}. */
export type PortalThreadParams = RouteBodyInput<Routes['portalCreateThread']>;
/** Body of {@link Portal.sendMessage}. */
export type PortalMessageParams = RouteBodyInput<Routes['portalSendMessage']>;
/** Body of {@link Portal.typing}. */
export type PortalTypingParams = RouteBodyInput<Routes['portalTyping']>;

/**
 * The portal endpoints of one token (SPEC §3): no sign-in, the token in the path is the credential.
 * Get one with `client.portal(token)`.
 */
export class Portal extends APIResource {
  /** The portal token this resource uses. */
  readonly token: string;

  constructor(core: HelpdockCore, token: string) {
    super(core);
    this.token = token;
  }

  /**
   * The token's scope, expiry and threads (with messages).
   * @throws {AuthenticationError} for an unknown, revoked or expired token (the message says which).
   */
  context(options: RequestOptions = {}): APIPromise<RouteResponse<Routes['portalContext']>> {
    return this.core.request(routes.portalContext, { params: { token: this.token } }, options);
  }

  /** Opens a thread (assignment-scoped tokens only; thread-scoped → {@link PermissionDeniedError}). */
  createThread(
    params: PortalThreadParams,
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<Routes['portalCreateThread']>> {
    return this.core.request(
      routes.portalCreateThread,
      { params: { token: this.token }, body: params },
      options,
    );
  }

  /**
   * Posts a message (`EXTERNAL`); `thread_id` defaults to the token's thread.
   *
   * @example
   * ```ts
   * await client.portal(token).sendMessage({ message_text: 'Any news?' });
   * ```
   */
  sendMessage(
    params: PortalMessageParams,
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<Routes['portalSendMessage']>> {
    return this.core.request(
      routes.portalSendMessage,
      { params: { token: this.token }, body: params },
      options,
    );
  }

  /**
   * Tells staff that the visitor is typing (an ephemeral `typing` event on the staff stream);
   * `thread_id` defaults to the token's thread. Call it at most every few seconds while typing.
   */
  typing(params: PortalTypingParams = {}, options: RequestOptions = {}): APIPromise<undefined> {
    return this.core.request(routes.portalTyping, { params: { token: this.token }, body: params }, options);
  }

  /**
   * Uploads a file (SPEC §5 rules: type checked by content, 10 MiB at most); pass its id in
   * `attachment_ids` of {@link Portal.sendMessage} or {@link Portal.createThread}.
   *
   * @example
   * ```ts
   * const file = await portal.uploadAttachment(blob, { filename: 'photo.png' });
   * await portal.sendMessage({ message_text: 'Here it is', attachment_ids: [file.id] });
   * ```
   */
  uploadAttachment(
    file: Blob,
    options: UploadOptions = {},
  ): APIPromise<RouteResponse<Routes['portalUploadAttachment']>> {
    return this.core.request(
      routes.portalUploadAttachment,
      { params: { token: this.token }, body: fileForm(file, options.filename) },
      options,
    );
  }

  /**
   * Live events of the threads in scope: `message.created`, `thread.updated`, `typing` (an agent is
   * typing; no id, never replayed), `heartbeat`.
   *
   * @example
   * ```ts
   * for await (const e of client.portal(token).events()) {
   *   if (e.type === 'message.created') show(e.data.message);
   * }
   * ```
   */
  events(options: EventStreamOptions = {}): EventStream<PortalEvent> {
    return new EventStream<PortalEvent>(
      (lastEventId, signal) =>
        this.core.openStream(routes.portalEvents, { params: { token: this.token } }, { lastEventId, signal }),
      (event) => this.core.checkOutput(routes.portalEvents, event, {}) as PortalEvent,
      routes.portalEvents.id,
      options,
    );
  }
}
