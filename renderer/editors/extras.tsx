// Sections some editors add below their fields: an indicator's goals and targets with its
// planned trajectory, a break-point's rule with the sentence it reads as, a milestone's
// dependencies.
import type { ReactNode } from 'react';
import type { EditableEntity } from '../../shared/contract/schemas.ts';
import { IndicatorMonitoring } from '../monitoring/IndicatorMonitoring.tsx';
import { useWorkspace } from '../stores/workspace.ts';
import { BreakPointRule } from './BreakPointRule.tsx';
import { LinkChecklist } from './LinkChecklist.tsx';
import { Targets } from './Targets.tsx';

type Item = Record<string, unknown> & { id: number };
type Extras = (item: Item, draft: Readonly<Record<string, unknown>>) => ReactNode;

export function extrasFor(entity: EditableEntity): Extras | undefined {
  switch (entity) {
    case 'indicator':
      return (item, draft) => (
        <>
          <Targets indicator={item} draft={draft} />
          <IndicatorGoals indicator={item} />
          <IndicatorMonitoring item={item} />
        </>
      );
    case 'breakPoint':
      return (item, draft) => <BreakPointRule breakPoint={item} draft={draft} />;
    case 'milestone':
      return (item) => <MilestoneDependencies milestone={item} />;
    default:
      return undefined;
  }
}

/** The goals of the indicator's cluster, across its strategies, to tick the ones it measures. */
function IndicatorGoals({ indicator }: { indicator: Item }) {
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
function MilestoneDependencies({ milestone }: { milestone: Item }) {
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
