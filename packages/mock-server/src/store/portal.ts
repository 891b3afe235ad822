import type {
  Message,
  MessageAttachment,
  PortalContext,
  PortalMessageRequest,
  PortalThreadRequest,
  VisitorThreadDetail,
} from '@helpdock/sdk/schemas';
import type * as z from 'zod';
import { fail } from '../core/errors.js';
import type { Actor } from './context.js';
import { type FileDownload, type FileStore, type NewFile, toMessageAttachment } from './files.js';
import type { TokenRecord } from './records.js';
import type { ThreadStore } from './threads.js';
import type { TokenStore } from './tokens.js';

/**
 * The portal (SPEC §3): what a portal token may see and do. The token is already accepted (not
 * revoked, not expired) and its use counted when these run; they decide its scope. Files the
 * visitor uploads belong to the token until a message links them.
 */
export class PortalStore {
  constructor(private readonly deps: { tokens: TokenStore; threads: ThreadStore; files: FileStore }) {}

  /** `GET /api/support/portal/{token}`: the token's expiry, scope and the threads it covers. */
  context(token: TokenRecord): PortalContext {
    return {
      expires_at: token.expires_at,
      scope: { assignment_id: token.assignment_id, thread_id: token.thread_id },
      threads: this.deps.tokens
        .threadsInScope(token)
        .map((thread) => this.deps.threads.visitorDetailOf(thread)),
    };
  }

  /** A new thread on the token's assignment (the visitor's view of it); 403 for a token scoped to one conversation. */
  createThread(
    actor: Actor,
    token: TokenRecord,
    input: z.output<typeof PortalThreadRequest>,
  ): VisitorThreadDetail {
    if (token.thread_id !== null || token.assignment_id === null) {
      throw fail.forbidden('This link is for one conversation: reply there instead of opening a new one');
    }
    const files = this.deps.files.linkableForToken(token, input.attachment_ids ?? []);
    const thread = this.deps.threads.create(actor, {
      subject: input.subject,
      message_text: input.message_text,
      priority: 'MEDIUM',
      assignment_id: token.assignment_id,
      author_type: 'EXTERNAL',
      custom_attributes: input.custom_attributes,
      attachments: files.map(toMessageAttachment),
    });
    const first = thread.messages[0];
    if (first) this.deps.files.link(files, thread.id, first.id);
    return this.deps.threads.visitorDetail(token.tenant_id, thread.id);
  }

  /**
   * A visitor's message on a thread the token covers (its own thread unless `thread_id` names
   * another in scope); 404 outside the scope, 422 when a wide token names no thread.
   */
  sendMessage(actor: Actor, token: TokenRecord, input: z.output<typeof PortalMessageRequest>): Message {
    const thread = this.deps.tokens.threadInScope(token, input.thread_id);
    const files = this.deps.files.linkableForToken(token, input.attachment_ids ?? []);
    const message = this.deps.threads.addMessage(actor, thread.id, {
      message_text: input.message_text,
      author_type: 'EXTERNAL',
      attachments: files.map(toMessageAttachment),
    });
    this.deps.files.link(files, thread.id, message.id);
    return message;
  }

  /** Stores the visitor's upload, owned by the token until a message links it. */
  upload(actor: Actor, token: TokenRecord, file: NewFile): MessageAttachment {
    return this.deps.files.addForToken(actor, token, file);
  }

  /** A file of a thread in scope, or one of the token's uploads (else 404). */
  download(token: TokenRecord, fileId: string): FileDownload {
    return this.deps.files.downloadForToken(token, fileId, (threadId) => {
      const thread = this.deps.threads.find(threadId);
      return thread !== undefined && this.deps.tokens.covers(token, thread);
    });
  }
}
