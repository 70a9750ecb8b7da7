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
await initialize(client);
createRoot(document.getElementById('root')!).render(<Workbench />);
