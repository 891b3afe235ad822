import { css } from 'lit';

/** `<helpdock-customer-tickets>`: the list's heading. */
export const customerTicketsStyles = css`
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
`;
