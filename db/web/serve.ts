// `npm run web`: the backend and the built renderer on 127.0.0.1, for development and the
// end-to-end tests. Prints the address to open (with its one-time token) and runs until stopped.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { languageForLocale } from '../../shared/i18n/i18n.ts';
import { createBackend } from '../backend/backend.ts';
import { appDataDir, defaultWorkspacePath } from '../paths.ts';
import { startWebHost } from './host.ts';

const { values } = parseArgs({
  options: {
    workspace: { type: 'string' },
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    renderer: { type: 'string' },
    /** Language of the demo cluster in a workspace created on first start, or 'none'. */
    demo: { type: 'string' },
  },
});

const dataDir = path.resolve(values['data-dir'] ?? appDataDir());
const workspacePath = path.resolve(values.workspace ?? defaultWorkspacePath(dataDir));
const rendererDir = path.resolve(values.renderer ?? path.join(import.meta.dirname, '../../dist/renderer'));

const demo =
  values.demo === 'none'
    ? null
    : values.demo === 'en'
      ? 'en'
      : values.demo === 'de'
        ? 'de'
        : languageForLocale(Intl.DateTimeFormat().resolvedOptions().locale);
const backend = await createBackend({ workspacePath, dataDir, demoForNewWorkspace: demo });
const host = await startWebHost({ backend, rendererDir, port: values.port ? Number(values.port) : 0 });
console.log(`ClusterPilot web host on ${host.origin} (workspace ${workspacePath})`);
console.log(`Open: ${host.url}`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await host.close();
  backend.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
