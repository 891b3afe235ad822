import type { HelpdockCore } from '../core/http.js';
import { EventStream, type EventStreamOptions } from '../core/sse.js';
import type { SupportEvent } from '../schemas/events.js';
import * as routes from '../schemas/route-specs.generated.js';

/**
 * Opens the tenant's staff stream (`GET /api/support/events`): `thread.created`, `thread.updated`,
 * `message.created` (every author), `typing` (a visitor or customer is typing; no id, never
 * replayed) and `heartbeat`. It is what a live inbox listens to.
 * @internal Exposed as `client.support.events()`.
 */
export function openSupportEvents(
  core: HelpdockCore,
  options: EventStreamOptions,
): EventStream<SupportEvent> {
  return new EventStream<SupportEvent>(
    (lastEventId, signal) => core.openStream(routes.supportEvents, {}, { lastEventId, signal }),
    (event) => core.checkOutput(routes.supportEvents, event, {}) as SupportEvent,
    routes.supportEvents.id,
    options,
  );
}
