import { css, unsafeCSS } from 'lit';
import { darkPalette, lightPalette } from './palette.js';

const dark = unsafeCSS(darkPalette);

/**
 * Shared design tokens: every `--helpdock-*` custom property a host page may set, mapped to
 * private `--_*` properties so the dark theme can change defaults without overriding the page's
 * choices (values in `palette.ts`).
 */
export const tokens = css`
  :host {
    ${unsafeCSS(lightPalette)}
    font-family: var(--_font);
    color: var(--_fg);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
`;
