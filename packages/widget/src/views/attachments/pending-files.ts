import { html, nothing, type TemplateResult } from 'lit';
import { formatFileSize } from '../../core/attachments.js';
import type { Translate } from '../../i18n/index.js';
import type { PendingFile, UploadQueueController } from './upload-queue.controller.js';

/**
 * The composer's picked files: name and size, upload progress, the reason a file cannot be sent,
 * and one button each to cancel, retry or remove it.
 */
export function pendingFiles(t: Translate, queue: UploadQueueController): TemplateResult | typeof nothing {
  if (queue.files.length === 0) return nothing;
  return html`<ul part="pending-files" class="pending-files" aria-label=${t('attachPending')}>
    ${queue.files.map((file) => pendingFile(t, queue, file))}
  </ul>`;
}

function pendingFile(t: Translate, queue: UploadQueueController, file: PendingFile): TemplateResult {
  const name = file.name;
  const errorId = `pending-${file.key}-error`;
  const percent =
    file.progress.total > 0
      ? Math.min(100, Math.round((file.progress.loaded / file.progress.total) * 100))
      : 0;
  return html`<li class="pending-file ${file.state}" aria-describedby=${file.error ? errorId : nothing}>
    <span class="file-label"><span class="file-name">${name}</span>
      <span class="file-size">${formatFileSize(file.size)}</span></span>
    ${
      file.state === 'uploading'
        ? html`<progress max="100" .value=${percent} aria-label=${t('attachProgress', { name })}></progress>
            <span class="percent" aria-hidden="true">${percent}%</span>`
        : file.state === 'uploaded'
          ? html`<span class="file-ready">${t('attachReady')}</span>`
          : html`<span class="error" id=${errorId}>${t(file.error ?? 'attachFailed')}</span>`
    }
    <span class="file-actions">
      ${
        file.state === 'failed'
          ? html`<button type="button" class="link" aria-label=${t('attachRetry', { name })} @click=${() => queue.retry(file.key)}>
              ${t('retry')}
            </button>`
          : nothing
      }
      <button
        type="button"
        class="remove"
        aria-label=${t(file.state === 'uploading' ? 'attachCancel' : 'attachRemove', { name })}
        @click=${() => queue.remove(file.key)}
      >
        ×
      </button>
    </span>
  </li>`;
}
