import { css } from 'lit';

/** Suggested articles under the form and the article view that replaces the form. */
export const helpArticlesStyles = css`
  :host {
    display: block;
  }
  h3,
  h4 {
    font-size: 0.875rem;
    margin: 0 0 6px;
  }
  ul {
    list-style: none;
    margin: 0 0 12px;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  button {
    font: inherit;
    cursor: pointer;
    color: var(--_fg, #111827);
  }
  .suggestion {
    inline-size: 100%;
    text-align: start;
    padding: 8px 10px;
    border: 1px solid var(--_border, #d1d5db);
    border-radius: 10px;
    background: var(--_surface, #f3f4f6);
  }
  .suggestion .title {
    display: block;
    font-weight: 600;
    font-size: 0.875rem;
  }
  .suggestion .snippet {
    display: block;
    font-size: 0.8125rem;
    color: var(--_muted, #4b5563);
  }
  article h3 {
    font-size: 1rem;
  }
  article p {
    font-size: 0.875rem;
    line-height: 1.5;
    margin: 0 0 10px;
  }
  a {
    color: var(--_fg, #111827);
    font-size: 0.875rem;
  }
  .primary {
    margin-block-start: 12px;
    border-radius: 10px;
    padding: 9px 16px;
    font-weight: 600;
    background: var(--_accent, #4338ca);
    color: var(--_accent-contrast, #ffffff);
    border: 1px solid var(--_accent, #4338ca);
  }
  .hint {
    color: var(--_muted, #4b5563);
    font-size: 0.8125rem;
  }
  .error {
    color: var(--_error, #b91c1c);
    font-size: 0.8125rem;
  }
  button:focus-visible,
  a:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus, #2563eb);
    outline-offset: 2px;
  }
`;
