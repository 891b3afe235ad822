import { css, unsafeCSS } from 'lit';
import { launcherRules } from '../styles/palette.js';

/** Layout of `<helpdock-bubble>`: launcher, badge, panel, header, scrolling body; phones and reduced motion. */
export const bubbleStyles = css`
  helpdock-anonymous-chat,
  helpdock-customer-tickets {
    display: contents;
  }

  :host {
    position: fixed;
    inset-block-end: var(--helpdock-offset, 20px);
    right: var(--helpdock-offset, 20px);
    z-index: var(--helpdock-z-index, 2147483000);
    font-size: 15px;
    line-height: 1.45;
  }
  :host([position='left']) {
    right: auto;
    left: var(--helpdock-offset, 20px);
  }
  .root {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 12px;
  }
  :host([position='left']) .root {
    align-items: flex-start;
  }
  ${unsafeCSS(launcherRules)}
  .badge {
    position: absolute;
    inset-block-start: -4px;
    inset-inline-end: -4px;
    min-inline-size: 22px;
    block-size: 22px;
    padding-inline: 6px;
    border-radius: 11px;
    background: #b91c1c;
    color: #ffffff;
    font-size: 0.75rem;
    font-weight: 700;
    display: grid;
    place-items: center;
    border: 2px solid #ffffff;
  }
  .panel {
    inline-size: min(380px, calc(100vw - 2 * var(--helpdock-offset, 20px)));
    max-block-size: min(640px, calc(100vh - 120px));
    display: flex;
    flex-direction: column;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    overflow: hidden;
    animation: rise 180ms ease-out;
  }
  @keyframes rise {
    from {
      opacity: 0;
      transform: translateY(12px);
    }
    to {
      opacity: 1;
      transform: none;
    }
  }
  .header {
    display: flex;
    align-items: center;
    gap: 8px;
    padding-block: 14px;
    padding-inline: 18px 10px;
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .header h2 {
    margin: 0;
    font-size: 1.0625rem;
    flex: 1;
  }
  .icon-button {
    inline-size: 36px;
    block-size: 36px;
    border-radius: 50%;
    border: none;
    background: transparent;
    color: inherit;
    display: grid;
    place-items: center;
  }
  .icon-button:hover {
    background: rgb(255 255 255 / 0.15);
  }
  .icon-button svg {
    inline-size: 20px;
    block-size: 20px;
  }
  .header :focus-visible {
    outline-color: var(--_accent-contrast);
  }
  .body {
    padding: 16px 18px;
    overflow-y: auto;
    flex: 1;
    min-block-size: 0;
  }
  @media (max-width: 480px) {
    :host([open]) {
      inset: 0;
    }
    :host([open]) .root {
      block-size: 100%;
    }
    :host([open]) .panel {
      inline-size: 100%;
      max-block-size: none;
      block-size: 100%;
      border-radius: 0;
      border: none;
    }
    :host([open]) .launcher {
      display: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .panel {
      animation: none;
    }
  }
`;
