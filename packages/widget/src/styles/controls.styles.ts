import { css } from 'lit';

/** Form controls, buttons, the notice and helper classes shared by every component. */
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
  .actions {
    display: flex;
    gap: 8px;
    justify-content: flex-end;
    align-items: center;
    flex-wrap: wrap;
  }
`;
