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
export { HelpdockBubble, type IdentifyOptions } from './bubble/bubble.component.js';
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
export type {
  HelpdockBubbleJsxProps,
  HelpdockIntrinsicElements,
  HelpdockPartnerAttributesJsxProps,
} from './jsx.js';
export { type HelpdockApi, type HelpdockListener, installHelpdock } from './loader.js';
export { HelpdockPartnerAttributes } from './partner-attributes/partner-attributes.component.js';
