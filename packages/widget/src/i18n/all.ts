/*
 * Every shipped locale's strings, registered on import: the npm entry imports this module so
 * bundlers see all locales; the script-tag build leaves it out and loads one locale on demand.
 */
import { bn, bnPartner } from './bn.js';
import { en, enPartner, type Messages, type PartnerMessages } from './en.js';
import { es, esPartner } from './es.js';
import { hi, hiPartner } from './hi.js';
import { type Locale, registerLocale } from './index.js';
import { ptBR, ptBRPartner } from './pt-BR.js';
import { vi, viPartner } from './vi.js';

/** The bubble strings of every shipped locale. */
export const locales = { en, 'pt-BR': ptBR, es, vi, bn, hi } as const satisfies Record<Locale, Messages>;

/** The partner-settings strings of every shipped locale. */
export const partnerLocales = {
  en: enPartner,
  'pt-BR': ptBRPartner,
  es: esPartner,
  vi: viPartner,
  bn: bnPartner,
  hi: hiPartner,
} as const satisfies Record<Locale, PartnerMessages>;

for (const locale of Object.keys(locales) as Locale[]) {
  registerLocale(locale, locales[locale], partnerLocales[locale]);
}
