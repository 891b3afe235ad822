import type { HttpHandler } from 'msw';
import { z } from 'zod';
import { iso } from '../clock.js';
import { defineRawRoute } from '../core/define-route.js';
import type { ServerDeps } from '../deps.js';
import { redactedEmail } from '../store/snapshot-view.js';

/** `POST /__helpdock/clock` body. */
export const ClockAdvanceRequest = z
  .object({
    advance_ms: z
      .number()
      .int()
      .min(0)
      .max(10 * 365 * 24 * 3600_000),
  })
  .strict();

/** `POST /__helpdock/faults` body. */
export const FaultsRequest = z
  .object({
    rate: z.number().min(0).max(1),
    latency_ms: z.number().int().min(0).max(60_000).default(0),
    status: z
      .union([z.literal(429), z.literal(500), z.literal(502), z.literal(503), z.literal(504)])
      .optional(),
  })
  .strict();

/**
 * The control API under `/__helpdock/` (SPEC §10, reference server only; never subject to faults):
 * reset, outbox, audit, raw store, clock, faults, the emulated upstreams' state, and `disconnect`
 * (ends every open event stream so clients reconnect with `Last-Event-ID`). Over HTTP the transport
 * lets a call through only with the control token; in-process (setupServer) it needs none. No secret
 * is shown: password hashes are left out and the password email is redacted.
 */
export function controlHandlers(deps: ServerDeps): HttpHandler[] {
  const { store } = deps;
  return [
    defineRawRoute(deps, { method: 'POST', path: '/__helpdock/reset' }, () => {
      deps.control.reset();
      return { ok: true, now: iso(deps.clock.now()) };
    }),
    defineRawRoute(deps, { method: 'POST', path: '/__helpdock/disconnect' }, () => {
      // Ends every open SSE stream without touching data, so tests can watch clients resume.
      store.events.closeAll();
      return { ok: true };
    }),
    defineRawRoute(deps, { method: 'GET', path: '/__helpdock/outbox' }, () => ({
      data: store.outbox.list().map(redactedEmail),
    })),
    defineRawRoute(deps, { method: 'GET', path: '/__helpdock/audit' }, () => ({ data: store.audit.list() })),
    defineRawRoute(deps, { method: 'GET', path: '/__helpdock/store' }, () => store.snapshot()),
    defineRawRoute(deps, { method: 'POST', path: '/__helpdock/clock' }, async (ctx) => {
      const { advance_ms } = await ctx.json(ClockAdvanceRequest);
      deps.control.advanceClock(advance_ms);
      return { now: iso(deps.clock.now()) };
    }),
    defineRawRoute(deps, { method: 'GET', path: '/__helpdock/clock' }, () => ({
      now: iso(deps.clock.now()),
    })),
    defineRawRoute(deps, { method: 'POST', path: '/__helpdock/faults' }, async (ctx) => {
      const faults = await ctx.json(FaultsRequest);
      deps.faults.set(faults);
      return deps.faults.current;
    }),
    defineRawRoute(deps, { method: 'GET', path: '/__helpdock/faults' }, () => deps.faults.current),
    defineRawRoute(deps, { method: 'GET', path: '/__helpdock/chatwoot' }, () =>
      structuredClone(store.upstreams.chatwoot),
    ),
    defineRawRoute(deps, { method: 'GET', path: '/__helpdock/evolution' }, () =>
      structuredClone(store.upstreams.evolution),
    ),
  ];
}
