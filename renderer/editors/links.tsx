// The link sections of entity editors: the goals an indicator measures, the milestones one
// depends on. Each is a checklist of the candidates from the outline.
import type { SectionProps } from '../base/editor-registry.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { LinkChecklist } from './LinkChecklist.tsx';

/** The goals of the indicator's cluster, across its strategies, to tick the ones it measures. */
export function IndicatorGoals({ item: indicator }: SectionProps<'indicator'>) {
  const outline = useWorkspace((s) => s.outline);
  const cluster = outline.clusters.find((c) => c.id === indicator.clusterId);
  // In tree order: each strategic goal, then its own objectives.
  const options = (cluster?.strategies ?? []).flatMap((s) =>
    s.goals
      .filter((g) => g.parentId === null)
      .flatMap((g) => [
        { id: g.id, label: g.title },
        ...s.goals.filter((o) => o.parentId === g.id).map((o) => ({ id: o.id, label: `— ${o.title}` })),
      ]),
  );
  return (
    <LinkChecklist
      title="field.linkedGoals"
      plural="indicatorGoals"
      table="indicator_goal"
      own={{ field: 'indicatorId', id: indicator.id }}
      other="goalId"
      options={options}
    />
  );
}

/** The other milestones of the strategy, to tick the ones this one depends on. */
export function MilestoneDependencies({ item: milestone }: SectionProps<'milestone'>) {
  const outline = useWorkspace((s) => s.outline);
  const strategy = outline.clusters.flatMap((c) => c.strategies).find((s) => s.id === milestone.strategyId);
  const options = (strategy?.milestones ?? [])
    .filter((m) => m.id !== milestone.id)
    .map((m) => ({ id: m.id, label: m.title }));
  return (
    <LinkChecklist
      title="field.dependencies"
      plural="milestoneDependencies"
      table="milestone_dependency"
      own={{ field: 'milestoneId', id: milestone.id }}
      other="dependsOnId"
      options={options}
    />
  );
}
