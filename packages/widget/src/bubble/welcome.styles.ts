import { css } from 'lit';

/** The greeting, the WhatsApp link and the divider above the ticket form. */
export const welcomeStyles = css`
  .greeting {
    margin-block: 0 14px;
    font-size: 1rem;
  }
  .whatsapp {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 8px;
    padding-block: 10px;
    border-radius: 10px;
    background: #075e54;
    color: #ffffff;
    text-decoration: none;
    font-weight: 600;
  }
  .whatsapp svg {
    inline-size: 20px;
    block-size: 20px;
  }
  .divider {
    display: flex;
    align-items: center;
    gap: 10px;
    color: var(--_muted);
    font-size: 0.8125rem;
    margin-block: 16px;
  }
  .divider::before,
  .divider::after {
    content: '';
    flex: 1;
    border-block-start: 1px solid var(--_border);
  }
`;
