import { format, resolveLocale } from '../../i18n/index.js';
import { inboxBn } from './bn.js';
import { type InboxMessageKey, type InboxMessages, inboxEn } from './en.js';
import { inboxEs } from './es.js';
import { inboxHi } from './hi.js';
import { inboxPtBR } from './pt-BR.js';
import { inboxVi } from './vi.js';

export type { InboxMessageKey, InboxMessages } from './en.js';

/** The inbox's strings in every shipped locale (a staff tool: all ship in its bundle). */
export const inboxLocales = {
  en: inboxEn,
  'pt-BR': inboxPtBR,
  es: inboxEs,
  vi: inboxVi,
  bn: inboxBn,
  hi: inboxHi,
} as const satisfies Record<string, InboxMessages>;

/** A translate function of the inbox, bound to one locale. */
export type InboxTranslate = (key: InboxMessageKey, values?: Record<string, string | number>) => string;

/**
 * The inbox's translate function for a locale tag (resolved like the bubble's: `pt` → `pt-BR`,
 * unknown → English).
 *
 * @example inboxTranslator('es')('resolve') // 'Resolver'
 */
export function inboxTranslator(tag: string | null | undefined): InboxTranslate {
  const messages: InboxMessages = inboxLocales[resolveLocale(tag)];
  return (key, values) => format(messages[key], values);
}
