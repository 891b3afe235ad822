import type { CustomAttributes, PublicConfig } from '@helpdock/sdk/schemas';
import type { ReactiveControllerHost } from 'lit';
import type { HelpdockBubbleEventDetails } from '../events.js';
import type { MessageKey } from '../i18n/index.js';
import { type ChatMessage, mergeMessages, visibleMessages } from './conversation.js';
import { Drafts } from './drafts.js';
import { errorMessageKey, isRetryable, statusOf } from './errors.js';
import { Outbox, type OutboxItem, type OutboxTarget } from './outbox.js';
import { browserStore, type JsonStore, jsonStore, tenantPrefix } from './storage.js';
import { WidgetClient } from './widget-client.js';

/** Events the support components report to the bubble, which turns them into `helpdock:*` DOM events. */
export type SupportEvents = Pick<
  HelpdockBubbleEventDetails,
  'ready' | 'ticket-created' | 'message' | 'error'
>;

/** Where and how the widget reaches the backend. */
export interface SupportConnection {
  /** Origin of the Helpdock API, e.g. `https://help.example.com`; the bubble defaults it to the page's. */
  apiBase: string;
  /** The tenant's public site key, sent as `X-Site-Key`; `undefined` means the server's default tenant. */
  siteKey?: string | undefined;
}

/** Options of {@link SupportBase}. */
export interface SupportBaseOptions {
  /** Reports events to the host element. */
  emit<K extends keyof SupportEvents>(name: K, detail: SupportEvents[K]): void;
  /** Announces a new support message to screen readers. */
  announce?(text: string): void;
  /** `fetch` to use (tests); defaults to the page's. */
  fetch?: typeof fetch;
}

/** Delivers the queued messages of one target kind; registered by the controller owning that kind. */
export interface OutboxSender {
  /** Whether `item` can go out now (its conversation is loaded, the customer is signed in). */
  canSend(item: OutboxItem): boolean;
  /** Sends `item` with its idempotency key; throws on failure. */
  send(item: OutboxItem): Promise<ChatMessage>;
  /** The server stored `item` as `message`. */
  delivered(item: OutboxItem, message: ChatMessage): void;
}

/** A controller working on the base: re-rendered on every change and told about (re)loads. */
export interface SupportParticipant {
  /** The element to re-render. */
  readonly host: ReactiveControllerHost;
  /** The base (re)connected to a backend and loaded its config: load the participant's own data. */
  load(): void;
  /** The visitor was forgotten (sign-out): drop everything in memory. */
  forget(): void;
}

/**
 * What every support component shares: the connection and its client, the tenant's public config,
 * storage (drafts, outbox), unread count, the notice and the event streams. One base per bubble;
 * the components' controllers ({@link SupportParticipant}) join it while they are on the page.
 */
export class SupportBase {
  /** The tenant's public config; `null` until loaded (or when it could not be). */
  config: PublicConfig | null = null;
  /** `true` once the config load finished (or failed). */
  loaded = false;
  /** Agent messages that arrived while the panel was closed. */
  unread = 0;
  /** A sentence to show above the content (the last failure), as a dictionary key. */
  notice: MessageKey | null = null;
  /** A request started by the visitor is running (disables the submit buttons). */
  busy = false;
  /** The panel is open: arriving messages are read at once. */
  panelOpen = false;
  /** Drafts of every field; available after {@link connect}. */
  drafts: Drafts | null = null;
  /** Queued messages of every conversation; available after {@link connect}. */
  outbox: Outbox<ChatMessage> | null = null;
  /** Storage under this tenant's prefix; available after {@link connect}. */
  store: JsonStore | null = null;
  /** The anonymous client (public and portal APIs); available after {@link connect}. */
  client: WidgetClient | null = null;
  /** The signed-in customer's client; `null` when nobody signed in. */
  customer: WidgetClient | null = null;
  /** Context the site attaches to the next conversation (`Helpdock('attributes', …)`); `null`: none. */
  attributes: CustomAttributes | null = null;
  /** A customer request got a 401: returns whether a renewed token is on its way (no notice then). */
  onUnauthorized: (() => boolean) | null = null;

  private connection: SupportConnection | null = null;
  private customerToken: string | null = null;
  private readonly participants = new Set<SupportParticipant>();
  private readonly hosts = new Set<ReactiveControllerHost>();
  private readonly senders: Partial<Record<OutboxTarget['kind'], OutboxSender>> = {};

  constructor(private readonly options: SupportBaseOptions) {}

  /** Re-renders `host` on every change (the bubble shell, which joins no conversation). */
  watch(host: ReactiveControllerHost): void {
    this.hosts.add(host);
  }

  /** Adds a controller: it re-renders on changes and loads now if the config is already there. */
  join(participant: SupportParticipant): void {
    this.participants.add(participant);
    if (this.loaded && this.config?.support_bubble_enabled !== false) participant.load();
  }

  /** Removes a controller that left the page. */
  leave(participant: SupportParticipant): void {
    this.participants.delete(participant);
  }

  /** Routes the outbox's items of `kind` to `sender` (or nowhere, with `undefined`: they wait). */
  setSender(kind: OutboxTarget['kind'], sender: OutboxSender | undefined): void {
    if (sender) this.senders[kind] = sender;
    else delete this.senders[kind];
    if (sender) void this.outbox?.flush(true);
  }

  /**
   * Points the base at a backend and (re)loads: config, then every participant's data. Calling it
   * again with the same connection does nothing.
   */
  connect(connection: SupportConnection): void {
    if (this.connection?.apiBase === connection.apiBase && this.connection.siteKey === connection.siteKey)
      return;
    this.connection = connection;
    this.store = jsonStore(browserStore(), tenantPrefix(connection.siteKey, connection.apiBase));
    this.drafts = new Drafts(this.store);
    this.client = this.newClient({
      ...(connection.siteKey ? { siteKey: connection.siteKey } : {}),
    });
    if (this.customerToken) this.customer = this.newClient({ accessToken: this.customerToken });
    void this.start();
  }

  /** Signs a customer in (or out, with `null`). */
  signIn(customerToken: string | null): void {
    this.customerToken = customerToken;
    this.customer = customerToken && this.connection ? this.newClient({ accessToken: customerToken }) : null;
    this.changed();
  }

  /**
   * Replaces the signed-in customer's access token (renewed); with `reload`, every participant
   * loads again, so requests and streams refused with the old token start over.
   */
  renewCustomer(customerToken: string, reload: boolean): void {
    this.customerToken = customerToken;
    this.customer?.setAccessToken(customerToken);
    if (!reload) return;
    this.notice = null;
    for (const participant of this.participants) participant.load();
    this.changed();
  }

  /** Forgets the visitor: sign-in, attributes, drafts, queued messages and every participant's state. */
  reset(): void {
    this.signIn(null);
    this.attributes = null;
    this.unread = 0;
    this.notice = null;
    this.drafts?.clearAll();
    this.outbox?.clear();
    for (const participant of this.participants) participant.forget();
    this.changed();
  }

  /** Writes drafts now (the page is going away). */
  flushDrafts(): void {
    this.drafts?.flush();
  }

  /** Retries every queued message now (the network came back). */
  flushOutbox(): void {
    void this.outbox?.flush(true);
  }

  /** Stops outbox timers and writes drafts (the bubble left the page); storage keeps the rest. */
  dispose(): void {
    this.drafts?.flush();
    this.outbox?.dispose();
    this.outbox = null;
  }

  /** Reloads after {@link dispose} (the bubble came back to the page). */
  resume(): void {
    if (this.connection && !this.outbox) void this.start();
  }

  /** Tells the base whether the panel is visible (opening it reads every message). */
  setPanelOpen(open: boolean): void {
    this.panelOpen = open;
    if (open) this.unread = 0;
    this.changed();
  }

  /** Hides the notice. */
  dismissNotice(): void {
    this.notice = null;
    this.changed();
  }

  /** Reports an event to the page. */
  emit<K extends keyof SupportEvents>(name: K, detail: SupportEvents[K]): void {
    this.options.emit(name, detail);
  }

  /** Runs a request the visitor started: busy meanwhile, failures shown. Resolves to whether it worked. */
  async run(task: () => Promise<void>): Promise<boolean> {
    this.busy = true;
    this.notice = null;
    this.changed();
    try {
      await task();
      return true;
    } catch (error) {
      this.report(error);
      return false;
    } finally {
      this.busy = false;
      this.changed();
    }
  }

  /** Shows a failure as a notice and reports it as `helpdock:error`. */
  report(error: unknown): void {
    if (statusOf(error) === 401 && this.customer && this.onUnauthorized?.()) return;
    const code = errorMessageKey(error);
    this.notice = code;
    const status = statusOf(error);
    this.emit('error', { code, ...(status === undefined ? {} : { status }) });
    this.changed();
  }

  /**
   * Follows an event stream until `signal` aborts, handing each event to `onEvent`. A 401 calls
   * `onExpired`; other failures become the notice. Resolves when the stream ends.
   */
  async follow<E>(
    open: (signal: AbortSignal) => AsyncIterable<E>,
    signal: AbortSignal,
    onEvent: (event: E) => void,
    onExpired?: () => void,
  ): Promise<void> {
    try {
      for await (const event of open(signal)) onEvent(event);
    } catch (error) {
      if (signal.aborted) return;
      if (statusOf(error) === 401) onExpired?.();
      this.report(error);
    }
  }

  /**
   * Adds a message that arrived live to `list`: returns the new list, or `null` when it was there
   * already. A support message counts as unread (panel closed), is announced and reported.
   */
  arrive(list: readonly ChatMessage[], message: ChatMessage): ChatMessage[] | null {
    const merged = mergeMessages(list, [message]);
    if (merged.length === list.length) return null;
    if (message.author === 'agent') {
      this.countUnread(message.text);
      this.emit('message', { direction: 'in', text: message.text, id: message.id });
    }
    this.changed();
    return merged;
  }

  /** A support message arrived for a conversation that is not on screen. */
  countUnread(text: string): void {
    if (!this.panelOpen) this.unread += 1;
    this.options.announce?.(text);
    this.changed();
  }

  /** The conversation as shown: `sent` plus the outbox's messages for `target`, each once. */
  conversation(sent: readonly ChatMessage[], isTarget: (target: OutboxTarget) => boolean): ChatMessage[] {
    const queued = (this.outbox?.items ?? []).filter((item) => isTarget(item.target));
    return visibleMessages(sent, queued);
  }

  /** Re-renders every component on the base. */
  changed(): void {
    for (const host of this.hosts) host.requestUpdate();
    for (const participant of this.participants) participant.host.requestUpdate();
  }

  private async start(): Promise<void> {
    this.outbox?.dispose();
    this.outbox = this.newOutbox(this.store!);
    this.loaded = false;
    try {
      this.config = await this.client!.public.config();
    } catch (error) {
      // The bubble still works without the config (no WhatsApp link); the failure is reported.
      this.config = null;
      this.report(error);
    }
    this.loaded = true;
    this.changed();
    this.emit('ready', { config: this.config });
    if (this.config?.support_bubble_enabled === false) return;
    for (const participant of this.participants) participant.load();
  }

  private newOutbox(store: JsonStore): Outbox<ChatMessage> {
    return new Outbox<ChatMessage>({
      store,
      isRetryable,
      canSend: (item) => this.senders[item.target.kind]?.canSend(item) ?? false,
      send: async (item) => {
        try {
          return await this.senders[item.target.kind]!.send(item);
        } catch (error) {
          // Refusals are explained; of the retryable failures only "offline, will send", once.
          const code = errorMessageKey(error);
          if (!isRetryable(error) || (code === 'errorOffline' && this.notice !== code)) this.report(error);
          throw error;
        }
      },
      onChange: () => this.changed(),
      onDelivered: (item, message) => {
        if (this.notice === 'errorOffline') this.notice = null;
        this.senders[item.target.kind]?.delivered(item, message);
        if (item.target.kind !== 'thread')
          this.emit('message', { direction: 'out', text: message.text, id: message.id });
        this.changed();
      },
    });
  }

  private newClient(auth: { siteKey?: string; accessToken?: string }): WidgetClient {
    return new WidgetClient({
      baseUrl: this.connection!.apiBase,
      ...auth,
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
    });
  }
}
