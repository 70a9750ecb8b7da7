// The report's charts: well-formed SVG with escaped text, axes with ticks and the unit, labelled
// values, and series told apart without colour (line patterns, marker shapes, fill patterns).
import { describe, expect, it } from 'vitest';
import { barChart, indicatorChart, lineChart } from './charts.ts';

const wellFormed = (svg: string) => {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(svg).not.toMatch(/style=/); // the page's CSP allows no inline styles
  const opened = (svg.match(/<(?!\/)[a-z]+[^>]*[^/]>/g) ?? []).length;
  const closed = (svg.match(/<\/[a-z]+>/g) ?? []).length;
  expect(opened).toBe(closed);
};

describe('the report charts', () => {
  it('draw an indicator with plan, targets, trend and the cut-off, labelled in the language', () => {
    const chart = indicatorChart({
      language: 'de',
      title: 'Mitglieder <„Netz“> & Partner',
      unit: 'Mitglieder',
      decimals: 1,
      accent: '#1d5b8f',
      series: [
        { date: '2025-03-31', value: 40.5 },
        { date: '2025-12-31', value: 1234.5 },
      ],
      plan: [
        { date: '2025-01-01', value: 40 },
        { date: '2026-12-31', value: 1500 },
      ],
      targets: [{ date: '2026-12-31', value: 1500 }],
      trend: { from: { date: '2025-12-31', value: 1234.5 }, to: { date: '2026-12-31', value: 1400 } },
      band: null,
      cutoff: '2025-12-31',
      labels: {
        actual: 'Ist',
        plan: 'Plan',
        target: 'Zielwert',
        trend: 'Trend',
        cutoff: 'Stichtag',
        band: 'Korridor',
      },
    });
    wellFormed(chart.svg);
    expect(chart.svg).toContain('<title>Mitglieder &lt;„Netz“&gt; &amp; Partner</title>');
    expect(chart.svg).toContain('>1.234,5<'); // the last actual value, German format
    expect(chart.svg).toContain('>1.500<'); // the target
    expect(chart.svg).toContain('>Stichtag<');
    expect(chart.svg).toContain('>Mitglieder<'); // the unit over the axis
    expect(chart.svg).toContain('stroke-dasharray="6 4"'); // plan dashed
    expect(chart.svg).toContain('stroke-dasharray="2 2.5"'); // trend in short dashes
    expect(chart.svg).not.toContain('stroke-linecap="round"'); // a round dot prints as curves
    // Actual: filled circles, one path for the series.
    expect(chart.svg).toMatch(
      /<path d="M[\d.]+ [\d.]+a3\.2 3\.2 0 1 0 6\.4 0a3\.2 3\.2 0 1 0 -6\.4 0ZM[^"]+" fill="#1d5b8f"/,
    );
    expect(chart.svg).toMatch(/<path d="M[^"]+Z" fill="#ffffff"/); // target: open diamond
  });

  it('tell bars apart by fill pattern and stack them with totals', () => {
    const chart = barChart({
      id: 'members',
      language: 'en',
      title: 'Members',
      accent: '#1d5b8f',
      categories: ['2024', '2025'],
      series: [
        { label: 'Business', values: [10, 12], style: 'solid' },
        { label: 'Research', values: [3, 4], style: 'hatched' },
        { label: 'Culture', values: [1, 2], style: 'dotted' },
      ],
      format: (v) => String(v),
      unit: 'Members',
      stacked: true,
      totalLabel: (v) => `${v} in all`,
    });
    wellFormed(chart.svg);
    expect(chart.svg).toContain('fill="url(#members-hatch)"');
    expect(chart.svg).toContain('fill="url(#members-dots)"');
    expect(chart.svg).toContain('>14 in all<');
    expect(chart.svg).toContain('>18 in all<');
  });

  it('label the higher of two close values above and the lower below', () => {
    const chart = lineChart({
      language: 'en',
      title: 'Shares',
      accent: '#1d5b8f',
      categories: ['2024'],
      series: [
        { label: 'Actual', values: [69.5], style: 'solid', marker: 'circle' },
        { label: 'Plan', values: [75], style: 'dashed', marker: 'square' },
      ],
      format: (v) => `${v} %`,
      unit: '%',
      domain: [0, 100],
    });
    wellFormed(chart.svg);
    const y = (label: string) => Number(new RegExp(`y="([\\d.]+)"[^>]*>${label}<`).exec(chart.svg)![1]);
    const markerY = (value: number) => 22 + 160 - (value / 100) * 160;
    expect(y('69.5 %')).toBeGreaterThan(markerY(69.5)); // below its mark
    expect(y('75 %')).toBeLessThan(markerY(75)); // above its mark
  });
});
