// Problems are computed from the workspace's facts, never stored (like VS Code's Problems panel).
// Each rule is a pure function; later features add rules here with table-driven tests.
import type { Cluster } from '../contract/schemas.ts';
import type { MessageKey } from '../i18n/en.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  /** Stable identity for lists and deduplication. */
  readonly id: string;
  readonly severity: Severity;
  readonly message: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  /** The item the problem belongs to; clicking the problem opens it. */
  readonly target: { readonly kind: 'cluster'; readonly id: number } | null;
}

export interface WorkspaceFacts {
  readonly clusters: readonly Cluster[];
  /** Ids of clusters that have a strategy. */
  readonly clustersWithStrategy: ReadonlySet<number>;
}

type Rule = (facts: WorkspaceFacts) => Problem[];

const workspaceEmpty: Rule = (facts) =>
  facts.clusters.length === 0
    ? [
        {
          id: 'workspace-empty',
          severity: 'info',
          message: 'problems.workspaceEmpty',
          params: {},
          target: null,
        },
      ]
    : [];

const clusterWithoutStrategy: Rule = (facts) =>
  facts.clusters
    .filter((c) => !facts.clustersWithStrategy.has(c.id))
    .map((c) => ({
      id: `cluster-without-strategy:${c.id}`,
      severity: 'warning' as const,
      message: 'problems.clusterWithoutStrategy' as const,
      params: { name: c.name },
      target: { kind: 'cluster' as const, id: c.id },
    }));

export const problemRules: readonly Rule[] = [workspaceEmpty, clusterWithoutStrategy];

export function computeProblems(facts: WorkspaceFacts): Problem[] {
  return problemRules.flatMap((rule) => rule(facts));
}

export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  return counts;
}
