import { css } from 'lit';
import { attachmentsStyles } from '../attachments/attachments.styles.js';

/** `<helpdock-conversation-view>`: subject, status line, message list and messages (and their files). */
export const conversationViewStyles = css`
  ${attachmentsStyles}
  helpdock-conversation-view {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    flex: 1;
  }
  .subject {
    margin-block: 0 4px;
    font-size: 1rem;
  }
  .status {
    color: var(--_muted);
    font-size: 0.8125rem;
    margin-block: 0 12px;
  }
  .messages {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  .message {
    max-inline-size: 85%;
    padding-block: 8px;
    padding-inline: 12px;
    border-radius: 14px;
    background: var(--_agent-bg);
    align-self: flex-start;
    border-end-start-radius: 4px;
  }
  .message.me {
    align-self: flex-end;
    background: var(--_accent);
    color: var(--_accent-contrast);
    border-end-start-radius: 14px;
    border-end-end-radius: 4px;
  }
  .message.system {
    align-self: center;
    background: transparent;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .message.pending,
  .message.failed {
    opacity: 0.75;
  }
  .message.failed {
    outline: 2px dashed var(--_error);
  }
  .author {
    display: block;
    font-size: 0.75rem;
    font-weight: 600;
    margin-block-end: 2px;
  }
  .text {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .meta {
    display: block;
    font-size: 0.75rem;
    margin-block-start: 2px;
    opacity: 0.85;
  }
  .message.failed .link {
    color: inherit;
    margin-inline-start: 6px;
  }
`;
