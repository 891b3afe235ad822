import { css } from 'lit';

/** The dark theme's defaults, for `theme="dark"` and for `theme="auto"` on a dark system. */
const darkPalette = css`
  --_accent: var(--helpdock-accent, #818cf8);
  --_accent-contrast: var(--helpdock-accent-contrast, #0b1020);
  --_bg: var(--helpdock-background, #111827);
  --_fg: var(--helpdock-foreground, #f3f4f6);
  --_muted: var(--helpdock-muted, #cbd5e1);
  --_border: var(--helpdock-border, #374151);
  --_surface: var(--helpdock-surface, #1f2937);
  --_agent-bg: var(--helpdock-agent-bubble, #1e1b4b);
  --_error: var(--helpdock-error, #fca5a5);
  --_focus: var(--helpdock-focus-ring, #93c5fd);
`;

/**
 * Shared design tokens: every `--helpdock-*` custom property a host page may set, mapped to
 * private `--_*` properties so the dark theme can change defaults without overriding the page's
 * choices.
 */
export const tokens = css`
  :host {
    --_accent: var(--helpdock-accent, #4338ca);
    --_accent-contrast: var(--helpdock-accent-contrast, #ffffff);
    --_font: var(--helpdock-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_radius: var(--helpdock-radius, 16px);
    --_bg: var(--helpdock-background, #ffffff);
    --_fg: var(--helpdock-foreground, #111827);
    --_muted: var(--helpdock-muted, #4b5563);
    --_border: var(--helpdock-border, #d1d5db);
    --_surface: var(--helpdock-surface, #f3f4f6);
    --_agent-bg: var(--helpdock-agent-bubble, #eef2ff);
    --_error: var(--helpdock-error, #b91c1c);
    --_focus: var(--helpdock-focus-ring, #2563eb);
    --_shadow: var(--helpdock-shadow, 0 12px 40px rgb(0 0 0 / 0.18));
    font-family: var(--_font);
    color: var(--_fg);
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkPalette}
    }
  }
`;

/** Form controls, buttons and helper classes shared by both components. */
export const controls = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 4px;
    margin-block-end: 12px;
  }
  label,
  legend {
    font-size: 0.875rem;
    font-weight: 600;
  }
  input,
  textarea,
  select {
    font: inherit;
    font-size: 0.9375rem;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 10px;
    padding-block: 8px;
    padding-inline: 10px;
    inline-size: 100%;
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: auto;
    accent-color: var(--_accent);
  }
  textarea {
    resize: vertical;
    min-block-size: 4.5em;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .error {
    color: var(--_error);
    font-size: 0.8125rem;
    margin: 0;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.8125rem;
    margin: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .primary,
  .secondary {
    border-radius: 10px;
    padding-block: 9px;
    padding-inline: 16px;
    font-weight: 600;
    font-size: 0.9375rem;
  }
  .primary {
    background: var(--_accent);
    color: var(--_accent-contrast);
    border: 1px solid var(--_accent);
  }
  .secondary {
    background: transparent;
    color: var(--_fg);
    border: 1px solid var(--_border);
  }
  .link {
    background: none;
    border: none;
    padding: 0;
    color: var(--_fg);
    text-decoration: underline;
    font-size: 0.875rem;
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .notice {
    margin-block: 0 12px;
    padding-block: 8px;
    padding-inline: 12px;
    border-radius: 10px;
    border: 1px solid var(--_error);
    color: var(--_error);
    background: var(--_bg);
    font-size: 0.875rem;
    display: flex;
    gap: 8px;
    align-items: start;
    justify-content: space-between;
  }
`;

/** Layout of `<helpdock-bubble>`: launcher, panel, conversation. */
export const bubbleStyles = css`
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
  .launcher {
    position: relative;
    inline-size: 60px;
    block-size: 60px;
    border-radius: 50%;
    border: none;
    background: var(--_accent);
    color: var(--_accent-contrast);
    box-shadow: var(--_shadow);
    display: grid;
    place-items: center;
    transition: transform 160ms ease;
  }
  .launcher:hover {
    transform: scale(1.05);
  }
  .launcher svg {
    inline-size: 28px;
    block-size: 28px;
  }
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
  .greeting {
    margin-block: 0 14px;
    font-size: 1rem;
  }
  .whatsapp {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 8px;
    padding-block: 10px;
    border-radius: 10px;
    background: #075e54;
    color: #ffffff;
    text-decoration: none;
    font-weight: 600;
  }
  .whatsapp svg {
    inline-size: 20px;
    block-size: 20px;
  }
  .divider {
    display: flex;
    align-items: center;
    gap: 10px;
    color: var(--_muted);
    font-size: 0.8125rem;
    margin-block: 16px;
  }
  .divider::before,
  .divider::after {
    content: '';
    flex: 1;
    border-block-start: 1px solid var(--_border);
  }
  .actions {
    display: flex;
    gap: 8px;
    justify-content: flex-end;
    align-items: center;
    flex-wrap: wrap;
  }
  .conversation {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    flex: 1;
  }
  .subject {
    margin-block: 0 4px;
    font-size: 1rem;
  }
  .status {
    color: var(--_muted);
    font-size: 0.8125rem;
    margin-block: 0 12px;
  }
  .messages {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  .message {
    max-inline-size: 85%;
    padding-block: 8px;
    padding-inline: 12px;
    border-radius: 14px;
    background: var(--_agent-bg);
    align-self: flex-start;
    border-end-start-radius: 4px;
  }
  .message.me {
    align-self: flex-end;
    background: var(--_accent);
    color: var(--_accent-contrast);
    border-end-start-radius: 14px;
    border-end-end-radius: 4px;
  }
  .message.system {
    align-self: center;
    background: transparent;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .message.pending,
  .message.failed {
    opacity: 0.75;
  }
  .message.failed {
    outline: 2px dashed var(--_error);
  }
  .text {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .meta {
    display: block;
    font-size: 0.75rem;
    margin-block-start: 2px;
    opacity: 0.85;
  }
  .message.failed .link {
    color: inherit;
    margin-inline-start: 6px;
  }
  .composer {
    display: flex;
    gap: 8px;
    align-items: flex-end;
    padding-block: 10px;
    padding-inline: 12px;
    border-block-start: 1px solid var(--_border);
    background: var(--_bg);
  }
  .composer .primary {
    inline-size: 42px;
    block-size: 42px;
    padding: 0;
    display: grid;
    place-items: center;
    flex: none;
  }
  .composer .primary svg {
    inline-size: 20px;
    block-size: 20px;
  }
  .composer textarea {
    min-block-size: 2.6em;
    max-block-size: 8em;
    resize: none;
  }
  .tickets {
    list-style: none;
    margin: 0 0 12px;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .ticket-button {
    inline-size: 100%;
    text-align: start;
    background: var(--_surface);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: 12px;
    padding-block: 10px;
    padding-inline: 12px;
    display: flex;
    justify-content: space-between;
    gap: 8px;
  }
  .pill {
    font-size: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding-inline: 8px;
    white-space: nowrap;
  }
  .section-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    margin-block-end: 12px;
  }
  .section-head h3 {
    margin: 0;
    font-size: 1rem;
  }
  .rating {
    border: 1px solid var(--_border);
    border-radius: 12px;
    padding: 12px;
    margin-block-start: 14px;
  }
  .rating fieldset {
    border: none;
    padding: 0;
    margin: 0;
  }
  .stars {
    display: flex;
    gap: 4px;
    margin-block: 8px;
  }
  .stars label {
    display: grid;
    place-items: center;
    inline-size: 40px;
    block-size: 40px;
    border-radius: 8px;
    border: 1px solid var(--_border);
    font-size: 1.25rem;
    cursor: pointer;
  }
  .stars .star {
    color: var(--_muted);
  }
  .stars .star.on {
    color: var(--_accent);
  }
  .stars input:focus-visible + span {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
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
    .launcher {
      transition: none;
    }
    .launcher:hover {
      transform: none;
    }
  }
`;
