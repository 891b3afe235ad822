import { css } from 'lit';

/** `ratingForm()`: the star radio buttons and the thank-you. */
export const ratingFormStyles = css`
  .rating {
    border: 1px solid var(--_border);
    border-radius: 12px;
    padding: 12px;
    margin-block-start: 14px;
  }
  .rating fieldset {
    border: none;
    padding: 0;
    margin: 0;
  }
  .stars {
    display: flex;
    gap: 4px;
    margin-block: 8px;
  }
  .stars label {
    display: grid;
    place-items: center;
    inline-size: 40px;
    block-size: 40px;
    border-radius: 8px;
    border: 1px solid var(--_border);
    font-size: 1.25rem;
    cursor: pointer;
  }
  .stars .star {
    color: var(--_muted);
  }
  .stars .star.on {
    color: var(--_accent);
  }
  .stars input:focus-visible + span {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
