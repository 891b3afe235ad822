import { EvolutionSendTextRequest } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import * as z from 'zod';
import { defineRawRoute } from '../core/define-route.js';
import type { ServerDeps } from '../deps.js';
import { EvolutionHttpError } from '../store/upstreams/evolution.js';

const json = (body: unknown, status: number): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

/**
 * The emulated Evolution API under `/evolution` (SPEC §8, §10): `POST /message/sendText/{instance}`
 * with header `apikey`; sent messages are recorded (`GET /__helpdock/evolution`).
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
  ];
}
