// The demo cluster shows something real in every resource view, and the financing Problem.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResourceFacts } from '../../shared/contract/resources.ts';
import type { ProblemFacts } from '../../shared/contract/schemas.ts';
import { computeProblems } from '../../shared/problems/problems.ts';
import { activityProfile, chosenBenchmark } from '../../shared/resources/activity.ts';
import { compareWithPlan, financialStatement } from '../../shared/resources/finance.ts';
import { assessmentHistory } from '../../shared/resources/labels.ts';
import { listingReadiness } from '../../shared/resources/readiness.ts';
import { fteByYear } from '../../shared/resources/staff.ts';
import { must } from '../../test/support/fixtures.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { createBackend } from '../backend/backend.ts';

const newDir = tempDirs();
const today = '2026-11-21';

describe.each(['de', 'en'] as const)('the demo’s resources (%s)', (lang) => {
  it('fill every view, and last year’s public share lies above the plan', async () => {
    const dir = newDir();
    const backend = await createBackend({
      workspacePath: path.join(dir, 'demo.clusterpilot'),
      dataDir: dir,
      demoForNewWorkspace: lang,
      validateOutputs: true,
      now: () => new Date(`${today}T10:00:00Z`),
    });
    const f = await must<ResourceFacts>(backend, 'resources.facts', { clusterId: 1 });

    const plan = compareWithPlan(f.fundingSources, f.budgetLines, f.financingPlan);
    expect(plan.map((r) => [r.year, r.planPublicShareBp, r.actualPublicShareBp, r.aboveplan])).toEqual([
      [2024, 7500, 6950, false],
      [2025, 6500, 6806, true],
      [2026, 5500, null, false],
      [2027, 4500, null, false],
      [2028, 4000, null, false],
    ]);
    const problemFacts = await must<ProblemFacts>(backend, 'workspace.problemFacts', { today });
    const problems = computeProblems({
      clusters: [{ id: 1, name: f.clusterName, createdAt: '', updatedAt: '' }],
      clustersWithStrategy: new Set([1]),
      ...problemFacts,
    });
    expect(problems.filter((p) => p.target?.kind === 'financing').map((p) => p.id)).toEqual([
      'public-share-above-plan:1:2025',
    ]);

    const statement = financialStatement({
      sources: f.fundingSources,
      budgetLines: f.budgetLines,
      expenditure: f.expenditure,
      plan: f.financingPlan,
    });
    expect(statement.years).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(statement.income.sources).toHaveLength(7);
    expect(statement.expenditure.categories).toHaveLength(7);
    expect(statement.balance.years.slice(0, 2).every((c) => c.complete)).toBe(true);

    expect(fteByYear(f.staff, [2024, 2026]).map((y) => [y.year, y.byRole.length])).toEqual([
      [2024, 4],
      [2026, 3],
    ]);

    const benchmark = chosenBenchmark(f.benchmarkSets, f.benchmarkChoice, f.sectorGroup);
    expect(benchmark?.key).toBe('survey_all');
    const profile = activityProfile({
      fields: f.fieldsOfAction,
      plan: f.activityPlan,
      year: 2025,
      benchmark,
      events: f.events,
      asOf: today,
    });
    expect(profile.rows.every((r) => r.planned !== null && r.actual !== null && r.benchmark !== null)).toBe(
      true,
    );
    // The demo's events belong to five fields of action (events, technology transfer, marketing,
    // qualification, internationalisation): those get a suggestion.
    expect(profile.rows.filter((r) => r.suggested !== null).length).toBe(5);

    expect(listingReadiness(f, today).map((l) => [l.listing, l.ready])).toEqual([
      ['eccp', true],
      ['bw', true],
    ]);

    const history = assessmentHistory(f.labelIndicators, f.labelAssessments);
    expect(history.scores.map((s) => [s.assessedOn, s.scoreBp, s.goldReady])).toEqual([
      ['2024-06-15', 3846, false],
      ['2025-06-15', 7692, false],
    ]);
    expect(history.improved).toBe(true);
    expect(f.labelIndicators.every((i) => i.indicative)).toBe(true);
    backend.close();
  });
});
