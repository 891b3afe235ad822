import { css } from 'lit';

/**
 * The inbox's layout: a list pane and a detail pane side by side, one at a time below 48rem.
 * Rows skip layout and paint while off screen (`content-visibility`), so thousands of loaded
 * threads stay smooth.
 */
export const inboxStyles = css`
  :host {
    display: block;
    block-size: 100%;
    min-block-size: 24rem;
    background: var(--_bg);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(18rem, 26rem) 1fr;
    block-size: 100%;
  }
  .list-pane,
  .detail-pane {
    overflow: auto;
    padding: 12px 16px;
    min-block-size: 0;
  }
  .list-pane {
    border-inline-end: 1px solid var(--_border);
    background: var(--_surface);
  }
  .pane-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  h2 {
    font-size: 1.125rem;
    margin: 4px 0 8px;
  }
  h3 {
    font-size: 0.95rem;
    margin: 0 0 6px;
  }
  .live {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .live.live::before {
    content: '';
    display: inline-block;
    inline-size: 8px;
    block-size: 8px;
    border-radius: 50%;
    background: #16a34a;
    margin-inline-end: 6px;
  }
  .filters {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0 8px;
  }
  .filters .search {
    grid-column: 1 / -1;
  }
  .filters .field span {
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .threads {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 6px;
  }
  .threads li {
    content-visibility: auto;
    contain-intrinsic-size: auto 72px;
  }
  .thread {
    inline-size: 100%;
    text-align: start;
    display: grid;
    gap: 4px;
    padding: 10px 12px;
    border-radius: 10px;
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_fg);
  }
  .thread[aria-current='true'] {
    border-color: var(--_accent);
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  .thread.unread .thread-subject {
    font-weight: 700;
  }
  .thread-subject {
    display: flex;
    align-items: center;
    gap: 6px;
    overflow-wrap: anywhere;
  }
  .dot {
    inline-size: 8px;
    block-size: 8px;
    border-radius: 50%;
    background: var(--_accent);
    flex: none;
  }
  .thread-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    align-items: center;
    font-size: 0.8125rem;
    color: var(--_muted);
    margin: 0;
  }
  .chip {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 8px;
    font-size: 0.75rem;
    font-weight: 600;
    color: var(--_fg);
  }
  .status-OPEN {
    border-color: #16a34a;
  }
  .status-PENDING {
    border-color: #d97706;
  }
  .priority-HIGH,
  .priority-URGENT {
    border-color: var(--_error);
    color: var(--_error);
  }
  .unread-label,
  .typing-label {
    color: var(--_accent);
    font-weight: 600;
  }
  .load-more {
    inline-size: 100%;
    margin-block: 10px;
  }
  .empty,
  .empty-detail {
    color: var(--_muted);
  }
  .shortcuts {
    margin-block-start: 12px;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .shortcuts dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px 10px;
    margin: 8px 0 0;
  }
  .shortcuts dd {
    margin: 0;
  }
  kbd {
    font-family: ui-monospace, monospace;
    border: 1px solid var(--_border);
    border-block-end-width: 2px;
    border-radius: 4px;
    padding: 0 5px;
    color: var(--_fg);
    background: var(--_bg);
  }
  .detail-pane {
    display: flex;
    flex-direction: column;
    gap: 12px;
  }
  .detail-pane helpdock-conversation-view .body {
    overflow: auto;
    flex: 1;
  }
  .detail-header h2 {
    margin-block-end: 4px;
    overflow-wrap: anywhere;
  }
  .back {
    display: none;
  }
  .requester {
    margin: 6px 0 0;
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  .requester .label,
  .email {
    color: var(--_muted);
  }
  .thread-actions,
  .portal-link {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: end;
  }
  .inline-field {
    display: flex;
    flex-direction: column;
    gap: 2px;
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .inline-field select {
    inline-size: auto;
  }
  .link-result {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 8px;
    align-items: center;
    inline-size: 100%;
  }
  .link-result input {
    flex: 1 1 16rem;
    font-family: ui-monospace, monospace;
    font-size: 0.8125rem;
  }
  .attributes dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 0;
    font-size: 0.875rem;
  }
  .attributes dt {
    font-family: ui-monospace, monospace;
    color: var(--_muted);
  }
  .attributes dd {
    margin: 0;
    overflow-wrap: anywhere;
  }







  .typing {
    min-block-size: 1.25em;
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted);
    font-style: italic;
  }



  .closed-notice {
    color: var(--_muted);
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  textarea:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (max-width: 48rem) {
    .layout {
      grid-template-columns: 1fr;
    }
    .layout.reading .list-pane,
    .layout:not(.reading) .detail-pane {
      display: none;
    }
    .back {
      display: inline-block;
      margin-block-end: 8px;
    }
  }
`;
