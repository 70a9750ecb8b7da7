// The income chart writes money as a German and an English reader expect it on an axis and in its
// summary: 250 T€ / €250k, 1,2 Mio. € / €1.2m, not thousands without their unit.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/contract/schemas.ts';
import { translate } from '../../shared/i18n/i18n.ts';
import type { IncomeSplit } from '../../shared/resources/finance.ts';
import { IncomeChart, type IncomeYear } from './charts.tsx';

const split = (publicCents: number, privateCents: number): IncomeSplit => ({
  publicCents,
  privateCents,
  totalCents: publicCents + privateCents,
  publicShareBp: null,
  privateShareBp: null,
});
const years: IncomeYear[] = [
  {
    year: 2025,
    planned: split(40_000_000, 20_000_000),
    actual: split(38_000_000, 21_000_000),
    actualComplete: true,
    lines: 2,
    linesWithActual: 2,
    expenditurePlannedCents: 55_000_000,
    expenditureActualCents: 57_500_000,
  },
  {
    year: 2026,
    planned: split(80_000_000, 45_000_000),
    actual: split(0, 0),
    actualComplete: false,
    lines: 2,
    linesWithActual: 0,
    expenditurePlannedCents: 120_000_000,
    expenditureActualCents: null,
  },
];

function draw(language: Language) {
  const { container } = render(
    <IncomeChart years={years} language={language} t={(key, params) => translate(language, key, params)} />,
  );
  const svg = container.querySelector('svg')!;
  const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent!.replace(/\u00a0/g, ' '));
  return { texts, summary: container.textContent!.replace(/\u00a0/g, ' ') };
}

describe('the income chart', () => {
  it('ticks and sums in German: T€ and Mio. €', () => {
    const { texts, summary } = draw('de');
    expect(texts).toContain('0 €');
    expect(texts.some((t) => /^\d+ T€$/.test(t))).toBe(true);
    expect(texts).toContain('1,25 Mio. €');
    expect(summary).toContain('2025: Einnahmen Soll 600 T€, Ist 590 T€; Ausgaben 575 T€.');
    expect(summary).not.toMatch(/Tausend/);
  });

  it('ticks and sums in English: €…k and €…m', () => {
    const { texts, summary } = draw('en');
    expect(texts.some((t) => /^€\d+k$/.test(t))).toBe(true);
    expect(texts).toContain('€1.25m');
    expect(summary).toContain('2026: income planned €1.3m, actual –; expenditure €1.2m.');
  });
});
