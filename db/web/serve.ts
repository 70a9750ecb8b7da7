// `npm run web`: the backend and the built renderer on 127.0.0.1, for development and the
// end-to-end tests. Prints the address to open (with its one-time token) and runs until stopped.
import fs from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startBackendWorker, whenStarted } from '../backend/worker-backend.ts';
import { workerSource } from '../backend/worker-source.ts';
import { appDataDir, defaultWorkspacePath } from '../paths.ts';

const { values } = parseArgs({
  options: {
    workspace: { type: 'string' },
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    renderer: { type: 'string' },
    /** The backend worker's entry: db/backend/worker.ts from source, or a bundle (npm run web). */
    worker: { type: 'string' },
    /** Language of the demo cluster in a workspace created on first start, or 'none'. */
    demo: { type: 'string' },
    /** A new workspace (and data folder) in a temporary folder, removed when the host stops. */
    fresh: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(`npm run web -- [options]: the app on 127.0.0.1, for development and the tests.
  --workspace FILE   workspace to open, created if missing (default: workspace.clusterpilot in DIR)
  --data-dir DIR     folder for state and backups (default: the app-data folder)
  --demo de|en|none  demo cluster of a NEW workspace (default: in the browser's language); an existing one opens as it is
  --fresh            a new workspace in a temporary folder, removed on stop (with --demo none: empty)
  --port N, --renderer DIR   port (default: any free one), built renderer (default: dist/renderer)
  --worker FILE      the backend worker to run (default: db/backend/worker.ts from source, or beside
                     the bundled host dist/web/serve.mjs the bundle dist/electron/backend-worker.cjs,
                     the one the desktop app ships; npm run web runs both bundles)`);
  process.exit(0);
}
if (values.fresh && (values.workspace || values['data-dir'])) {
  console.error('--fresh makes its own temporary workspace: leave out --workspace and --data-dir.');
  process.exit(2);
}

const freshDir = values.fresh ? fs.mkdtempSync(path.join(os.tmpdir(), 'clusterpilot-web-')) : null;
const dataDir = path.resolve(values['data-dir'] ?? freshDir ?? appDataDir());
const workspacePath = path.resolve(values.workspace ?? defaultWorkspacePath(dataDir));
if (values.demo !== undefined && fs.existsSync(workspacePath)) {
  console.log(
    `Opening the existing workspace ${workspacePath} as it is (--demo applies only to a new one); to start empty, use npm run web -- --fresh --demo none.`,
  );
}
const rendererDir = path.resolve(values.renderer ?? path.join(import.meta.dirname, '../../dist/renderer'));

// Without --demo, a new default workspace gets the demo in the language the browser shows.
const demo = values.demo === 'none' ? null : values.demo === 'en' ? 'en' : values.demo === 'de' ? 'de' : 'ui';
// The backend runs in its own thread: this one only serves the page and relays calls and events.
// Reports are printed by headless Chromium from this host's own report page (started on first use).
let origin = '';
// Node keeps the compiled (type-stripped) modules on disk: the backend's worker loads hundreds of
// modules at each start, a third less CPU time from the cache. The worker inherits the setting
// through the environment.
process.env.NODE_COMPILE_CACHE ??= path.join(os.tmpdir(), 'clusterpilot-compile-cache');
module.enableCompileCache(process.env.NODE_COMPILE_CACHE);
// The page is served while the worker loads the backend; the renderer's first calls wait for it.
const starting = startBackendWorker({
  // A bundle loads as one file instead of some 500 modules: a third of the worker's start-up.
  // This host bundled (dist/web/serve.mjs) has no sources beside it: its default is the bundle.
  workerEntry: values.worker
    ? path.resolve(values.worker)
    : fs.existsSync(workerSource)
      ? workerSource
      : path.join(import.meta.dirname, '../electron/backend-worker.cjs'),
  workspacePath,
  dataDir,
  demoForNewWorkspace: demo,
  host: { printReport: (request) => printer.print(request) },
});
starting.catch((error: unknown) => {
  console.error('The backend did not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
const backend = whenStarted(starting);
// Imported once the worker is on its way, so the two threads load their modules side by side.
const [{ startWebHost }, { createReportPrinter }] = await Promise.all([
  import('./host.ts'),
  import('./report-printer.ts'),
]);
const printer = createReportPrinter({ origin: () => origin });
const host = await startWebHost({
  backend,
  rendererDir,
  port: values.port ? Number(values.port) : 0,
  handoff: printer.handoff,
});
origin = host.origin;
console.log(`ClusterPilot web host on ${host.origin} (workspace ${workspacePath})`);
console.log(`Open: ${host.url}`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await host.close();
  await backend.close();
  await printer.close();
  if (freshDir) fs.rmSync(freshDir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
