import { describe, expect, it } from 'vitest';
import type { Cluster } from '../contract/schemas.ts';
import { computeProblems, countBySeverity } from './problems.ts';

const cluster = (id: number, name: string): Cluster => ({
  id,
  name,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('problems', () => {
  it.each([
    ['empty workspace', [], [], ['workspace-empty']],
    ['one cluster without strategy', [cluster(1, 'A')], [], ['cluster-without-strategy:1']],
    ['one cluster with strategy', [cluster(1, 'A')], [1], []],
    [
      'two clusters, one with strategy',
      [cluster(1, 'A'), cluster(2, 'B')],
      [2],
      ['cluster-without-strategy:1'],
    ],
  ])('%s', (_name, clusters, withStrategy, expected) => {
    const problems = computeProblems({ clusters, clustersWithStrategy: new Set(withStrategy) });
    expect(problems.map((p) => p.id)).toEqual(expected);
  });

  it('points a missing strategy at its cluster, as a warning with the name', () => {
    const [problem] = computeProblems({
      clusters: [cluster(7, 'Photonik')],
      clustersWithStrategy: new Set(),
    });
    expect(problem).toMatchObject({
      severity: 'warning',
      params: { name: 'Photonik' },
      target: { kind: 'cluster', id: 7 },
    });
  });

  it('counts by severity', () => {
    const problems = computeProblems({
      clusters: [cluster(1, 'A'), cluster(2, 'B')],
      clustersWithStrategy: new Set(),
    });
    expect(countBySeverity(problems)).toEqual({ error: 0, warning: 2, info: 0 });
  });
});
