import type { HttpHandler } from 'msw';
import * as z from 'zod';
import { defineRawRoute, type RawRouteContext } from '../core/define-route.js';
import { postWebhook } from '../core/webhook.js';
import type { ServerDeps } from '../deps.js';
import type { ChatwootMessagePosted } from '../store/upstreams/chatwoot/application.js';
import { ChatwootHttpError, notFound } from '../store/upstreams/chatwoot/errors.js';
import {
  AccountUserCreate,
  ContactCreate,
  ConversationCreate,
  ConversationListQuery,
  MessageCreate,
  StatusToggle,
  UserCreate,
  UserUpdate,
} from '../store/upstreams/chatwoot/requests.js';

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
  if (!/^[1-9]\d{0,9}$/.test(raw)) throw notFound();
  return Number(raw);
}

/** `input` checked with one of Chatwoot's request schemas, or Chatwoot's 422 `{message, attributes}`. */
function checked<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || 'base';
  throw new ChatwootHttpError(422, {
    message: `${field} ${issue?.message ?? 'is invalid'}`,
    attributes: [field],
  });
}

const bodyOf = async <S extends z.ZodType>(ctx: RawRouteContext, schema: S): Promise<z.output<S>> =>
  checked(schema, await ctx.json(z.unknown()));

/**
 * The emulated Chatwoot under `/chatwoot` (SPEC §8, §10): Platform API (users, account users; header
 * `api_access_token` = the Platform App token) and Application API (contacts, conversations,
 * messages; header `api_access_token` = an agent's token). Requests are checked with what Chatwoot
 * accepts (`store/upstreams/chatwoot/requests.ts`). A new message posts a `message_created` webhook
 * to `chatwootWebhookUrl` when one is configured. `POST /__helpdock/chatwoot/failure` makes it fail
 * on purpose.
 */
export function chatwootEmulatorHandlers(deps: ServerDeps): HttpHandler[] {
  const emulator = () => deps.store.chatwoot;
  const platform = () => emulator().platform;
  const application = () => emulator().application;

  /** Runs an emulated call: token check, injected failure, Chatwoot-shaped errors. */
  const route = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    api: 'platform' | 'application',
    handle: (ctx: RawRouteContext) => Promise<unknown> | unknown,
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
        return json(await handle(ctx));
      } catch (error) {
        if (error instanceof ChatwootHttpError) return json(error.body, error.status);
        throw error;
      }
    });

  /** Posts the `message_created` webhook of a new message, when a receiver is configured. */
  const deliverWebhook = async ({ message, webhook }: ChatwootMessagePosted): Promise<void> => {
    const url = deps.settings.chatwootWebhookUrl;
    if (url === undefined) return;
    emulator().recordDelivery('message_created', message.id, await postWebhook(url, webhook));
  };

  const account = (ctx: RawRouteContext) => idParam(ctx, 'account_id');
  const users = '/platform/api/v1/users';
  const contacts = '/api/v1/accounts/:account_id/contacts';
  const conversations = '/api/v1/accounts/:account_id/conversations';
  const query = (ctx: RawRouteContext) => Object.fromEntries(ctx.url.searchParams);

  return [
    route('POST', users, 'platform', async (ctx) => platform().createUser(await bodyOf(ctx, UserCreate))),
    route('GET', `${users}/:id`, 'platform', (ctx) => platform().getUser(idParam(ctx, 'id'))),
    route('PATCH', `${users}/:id`, 'platform', async (ctx) =>
      platform().updateUser(idParam(ctx, 'id'), await bodyOf(ctx, UserUpdate)),
    ),
    route('DELETE', `${users}/:id`, 'platform', (ctx) => platform().deleteUser(idParam(ctx, 'id'))),
    route('POST', '/platform/api/v1/accounts/:account_id/account_users', 'platform', async (ctx) =>
      platform().addAccountUser(account(ctx), await bodyOf(ctx, AccountUserCreate)),
    ),
    route('POST', contacts, 'application', async (ctx) =>
      application().createContact(
        account(ctx),
        await bodyOf(ctx, ContactCreate),
        globalThis.crypto.randomUUID(),
      ),
    ),
    route('GET', `${contacts}/search`, 'application', (ctx) =>
      application().searchContacts(account(ctx), ctx.url.searchParams.get('q') ?? ''),
    ),
    route('GET', `${contacts}/:id`, 'application', (ctx) =>
      application().getContact(account(ctx), idParam(ctx, 'id')),
    ),
    route('GET', `${contacts}/:id/conversations`, 'application', (ctx) =>
      application().contactConversations(account(ctx), idParam(ctx, 'id')),
    ),
    route('GET', conversations, 'application', (ctx) =>
      application().listConversations(account(ctx), checked(ConversationListQuery, query(ctx))),
    ),
    route('POST', conversations, 'application', async (ctx) => {
      const { conversation, posted } = application().createConversation(
        account(ctx),
        await bodyOf(ctx, ConversationCreate),
      );
      if (posted) await deliverWebhook(posted);
      return conversation;
    }),
    route('GET', `${conversations}/:conversation_id`, 'application', (ctx) =>
      application().getConversation(account(ctx), idParam(ctx, 'conversation_id')),
    ),
    route('POST', `${conversations}/:conversation_id/toggle_status`, 'application', async (ctx) =>
      application().toggleStatus(
        account(ctx),
        idParam(ctx, 'conversation_id'),
        await bodyOf(ctx, StatusToggle),
      ),
    ),
    route('POST', `${conversations}/:conversation_id/messages`, 'application', async (ctx) => {
      const posted = application().createMessage(
        account(ctx),
        idParam(ctx, 'conversation_id'),
        await bodyOf(ctx, MessageCreate),
      );
      await deliverWebhook(posted);
      return posted.message;
    }),
    defineRawRoute(deps, { method: 'POST', path: '/__helpdock/chatwoot/failure' }, async (ctx) => {
      const { status, times, scope } = await ctx.json(ChatwootFailureRequest);
      emulator().setFailure(status === null ? null : { status, remaining: times ?? null, scope });
      return { failure: emulator().state.failure };
    }),
  ];
}
