import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { icons } from '../../icons/icons.js';

/** The failure notice above a view's content, with a button that hides it; nothing without a notice. */
export function notice(
  t: Translate,
  key: MessageKey | null,
  onDismiss: () => void,
): TemplateResult | typeof nothing {
  if (!key) return nothing;
  return html`<p part="notice" class="notice" role="alert">
    <span>${t(key)}</span>
    <button type="button" class="icon-button" aria-label=${t('close')} @click=${onDismiss}>${icons.close}</button>
  </p>`;
}
