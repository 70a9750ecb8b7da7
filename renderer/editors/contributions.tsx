// What the strategy editors bring to the workbench: the cluster and entity editors, the welcome
// page and the Strategy Guide (with its progress in the status bar), and the sections below
// the indicator, break-point and milestone fields.
import type { EditableEntity } from '../../shared/contract/schemas.ts';
import { registerEditor, registerEditorSection } from '../base/editor-registry.ts';
import { lazyComponent } from '../base/lazy.tsx';
import { prefetchCall } from '../base/use-call.ts';
import { registerStatusItem } from '../base/view-registry.ts';
import { t } from '../i18n/useT.ts';
import { changeVersion } from '../stores/changes.ts';
import { clusterById, outlineTitle } from '../stores/workspace.ts';
import { WelcomeEditor } from './WelcomeEditor.tsx';

const BreakPointRule = lazyComponent(() => import('./BreakPointRule.tsx').then((m) => m.BreakPointRule));
const EntityEditor = lazyComponent(() => import('./EntityEditor.tsx').then((m) => m.EntityEditor));
const GuideEditor = lazyComponent(() => import('./GuideEditor.tsx').then((m) => m.GuideEditor));
const GuideProgress = lazyComponent(() => import('./GuideEditor.tsx').then((m) => m.GuideProgress), 'none');
const IndicatorGoals = lazyComponent(() => import('./links.tsx').then((m) => m.IndicatorGoals));
const MilestoneDependencies = lazyComponent(() => import('./links.tsx').then((m) => m.MilestoneDependencies));
const Targets = lazyComponent(() => import('./Targets.tsx').then((m) => m.Targets));

const entityIcons: Record<EditableEntity, string> = {
  strategy: 'target',
  goal: 'flag',
  indicator: 'graph-line',
  milestone: 'milestone',
  breakPoint: 'debug-breakpoint-conditional',
  evaluation: 'law',
};

export function registerEditorContributions(): void {
  registerEditor({
    kind: 'welcome',
    component: WelcomeEditor,
    icon: () => 'home',
    title: () => t('editor.welcome'),
  });
  registerEditor({
    kind: 'cluster',
    component: ({ input, editorKey }) => (
      <EntityEditor kind="cluster" id={input.id} editorKey={editorKey} deleteLabel="cluster.delete" />
    ),
    icon: () => 'organization',
    title: (input) => clusterById(input.id)?.name ?? t('editor.missing'),
  });
  registerEditor({
    kind: 'entity',
    component: ({ input, editorKey }) => (
      <EntityEditor kind={input.entity} id={input.id} editorKey={editorKey} />
    ),
    icon: (input) => entityIcons[input.entity],
    title: (input) => outlineTitle(input.entity, input.id) ?? t('editor.missing'),
  });
  registerEditor({
    kind: 'guide',
    component: ({ input }) => <GuideEditor clusterId={input.clusterId} />,
    icon: () => 'compass',
    title: (input) => `${t('guide.title')} – ${clusterById(input.clusterId)?.name ?? ''}`,
  });

  registerEditorSection('indicator', {
    id: 'targets',
    order: 10,
    component: Targets,
    prefetch: (id) => prefetchCall('targets.list', { indicatorId: id }, changeVersion('target')),
  });
  registerEditorSection('indicator', {
    id: 'goals',
    order: 20,
    component: IndicatorGoals,
    prefetch: (id) =>
      prefetchCall('indicatorGoals.list', { indicatorId: id }, changeVersion('indicator_goal')),
  });
  registerEditorSection('breakPoint', { id: 'rule', order: 10, component: BreakPointRule });
  registerEditorSection('milestone', { id: 'dependencies', order: 10, component: MilestoneDependencies });

  registerStatusItem({ id: 'guide.progress', side: 'right', order: 10, component: GuideProgress });
}
