// The Electron main process: single instance, one hardened window on the app:// origin, the
// backend bound over IPC, and the workspace from the command line or the app-data folder.
import fs from 'node:fs';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { startBackendWorker } from '../db/backend/worker-backend.ts';
import { defaultWorkspacePath } from '../db/paths.ts';
import { contentSecurityPolicy } from '../shared/security/csp.ts';
import { bindBackendToIpc } from './ipc.ts';
import { createElectronReportPrinter } from './report-printer.ts';
import {
  APP_ENTRY,
  APP_SCHEME,
  hardenSession,
  hardenWebContents,
  resolveAppFile,
  windowOptions,
  workspaceFromArgv,
} from './security.ts';

const rendererDir = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
// The backend's thread: bundled next to main in the app, the source file when run from source.
const bundledWorker = path.join(__dirname, 'backend-worker.cjs');
const sourceWorker = path.join(__dirname, '..', 'db', 'backend', 'worker.ts');
const csp = contentSecurityPolicy({ connectSelf: false });
const mimeTypes: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
};

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());

  app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, (request) => {
      const file = resolveAppFile(rendererDir, request.url);
      if (!file || !fs.existsSync(file)) return new Response('Not found', { status: 404 });
      return new Response(fs.readFileSync(file), {
        headers: {
          'content-type': mimeTypes[path.extname(file)] ?? 'application/octet-stream',
          'content-security-policy': csp,
          'x-content-type-options': 'nosniff',
        },
      });
    });
    if (process.platform === 'darwin') {
      Menu.setApplicationMenu(
        Menu.buildFromTemplate([{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }]),
      );
    } else {
      Menu.setApplicationMenu(null);
    }

    const dataDir = app.getPath('userData');
    const defaultPath = defaultWorkspacePath(dataDir);
    const printer = createElectronReportPrinter({
      createWindow: (options) => new BrowserWindow(options),
      windowOptions: windowOptions(preloadPath, '#ffffff'),
      entry: APP_ENTRY,
    });
    // The backend runs in its own thread; main only relays (a long import never freezes the window).
    const backend = await startBackendWorker({
      workerEntry: fs.existsSync(bundledWorker) ? bundledWorker : sourceWorker,
      workspacePath: workspaceFromArgv(process.argv, process.cwd()) ?? defaultPath,
      fallbackWorkspacePath: defaultPath,
      dataDir,
      // A first start creates the demo in the language the window shows (workspace.start).
      demoForNewWorkspace: 'ui',
      host: {
        choosePath: async (purpose, current, suggestedName) => {
          if (purpose === 'openPdf') {
            const result = await dialog.showOpenDialog({
              defaultPath: app.getPath('documents'),
              filters: [{ name: 'PDF', extensions: ['pdf'] }],
              properties: ['openFile'],
            });
            return result.canceled ? null : (result.filePaths[0] ?? null);
          }
          if (
            purpose === 'exportCsv' ||
            purpose === 'exportXlsx' ||
            purpose === 'exportPdf' ||
            purpose === 'exportDocx' ||
            purpose === 'exportSvg'
          ) {
            const extension = purpose.slice('export'.length).toLowerCase();
            const result = await dialog.showSaveDialog({
              defaultPath: path.join(app.getPath('documents'), suggestedName ?? `measurements.${extension}`),
              filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
            });
            return result.canceled ? null : (result.filePath ?? null);
          }
          const filters = [{ name: 'ClusterPilot', extensions: ['clusterpilot'] }];
          if (purpose === 'open') {
            const result = await dialog.showOpenDialog({
              defaultPath: path.dirname(current),
              filters,
              properties: ['openFile'],
            });
            return result.canceled ? null : (result.filePaths[0] ?? null);
          }
          const result = await dialog.showSaveDialog({ defaultPath: path.dirname(current), filters });
          return result.canceled ? null : (result.filePath ?? null);
        },
        reveal: (file) => shell.showItemInFolder(file),
        openFile: (file) => void shell.openPath(file),
        // A meeting's audience screen: full screen on the second display when there is one.
        openWindow: (fragment) => {
          const displays = screen.getAllDisplays();
          const primary = screen.getPrimaryDisplay();
          const target = displays.find((d) => d.id !== primary.id) ?? primary;
          const audience = new BrowserWindow({
            ...windowOptions(preloadPath, nativeTheme.shouldUseDarkColors ? '#1f1f1f' : '#f8f8f8'),
            x: target.bounds.x,
            y: target.bounds.y,
            fullscreen: target.id !== primary.id,
          });
          audience.once('ready-to-show', () => audience.show());
          void audience.loadURL(`${APP_ENTRY}#${fragment}`);
        },
        printReport: (request) => printer.print(request),
      },
    });

    window = new BrowserWindow(
      windowOptions(preloadPath, nativeTheme.shouldUseDarkColors ? '#1f1f1f' : '#f8f8f8'),
    );
    // Every window of the app hears the backend's events (the meeting's screens follow each other).
    const unbind = bindBackendToIpc(ipcMain, backend, () =>
      BrowserWindow.getAllWindows().map((w) => w.webContents),
    );
    window.once('ready-to-show', () => window?.show());
    window.on('closed', () => {
      window = null;
    });
    app.on('will-quit', () => {
      unbind();
      printer.close();
      void backend.close();
    });
    void window.loadURL(APP_ENTRY);
  });
}
