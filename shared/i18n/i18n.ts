// Translation and locale-aware formatting, shared by the renderer and the Electron main process
// (menus, dialogs). Pure: the caller passes the language.
import type { Language } from '../contract/schemas.ts';
import { de } from './de.ts';
import { en, type MessageKey } from './en.ts';

export type { MessageKey } from './en.ts';
export type MessageParams = Readonly<Record<string, string | number>>;

const catalogues: Record<Language, Record<MessageKey, string>> = { de, en };

export const languages: readonly Language[] = ['de', 'en'];

/** BCP 47 locale used for dates and numbers: 31.12.2026 and 1.234,5 vs 12/31/2026 and 1,234.5. */
export const localeOf: Record<Language, string> = { de: 'de-DE', en: 'en-US' };

/**
 * A message in the language, with its {params} filled in. With a numeric `count`, the catalogue's
 * `<key>.zero` or `<key>.one` variant is used where there is one ("1 error", not "1 errors").
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const count = params?.count;
  const variant = count === 0 ? `${key}.zero` : count === 1 ? `${key}.one` : null;
  const chosen = variant !== null && Object.hasOwn(en, variant) ? (variant as MessageKey) : key;
  const template = catalogues[language][chosen] ?? en[chosen] ?? chosen;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(language, value) : value;
  });
}

/** The UI language for an OS or browser locale such as 'de-AT' or 'en-GB'. */
export function languageForLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

// Intl formatters are costly to construct and cheap to reuse: one per language and options.
const numberFormatCache = new Map<string, Intl.NumberFormat>();
const dateFormatCache = new Map<string, Intl.DateTimeFormat>();

function numberFormat(language: Language, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${options ? JSON.stringify(options) : ''}`;
  let format = numberFormatCache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf[language], options);
    numberFormatCache.set(key, format);
  }
  return format;
}

function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = dateFormatCache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf[language], options);
    dateFormatCache.set(key, format);
  }
  return format;
}

export function formatNumber(language: Language, value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(language, options).format(value);
}

/** A calendar date: an ISO date ('2026-12-31') or date-time string. */
export function formatDate(language: Language, iso: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  return dateFormat(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

export function formatDateTime(language: Language, iso: string): string {
  return dateFormat(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatTime(language: Language, iso: string): string {
  return dateFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(
    new Date(iso),
  );
}

/**
 * Reads a number typed in the UI language: "1.234,5" in German, "1,234.5" in English; plain
 * "1234.5" is accepted in both. NaN for anything else (so text in a number field is refused).
 */
const numberFormats = {
  de: { group: '.', decimal: ',', grouped: /^-?\d{1,3}(\.\d{3})+(,\d+)?$/, plain: /^-?\d+(,\d+)?$/ },
  en: { group: ',', decimal: '.', grouped: /^-?\d{1,3}(,\d{3})+(\.\d+)?$/, plain: /^-?\d+(\.\d+)?$/ },
} as const;

export function parseNumber(language: Language, text: string): number {
  const s = /\s/.test(text) ? text.replace(/\s/g, '') : text;
  if (s === '') return Number.NaN;
  const { group, decimal, grouped, plain } = numberFormats[language];
  if (plain.test(s)) return Number(decimal === '.' ? s : s.replace(decimal, '.'));
  if (grouped.test(s)) return Number(s.split(group).join('').replace(decimal, '.'));
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  return Number.NaN;
}

/**
 * Reads a date typed in the UI language: "31.12.2026" (also "31.12.26") in German,
 * "12/31/2026" in English; ISO "2026-12-31" in both. Null for anything else or a date that
 * does not exist.
 */
export function parseDateInput(language: Language, text: string): string | null {
  const s = text.trim();
  let parts: [number, number, number] | null = null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(s);
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s);
  const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dotted) parts = [year(dotted[3]!), Number(dotted[2]), Number(dotted[1])];
  else if (slashed)
    parts =
      language === 'en'
        ? [year(slashed[3]!), Number(slashed[1]), Number(slashed[2])]
        : [year(slashed[3]!), Number(slashed[2]), Number(slashed[1])];
  if (!parts) return null;
  const [y, m, d] = parts;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (y < 1900 || y > 2200) return null;
  return date.toISOString().slice(0, 10);
}
