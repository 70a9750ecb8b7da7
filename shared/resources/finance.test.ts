import { describe, expect, it } from 'vitest';
import type { BudgetLineFact, ExpenditureFact, FundingSourceFact } from '../contract/resources.ts';
import { compareWithPlan, financialStatement, incomeByYear, isPublicFunding, planRises } from './finance.ts';

const sources: FundingSourceFact[] = [
  { id: 1, name: 'EFRE', category: 'eu', note: '' },
  { id: 2, name: 'Land', category: 'state', note: '' },
  { id: 3, name: 'Beiträge', category: 'member_fees', note: '' },
  { id: 4, name: 'Sachleistungen', category: 'in_kind', note: '' },
];
let nextId = 1;
const line = (
  fundingSourceId: number,
  year: number,
  plannedEuro: number,
  actualEuro: number | null,
): BudgetLineFact => ({
  id: nextId++,
  fundingSourceId,
  year,
  plannedCents: plannedEuro * 100,
  actualCents: actualEuro === null ? null : actualEuro * 100,
});

describe('funding categories', () => {
  it.each([
    ['eu', true],
    ['national', true],
    ['state', true],
    ['municipal', true],
    ['member_fees', false],
    ['private_sponsors', false],
    ['project_revenue', false],
    ['in_kind', false],
  ] as const)('%s is public: %s', (category, expected) => {
    expect(isPublicFunding(category)).toBe(expected);
  });
});

describe('income by year: shares', () => {
  it.each([
    {
      name: 'planned and actual shares of a closed year',
      lines: [line(1, 2026, 600, 600), line(3, 2026, 400, 300)],
      expected: {
        planned: { publicCents: 60_000, privateCents: 40_000, publicShareBp: 6000, privateShareBp: 4000 },
        actual: { publicCents: 60_000, privateCents: 30_000, publicShareBp: 6667, privateShareBp: 3333 },
        actualComplete: true,
      },
    },
    {
      name: 'an open year (one line without actual) has sums but no actual shares',
      lines: [line(1, 2026, 600, 600), line(3, 2026, 400, null)],
      expected: {
        planned: { publicShareBp: 6000 },
        actual: { publicCents: 60_000, privateCents: 0, publicShareBp: null, privateShareBp: null },
        actualComplete: false,
      },
    },
    {
      name: 'in-kind contributions count as private co-financing',
      lines: [line(2, 2026, 100, 100), line(4, 2026, 100, 100)],
      expected: { actual: { publicShareBp: 5000, privateShareBp: 5000 } },
    },
    {
      name: 'a year of zero income has no shares',
      lines: [line(1, 2026, 0, 0)],
      expected: { planned: { publicShareBp: null }, actual: { publicShareBp: null, privateShareBp: null } },
    },
    {
      name: 'only public money: 100 %',
      lines: [line(1, 2026, 5, 5), line(2, 2026, 5, 5)],
      expected: { actual: { publicShareBp: 10_000, privateShareBp: 0 } },
    },
    {
      name: 'lines of unknown sources (another cluster) are ignored',
      lines: [line(1, 2026, 100, 100), line(99, 2026, 900, 900)],
      expected: { actual: { totalCents: 10_000, publicShareBp: 10_000 } },
    },
  ])('$name', ({ lines, expected }) => {
    const [year] = incomeByYear(sources, lines);
    expect(year).toMatchObject(expected);
  });

  it('orders years oldest first and counts lines with actuals', () => {
    const years = incomeByYear(sources, [line(1, 2027, 1, null), line(1, 2025, 1, 1), line(3, 2027, 1, 1)]);
    expect(years.map((y) => [y.year, y.lines, y.linesWithActual])).toEqual([
      [2025, 1, 1],
      [2027, 2, 1],
    ]);
  });
});

describe('the degressive plan against the actual public share', () => {
  const plan = [
    { year: 2025, publicShareBp: 8000 },
    { year: 2026, publicShareBp: 7000 },
    { year: 2027, publicShareBp: 6000 },
  ];
  it.each([
    {
      name: 'below plan: no flag',
      lines: [line(1, 2025, 750, 750), line(3, 2025, 250, 250)],
      year: 2025,
      expected: { actualPublicShareBp: 7500, deviationBp: -500, aboveplan: false },
    },
    {
      name: 'exactly on plan is not above it',
      lines: [line(1, 2025, 800, 800), line(3, 2025, 200, 200)],
      year: 2025,
      expected: { actualPublicShareBp: 8000, deviationBp: 0, aboveplan: false },
    },
    {
      name: 'above plan by one basis point',
      lines: [line(1, 2025, 8001, 8001), line(3, 2025, 1999, 1999)],
      year: 2025,
      expected: { actualPublicShareBp: 8001, deviationBp: 1, aboveplan: true },
    },
    {
      name: 'private income falling short pushes the public share above plan',
      lines: [line(1, 2026, 700, 700), line(3, 2026, 300, 150)],
      year: 2026,
      expected: { budgetPublicShareBp: 7000, actualPublicShareBp: 8235, deviationBp: 1235, aboveplan: true },
    },
    {
      name: 'an incomplete year is never above plan',
      lines: [line(1, 2026, 700, 700), line(3, 2026, 300, null)],
      year: 2026,
      expected: { actualPublicShareBp: null, deviationBp: null, aboveplan: false, actualComplete: false },
    },
    {
      name: 'a year without plan has no deviation',
      lines: [line(1, 2030, 100, 100)],
      year: 2030,
      expected: { planPublicShareBp: null, actualPublicShareBp: 10_000, deviationBp: null, aboveplan: false },
    },
    {
      name: 'a planned year without budget lines',
      lines: [],
      year: 2027,
      expected: { planPublicShareBp: 6000, budgetPublicShareBp: null, actualPublicShareBp: null },
    },
  ])('$name', ({ lines, year, expected }) => {
    const row = compareWithPlan(sources, lines, plan).find((r) => r.year === year);
    expect(row).toMatchObject(expected);
  });

  it.each([
    {
      name: 'private share rising',
      shares: [
        [2025, 300, 700],
        [2026, 400, 600],
      ],
      falling: [false, false],
    },
    {
      name: 'private share falling from one year to the next',
      shares: [
        [2025, 400, 600],
        [2026, 300, 700],
      ],
      falling: [false, true],
    },
    {
      name: 'compared with the latest earlier year whose actuals are complete',
      shares: [
        [2024, 400, 600],
        [2025, null, 600],
        [2026, 350, 650],
      ],
      falling: [false, false, true],
    },
    {
      name: 'equal share is not falling',
      shares: [
        [2025, 300, 700],
        [2026, 300, 700],
      ],
      falling: [false, false],
    },
  ])('$name', ({ shares, falling }) => {
    const lines = (shares as [number, number | null, number][]).flatMap(([year, priv, pub]) => [
      line(3, year, priv ?? 1, priv),
      line(1, year, pub, pub),
    ]);
    expect(compareWithPlan(sources, lines, []).map((r) => r.privateFalling)).toEqual(falling);
  });

  it('names the year it compares with', () => {
    const rows = compareWithPlan(
      sources,
      [line(3, 2025, 40, 40), line(1, 2025, 60, 60), line(3, 2026, 30, 30), line(1, 2026, 70, 70)],
      [],
    );
    expect(rows[1]).toMatchObject({
      previousYear: 2025,
      previousPrivateShareBp: 4000,
      actualPrivateShareBp: 3000,
    });
  });

  it.each([
    { plan: [8000, 7000, 6000], rises: [] },
    { plan: [8000, 8000, 6000], rises: [] },
    { plan: [8000, 8500, 6000], rises: [2026] },
  ])('a plan $plan rises in $rises', ({ plan: shares, rises }) => {
    expect(planRises(shares.map((publicShareBp, i) => ({ year: 2025 + i, publicShareBp })))).toEqual(rises);
  });
});

describe('the zahlenmäßiger Nachweis (financial statement)', () => {
  const expenditure: ExpenditureFact[] = [
    { id: 1, category: 'personnel', year: 2025, plannedCents: 80_000, actualCents: 82_000, note: '' },
    { id: 2, category: 'events', year: 2025, plannedCents: 10_000, actualCents: 7_000, note: '' },
    { id: 3, category: 'personnel', year: 2026, plannedCents: 90_000, actualCents: null, note: '' },
  ];
  const budgetLines = [
    line(1, 2025, 600, 600),
    line(2, 2025, 100, 100),
    line(3, 2025, 300, 250),
    line(1, 2026, 500, null),
    line(3, 2026, 400, null),
  ];
  const statement = financialStatement({
    sources,
    budgetLines,
    expenditure,
    plan: [
      { year: 2025, publicShareBp: 7000 },
      { year: 2026, publicShareBp: 6000 },
    ],
  });

  it('lists the years with a line or a plan, public sources first', () => {
    expect(statement.years).toEqual([2025, 2026]);
    expect(statement.income.sources.map((s) => [s.name, s.isPublic])).toEqual([
      ['EFRE', true],
      ['Land', true],
      ['Beiträge', false],
      ['Sachleistungen', false],
    ]);
  });

  it.each([
    ['EFRE 2025', () => statement.income.sources[0]!.years[0], [60_000, 60_000, 0, true]],
    ['Beiträge 2025', () => statement.income.sources[2]!.years[0], [30_000, 25_000, -5_000, true]],
    ['Sachleistungen 2025 (no line)', () => statement.income.sources[3]!.years[0], [null, null, null, false]],
    ['EFRE 2026 (open)', () => statement.income.sources[0]!.years[1], [50_000, null, null, false]],
    ['public 2025', () => statement.income.publicTotal.years[0], [70_000, 70_000, 0, true]],
    ['private 2025', () => statement.income.privateTotal.years[0], [30_000, 25_000, -5_000, true]],
    ['income 2025', () => statement.income.total.years[0], [100_000, 95_000, -5_000, true]],
    ['expenditure 2025', () => statement.expenditure.total.years[0], [90_000, 89_000, -1_000, true]],
    ['balance 2025', () => statement.balance.years[0], [10_000, 6_000, -4_000, true]],
    ['income total over both years', () => statement.income.total.total, [190_000, 95_000, null, false]],
    ['balance 2026 (open)', () => statement.balance.years[1], [0, null, null, false]],
  ] as const)(
    '%s: planned, actual, deviation, complete',
    (_name, pick, [planned, actual, deviation, complete]) => {
      expect(pick()).toEqual({
        plannedCents: planned,
        actualCents: actual,
        deviationCents: deviation,
        complete,
      });
    },
  );

  it('lists expenditure categories that have lines, in catalogue order', () => {
    expect(statement.expenditure.categories.map((c) => c.key)).toEqual(['personnel', 'events']);
  });

  it('holds the shares against the plan per year', () => {
    expect(statement.shares).toEqual([
      {
        year: 2025,
        planPublicShareBp: 7000,
        budgetPublicShareBp: 7000,
        actualPublicShareBp: 7368,
        deviationBp: 368,
      },
      {
        year: 2026,
        planPublicShareBp: 6000,
        budgetPublicShareBp: 5556,
        actualPublicShareBp: null,
        deviationBp: null,
      },
    ]);
  });

  it('shows only the years asked for (an evaluation period)', () => {
    const one = financialStatement({ sources, budgetLines, expenditure, plan: [], years: [2026] });
    expect(one.years).toEqual([2026]);
    expect(one.income.total.total.plannedCents).toBe(90_000);
    expect(one.expenditure.total.total).toMatchObject({ plannedCents: 90_000, actualCents: null });
  });
});
