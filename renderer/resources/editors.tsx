// The resource editors by kind (budget, financing plan, staff, activity profile, listings and
// labels, and the three imports): the component, the tab's icon and title.
import type { EditorInput } from '../../shared/contract/schemas.ts';
import type { MessageKey } from '../../shared/i18n/i18n.ts';
import { ActivityEditor } from './ActivityEditor.tsx';
import { BudgetEditor } from './BudgetEditor.tsx';
import { PlanEditor } from './PlanEditor.tsx';
import { ReadinessEditor } from './ReadinessEditor.tsx';
import { ResourceImportEditor } from './ResourceImportEditor.tsx';
import { StaffEditor } from './StaffEditor.tsx';

export const resourceEditorKinds = [
  'budget',
  'financingPlan',
  'staff',
  'activityProfile',
  'readiness',
  'importBudget',
  'importBenchmark',
  'importLabelIndicators',
] as const;
export type ResourceEditorInput = Extract<EditorInput, { kind: (typeof resourceEditorKinds)[number] }>;

export function isResourceEditor(input: EditorInput): input is ResourceEditorInput {
  return (resourceEditorKinds as readonly string[]).includes(input.kind);
}

const editors: Record<ResourceEditorInput['kind'], { icon: string; title: MessageKey }> = {
  budget: { icon: 'table', title: 'resources.budget.title' },
  financingPlan: { icon: 'graph-line', title: 'resources.plan.title' },
  staff: { icon: 'person', title: 'resources.staff.title' },
  activityProfile: { icon: 'pulse', title: 'resources.activity.title' },
  readiness: { icon: 'verified', title: 'resources.readiness.title' },
  importBudget: { icon: 'cloud-upload', title: 'resources.import.title.budget' },
  importBenchmark: { icon: 'cloud-upload', title: 'resources.import.title.benchmark' },
  importLabelIndicators: { icon: 'cloud-upload', title: 'resources.import.title.labelIndicators' },
};

export const resourceEditorIcon = (input: ResourceEditorInput) => editors[input.kind].icon;
export const resourceEditorTitle = (input: ResourceEditorInput): MessageKey => editors[input.kind].title;

export function ResourceEditor({ input }: { input: ResourceEditorInput }) {
  switch (input.kind) {
    case 'budget':
      return <BudgetEditor clusterId={input.clusterId} />;
    case 'financingPlan':
      return <PlanEditor clusterId={input.clusterId} />;
    case 'staff':
      return <StaffEditor clusterId={input.clusterId} />;
    case 'activityProfile':
      return <ActivityEditor clusterId={input.clusterId} />;
    case 'readiness':
      return <ReadinessEditor clusterId={input.clusterId} />;
    case 'importBudget':
      return <ResourceImportEditor clusterId={input.clusterId} kind="budget" />;
    case 'importBenchmark':
      return <ResourceImportEditor clusterId={input.clusterId} kind="benchmark" />;
    case 'importLabelIndicators':
      return <ResourceImportEditor clusterId={input.clusterId} kind="labelIndicators" />;
  }
}
