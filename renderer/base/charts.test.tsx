// The app's charts over time draw real axes, as the report's do: a value axis with "nice" ticks,
// grid lines and labels in the UI language, titled with the unit; a year under each year's span.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { timeAxes } from './charts.tsx';

const frame = { width: 600, height: 210, left: 64, right: 16, top: 12, bottom: 28 };

describe('time axes', () => {
  it('ticks values at nice steps from 0, formats them in the language, and names the years', () => {
    const { container } = render(
      <svg role="img" aria-label="axes">
        {
          timeAxes({
            frame,
            language: 'de',
            t0: Date.UTC(2023, 11, 31),
            t1: Date.UTC(2028, 11, 31),
            values: [1, 8],
            unit: 'Partnerschaften',
          }).axes
        }
      </svg>,
    );
    const labels = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toEqual([
      '0',
      '2',
      '4',
      '6',
      '8',
      '2024',
      '2025',
      '2026',
      '2027',
      '2028',
      'Partnerschaften',
    ]);
    expect(container.querySelectorAll('.chart-grid')).toHaveLength(5);
  });

  it('writes decimals and thousands as the language does, and thins out years on long spans', () => {
    const { container } = render(
      <svg role="img" aria-label="axes">
        {
          timeAxes({
            frame,
            language: 'de',
            t0: Date.UTC(2000, 0, 1),
            t1: Date.UTC(2030, 0, 1),
            values: [0, 12_500],
            unit: 'T€',
          }).axes
        }
      </svg>,
    );
    const labels = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels.slice(0, 6)).toEqual(['0', '2.500', '5.000', '7.500', '10.000', '12.500']);
    const years = labels.filter((l) => /^\d{4}$/.test(l ?? ''));
    expect(years).toEqual(['2000', '2005', '2010', '2015', '2020', '2025', '2030']);
  });
});
