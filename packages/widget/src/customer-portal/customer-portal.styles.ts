import { css } from 'lit';

/** Layout of `<helpdock-customer-portal>`: tabs, stats, sections. */
export const customerPortalStyles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    padding-block: 12px 0;
    padding-inline: var(--_gutter);
  }
  .tab {
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_fg);
    border-radius: 999px;
    padding-block: 6px;
    padding-inline: 14px;
    font-weight: 600;
    font-size: 0.875rem;
    display: inline-flex;
    gap: 6px;
    align-items: center;
  }
  .tab[aria-current='page'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .count {
    min-inline-size: 20px;
    padding-inline: 6px;
    border-radius: 10px;
    background: var(--_error);
    color: var(--_bg);
    font-size: 0.75rem;
    text-align: center;
  }
  .stats {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 8px;
    margin: 0 0 16px;
  }
  .stats div {
    border: 1px solid var(--_border);
    border-radius: 12px;
    padding: 10px 12px;
    background: var(--_surface);
  }
  .stats dt {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .stats dd {
    margin: 0;
    font-size: 1.5rem;
    font-weight: 700;
  }
  .filter {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .filter select {
    inline-size: auto;
  }
  .ticket-head {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 8px;
    margin-block-end: 12px;
  }
  .ticket-head h2 {
    margin: 0;
    font-size: 1.0625rem;
    flex: 1;
    min-inline-size: 12ch;
    overflow-wrap: anywhere;
  }
  .stack {
    display: flex;
    flex-direction: column;
    gap: 12px;
  }
  .choices {
    border: none;
    padding: 0;
    margin: 0 0 12px;
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .choices label {
    font-weight: 400;
    display: flex;
    gap: 8px;
    align-items: center;
  }
  .notification {
    border: 1px solid var(--_border);
    border-radius: 12px;
    padding: 10px 12px;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    justify-content: space-between;
    align-items: start;
  }
  .notification.unread {
    border-color: var(--_accent);
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  .notification h3 {
    margin: 0;
    font-size: 0.9375rem;
  }
  .notification p {
    margin: 0;
  }
  .search {
    display: flex;
    gap: 8px;
    align-items: end;
    margin-block-end: 12px;
  }
  .search .field {
    flex: 1;
    margin: 0;
  }
  .article p {
    margin-block: 0 12px;
  }
  .confirmation {
    border: 1px solid var(--_accent);
    border-radius: 12px;
    padding: 10px 12px;
    margin: 0 0 12px;
  }
`;
