/**
 * `@helpdock/widget/inbox`: the `<helpdock-inbox>` staff inbox. Importing this module defines the
 * element; it is not part of `@helpdock/widget` or `helpdock.js` (a staff tool, loaded on its own).
 *
 * @example
 * ```ts
 * import '@helpdock/widget/inbox';
 * const inbox = document.createElement('helpdock-inbox');
 * inbox.apiBase = 'https://support.example.com';
 * inbox.accessToken = session.access_token;
 * document.body.append(inbox);
 * ```
 * @packageDocumentation
 */

export type { ChatAttachment, FileAccess, UploadCall } from '../core/attachments.js';
export { TYPING_SEND_EVERY_MS, TYPING_SHOWN_MS, TypingSignals } from '../core/typing-signals.js';
export { inboxEn } from './i18n/en.js';
export {
  type InboxMessageKey,
  type InboxMessages,
  type InboxTranslate,
  inboxLocales,
  inboxTranslator,
} from './i18n/index.js';
export { HelpdockInbox } from './inbox.component.js';
export {
  type CreatedPortalLink,
  INBOX_PAGE_SIZE,
  InboxController,
  type InboxControllerOptions,
  type InboxErrorKey,
} from './inbox-controller.js';
export { type InboxFilters, type ListChange, ThreadList } from './thread-list.js';
