import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChatAttachment } from './attachments.js';
import type { ChatMessage } from './conversation.js';
import type { OutboxItem, OutboxTarget } from './outbox.js';
import type { OutboxSender, SupportBase, SupportParticipant } from './support-base.js';

/** An element hosting a conversation controller: the bubble hands it the shared base. */
export type SupportHost = ReactiveControllerHost & HTMLElement & { base?: SupportBase | undefined };

/**
 * What the anonymous and the customer controllers share: joining the host's base while on the
 * page, sending their kind of outbox items, and one event stream at a time.
 */
export abstract class ConversationController implements ReactiveController, SupportParticipant, OutboxSender {
  /** The base, while the host is on the page. */
  protected base: SupportBase | null = null;
  private stream: AbortController | null = null;

  constructor(
    readonly host: SupportHost,
    private readonly kinds: readonly OutboxTarget['kind'][],
  ) {
    host.addController(this);
  }

  /** Joins the host's base and takes over sending this kind of queued message. */
  hostConnected(): void {
    this.base = this.host.base ?? null;
    this.base?.join(this);
    for (const kind of this.kinds) this.base?.setSender(kind, this);
  }

  /** Closes the event stream and leaves the base; queued messages wait in storage. */
  hostDisconnected(): void {
    this.stopStream();
    for (const kind of this.kinds) this.base?.setSender(kind, undefined);
    this.base?.leave(this);
    this.base = null;
  }

  abstract load(): void;
  abstract forget(): void;
  abstract canSend(item: OutboxItem): boolean;
  abstract send(item: OutboxItem): Promise<ChatMessage>;
  abstract delivered(item: OutboxItem, message: ChatMessage): void;

  /**
   * Queues `text` (trimmed, never blank) with its uploaded `attachments` for `target`, behind the
   * last message of `sent`, and forgets the draft it was typed in.
   */
  protected queue(
    target: OutboxTarget,
    text: string,
    attachments: readonly ChatAttachment[],
    draftKey: string,
    sent: readonly ChatMessage[],
  ): void {
    const body = text.trim();
    if (!body || !this.base?.outbox) return;
    this.base.outbox.enqueue(target, body, { after: sent.at(-1)?.id, attachments });
    this.base.drafts?.clear(draftKey);
  }

  /** Replaces the event stream: returns the signal that stops the new one. */
  protected restartStream(): AbortSignal {
    this.stopStream();
    this.stream = new AbortController();
    return this.stream.signal;
  }

  /** Stops the event stream. */
  protected stopStream(): void {
    this.stream?.abort();
    this.stream = null;
  }
}
