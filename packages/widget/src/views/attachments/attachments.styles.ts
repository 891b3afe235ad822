import { css } from 'lit';

/** File chips and thumbnails on messages, and the composer's picked files. */
export const attachmentsStyles = css`
  .files {
    list-style: none;
    margin: 0;
    margin-block-start: 6px;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .files li {
    display: flex;
    flex-direction: column;
    gap: 2px;
    max-inline-size: 100%;
  }
  .file-chip {
    display: inline-flex;
    flex-direction: column;
    align-items: stretch;
    gap: 4px;
    max-inline-size: 100%;
    padding-block: 4px;
    padding-inline: 8px;
    border: 1px solid currentColor;
    border-radius: 8px;
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 0.8125rem;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  .file-chip:hover .file-name {
    text-decoration: underline;
  }
  .file-chip .thumb {
    display: block;
    inline-size: 100%;
    max-inline-size: 200px;
    max-block-size: 140px;
    object-fit: cover;
    border-radius: 4px;
  }
  .file-label {
    display: flex;
    gap: 6px;
    align-items: baseline;
    min-inline-size: 0;
  }
  .file-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: 600;
  }
  .file-size {
    flex: none;
    opacity: 0.85;
  }
  .message.me .files .error {
    color: inherit;
  }
  .pending-files {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .pending-file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
    padding-block: 4px;
    padding-inline: 8px;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_surface);
    font-size: 0.8125rem;
  }
  .pending-file.invalid,
  .pending-file.failed {
    border-color: var(--_error);
  }
  .pending-file .file-label {
    flex: 1 1 8em;
  }
  .pending-file progress {
    flex: 1 1 5em;
    block-size: 6px;
    accent-color: var(--_accent);
  }
  .pending-file .percent,
  .pending-file .file-ready {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .pending-file .error {
    flex-basis: 100%;
    order: 3;
  }
  .file-actions {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .pending-file .remove {
    inline-size: 28px;
    block-size: 28px;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_bg);
    color: var(--_fg);
    font-size: 1rem;
    line-height: 1;
  }
`;
