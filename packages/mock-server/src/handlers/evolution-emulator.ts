import { EvolutionSendTextRequest } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import * as z from 'zod';
import { defineRawRoute } from '../core/define-route.js';
import { fail } from '../core/errors.js';
import { postWebhook } from '../core/webhook.js';
import type { ServerDeps } from '../deps.js';
import { DEMO_EVOLUTION, EvolutionHttpError } from '../store/upstreams/evolution.js';

const json = (body: unknown, status: number): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

/** `POST /__helpdock/evolution/incoming` body: a WhatsApp user writes to an instance (default: the demo's). */
export const EvolutionIncomingRequest = z
  .object({
    number: z.string().min(1).max(64),
    text: z.string().min(1).max(4096),
    name: z.string().max(100).optional(),
    instance: z.string().min(1).max(100).default(DEMO_EVOLUTION.instance),
  })
  .strict();

/**
 * The emulated Evolution API under `/evolution` (SPEC §8, §10): `POST /message/sendText/{instance}`
 * with header `apikey`; sent messages are recorded (`GET /__helpdock/evolution`). `POST
 * /__helpdock/evolution/incoming` plays a WhatsApp user writing in: the `messages.upsert` webhook
 * goes to `evolutionWebhookUrl` (409 when none is configured).
 */
export function evolutionEmulatorHandlers(deps: ServerDeps): HttpHandler[] {
  const emulator = () => deps.store.evolution;
  return [
    defineRawRoute(deps, { method: 'POST', path: '/evolution/message/sendText/:instance' }, async (ctx) => {
      try {
        if (!emulator().isApiKey(ctx.request.headers.get('apikey')))
          throw new EvolutionHttpError(401, 'Unauthorized');
        const parsed = EvolutionSendTextRequest.safeParse(await ctx.json(z.unknown()));
        if (!parsed.success) {
          throw new EvolutionHttpError(
            400,
            parsed.error.issues.map(
              (issue) => `${issue.path.map(String).join('.') || 'body'} ${issue.message}`,
            ),
          );
        }
        return json(emulator().sendText(ctx.params.instance ?? '', parsed.data), 201);
      } catch (error) {
        if (error instanceof EvolutionHttpError) return json(error.body, error.status);
        throw error;
      }
    }),
    defineRawRoute(deps, { method: 'POST', path: '/__helpdock/evolution/incoming' }, async (ctx) => {
      const input = await ctx.json(EvolutionIncomingRequest);
      const url = deps.settings.evolutionWebhookUrl;
      if (url === undefined) {
        throw fail.conflict('No Evolution webhook is configured: start with --evolution-webhook URL');
      }
      try {
        const { id, webhook } = emulator().receive(input);
        const outcome = await postWebhook(url, webhook);
        emulator().recordDelivery('messages.upsert', id, outcome);
        return { message_id: id, delivery: outcome };
      } catch (error) {
        if (error instanceof EvolutionHttpError && error.status === 404)
          throw fail.notFound('Evolution instance');
        if (error instanceof EvolutionHttpError) {
          throw fail.invalid('Not a WhatsApp number', [
            { path: 'number', message: 'Must be 8 to 15 digits' },
          ]);
        }
        throw error;
      }
    }),
  ];
}
