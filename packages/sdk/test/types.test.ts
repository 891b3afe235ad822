import { describe, expectTypeOf, it } from 'vitest';
import {
  type APIPromise,
  type CustomerEvent,
  type DownloadedFile,
  type EventStream,
  HelpdockClient,
  type HelpdockError,
  type LoginResult,
  type Page,
  type PagePromise,
  type PortalEvent,
  type RateLimitError,
  type ThreadCreateParams,
  type WithResponse,
} from '../src/index.js';
import type {
  Message,
  PublicConfig,
  StaffThreadDetail,
  Thread,
  Ticket,
  TicketDetail,
} from '../src/schemas/index.js';

const client = new HelpdockClient({ baseUrl: 'http://127.0.0.1:1' });

/** Type-level calls only: defined for the compiler, never run (they would send requests). */
const neverRun = (_fn: () => void) => {};

describe('public types', () => {
  it('infers results from the response schemas', () => {
    expectTypeOf(client.support.threads.retrieve).returns.toEqualTypeOf<APIPromise<StaffThreadDetail>>();
    expectTypeOf(client.support.threads.addMessage).returns.toEqualTypeOf<APIPromise<Message>>();
    expectTypeOf(client.customers.me.tickets.create).returns.toEqualTypeOf<APIPromise<TicketDetail>>();
    expectTypeOf(client.auth.login).returns.toEqualTypeOf<APIPromise<LoginResult>>();
    expectTypeOf(client.files.download).returns.toEqualTypeOf<APIPromise<DownloadedFile>>();
  });

  it('lists are awaitable pages and async iterables of items', () => {
    type ThreadList = ReturnType<typeof client.support.threads.list>;
    expectTypeOf<ThreadList>().toEqualTypeOf<PagePromise<Thread>>();
    expectTypeOf<ThreadList>().toExtend<PromiseLike<Page<Thread>>>();
    expectTypeOf<ThreadList>().toExtend<AsyncIterable<Thread>>();
    expectTypeOf<ReturnType<typeof client.customers.me.tickets.list>>().toExtend<AsyncIterable<Ticket>>();
  });

  it('takes z.input params: defaults are optional', () => {
    expectTypeOf<ThreadCreateParams>().toExtend<{ subject: string; initial_message: string }>();
    expectTypeOf<{ subject: string; initial_message: string }>().toExtend<ThreadCreateParams>();
    neverRun(() => {
      // @ts-expect-error priority must be one of the enum values
      client.support.threads.create({ subject: 's', initial_message: 'm', priority: 'low' });
      // @ts-expect-error the body is required
      client.support.threads.create();
    });
  });

  it('gives raw access', () => {
    type Config = ReturnType<typeof client.public.config>;
    expectTypeOf<ReturnType<Config['withResponse']>>().resolves.toEqualTypeOf<WithResponse<PublicConfig>>();
    expectTypeOf<ReturnType<Config['asResponse']>>().resolves.toEqualTypeOf<Response>();
  });

  it('types the event streams as the contract’s unions', () => {
    expectTypeOf(client.customers.me.events).returns.toEqualTypeOf<EventStream<CustomerEvent>>();
    expectTypeOf(client.portal('t').events).returns.toEqualTypeOf<EventStream<PortalEvent>>();
    neverRun(() => {
      client.customers.me.events().on('status_change', (event) => {
        expectTypeOf(event.data.status).toEqualTypeOf<'open' | 'pending' | 'resolved' | 'closed'>();
      });
      client.customers.me.events().on('error', (error) => {
        expectTypeOf(error).toEqualTypeOf<HelpdockError>();
      });
      // @ts-expect-error not an event of the customer stream
      client.customers.me.events().on('thread.updated', () => {});
    });
  });

  it('exposes error fields', () => {
    expectTypeOf<HelpdockError['status']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<HelpdockError['requestId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RateLimitError['retryAfter']>().toEqualTypeOf<number | undefined>();
  });
});
