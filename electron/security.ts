// The Electron security checklist as pure functions, so each rule is unit-tested: window
// options, the app:// origin and file resolution, sender checks for IPC, and the session and
// web-contents hardening (no navigation, no new windows, no permissions, no network).
import path from 'node:path';
import type { BrowserWindowConstructorOptions, Session, WebContents, WebFrameMain } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'clusterpilot';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

export function windowOptions(preloadPath: string, backgroundColor: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 640,
    minHeight: 400,
    show: false,
    backgroundColor,
    title: 'ClusterPilot',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // The spell checker downloads dictionaries from a remote server: the app makes no requests.
      spellcheck: false,
      safeDialogs: true,
    },
  };
}

/** True for URLs inside the app's own origin. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Requests the session lets through: the app's files and DevTools, nothing on any network. */
export function isAllowedRequest(url: string): boolean {
  return isAppUrl(url) || url.startsWith('devtools://') || url.startsWith('chrome-extension://');
}

/** Maps an app:// URL to a file inside the renderer folder, or null (traversal, other origin). */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  const { pathname } = new URL(url);
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${relative}`);
  return file.startsWith(root + path.sep) ? file : null;
}

type SenderFrame = Pick<WebFrameMain, 'url' | 'parent'> | null | undefined;

/** IPC is answered only for the app's own main frame (not a subframe, not another origin). */
export function isTrustedSender(frame: SenderFrame): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url) }),
  );
  session.on('will-download', (event) => event.preventDefault());
}

export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (url !== contents.getURL()) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The workspace file a launch asks for (file association, command line), if any. */
export function workspaceFromArgv(argv: readonly string[], cwd: string): string | null {
  const file = argv
    .slice(1)
    .find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.clusterpilot'));
  return file ? path.resolve(cwd, file) : null;
}
