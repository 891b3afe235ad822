import { css } from 'lit';

/**
 * A list of full-width row buttons, each a label and something at its end: the ticket list's rows
 * and the full-page screens' lists (conversations, articles) look the same.
 */
export const rowListStyles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .row-button {
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
    /* A title that wraps must not stretch the pill beside it. */
    align-items: center;
    gap: 8px;
  }
`;

/** `<helpdock-ticket-list>`: ticket buttons with status pills. */
export const ticketListStyles = css`
  ${rowListStyles}
  .tickets {
    margin-block-end: 12px;
  }
  .pill {
    font-size: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding-inline: 8px;
    white-space: nowrap;
  }
`;
