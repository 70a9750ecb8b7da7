import './platform/zod-config.ts';
import '@vscode/codicons/dist/codicon.css';
import './styles/theme.css';
import './styles/base.css';
import { createRoot } from 'react-dom/client';
import { createClient } from '../shared/contract/client.ts';
import { initialize } from './bootstrap.ts';
import { createTransport } from './platform/transport.ts';
import { Workbench } from './workbench/Workbench.tsx';

const client = createClient(createTransport());
// #meeting=<id>: the audience screen of an evaluation meeting, a window (or tab) of its own.
const route = new URLSearchParams(window.location.hash.slice(1));
const meeting = Number(route.get('meeting'));
const root = createRoot(document.getElementById('root')!);
if (route.has('report-print')) {
  // #report-print: the page a report is printed from; it needs no backend (the host hands it the model).
  const { startReportPrintPage } = await import('./report/print-page.tsx');
  await startReportPrintPage(root);
} else if (meeting > 0) {
  // The audience screen is a window of its own: the workbench's start-up bundle does not carry it.
  const { initializeMeeting, MeetingApp } = await import('./evaluation/MeetingApp.tsx');
  await initializeMeeting(client);
  root.render(<MeetingApp evaluationId={meeting} />);
} else {
  await initialize(client);
  root.render(<Workbench />);
}
