import type { HelpdockBubble } from './bubble/bubble.js';
import type { HelpdockPartnerAttributes } from './partner-attributes/partner-attributes.js';

/** Attributes and properties JSX may set on `<helpdock-bubble>`. */
export interface HelpdockBubbleJsxProps {
  'api-base'?: string;
  'site-key'?: string;
  position?: 'right' | 'left';
  theme?: 'light' | 'dark' | 'auto';
  locale?: string;
  greeting?: string;
  'whatsapp-text'?: string;
  open?: boolean;
  ref?: unknown;
  class?: string;
  className?: string;
  id?: string;
  children?: unknown;
}

/** Attributes and properties JSX may set on `<helpdock-partner-attributes>`. */
export interface HelpdockPartnerAttributesJsxProps {
  'api-base'?: string;
  /** React 19 and Preact set it as a property. */
  accessToken?: string;
  theme?: 'light' | 'dark' | 'auto';
  locale?: string;
  ref?: unknown;
  class?: string;
  className?: string;
  id?: string;
  children?: unknown;
}

/**
 * The widget's elements for a JSX `IntrinsicElements` interface. React 19 users add
 * `declare module 'react' { namespace JSX { interface IntrinsicElements extends HelpdockIntrinsicElements {} } }`;
 * the global `JSX` namespace (Preact, older React types) is extended below.
 */
export interface HelpdockIntrinsicElements {
  'helpdock-bubble': HelpdockBubbleJsxProps;
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
