import { css } from 'lit';

/** `<helpdock-composer>`: the reply box under a conversation, its attach button and picked files. */
export const composerStyles = css`
  .composer {
    display: flex;
    flex-direction: column;
    gap: 6px;
    padding-block: 10px;
    padding-inline: 12px;
    border-block-start: 1px solid var(--_border);
    background: var(--_bg);
  }
  .composer.dragging {
    outline: 2px dashed var(--_accent);
    outline-offset: -4px;
  }
  .composer-row {
    display: flex;
    gap: 8px;
    align-items: flex-end;
  }
  .composer .primary,
  .composer .attach {
    inline-size: 42px;
    block-size: 42px;
    padding: 0;
    display: grid;
    place-items: center;
    flex: none;
  }
  .composer .primary svg,
  .composer .attach svg {
    inline-size: 20px;
    block-size: 20px;
  }
  .composer textarea {
    min-block-size: 2.6em;
    max-block-size: 8em;
    resize: none;
  }
`;
