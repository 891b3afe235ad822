import { css } from 'lit';

/** `<helpdock-availability>`: a status dot with the reply time, or the away note in a card. */
export const availabilityStyles = css`
  :host {
    display: block;
  }
  p {
    margin: 0;
  }
  .availability {
    color: var(--_muted);
    font-size: 0.8125rem;
    margin-block: 0 12px;
  }
  .online,
  .away:not(.card),
  .title {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .card {
    padding-block: 10px;
    padding-inline: 12px;
    border: 1px solid var(--_border);
    border-radius: 10px;
    background: var(--_surface);
    display: grid;
    gap: 4px;
  }
  .title {
    color: var(--_fg);
    font-weight: 600;
  }
  .message {
    color: var(--_fg);
    white-space: pre-line;
  }
  .dot {
    flex: none;
    inline-size: 8px;
    block-size: 8px;
    border-radius: 50%;
    background: #16a34a;
  }
  .away .dot {
    background: #d97706;
  }
`;
