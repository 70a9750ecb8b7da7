import { describe, expect, it } from 'vitest';
import { fteAt, fteByRole, fteByYear } from './staff.ts';

const staff = [
  { role: 'Clustermanagerin', fte: 1, startOn: '2024-01-01', endOn: null },
  { role: 'Projektmanager', fte: 0.75, startOn: '2024-03-01', endOn: '2025-06-30' },
  { role: ' projektmanager ', fte: 0.5, startOn: '2025-07-01', endOn: null },
  { role: 'Assistenz', fte: 0.5, startOn: '2026-01-01', endOn: null },
];

describe('FTE at a date', () => {
  it.each([
    ['2023-12-31', 0],
    ['2024-01-01', 1],
    ['2024-03-01', 1.75],
    ['2025-06-30', 1.75],
    ['2025-07-01', 1.5],
    ['2026-01-01', 2],
  ])('%s: %d FTE', (date, fte) => {
    expect(fteAt(staff, date)).toBe(fte);
  });

  it('groups roles regardless of case and spaces, largest first', () => {
    expect(fteByRole(staff, '2026-06-30')).toEqual([
      { role: 'Clustermanagerin', fte: 1, people: 1 },
      { role: 'Assistenz', fte: 0.5, people: 1 },
      { role: 'projektmanager', fte: 0.5, people: 1 },
    ]);
  });
});

describe('FTE averaged over a year', () => {
  it.each([
    // 2024: manager all year (1.0) + project manager Mar–Dec (306 of 366 days × 0.75)
    [2024, 1.63],
    // 2025: manager 1.0 + 0.75 × 181/365 + 0.5 × 184/365
    [2025, 1.62],
    [2026, 2],
    [2023, 0],
  ])('%d: %d FTE', (year, fte) => {
    expect(fteByYear(staff, [year])[0]!.fte).toBe(fte);
  });

  it('splits each year by role, in the order of the roles’ totals', () => {
    const [y2025] = fteByYear(staff, [2025]);
    expect(y2025!.byRole.map((r) => [r.role, r.fte, r.people])).toEqual([
      ['Clustermanagerin', 1, 1],
      ['Projektmanager', 0.62, 2],
    ]);
  });
});
