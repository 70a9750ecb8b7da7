// What the resources bring to the workbench: the budget, the financing plan, staff, the activity
// profile, listings and labels, and the three imports as editors, and the Resources side view.
import type { MessageKey } from '../../shared/i18n/i18n.ts';
import { registerEditor } from '../base/editor-registry.ts';
import { lazyComponent } from '../base/lazy.tsx';
import { registerSideView } from '../base/view-registry.ts';
import { t } from '../i18n/useT.ts';
import { clusterById } from '../stores/workspace.ts';

const ActivityEditor = lazyComponent(() => import('./ActivityEditor.tsx').then((m) => m.ActivityEditor));
const BudgetEditor = lazyComponent(() => import('./BudgetEditor.tsx').then((m) => m.BudgetEditor));
const PlanEditor = lazyComponent(() => import('./PlanEditor.tsx').then((m) => m.PlanEditor));
const ReadinessEditor = lazyComponent(() => import('./ReadinessEditor.tsx').then((m) => m.ReadinessEditor));
const ResourceImportEditor = lazyComponent(() =>
  import('./ResourceImportEditor.tsx').then((m) => m.ResourceImportEditor),
);
const ResourcesView = lazyComponent(() => import('./ResourcesView.tsx').then((m) => m.ResourcesView));
const StaffEditor = lazyComponent(() => import('./StaffEditor.tsx').then((m) => m.StaffEditor));

const ofCluster = (title: MessageKey) => (input: { clusterId: number }) =>
  `${t(title)} – ${clusterById(input.clusterId)?.name ?? ''}`;

export function registerResourceContributions(): void {
  registerEditor({
    kind: 'budget',
    component: ({ input }) => <BudgetEditor clusterId={input.clusterId} />,
    icon: () => 'table',
    focus: '[role="grid"]',
    title: ofCluster('resources.budget.title'),
  });
  registerEditor({
    kind: 'financingPlan',
    component: ({ input }) => <PlanEditor clusterId={input.clusterId} />,
    icon: () => 'graph-line',
    focus: '[role="grid"]',
    title: ofCluster('resources.plan.title'),
  });
  registerEditor({
    kind: 'staff',
    component: ({ input }) => <StaffEditor clusterId={input.clusterId} />,
    icon: () => 'person',
    focus: '[role="grid"]',
    title: ofCluster('resources.staff.title'),
  });
  registerEditor({
    kind: 'activityProfile',
    component: ({ input }) => <ActivityEditor clusterId={input.clusterId} />,
    icon: () => 'pulse',
    focus: '[role="grid"]',
    title: ofCluster('resources.activity.title'),
  });
  registerEditor({
    kind: 'readiness',
    component: ({ input }) => <ReadinessEditor clusterId={input.clusterId} />,
    icon: () => 'verified',
    title: ofCluster('resources.readiness.title'),
  });
  registerEditor({
    kind: 'importBudget',
    component: ({ input }) => <ResourceImportEditor clusterId={input.clusterId} kind="budget" />,
    icon: () => 'cloud-upload',
    title: ofCluster('resources.import.title.budget'),
  });
  registerEditor({
    kind: 'importBenchmark',
    component: ({ input }) => <ResourceImportEditor clusterId={input.clusterId} kind="benchmark" />,
    icon: () => 'cloud-upload',
    title: ofCluster('resources.import.title.benchmark'),
  });
  registerEditor({
    kind: 'importLabelIndicators',
    component: ({ input }) => <ResourceImportEditor clusterId={input.clusterId} kind="labelIndicators" />,
    icon: () => 'cloud-upload',
    title: ofCluster('resources.import.title.labelIndicators'),
  });

  registerSideView('resources', ResourcesView);
}
