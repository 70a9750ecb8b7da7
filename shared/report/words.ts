// The report's words in one language: messages, dates, numbers and statuses as the report prints
// them, with the tone (shape and colour) each status carries. One place, so a German report says
// "1.234,5" and "31.12.2026" everywhere and an English one "1,234.5" and "12/31/2026".
import type { Language } from '../contract/schemas.ts';
import { formatDate, formatNumber, localeOf, type MessageKey, translate } from '../i18n/i18n.ts';
import { formatCents, formatPoints, formatShare } from '../resources/money.ts';
import type { BreakPointStatus, IndicatorStatus } from '../status/status.ts';
import type { Cell, Tone } from './model.ts';

export type Params = Readonly<Record<string, string | number>>;

export const indicatorTone: Record<IndicatorStatus, Tone> = {
  on_track: 'good',
  at_risk: 'warn',
  off_track: 'bad',
  no_data: 'none',
  stale: 'info',
};

export const breakPointTone: Record<BreakPointStatus, Tone> = {
  not_yet_due: 'none',
  on_course: 'good',
  at_risk: 'warn',
  met: 'good',
  missed: 'bad',
  missed_no_evidence: 'bad',
  needs_assessment: 'info',
};

export const verdictTone: Record<string, Tone> = {
  achieved: 'good',
  met: 'good',
  partly_achieved: 'warn',
  not_achieved: 'bad',
  missed: 'bad',
  not_assessable: 'info',
};

export const outcomeTone: Record<string, Tone> = {
  continue: 'good',
  continue_with_adjustments: 'warn',
  wind_down: 'bad',
};

export interface Words {
  readonly language: Language;
  t(key: MessageKey, params?: Params): string;
  /** 31.12.2026 / 12/31/2026 */
  date(iso: string | null | undefined): string;
  /** 31. Dezember 2026 / December 31, 2026 */
  longDate(iso: string): string;
  number(value: number | null | undefined, decimals?: number): string;
  /** With the sign where it is not zero: +2,5 / −1.0 */
  signed(value: number, decimals?: number): string;
  /** A fraction as per cent: 0.125 → 12,5 % / 12.5% */
  percent(fraction: number | null | undefined, decimals?: number): string;
  /** Cents as euros: 123456 → 1.234,56 € / €1,234.56 (whole: no cents) */
  money(cents: number | null | undefined, whole?: boolean): string;
  /** Basis points as a share: 6550 → 65,5 % / 65.5% */
  share(bp: number | null | undefined): string;
  /** A difference of shares: +250 → +2,5 Pp. / +2.5 pp */
  points(bp: number | null | undefined): string;
  /** A value with its unit: "42 Mitglieder", "12,5 %" */
  withUnit(value: number | null | undefined, unit: string, decimals?: number): string;
  indicatorStatus(status: IndicatorStatus): Cell;
  breakPointStatus(status: BreakPointStatus): Cell;
  verdict(verdict: string | null): Cell;
  option(group: string, value: string | null | undefined): string;
}

export function reportWords(language: Language): Words {
  const t = (key: MessageKey, params?: Params) => translate(language, key, params);
  const number = (value: number | null | undefined, decimals = 1) =>
    value === null || value === undefined || !Number.isFinite(value)
      ? '–'
      : formatNumber(language, value, { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
  const longFormat = new Intl.DateTimeFormat(localeOf[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    language,
    t,
    date: (iso) => (iso ? formatDate(language, iso) : '–'),
    longDate: (iso) => longFormat.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
    number,
    signed: (value, decimals = 1) =>
      formatNumber(language, value, { maximumFractionDigits: decimals, signDisplay: 'exceptZero' }),
    percent: (fraction, decimals = 1) =>
      fraction === null || fraction === undefined || !Number.isFinite(fraction)
        ? '–'
        : formatNumber(language, fraction, { style: 'percent', maximumFractionDigits: decimals }),
    money: (cents, whole = false) =>
      cents === null || cents === undefined ? '–' : formatCents(language, cents, { whole }),
    share: (bp) => (bp === null || bp === undefined ? '–' : formatShare(language, bp)),
    points: (bp) => (bp === null || bp === undefined ? '–' : formatPoints(language, bp)),
    withUnit: (value, unit, decimals = 1) => {
      const shown = number(value, decimals);
      if (shown === '–' || !unit) return shown;
      return unit === '%' ? `${shown} %` : `${shown} ${unit}`;
    },
    indicatorStatus: (status) => ({
      text: t(`status.indicator.${status}`),
      value: t(`status.indicator.${status}`),
      tone: indicatorTone[status],
    }),
    breakPointStatus: (status) => ({
      text: t(`status.breakPoint.${status}`),
      value: t(`status.breakPoint.${status}`),
      tone: breakPointTone[status],
    }),
    verdict: (verdict) =>
      verdict
        ? {
            text: t(`option.verdict.${verdict}` as MessageKey),
            value: t(`option.verdict.${verdict}` as MessageKey),
            tone: verdictTone[verdict] ?? 'none',
          }
        : { text: t('report.noVerdict'), value: null, tone: 'none' },
    option: (group, value) => (value ? t(`option.${group}.${value}` as MessageKey) : '–'),
  };
}

/** A plain text cell (the Excel value is the text). */
export const textCell = (text: string): Cell => ({ text, value: text });
/** A number cell: printed as formatted, the raw number for Excel. */
export const numberCell = (text: string, value: number | null | undefined): Cell => ({
  text,
  value: value === undefined || value === null || !Number.isFinite(value) ? null : value,
});
/** A date cell: printed in the language, ISO for Excel. */
export const dateCell = (w: Words, iso: string | null | undefined): Cell => ({
  text: w.date(iso),
  value: iso ?? null,
});
