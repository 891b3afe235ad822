import { css } from 'lit';

/** `<helpdock-help-articles>`: the suggested articles under a form's fields (rows like the ticket list's). */
export const helpArticlesStyles = css`
  helpdock-help-articles {
    display: block;
  }
  .help-articles {
    margin-block: 4px 14px;
  }
  .help-articles h3 {
    margin-block: 0 8px;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .help-articles .row-button {
    flex-direction: column;
    align-items: stretch;
    gap: 2px;
    text-decoration: none;
  }
  .help-articles .row-button:hover {
    border-color: var(--_accent);
  }
  .help-article-title {
    font-weight: 600;
    font-size: 0.9375rem;
  }
  .help-article-snippet {
    color: var(--_muted);
    font-size: 0.8125rem;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
`;
