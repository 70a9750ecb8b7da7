// Commands of the resources: the budget, the financing plan, staff, the activity profile,
// listings and labels, and the imports. Each takes a cluster id, or asks for one (withCluster).
import type { EditorInput } from '../../shared/contract/schemas.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { registerCommand } from './registry.ts';
import { withCluster } from './workbench-commands.ts';

const open = (kind: Extract<EditorInput, { clusterId: number }>['kind']) => (given?: unknown) =>
  withCluster((clusterId) => useWorkbench.getState().openEditor({ kind, clusterId } as EditorInput), given);

export function registerResourceCommands(): void {
  const commands = [
    ['clusterpilot.openBudget', 'command.openBudget', 'budget'],
    ['clusterpilot.openFinancingPlan', 'command.openFinancingPlan', 'financingPlan'],
    ['clusterpilot.openStaff', 'command.openStaff', 'staff'],
    ['clusterpilot.openActivityProfile', 'command.openActivityProfile', 'activityProfile'],
    ['clusterpilot.openReadiness', 'command.openReadiness', 'readiness'],
    ['clusterpilot.importBudget', 'command.importBudget', 'importBudget'],
    ['clusterpilot.importBenchmark', 'command.importBenchmark', 'importBenchmark'],
    ['clusterpilot.importLabelIndicators', 'command.importLabelIndicators', 'importLabelIndicators'],
  ] as const;
  for (const [id, title, kind] of commands)
    registerCommand({ id, title, category: 'category.resources', run: open(kind) });
}
