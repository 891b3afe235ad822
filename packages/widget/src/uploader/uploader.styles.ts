import { css } from 'lit';

/** The attach button and the list of chosen files with their progress. */
export const uploaderStyles = css`
  :host {
    display: block;
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .attach {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 4px 10px;
    border: 1px solid var(--_border, #d1d5db);
    border-radius: 10px;
    font-size: 0.8125rem;
    cursor: pointer;
    color: var(--_fg, #111827);
  }
  .attach:focus-within {
    outline: 3px solid var(--_focus, #2563eb);
    outline-offset: 2px;
  }
  .attach svg {
    inline-size: 16px;
    block-size: 16px;
  }
  ul {
    list-style: none;
    margin: 6px 0 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  li {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: 2px 8px;
    font-size: 0.8125rem;
  }
  .name {
    overflow-wrap: anywhere;
  }
  progress {
    grid-column: 1 / -1;
    inline-size: 100%;
    block-size: 6px;
    accent-color: var(--_accent, #4338ca);
  }
  .error {
    grid-column: 1 / -1;
    color: var(--_error, #b91c1c);
    margin: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
    background: none;
    border: none;
    color: var(--_fg, #111827);
    text-decoration: underline;
    font-size: 0.8125rem;
    padding: 2px;
  }
  button:focus-visible {
    outline: 3px solid var(--_focus, #2563eb);
    outline-offset: 2px;
  }
`;
