/**
 * `@helpdock/widget`: the `<helpdock-bubble>` support bubble, the
 * `<helpdock-partner-attributes>` partner settings form, and the full-page `<helpdock-portal>`
 * (a support link's conversations) and `<helpdock-customer-portal>` (a customer's dashboard), as
 * Lit web components. Importing this module defines every element.
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
export { HelpdockBubble, type IdentifyOptions } from './bubble/bubble.component.js';
export {
  type CustomerPortalSection,
  HelpdockCustomerPortal,
} from './customer-portal/customer-portal.component.js';
export {
  bubbleEventNames,
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
  type MessageKey,
  type Messages,
  type PartnerMessageKey,
  type PartnerMessages,
  type PartnerTranslate,
  partnerTranslator,
  registerLocale,
  resolveLocale,
  shippedLocales,
  type Translate,
  translator,
} from './i18n/index.js';
export { enPages } from './i18n/pages/en.js';
export {
  type PageMessageKey,
  type PageMessages,
  type PageTranslate,
  pageLocales,
  pageTranslator,
} from './i18n/pages/index.js';
export type {
  HelpdockBubbleJsxProps,
  HelpdockIntrinsicElements,
  HelpdockPartnerAttributesJsxProps,
} from './jsx.js';
export { type HelpdockApi, type HelpdockListener, installHelpdock } from './loader.js';
export type { HelpdockCustomerPortalEventDetails, HelpdockPortalEventDetails } from './page-events.js';
export { HelpdockPartnerAttributes } from './partner-attributes/partner-attributes.component.js';
export { HelpdockPortal } from './portal/portal.component.js';
