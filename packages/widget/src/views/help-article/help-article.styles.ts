import { css } from 'lit';

/** `<helpdock-help-article>`: an article read in the panel, and "Still need help?" under it. */
export const helpArticleStyles = css`
  helpdock-help-article {
    display: block;
  }
  .help-article-back {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .help-article-back svg {
    inline-size: 16px;
    block-size: 16px;
  }
  .help-article h3 {
    margin-block: 12px 8px;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .help-article p {
    margin-block: 0 10px;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .help-article-more {
    margin-block-start: 16px;
    padding-block-start: 14px;
    border-block-start: 1px solid var(--_border);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  .help-article-more p {
    margin: 0;
    font-weight: 600;
  }
`;
