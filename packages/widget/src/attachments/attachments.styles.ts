import { css } from 'lit';

/** File chips and image thumbnails; colours come from the bubble's (or the page's) design tokens. */
export const attachmentsStyles = css`
  :host {
    display: block;
  }
  ul {
    list-style: none;
    margin: 6px 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  button {
    font: inherit;
    cursor: pointer;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 4px;
    max-inline-size: 220px;
    padding: 6px 10px;
    border: 1px solid var(--_border, #d1d5db);
    border-radius: 10px;
    background: var(--_bg, #ffffff);
    color: var(--_fg, #111827);
    text-align: start;
  }
  button:focus-visible {
    outline: 3px solid var(--_focus, #2563eb);
    outline-offset: 2px;
  }
  img {
    display: block;
    max-inline-size: 196px;
    max-block-size: 140px;
    border-radius: 6px;
    object-fit: cover;
  }
  .name {
    font-size: 0.8125rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .size {
    font-size: 0.75rem;
    color: var(--_muted, #4b5563);
  }
  .error {
    color: var(--_error, #b91c1c);
    font-size: 0.75rem;
  }
`;
