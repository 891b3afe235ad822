import type { HelpdockBubble } from './bubble/bubble.component.js';
import type { HelpdockPartnerAttributes } from './partner-attributes/partner-attributes.component.js';

/** Attributes and properties JSX may set on `<helpdock-bubble>`. */
export interface HelpdockBubbleJsxProps {
  /** Origin of the Helpdock API, e.g. `https://help.example.com` (default: the page's origin). */
  'api-base'?: string;
  /** The tenant's public site key (`X-Site-Key`); the server's default tenant when omitted. */
  'site-key'?: string;
  /** Corner of the viewport the launcher sits in (default `right`). */
  position?: 'right' | 'left';
  /** Colour scheme (default `light`); `auto` follows the system setting. */
  theme?: 'light' | 'dark' | 'auto';
  /** BCP 47 language tag of the texts, e.g. `pt-BR` (default: the page's `lang`, then the browser's). */
  locale?: string;
  /** Greeting at the top of the panel, replacing the translated default. */
  greeting?: string;
  /** Text prefilled in the WhatsApp chat, replacing the translated default. */
  'whatsapp-text'?: string;
  /** Whether the panel is open. */
  open?: boolean;
  /** CSS selector of the site's own launcher elements; the built-in launcher is not drawn then. */
  launcher?: string;
  /** The framework's ref, receiving the {@link HelpdockBubble} element. */
  ref?: unknown;
  /** CSS classes of the host element (Preact, Solid and other frameworks that pass `class`). */
  class?: string;
  /** CSS classes of the host element (React's spelling). */
  className?: string;
  /** The host element's `id`. */
  id?: string;
  /** Ignored: the bubble renders everything in its shadow root and has no slot. */
  children?: unknown;
}

/** Attributes and properties JSX may set on `<helpdock-partner-attributes>`. */
export interface HelpdockPartnerAttributesJsxProps {
  /** Origin of the Helpdock API, e.g. `https://help.example.com` (default: the page's origin). */
  'api-base'?: string;
  /** The signed-in user's access token; React 19 and Preact set it as a property (it has no attribute). */
  accessToken?: string;
  /** Colour scheme (default `light`); `auto` follows the system setting. */
  theme?: 'light' | 'dark' | 'auto';
  /** BCP 47 language tag of the texts, e.g. `pt-BR` (default: the page's `lang`, then the browser's). */
  locale?: string;
  /** The framework's ref, receiving the {@link HelpdockPartnerAttributes} element. */
  ref?: unknown;
  /** CSS classes of the host element (Preact, Solid and other frameworks that pass `class`). */
  class?: string;
  /** CSS classes of the host element (React's spelling). */
  className?: string;
  /** The host element's `id`. */
  id?: string;
  /** Ignored: the form renders everything in its shadow root and has no slot. */
  children?: unknown;
}

/**
 * The widget's elements for a JSX `IntrinsicElements` interface. React 19 users add
 * `declare module 'react' { namespace JSX { interface IntrinsicElements extends HelpdockIntrinsicElements {} } }`;
 * the global `JSX` namespace (Preact, older React types) is extended below.
 */
export interface HelpdockIntrinsicElements {
  /** The support bubble, {@link HelpdockBubble}. */
  'helpdock-bubble': HelpdockBubbleJsxProps;
  /** The partner settings form, {@link HelpdockPartnerAttributes}. */
  'helpdock-partner-attributes': HelpdockPartnerAttributesJsxProps;
}

/** The element classes by tag name, for `document.querySelector` in JSX code bases. */
export type HelpdockElements = {
  'helpdock-bubble': HelpdockBubble;
  'helpdock-partner-attributes': HelpdockPartnerAttributes;
};

declare global {
  namespace JSX {
    interface IntrinsicElements extends HelpdockIntrinsicElements {}
  }
}
