import './platform/zod-config.ts';
import '@vscode/codicons/dist/codicon.css';
import './styles/theme.css';
import './styles/base.css';
import { createRoot } from 'react-dom/client';
import { createClient } from '../shared/contract/client.ts';
import { initialize } from './bootstrap.ts';
import { initializeMeeting, MeetingApp } from './evaluation/MeetingApp.tsx';
import { createTransport } from './platform/transport.ts';
import { Workbench } from './workbench/Workbench.tsx';

const client = createClient(createTransport());
// #meeting=<id>: the audience screen of an evaluation meeting, a window (or tab) of its own.
const meeting = Number(new URLSearchParams(window.location.hash.slice(1)).get('meeting'));
const root = createRoot(document.getElementById('root')!);
if (meeting > 0) {
  await initializeMeeting(client);
  root.render(<MeetingApp evaluationId={meeting} />);
} else {
  await initialize(client);
  root.render(<Workbench />);
}
