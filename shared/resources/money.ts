// Money and shares as the UI reads and writes them. Stored values are integers: money in cents,
// shares in basis points (1 % = 100 bp), so sums are exact. Amounts show in the UI language's
// format (German 1.234,56 €, English €1,234.56); typed amounts are read the same way, with or
// without the currency sign and thousands separators.
import type { Language } from '../contract/schemas.ts';
import { formatNumber, parseNumber } from '../i18n/i18n.ts';

export const MAX_CENTS = 100_000_000_000_000;

/** 123456 → "1.234,56 €" (de) or "€1,234.56" (en); `whole` drops the cents ("1.235 €"). */
export function formatCents(language: Language, cents: number, options: { whole?: boolean } = {}): string {
  const digits = options.whole ? 0 : 2;
  return formatNumber(language, cents / 100, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/**
 * An amount in euros, short, as a German and an English reader expect it in a chart or a summary:
 * 850 € / €850, 25 T€ / €25k, 2,5 T€ / €2.5k, 1,2 Mio. € / €1.2m. One decimal below ten of a unit,
 * none above (`exact`: up to three, for an axis's ticks, 1,25 Mio. €); an amount that rounds up to the next unit takes it (999.600 € is "1 Mio. €").
 */
export function formatCompactEuros(
  language: Language,
  euros: number,
  options: { exact?: boolean } = {},
): string {
  const size = Math.abs(euros);
  const units = [
    { from: 1_000_000, de: 'Mio. €', en: 'm' },
    { from: 1_000, de: 'T€', en: 'k' },
  ] as const;
  for (const unit of units) {
    const scaled = euros / unit.from;
    const digits = options.exact ? 3 : Math.abs(scaled) < 9.95 ? 1 : 0;
    // 999,600 € would round to "1.000 T€": the next unit up says it better (an exact figure stays).
    if (size < unit.from * (options.exact ? 1 : 0.9995)) continue;
    const number = formatNumber(language, scaled, { maximumFractionDigits: digits, signDisplay: 'negative' });
    return language === 'de' ? `${number}\u00a0${unit.de}` : `${sign(number)}€${unsigned(number)}${unit.en}`;
  }
  const number = formatNumber(language, euros, { maximumFractionDigits: 0, signDisplay: 'negative' });
  return language === 'de' ? `${number}\u00a0€` : `${sign(number)}€${unsigned(number)}`;
}

/** The same for an amount in cents. */
export function formatCompactCents(language: Language, cents: number): string {
  return formatCompactEuros(language, cents / 100);
}

const sign = (number: string) => (/^[-−]/.test(number) ? '-' : '');
const unsigned = (number: string) => number.replace(/^[-−]/, '');

/** 123456 → "1.234,56" (de) or "1,234.56" (en): for grid cells, where the column names the unit. */
export function formatAmount(language: Language, cents: number): string {
  return formatNumber(language, cents / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/**
 * Reads an amount typed or pasted in the UI language into cents: "1.234,56", "1.234,56 €",
 * "€ 1,234.56", "1234". NaN for anything else, including more than two decimals; negative
 * amounts come back negative (the caller refuses them with a message of its own).
 */
export function parseCents(language: Language, text: string): number {
  const cleaned = text.replace(/[€\u00a0\u202f\s]|EUR/gi, '');
  const value = parseNumber(language, cleaned);
  if (!Number.isFinite(value)) return Number.NaN;
  const cents = Math.round(value * 100);
  // More than two decimals is a typo, not an amount.
  if (Math.abs(value * 100 - cents) > 1e-6 * Math.max(1, Math.abs(value))) return Number.NaN;
  return cents === 0 ? 0 : cents;
}

/** 6550 → "65,5 %" (de) or "65.5%" (en). */
export function formatShare(language: Language, bp: number, decimals = 1): string {
  return formatNumber(language, bp / 10_000, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/** A difference of shares in percentage points: +250 → "+2,5 Pp." (de) or "+2.5 pp" (en). */
export function formatPoints(language: Language, bp: number): string {
  const value = formatNumber(language, bp / 100, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  return language === 'de' ? `${value} Pp.` : `${value} pp`;
}

/** Reads a share typed in per cent ("65", "65,5 %", "65.5%") into basis points; NaN otherwise. */
export function parseShareBp(language: Language, text: string): number {
  const value = parseNumber(language, text.replace(/[%\u00a0\u202f\s]/g, ''));
  if (!Number.isFinite(value)) return Number.NaN;
  const bp = Math.round(value * 100);
  if (Math.abs(value * 100 - bp) > 1e-6 * Math.max(1, Math.abs(value))) return Number.NaN;
  return bp;
}

/** The share of `part` in `whole` in basis points, rounded; null when the whole is zero. */
export function shareBp(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part * 10_000) / whole) : null;
}
