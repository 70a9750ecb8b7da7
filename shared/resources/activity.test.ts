import { describe, expect, it } from 'vitest';
import type { BenchmarkSet, EventFact, FieldOfActionFact } from '../contract/resources.ts';
import {
  activityProfile,
  activityYears,
  chosenBenchmark,
  defaultBenchmarkKey,
  intensityForEvents,
  suggestIntensities,
} from './activity.ts';

const fields: FieldOfActionFact[] = [
  { id: 3, key: 'events', name: '', sortOrder: 3 },
  { id: 1, key: 'cooperation', name: '', sortOrder: 1 },
  { id: 13, key: 'monitoring_evaluation', name: '', sortOrder: 13 },
];
const events = (field: number | null, count: number, year = 2025): EventFact[] =>
  Array.from({ length: count }, (_, i) => ({
    date: `${year}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
    fieldOfActionId: field,
  }));

describe('intensity from the number of events a year', () => {
  it.each([
    [0, 1],
    [1, 2],
    [3, 2],
    [4, 3],
    [11, 3],
    [12, 4],
    [47, 4],
    [48, 5],
    [250, 5],
  ])('%d events → %d', (count, level) => {
    expect(intensityForEvents(count)).toBe(level);
  });
});

describe('suggested actual intensity from the events log', () => {
  it.each([
    {
      name: 'a closed year counts its events',
      log: [...events(3, 12), ...events(1, 2)],
      asOf: '2026-03-01',
      expected: [
        [3, 12, 4],
        [1, 2, 2],
      ],
    },
    {
      name: 'the running year is extrapolated (6 events by the end of June ≈ 12 a year)',
      log: events(3, 6).map((e, i) => ({ ...e, date: `2025-0${1 + i}-10` })),
      asOf: '2025-06-30',
      expected: [[3, 6, 4]],
    },
    {
      name: 'no suggestion without any event in the year',
      log: events(3, 5, 2024),
      asOf: '2026-01-01',
      expected: [],
    },
    { name: 'no suggestion in the first quarter', log: events(3, 2), asOf: '2025-03-01', expected: [] },
    { name: 'no suggestion for a year that has not begun', log: [], asOf: '2024-12-31', expected: [] },
    {
      name: 'no suggestion for fields without events, nor from events without a field',
      log: [...events(null, 3), ...events(13, 1)],
      asOf: '2025-12-31',
      expected: [[13, 1, 2]],
    },
  ])('$name', ({ log, asOf, expected }) => {
    const rows = suggestIntensities(log, [3, 1, 13], 2025, asOf);
    expect(rows.map((r) => [r.fieldOfActionId, r.events, r.suggested])).toEqual(expected);
  });
});

const set = (id: number, key: BenchmarkSet['key'], values: [number, number][]): BenchmarkSet => ({
  id,
  key,
  name: key ?? `Set ${id}`,
  source: '',
  indicative: key !== null,
  values: values.map(([fieldOfActionId, intensity]) => ({ fieldOfActionId, intensity })),
});
const sets = [
  set(1, 'survey_all', [[1, 5]]),
  set(2, 'survey_ict', [[1, 5]]),
  set(3, 'survey_mature', [[1, 5]]),
  set(9, null, [[1, 3.4]]),
];

describe('which benchmark a cluster compares with', () => {
  it.each([
    ['ict', 'survey_ict'],
    ['mature', 'survey_mature'],
    ['hightech', 'survey_all'],
    ['growth', 'survey_all'],
    [null, 'survey_all'],
  ] as const)('sector group %s → %s by default', (group, key) => {
    expect(defaultBenchmarkKey(group)).toBe(key);
    expect(chosenBenchmark(sets, null, group)?.key).toBe(key);
  });

  it.each([
    [9, 9],
    [2, 2],
    [404, 1],
  ])('choice %d → set %d (a deleted choice falls back to the default)', (choice, id) => {
    expect(chosenBenchmark(sets, choice, 'hightech')?.id).toBe(id);
  });
});

describe('the activity profile of a year', () => {
  const plan = [
    { fieldOfActionId: 1, year: 2025, plannedIntensity: 5, actualIntensity: 4 },
    { fieldOfActionId: 3, year: 2025, plannedIntensity: 4, actualIntensity: null },
    { fieldOfActionId: 3, year: 2024, plannedIntensity: 2, actualIntensity: 2 },
  ];
  const profile = activityProfile({
    fields,
    plan,
    year: 2025,
    benchmark: set(1, 'survey_all', [
      [1, 5],
      [3, 5],
      [13, 2],
    ]),
    events: events(3, 12),
    asOf: '2026-02-01',
  });

  it.each([
    [1, { planned: 5, actual: 4, benchmark: 5, suggested: null, actualVsPlan: -1, vsBenchmark: -1 }],
    [3, { planned: 4, actual: null, benchmark: 5, suggested: 4, actualVsPlan: null, vsBenchmark: -1 }],
    [
      13,
      { planned: null, actual: null, benchmark: 2, suggested: null, actualVsPlan: null, vsBenchmark: null },
    ],
  ] as const)('field %d', (id, expected) => {
    expect(profile.rows.find((r) => r.fieldOfActionId === id)).toMatchObject(expected);
  });

  it('keeps the catalogue order and names the gaps', () => {
    expect(profile.rows.map((r) => r.fieldOfActionId)).toEqual([1, 3, 13]);
    expect(profile.belowPlan).toEqual([1]);
    expect(profile.belowBenchmark).toEqual([1, 3]);
    expect(profile.means).toEqual({ planned: 4.5, actual: 4, benchmark: 4 });
  });

  it('lists the planned years', () => {
    expect(activityYears(plan)).toEqual([2024, 2025]);
  });
});
