import { html, nothing, type TemplateResult } from 'lit';
import { type ChatAttachment, formatFileSize } from '../../core/attachments.js';
import type { Translate } from '../../i18n/index.js';
import type { FilePreviewsController } from './file-previews.controller.js';

/**
 * A message's files: one chip each (name and size) that downloads it, with a thumbnail on top for
 * images once loaded. Names are rendered as text, never as HTML.
 */
export function fileChips(
  t: Translate,
  files: readonly ChatAttachment[] | undefined,
  previews: FilePreviewsController,
): TemplateResult | typeof nothing {
  if (!files?.length) return nothing;
  return html`<ul part="files" class="files" aria-label=${t('attachmentsLabel')}>
    ${files.map((file) => html`<li>${fileChip(t, file, previews)}</li>`)}
  </ul>`;
}

function fileChip(t: Translate, file: ChatAttachment, previews: FilePreviewsController): TemplateResult {
  const thumbnail = previews.thumbnail(file);
  const content = html`${
    thumbnail
      ? html`<img class="thumb" src=${thumbnail} alt="" @error=${() => previews.thumbnailFailed(file)} />`
      : nothing
  }<span class="file-label"><span class="sr-only">${t('attachDownload')} </span><span class="file-name">${file.filename}</span>
    <span class="file-size">${formatFileSize(file.size)}</span></span>`;
  const href = previews.href(file);
  const chip = href
    ? html`<a part="file" class="file-chip" href=${href} download=${file.filename}>${content}</a>`
    : html`<button part="file" type="button" class="file-chip" @click=${() => void previews.download(file)}>${content}</button>`;
  return previews.failedDownloads.has(file.id)
    ? html`${chip}<span class="error" role="alert">${t('attachDownloadFailed', { name: file.filename })}</span>`
    : chip;
}
