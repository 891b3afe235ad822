import {
  ChatwootAccountUserRequest,
  ChatwootCreateContactRequest,
  ChatwootCreateConversationRequest,
  ChatwootCreateMessageRequest,
  ChatwootCreateUserRequest,
  ChatwootUpdateUserRequest,
} from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import * as z from 'zod';
import { defineRawRoute, type RawRouteContext } from '../core/define-route.js';
import { sha256Hex } from '../core/ids.js';
import type { ServerDeps } from '../deps.js';
import { ChatwootHttpError } from '../store/upstreams/chatwoot.js';
import { discardBody } from '../store/upstreams/chatwoot-platform.js';

/** How long the emulator waits for the `message_created` webhook receiver. */
const WEBHOOK_TIMEOUT_MS = 5_000;

/** `POST /__helpdock/chatwoot/failure` body: make Chatwoot answer `status` (null: stop failing). */
export const ChatwootFailureRequest = z
  .object({
    status: z.number().int().min(400).max(599).nullable(),
    times: z.number().int().min(1).max(1000).optional(),
    scope: z.enum(['platform', 'application', 'all']).default('all'),
  })
  .strict();

const json = (body: unknown, status = 200): Response =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' },
  });

/** A positive integer path parameter, or a Chatwoot 404. */
function idParam(ctx: RawRouteContext, name: string): number {
  const raw = ctx.params[name] ?? '';
  if (!/^[1-9]\d{0,9}$/.test(raw)) throw new ChatwootHttpError(404, { error: 'Resource could not be found' });
  return Number(raw);
}

/** The JSON body checked with `schema`, or Chatwoot's 422 `{message, attributes}`. */
async function bodyOf<S extends z.ZodType>(ctx: RawRouteContext, schema: S): Promise<z.output<S>> {
  const raw = await ctx.json(z.unknown());
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || 'base';
  throw new ChatwootHttpError(422, {
    message: `${field} ${issue?.message ?? 'is invalid'}`,
    attributes: [field],
  });
}

/**
 * The emulated Chatwoot under `/chatwoot` (SPEC §8, §10): Platform API (users, account users; header
 * `api_access_token` = the Platform App token) and Application API (contacts, conversations,
 * messages; header `api_access_token` = an agent's token). An outgoing or incoming message posts a
 * `message_created` webhook to `chatwootWebhookUrl` when one is configured. `POST
 * /__helpdock/chatwoot/failure` makes it fail on purpose.
 */
export function chatwootEmulatorHandlers(deps: ServerDeps): HttpHandler[] {
  const emulator = () => deps.store.chatwoot;

  /** Runs an emulated call: token check, injected failure, Chatwoot-shaped errors. */
  const route = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    api: 'platform' | 'application',
    handle: (ctx: RawRouteContext) => Promise<Response> | Response,
  ) =>
    defineRawRoute(deps, { method, path: `/chatwoot${path}` }, async (ctx) => {
      try {
        const token = ctx.request.headers.get('api_access_token');
        if (api === 'platform' && !emulator().isPlatformToken(token)) {
          return json({ error: 'Invalid access_token' }, 401);
        }
        if (api === 'application' && !emulator().isApiToken(token, idParam(ctx, 'account_id'))) {
          return json({ errors: ['You need to sign in or sign up before continuing.'] }, 401);
        }
        emulator().checkFailure(api);
        return await handle(ctx);
      } catch (error) {
        if (error instanceof ChatwootHttpError) return json(error.body, error.status);
        throw error;
      }
    });

  const deliverWebhook = async (payload: Record<string, unknown>, messageId: number): Promise<void> => {
    const url = deps.settings.chatwootWebhookUrl;
    if (url === undefined) return;
    try {
      const response = await globalThis.fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      });
      discardBody(response);
      emulator().recordDelivery('message_created', messageId, { status: response.status, error: null });
    } catch (error) {
      emulator().recordDelivery('message_created', messageId, {
        status: null,
        error: error instanceof Error ? error.name : 'Error',
      });
    }
  };

  return [
    route('POST', '/platform/api/v1/users', 'platform', async (ctx) => {
      const body = await bodyOf(ctx, ChatwootCreateUserRequest);
      const password_sha256 = await sha256Hex(body.password);
      return json(emulator().createUser({ name: body.name, email: body.email, password_sha256 }));
    }),
    route('GET', '/platform/api/v1/users/:id', 'platform', (ctx) =>
      json(emulator().getUser(idParam(ctx, 'id'))),
    ),
    route('PATCH', '/platform/api/v1/users/:id', 'platform', async (ctx) => {
      const id = idParam(ctx, 'id');
      const body = await bodyOf(ctx, ChatwootUpdateUserRequest);
      const password_sha256 = body.password === undefined ? undefined : await sha256Hex(body.password);
      return json(emulator().updateUser(id, { name: body.name, email: body.email, password_sha256 }));
    }),
    route('DELETE', '/platform/api/v1/users/:id', 'platform', (ctx) => {
      emulator().deleteUser(idParam(ctx, 'id'));
      return json(undefined);
    }),
    route('POST', '/platform/api/v1/accounts/:account_id/account_users', 'platform', async (ctx) => {
      const accountId = idParam(ctx, 'account_id');
      return json(emulator().addAccountUser(accountId, await bodyOf(ctx, ChatwootAccountUserRequest)));
    }),
    route('POST', '/api/v1/accounts/:account_id/contacts', 'application', async (ctx) => {
      const accountId = idParam(ctx, 'account_id');
      const body = await bodyOf(ctx, ChatwootCreateContactRequest);
      return json(emulator().createContact(accountId, body, globalThis.crypto.randomUUID()));
    }),
    route('GET', '/api/v1/accounts/:account_id/contacts/search', 'application', (ctx) =>
      json(emulator().searchContacts(idParam(ctx, 'account_id'), ctx.url.searchParams.get('q') ?? '')),
    ),
    route('GET', '/api/v1/accounts/:account_id/contacts/:id/conversations', 'application', (ctx) =>
      json(emulator().contactConversations(idParam(ctx, 'account_id'), idParam(ctx, 'id'))),
    ),
    route('POST', '/api/v1/accounts/:account_id/conversations', 'application', async (ctx) => {
      const accountId = idParam(ctx, 'account_id');
      return json(
        emulator().createConversation(accountId, await bodyOf(ctx, ChatwootCreateConversationRequest)),
      );
    }),
    route(
      'POST',
      '/api/v1/accounts/:account_id/conversations/:conversation_id/messages',
      'application',
      async (ctx) => {
        const accountId = idParam(ctx, 'account_id');
        const conversationId = idParam(ctx, 'conversation_id');
        const body = await bodyOf(ctx, ChatwootCreateMessageRequest);
        const { message, webhook } = emulator().createMessage(accountId, conversationId, body);
        await deliverWebhook(webhook, message.id as number);
        return json(message);
      },
    ),
    defineRawRoute(deps, { method: 'POST', path: '/__helpdock/chatwoot/failure' }, async (ctx) => {
      const { status, times, scope } = await ctx.json(ChatwootFailureRequest);
      emulator().setFailure(status === null ? null : { status, remaining: times ?? null, scope });
      return { failure: emulator().state.failure };
    }),
  ];
}
