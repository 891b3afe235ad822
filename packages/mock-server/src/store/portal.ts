import type {
  Message,
  PortalContext,
  PortalMessageRequest,
  PortalThreadRequest,
  VisitorThreadDetail,
} from '@helpdock/sdk/schemas';
import type * as z from 'zod';
import { fail } from '../core/errors.js';
import type { Actor } from './context.js';
import type { FileStore } from './files.js';
import type { TokenRecord } from './records.js';
import type { ThreadStore } from './threads.js';
import type { TokenStore } from './tokens.js';

/**
 * The portal (SPEC §3): what a portal token may see and do. The token is already accepted (not
 * revoked, not expired) and its use counted when these run; they decide its scope.
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

  /**
   * A new thread on the token's assignment (the visitor's view of it), with the visitor's uploads
   * named by `attachment_ids` (422 for any other file); 403 for a token scoped to one conversation.
   */
  createThread(
    actor: Actor,
    token: TokenRecord,
    input: z.output<typeof PortalThreadRequest>,
  ): VisitorThreadDetail {
    if (token.thread_id !== null || token.assignment_id === null) {
      throw fail.forbidden('This link is for one conversation: reply there instead of opening a new one');
    }
    const thread = this.deps.threads.create(actor, {
      subject: input.subject,
      message_text: input.message_text,
      priority: 'MEDIUM',
      assignment_id: token.assignment_id,
      author_type: 'EXTERNAL',
      custom_attributes: input.custom_attributes,
      files: this.deps.files.linkable({ token }, input.attachment_ids ?? [], null, 'attachment_ids'),
    });
    return this.deps.threads.visitorDetail(token.tenant_id, thread.id);
  }

  /**
   * A visitor's message on a thread the token covers (its own thread unless `thread_id` names
   * another in scope), with the visitor's uploads named by `attachment_ids`; 404 outside the scope,
   * 422 when a wide token names no thread or a file that is not the visitor's unattached upload.
   */
  sendMessage(actor: Actor, token: TokenRecord, input: z.output<typeof PortalMessageRequest>): Message {
    const thread = this.deps.tokens.threadInScope(token, input.thread_id);
    return this.deps.threads.addMessage(actor, thread.id, {
      message_text: input.message_text,
      author_type: 'EXTERNAL',
      files: this.deps.files.linkable({ token }, input.attachment_ids ?? [], thread.id, 'attachment_ids'),
    });
  }
}
