// Text on screen that stands for a number or a date, with the language it is written in. The
// rule: a value on screen is read in the language it was formatted (or typed) in, never in the
// current one. Switching the UI language shows the same value in the new language and changes
// no value: "2.125" typed in English is 2.125, shown as "2,125" in German, and saved as 2.125.
import type { Language } from '../../shared/contract/schemas.ts';
import { formatDate, formatNumber, parseDateInput, parseNumber } from '../../shared/i18n/i18n.ts';

export interface LocalText {
  readonly text: string;
  readonly language: Language;
}

export const localText = (text: string, language: Language): LocalText => ({ text, language });

/** A number as an input shows it for editing: no grouping, every decimal. */
export function editableNumber(language: Language, value: number): string {
  return formatNumber(language, value, { useGrouping: false, maximumFractionDigits: 10 });
}

export function numberText(language: Language, value: number | null): LocalText {
  return localText(value === null ? '' : editableNumber(language, value), language);
}

/** The number the text means in its own language; NaN when it is none (empty included). */
export function readNumber(value: LocalText): number {
  return parseNumber(value.language, value.text);
}

/** The ISO date the text means in its own language; null when it is none. */
export function readDate(value: LocalText): string | null {
  return parseDateInput(value.language, value.text);
}

/** The number text as `language` shows it: as typed in its own language, else the same value re-formatted. */
export function shownNumber(value: LocalText, language: Language): string {
  if (value.language === language) return value.text;
  const number = readNumber(value);
  return Number.isNaN(number) ? value.text : editableNumber(language, number);
}

/** The date text as `language` shows it: as typed in its own language, else the same date re-formatted. */
export function shownDate(value: LocalText, language: Language): string {
  if (value.language === language) return value.text;
  const date = readDate(value);
  return date === null ? value.text : formatDate(language, date);
}
