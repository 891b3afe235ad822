import { css } from 'lit';
import { rowListStyles } from '../views/ticket-list/ticket-list.styles.js';

/**
 * Layout shared by the full-page components (`<helpdock-portal>`, `<helpdock-customer-portal>`):
 * a centred column from 320 px phones to desktops, a header in the accent colour, cards.
 */
export const pageStyles = css`
  ${rowListStyles}
  :host {
    display: block;
    min-block-size: 100vh;
    background: var(--_bg);
    font-size: 15px;
    line-height: 1.5;
  }
  .page {
    /* The header spans the viewport; content stays in a centred column of at most 1040 px. */
    --_gutter: max(16px, calc((100% - 1040px) / 2));
    /* Its own block formatting context: a child's top margin must not push the host down. */
    display: flow-root;
    padding-block: 0 24px;
  }
  .page-header {
    background: var(--_accent);
    color: var(--_accent-contrast);
    padding-block: 18px;
    padding-inline: var(--_gutter);
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 4px 16px;
  }
  .page-header h1 {
    margin: 0;
    font-size: 1.25rem;
  }
  .page-header p {
    margin: 0;
    font-size: 0.875rem;
  }
  .page-header :focus-visible {
    outline-color: var(--_accent-contrast);
  }
  .content {
    padding-block: 16px 0;
    padding-inline: var(--_gutter);
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    padding: 16px;
  }
  .card h2,
  .card h3 {
    margin-block: 0 8px;
    font-size: 1.0625rem;
  }
  .problem {
    margin-block: 48px;
    margin-inline: max(16px, calc((100% - 560px) / 2));
    text-align: center;
  }
  .problem h1 {
    font-size: 1.375rem;
    margin-block: 0 8px;
  }
  .problem p {
    color: var(--_muted);
    margin: 0;
  }
  .row-button[aria-current='true'] {
    border-color: var(--_accent);
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  .pill {
    font-size: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding-inline: 8px;
    white-space: nowrap;
  }
  .actions {
    display: flex;
    gap: 8px;
    justify-content: flex-end;
    align-items: center;
    flex-wrap: wrap;
  }
  .section-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    flex-wrap: wrap;
    gap: 8px;
    margin-block-end: 12px;
  }
  .section-head h2 {
    margin: 0;
    font-size: 1.0625rem;
  }
  .muted {
    color: var(--_muted);
  }
  /* The shared conversation view inside a card: its messages scroll, its composer sits under them. */
  .card helpdock-conversation-view .body {
    max-block-size: min(60vh, 560px);
    overflow-y: auto;
    padding-block: 4px 12px;
  }
  .card .composer {
    padding-inline: 0;
    background: transparent;
  }
`;
