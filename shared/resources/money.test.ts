import { describe, expect, it } from 'vitest';
import {
  formatCents,
  formatCompactCents,
  formatCompactEuros,
  formatPoints,
  formatShare,
  parseCents,
  parseShareBp,
  shareBp,
} from './money.ts';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money in the UI language', () => {
  it.each([
    ['de', 123_456, '1.234,56 €'],
    ['en', 123_456, '€1,234.56'],
    ['de', 0, '0,00 €'],
    ['de', 5, '0,05 €'],
    ['en', 100_000_000, '€1,000,000.00'],
  ] as const)('formatCents(%s, %d) = %s', (language, cents, text) => {
    expect(nbsp(formatCents(language, cents))).toBe(text);
  });

  it.each([
    ['de', 850, '850 €'],
    ['en', 850, '€850'],
    ['de', 2_500, '2,5 T€'],
    ['en', 2_500, '€2.5k'],
    ['de', 25_000, '25 T€'],
    ['en', 25_000, '€25k'],
    ['de', 250_400, '250 T€'],
    ['en', 999_400, '€999k'],
    ['de', 999_600, '1 Mio. €'],
    ['en', 999_600, '€1m'],
    ['de', 1_250_000, '1,3 Mio. €'],
    ['en', 1_250_000, '€1.3m'],
    ['de', 25_000_000, '25 Mio. €'],
    ['en', -25_000, '-€25k'],
    ['de', -25_000, '-25 T€'],
    ['de', 0, '0 €'],
    ['en', -0.4, '€0'],
    ['de', -0.4, '0 €'],
  ] as const)(
    'formatCompactEuros(%s, %d) = %s, as a German and an English reader write it',
    (language, euros, text) => {
      expect(nbsp(formatCompactEuros(language, euros))).toBe(text);
      expect(nbsp(formatCompactCents(language, euros * 100))).toBe(text);
    },
  );

  it('keeps a tick exact when asked: 1,25 Mio. €, not 1,3', () => {
    expect(nbsp(formatCompactEuros('de', 1_250_000, { exact: true }))).toBe('1,25 Mio. €');
    expect(formatCompactEuros('en', 2_125, { exact: true })).toBe('€2.125k');
    expect(nbsp(formatCompactEuros('de', 999_600, { exact: true }))).toBe('999,6 T€');
  });

  it('drops the cents when asked', () => {
    expect(nbsp(formatCents('de', 123_456, { whole: true }))).toBe('1.235 €');
  });

  it.each([
    ['de', '1.234,56', 123_456],
    ['de', '1.234,56 €', 123_456],
    ['de', '1234,5', 123_450],
    ['de', '60.000', 6_000_000],
    ['de', '  7 ', 700],
    ['en', '1,234.56', 123_456],
    ['en', '€ 1,234.56', 123_456],
    ['en', '1234', 123_400],
    ['en', 'EUR 12.5', 1_250],
    ['de', '-5', -500],
  ] as const)('parseCents(%s, %j) = %d', (language, text, cents) => {
    expect(parseCents(language, text)).toBe(cents);
  });

  it.each([
    ['de', ''],
    ['de', 'abc'],
    ['de', '1.234,5,6'],
    ['en', '1.234,56'],
    ['de', '12,345'],
  ] as const)('parseCents(%s, %j) is NaN', (language, text) => {
    expect(parseCents(language, text)).toBeNaN();
  });
});

describe('shares', () => {
  it.each([
    ['de', 6550, '65,5 %'],
    ['en', 6550, '65.5%'],
    ['de', 10_000, '100,0 %'],
  ] as const)('formatShare(%s, %d) = %s', (language, bp, text) => {
    expect(nbsp(formatShare(language, bp))).toBe(text);
  });

  it.each([
    ['de', 250, '+2,5 Pp.'],
    ['en', -1235, '-12.4 pp'],
    ['en', 0, '0.0 pp'],
  ] as const)('formatPoints(%s, %d) = %s', (language, bp, text) => {
    expect(nbsp(formatPoints(language, bp))).toBe(text);
  });

  it.each([
    ['de', '65', 6500],
    ['de', '65,5 %', 6550],
    ['en', '65.5%', 6550],
    ['en', '101', 10_100],
    ['de', '12,345', Number.NaN],
    ['en', 'x', Number.NaN],
  ] as const)('parseShareBp(%s, %j) = %d', (language, text, bp) => {
    expect(parseShareBp(language, text)).toBe(bp);
  });

  it.each([
    [1, 3, 3333],
    [2, 3, 6667],
    [0, 5, 0],
    [5, 0, null],
  ])('shareBp(%d, %d) = %s', (part, whole, bp) => {
    expect(shareBp(part, whole)).toBe(bp);
  });
});
