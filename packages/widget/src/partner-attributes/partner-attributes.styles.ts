import { css } from 'lit';

/** Layout of `<helpdock-partner-attributes>`. */
export const partnerAttributesStyles = css`
  :host {
    display: block;
    max-inline-size: 520px;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 20px 22px;
    font-size: 15px;
    line-height: 1.45;
  }
  h2 {
    margin-block: 0 8px;
    font-size: 1.25rem;
  }
  h3 {
    margin-block: 16px 6px;
    font-size: 1rem;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: 12px;
    padding-block: 10px 4px;
    padding-inline: 14px;
    margin-block: 0 14px;
    margin-inline: 0;
  }
  .partners {
    display: flex;
    gap: 20px;
    border: none;
    padding: 0;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    font-weight: 500;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px 16px;
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .pill {
    font-size: 0.75rem;
    font-weight: 500;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding-inline: 8px;
    margin-inline-start: 6px;
  }
  .actions {
    display: flex;
    gap: 10px;
    justify-content: flex-end;
    align-items: center;
    flex-wrap: wrap;
    margin-block-start: 16px;
  }
  .actions .link {
    margin-inline-end: auto;
  }
  .success {
    color: var(--_fg);
    border-inline-start: 4px solid #15803d;
    padding-inline-start: 8px;
  }
`;
