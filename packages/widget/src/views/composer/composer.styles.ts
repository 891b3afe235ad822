import { css } from 'lit';

/** `<helpdock-composer>`: the reply box under a conversation. */
export const composerStyles = css`
  .composer {
    display: flex;
    gap: 8px;
    align-items: flex-end;
    padding-block: 10px;
    padding-inline: 12px;
    border-block-start: 1px solid var(--_border);
    background: var(--_bg);
  }
  .composer .primary {
    inline-size: 42px;
    block-size: 42px;
    padding: 0;
    display: grid;
    place-items: center;
    flex: none;
  }
  .composer .primary svg {
    inline-size: 20px;
    block-size: 20px;
  }
  .composer textarea {
    min-block-size: 2.6em;
    max-block-size: 8em;
    resize: none;
  }
`;
