// What the monitoring brings to the workbench: the dashboard, the measurement grids, import,
// the timeline and the help on the status rules as editors; the monitoring section of the
// indicator editor; the Dashboard side view.
import { registerEditor, registerEditorSection } from '../base/editor-registry.ts';
import { registerSideView } from '../base/view-registry.ts';
import { t } from '../i18n/useT.ts';
import { clusterById, outlineTitle } from '../stores/workspace.ts';
import { DashboardEditor } from './DashboardEditor.tsx';
import { DueEntryEditor } from './DueEntryEditor.tsx';
import { HelpEditor } from './HelpEditor.tsx';
import { ImportEditor } from './ImportEditor.tsx';
import { IndicatorMonitoring } from './IndicatorMonitoring.tsx';
import { MeasurementsEditor } from './MeasurementsEditor.tsx';
import { MonitoringView } from './MonitoringView.tsx';
import { TimelineEditor } from './TimelineEditor.tsx';

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

  registerEditorSection('indicator', { id: 'monitoring', order: 30, component: IndicatorMonitoring });

  registerSideView('dashboard', MonitoringView);
}
