import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProblemFacts } from '../../shared/contract/schemas.ts';
import { computeProblems } from '../../shared/problems/problems.ts';
import { must } from '../../test/support/fixtures.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { createBackend } from './backend.ts';

const newDir = tempDirs();

describe('problem facts from the workspace', () => {
  it('give the demo exactly its one overdue milestone, its one break-point at risk and last year’s public share above the financing plan as problems', async () => {
    const dir = newDir();
    const now = new Date('2026-11-21T10:00:00Z');
    const backend = await createBackend({
      workspacePath: path.join(dir, 'd.clusterpilot'),
      dataDir: dir,
      demoForNewWorkspace: 'en',
      now: () => now,
      validateOutputs: true,
    });
    const facts = await must<ProblemFacts>(backend, 'workspace.problemFacts', { today: '2026-11-21' });
    expect(facts.today).toBe('2026-11-21');
    expect(facts.indicators).toHaveLength(15);
    const problems = computeProblems({ clusters: [], clustersWithStrategy: new Set(), ...facts }).filter(
      (p) => p.id !== 'workspace-empty',
    );
    // Its data is up to date: no measurement is overdue.
    expect(problems.map((p) => p.message)).toEqual([
      'problems.milestoneOverdue',
      'problems.breakPointAtRisk',
      'problems.publicShareAbovePlan',
    ]);
    expect(problems[0]).toMatchObject({
      params: { name: 'Cooperation agreement with partner cluster in Poland' },
    });
    expect(problems[1]).toMatchObject({
      params: { name: 'Private co-funding share at least 40 %' },
      target: { kind: 'breakPoint' },
    });
    // Six months later without new data, measurements are overdue.
    const later = computeProblems({
      clusters: [],
      clustersWithStrategy: new Set(),
      ...facts,
      today: '2027-05-21',
    }).filter((p) => p.message === 'problems.dataOverdue');
    expect(later.length).toBeGreaterThan(5);
    backend.close();
  });
});
