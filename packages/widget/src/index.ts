/**
 * `@helpdock/widget`: the `<helpdock-bubble>` support bubble and the
 * `<helpdock-partner-attributes>` partner settings form, as Lit web components. Importing this
 * module defines both elements.
 *
 * @example
 * ```ts
 * import '@helpdock/widget';
 * const bubble = document.createElement('helpdock-bubble');
 * bubble.setAttribute('site-key', 'pk_acme_demo');
 * document.body.append(bubble);
 * ```
 * @packageDocumentation
 */
export { HelpdockBubble, type IdentifyOptions } from './bubble/bubble.js';
export type { ChatAuthor, ChatMessage } from './controller/conversation.js';
export { Drafts, type DraftsOptions } from './controller/drafts.js';
export { errorMessageKey, isRetryable } from './controller/errors.js';
export {
  defaultBackoff,
  Outbox,
  type OutboxItem,
  type OutboxOptions,
  type OutboxTarget,
} from './controller/outbox.js';
export {
  browserStore,
  type JsonStore,
  jsonStore,
  type KeyValueStore,
  memoryStore,
} from './controller/storage.js';
export {
  type SupportConnection,
  SupportController,
  type SupportControllerOptions,
  type SupportEvents,
  type SupportView,
} from './controller/support-controller.js';
export type { Timers } from './controller/timers.js';
export {
  type FieldError,
  type FieldErrors,
  type TicketFormValues,
  validateAttachment,
  validateTicketForm,
} from './controller/validation.js';
export {
  bubbleEventNames,
  dispatchHelpdockEvent,
  type HelpdockBubbleEventDetails,
  type HelpdockBubbleEventName,
  type PartnerAttributesEventDetails,
} from './events.js';
export { locales, partnerLocales } from './i18n/all.js';
export { en, enPartner } from './i18n/en.js';
export {
  directionOf,
  format,
  type Locale,
  type LocaleLoader,
  loadLocale,
  type MessageKey,
  type Messages,
  type PartnerMessageKey,
  type PartnerMessages,
  type PartnerTranslate,
  partnerTranslator,
  registerLocale,
  resolveLocale,
  setLocaleLoader,
  shippedLocales,
  type Translate,
  translator,
} from './i18n/index.js';
export type {
  HelpdockBubbleJsxProps,
  HelpdockIntrinsicElements,
  HelpdockPartnerAttributesJsxProps,
} from './jsx.js';
export { type HelpdockApi, type HelpdockListener, installHelpdock } from './loader.js';
export { HelpdockPartnerAttributes } from './partner-attributes/partner-attributes.js';
export {
  type PartnerField,
  type PartnerFormState,
  partnerUpdate,
  validatePartnerForm,
} from './partner-attributes/partner-form.js';
