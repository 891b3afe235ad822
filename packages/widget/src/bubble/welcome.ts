import { whatsappLink } from '@helpdock/sdk/lite';
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../i18n/index.js';
import { icons } from '../icons/icons.js';

/** What {@link welcome} shows. */
export interface WelcomeOptions {
  /** The greeting; the translated default when empty. */
  greeting: string;
  /** The tenant's WhatsApp number; no link without one. */
  whatsappNumber: string | null | undefined;
  /** Text prefilled in WhatsApp; the translated default when empty. */
  whatsappText: string;
}

/** The greeting and the WhatsApp click-to-chat link shown above the anonymous ticket form. */
export function welcome(t: Translate, options: WelcomeOptions): TemplateResult {
  const number = options.whatsappNumber;
  return html`
    <p part="greeting" class="greeting">${options.greeting || t('greeting')}</p>
    ${
      number
        ? html`<a
            part="whatsapp"
            class="whatsapp"
            href=${whatsappLink(number, options.whatsappText || t('whatsappText'))}
            target="_blank"
            rel="noopener noreferrer"
            >${icons.whatsapp}<span>${t('whatsappButton')}</span></a
          >
          <p class="divider">${t('orWriteUs')}</p>`
        : nothing
    }
  `;
}
