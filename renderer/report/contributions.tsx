// What the funder report brings to the workbench: the Reports side view (the archive), an
// evaluation's report as an editor, the report design in the cluster editor, and its commands.

import { registerEditor, registerEditorSection } from '../base/editor-registry.ts';
import { evaluationTitle } from '../base/evaluations.ts';
import { lazyComponent } from '../base/lazy.tsx';
import { registerSideView } from '../base/view-registry.ts';
import { t } from '../i18n/useT.ts';
import { registerReportCommands } from './report-commands.ts';

const LogoSection = lazyComponent(() => import('./LogoSection.tsx').then((m) => m.LogoSection));
const ReportEditor = lazyComponent(() => import('./ReportEditor.tsx').then((m) => m.ReportEditor));
const ReportsView = lazyComponent(() => import('./ReportsView.tsx').then((m) => m.ReportsView));

export function registerReportContributions(): void {
  registerReportCommands();
  registerSideView('reports', ReportsView);
  registerEditorSection('cluster', { id: 'reportDesign', order: 90, component: LogoSection });
  registerEditor({
    kind: 'report',
    component: ({ input }) => <ReportEditor evaluationId={input.evaluationId} />,
    icon: () => 'file-pdf',
    title: (input) => `${t('report.editor.title')} – ${evaluationTitle(input.evaluationId)}`,
    focus: '.report-toolbar select',
  });
}
