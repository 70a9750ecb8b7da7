// What the monitoring brings to the workbench: the dashboard, the measurement grids, import,
// the timeline and the help on the status rules as editors; the monitoring section of the
// indicator editor; the Dashboard side view.

import { registerEditor, registerEditorSection } from '../base/editor-registry.ts';
import { lazyComponent } from '../base/lazy.tsx';
import { prefetchCall } from '../base/use-call.ts';
import { registerSideView } from '../base/view-registry.ts';
import { t } from '../i18n/useT.ts';
import { changeVersion } from '../stores/changes.ts';
import { clusterById, outlineTitle, useWorkspace } from '../stores/workspace.ts';

const DashboardEditor = lazyComponent(() => import('./DashboardEditor.tsx').then((m) => m.DashboardEditor));
const DueEntryEditor = lazyComponent(() => import('./DueEntryEditor.tsx').then((m) => m.DueEntryEditor));
const HelpEditor = lazyComponent(() => import('./HelpEditor.tsx').then((m) => m.HelpEditor));
const ImportEditor = lazyComponent(() => import('./ImportEditor.tsx').then((m) => m.ImportEditor));
const IndicatorMonitoring = lazyComponent(() =>
  import('./IndicatorMonitoring.tsx').then((m) => m.IndicatorMonitoring),
);
const MeasurementsEditor = lazyComponent(() =>
  import('./MeasurementsEditor.tsx').then((m) => m.MeasurementsEditor),
);
const MonitoringView = lazyComponent(() => import('./MonitoringView.tsx').then((m) => m.MonitoringView));
const TimelineEditor = lazyComponent(() => import('./TimelineEditor.tsx').then((m) => m.TimelineEditor));

const ofCluster = (title: Parameters<typeof t>[0]) => (input: { clusterId: number }) =>
  `${t(title)} – ${clusterById(input.clusterId)?.name ?? ''}`;

export function registerMonitoringContributions(): void {
  registerEditor({
    kind: 'dashboard',
    component: ({ input }) => <DashboardEditor clusterId={input.clusterId} />,
    icon: () => 'dashboard',
    title: ofCluster('dashboard.title'),
  });
  registerEditor({
    kind: 'measurements',
    component: ({ input }) => (
      <MeasurementsEditor clusterId={input.clusterId} indicatorId={input.indicatorId} />
    ),
    icon: () => 'table',
    focus: '[role="grid"]',
    title: (input) =>
      input.indicatorId === null
        ? ofCluster('measurements.title')(input)
        : `${t('measurements.title')} – ${outlineTitle('indicator', input.indicatorId) ?? t('editor.missing')}`,
  });
  registerEditor({
    kind: 'dueEntry',
    component: ({ input }) => <DueEntryEditor clusterId={input.clusterId} />,
    icon: () => 'checklist',
    focus: '[role="grid"]',
    title: ofCluster('due.title'),
  });
  registerEditor({
    kind: 'import',
    component: ({ input }) => <ImportEditor clusterId={input.clusterId} />,
    icon: () => 'cloud-upload',
    title: ofCluster('import.title'),
  });
  registerEditor({
    kind: 'timeline',
    component: ({ input }) => <TimelineEditor clusterId={input.clusterId} />,
    icon: () => 'calendar',
    title: ofCluster('timeline.title'),
  });
  registerEditor({
    kind: 'help',
    component: HelpEditor,
    icon: () => 'question',
    title: () => t('help.status.title'),
  });

  registerEditorSection('indicator', {
    id: 'monitoring',
    order: 30,
    component: IndicatorMonitoring,
    prefetch: (id) => {
      const cluster = useWorkspace
        .getState()
        .outline.clusters.find((c) => c.indicators.some((i) => i.id === id));
      if (!cluster) return;
      prefetchCall(
        'measurements.ofCluster',
        { clusterId: cluster.id, indicatorId: id },
        changeVersion('measurement'),
      );
      prefetchCall('targets.list', { indicatorId: id }, changeVersion('target'));
    },
  });

  registerSideView('dashboard', MonitoringView);
}
