/*
 * The full-page components' strings in every shipped locale, plus the bubble's (registered by
 * `../all.js`): a page has no 30 KB budget, and its visitor's language must work at once.
 */
import '../all.js';
import { format, type Locale, type MessageKey, resolveLocale, translator } from '../index.js';
import { bnPages } from './bn.js';
import { enPages, type PageMessageKey, type PageMessages } from './en.js';
import { esPages } from './es.js';
import { hiPages } from './hi.js';
import { ptBRPages } from './pt-BR.js';
import { viPages } from './vi.js';

export type { PageMessageKey, PageMessages } from './en.js';

/** The page strings of every shipped locale. */
export const pageLocales = {
  en: enPages,
  'pt-BR': ptBRPages,
  es: esPages,
  vi: viPages,
  bn: bnPages,
  hi: hiPages,
} as const satisfies Record<Locale, PageMessages>;

/** A translate function of the full-page components: their own strings plus the bubble's. */
export type PageTranslate = (
  key: MessageKey | PageMessageKey,
  values?: Record<string, string | number>,
) => string;

/**
 * Returns the full-page components' translate function of a locale (any tag, resolved with
 * `resolveLocale`); the bubble's keys translate as the bubble does.
 *
 * @example pageTranslator('es')('navCall') // 'Solicitar una llamada'
 */
export function pageTranslator(tag: string | null | undefined): PageTranslate {
  const pages: PageMessages = pageLocales[resolveLocale(tag)];
  const shared = translator(tag);
  return (key, values) =>
    key in pages ? format(pages[key as PageMessageKey], values) : shared(key as MessageKey, values);
}
