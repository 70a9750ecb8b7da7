// The Problems rules on finances (resources): the degressive financing plan against the actual
// public share, and the private share falling.
import { describe, expect, it } from 'vitest';
import type { ProblemFacts } from '../contract/schemas.ts';
import { translate } from '../i18n/i18n.ts';
import { computeProblems, type WorkspaceFacts } from './problems.ts';

type Finance = NonNullable<ProblemFacts['finance']>[number];
const cluster = {
  id: 1,
  name: 'Photonik',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/** Public source 1 (state), private source 2 (member fees); `years`: [year, public €, private € or null]. */
function finance(years: [number, number, number | null][], plan: [number, number][]): Finance {
  return {
    clusterId: 1,
    clusterName: 'Photonik',
    fundingSources: [
      { id: 1, category: 'state' },
      { id: 2, category: 'member_fees' },
    ],
    budgetLines: years.flatMap(([year, pub, priv]) => [
      { fundingSourceId: 1, year, plannedCents: pub * 100, actualCents: pub * 100 },
      { fundingSourceId: 2, year, plannedCents: 100, actualCents: priv === null ? null : priv * 100 },
    ]),
    financingPlan: plan.map(([year, publicShareBp]) => ({ year, publicShareBp })),
  };
}
const facts = (f: Finance): WorkspaceFacts => ({
  clusters: [cluster],
  clustersWithStrategy: new Set([1]),
  finance: [f],
});
const financeProblems = (f: Finance) =>
  computeProblems(facts(f))
    .filter((p) => p.target?.kind === 'financing')
    .map((p) => [p.id, p.severity, p.target?.field]);

describe('financing plan problems', () => {
  it.each([
    {
      name: 'actual public share above plan',
      finance: finance([[2026, 75, 25]], [[2026, 7000]]),
      expected: [['public-share-above-plan:1:2026', 'warning', 'year:2026']],
    },
    {
      name: 'on plan: nothing',
      finance: finance([[2026, 70, 30]], [[2026, 7000]]),
      expected: [],
    },
    {
      name: 'below plan: nothing',
      finance: finance([[2026, 60, 40]], [[2026, 7000]]),
      expected: [],
    },
    {
      name: 'a year still open (private actual missing) is not judged',
      finance: finance([[2026, 90, null]], [[2026, 7000]]),
      expected: [],
    },
    {
      name: 'no plan for the year: no comparison',
      finance: finance([[2026, 90, 10]], [[2027, 6000]]),
      expected: [],
    },
    {
      name: 'private share falling from one year to the next',
      finance: finance(
        [
          [2025, 60, 40],
          [2026, 65, 35],
        ],
        [
          [2025, 7000],
          [2026, 7000],
        ],
      ),
      expected: [['private-share-falling:1:2026', 'warning', 'year:2026']],
    },
    {
      name: 'both at once',
      finance: finance(
        [
          [2025, 60, 40],
          [2026, 75, 25],
        ],
        [
          [2025, 7000],
          [2026, 6000],
        ],
      ),
      expected: [
        ['public-share-above-plan:1:2026', 'warning', 'year:2026'],
        ['private-share-falling:1:2026', 'warning', 'year:2026'],
      ],
    },
    {
      name: 'a plan that rises instead of falling',
      finance: finance(
        [],
        [
          [2025, 7000],
          [2026, 7500],
        ],
      ),
      expected: [['plan-not-degressive:1:2026', 'info', 'year:2026']],
    },
  ])('$name', ({ finance: f, expected }) => {
    expect(financeProblems(f)).toEqual(expected);
  });

  it('says the shares in the message, in both languages', () => {
    const [problem] = computeProblems(facts(finance([[2026, 8235, 1765]], [[2026, 7000]])));
    expect(translate('en', problem!.message, problem!.params)).toBe(
      'Cluster “Photonik”: the public share of income in 2026 is 82.4 %, above the 70 % of the financing plan.',
    );
    expect(translate('de', problem!.message, problem!.params)).toBe(
      'Cluster „Photonik“: Der öffentliche Anteil an den Einnahmen 2026 beträgt 82,4 % und liegt über den 70 % des Finanzierungsplans.',
    );
  });

  it('reads nothing without finance facts', () => {
    expect(computeProblems({ clusters: [cluster], clustersWithStrategy: new Set([1]) })).toEqual([]);
  });
});
