// The planned course of an indicator is drawn with the app's time axes and its unit.
import { render } from '@testing-library/react';
import { expect, it } from 'vitest';
import { usePrefs } from '../stores/prefs.ts';
import { TrajectoryChart } from './Targets.tsx';

it('gives the planned course of an indicator axes with its unit', () => {
  usePrefs.setState({ language: 'en' });
  const { container } = render(
    <TrajectoryChart
      points={[
        { date: '2024-12-31', value: 0.5 },
        { date: '2026-12-31', value: 1.25 },
      ]}
      band={null}
      unit="%"
    />,
  );
  const labels = [...container.querySelectorAll('text')].map((t) => t.textContent);
  expect(labels).toContain('1.25');
  expect(labels).toContain('2025');
  expect(labels.at(-1)).toBe('%');
});
