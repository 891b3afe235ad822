import { css } from 'lit';

/** `<helpdock-ticket-list>`: ticket buttons with status pills. */
export const ticketListStyles = css`
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
`;
