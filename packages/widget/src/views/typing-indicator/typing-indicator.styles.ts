import { css } from 'lit';

/** `<helpdock-typing-indicator>`: a muted line with three pulsing dots (still with reduced motion). */
export const typingIndicatorStyles = css`
  :host {
    display: block;
  }
  .typing {
    display: flex;
    align-items: center;
    gap: 8px;
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  :host([active]) .typing {
    margin-block: 10px 4px;
  }
  .dots {
    display: inline-flex;
    gap: 3px;
    padding-block: 8px;
    padding-inline: 10px;
    border-radius: 14px;
    border-end-start-radius: 4px;
    background: var(--_agent-bg);
  }
  .dots span {
    inline-size: 6px;
    block-size: 6px;
    border-radius: 50%;
    background: currentColor;
    animation: helpdock-typing 1.2s ease-in-out infinite;
  }
  .dots span:nth-child(2) {
    animation-delay: 0.15s;
  }
  .dots span:nth-child(3) {
    animation-delay: 0.3s;
  }
  @keyframes helpdock-typing {
    0%,
    60%,
    100% {
      opacity: 0.35;
      transform: translateY(0);
    }
    30% {
      opacity: 1;
      transform: translateY(-3px);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .dots span {
      animation: none;
      opacity: 0.7;
    }
  }
`;
