// Commands of the monitoring: the dashboard, the grids, import, the timeline and the help on
// the status rules. Each takes a cluster id, or asks for one (see withCluster).
import type { EditorInput } from '../../shared/contract/schemas.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { registerCommand } from './registry.ts';
import { withCluster } from './workbench-commands.ts';

const open = (input: (clusterId: number) => EditorInput) => (given?: unknown) =>
  withCluster((clusterId) => useWorkbench.getState().openEditor(input(clusterId)), given);

export function registerMonitoringCommands(): void {
  registerCommand({
    id: 'clusterpilot.openDashboard',
    title: 'command.openDashboard',
    category: 'category.monitoring',
    run: open((clusterId) => ({ kind: 'dashboard', clusterId })),
  });
  registerCommand({
    id: 'clusterpilot.openMeasurements',
    title: 'command.openMeasurements',
    category: 'category.monitoring',
    run: open((clusterId) => ({ kind: 'measurements', clusterId, indicatorId: null })),
  });
  registerCommand({
    id: 'clusterpilot.enterDue',
    title: 'command.enterDue',
    category: 'category.monitoring',
    run: open((clusterId) => ({ kind: 'dueEntry', clusterId })),
  });
  registerCommand({
    id: 'clusterpilot.importMeasurements',
    title: 'command.importMeasurements',
    category: 'category.monitoring',
    run: open((clusterId) => ({ kind: 'import', clusterId })),
  });
  registerCommand({
    id: 'clusterpilot.openTimeline',
    title: 'command.openTimeline',
    category: 'category.monitoring',
    run: open((clusterId) => ({ kind: 'timeline', clusterId })),
  });
  registerCommand({
    id: 'clusterpilot.helpStatus',
    title: 'command.helpStatus',
    category: 'category.help',
    run: () => useWorkbench.getState().openEditor({ kind: 'help', topic: 'status' }),
  });
}
