import type { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createFakeElectron } from '../test/support/fake-electron.ts';
import {
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  isAppUrl,
  isTrustedSender,
  resolveAppFile,
  windowOptions,
  workspaceFromArgv,
} from './security.ts';

describe('window options', () => {
  it('isolate and sandbox the renderer with no Node, no webviews, no spell-check downloads', () => {
    const prefs = windowOptions('/app/preload.cjs', '#fff').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
    });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });
});

describe('URLs and files', () => {
  it.each([
    ['app://clusterpilot/index.html', true],
    ['app://clusterpilot/assets/x.js', true],
    ['app://other/index.html', false],
    ['https://clusterpilot/index.html', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('isAppUrl(%s) = %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });

  it.each([
    ['app://clusterpilot/index.html', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['https://example.com/', false],
    ['http://127.0.0.1:8080/', false],
    ['ws://localhost/', false],
    ['file:///tmp/x', false],
  ])('isAllowedRequest(%s) = %s', (url, expected) => {
    expect(isAllowedRequest(url)).toBe(expected);
  });

  it.each([
    ['app://clusterpilot/', '/r/index.html'],
    ['app://clusterpilot/assets/a.js', '/r/assets/a.js'],
    ['app://clusterpilot/../secret', '/r/secret'],
    ['app://clusterpilot/%2e%2e/secret', '/r/secret'],
    ['app://clusterpilot/..%2fsecret', null],
    ['app://clusterpilot/%2e%2e%2f%2e%2e/etc/passwd', null],
    ['app://elsewhere/index.html', null],
  ])('resolveAppFile(%s) = %s', (url, expected) => {
    expect(resolveAppFile('/r', url)).toBe(expected);
  });

  it.each([
    [{ url: 'app://clusterpilot/index.html', parent: null }, true],
    [
      {
        url: 'app://clusterpilot/index.html',
        parent: { url: 'app://clusterpilot/index.html', parent: null },
      },
      false,
    ],
    [{ url: 'https://evil.example/', parent: null }, false],
    [null, false],
  ] as const)('isTrustedSender(%j) = %s', (frame, expected) => {
    expect(isTrustedSender(frame as never)).toBe(expected);
  });

  it.each([
    [['/opt/ClusterPilot/clusterpilot', '/home/a/Plan.clusterpilot'], '/home/a/Plan.clusterpilot'],
    [['electron', '.', 'rel/Plan.CLUSTERPILOT'], '/cwd/rel/Plan.CLUSTERPILOT'],
    [['electron', '.', '--flag'], null],
    [['/opt/ClusterPilot/clusterpilot', 'notes.txt'], null],
  ])('workspaceFromArgv(%j) = %s', (argv, expected) => {
    expect(workspaceFromArgv(argv, '/cwd')).toBe(expected);
  });
});

describe('hardening', () => {
  it('denies every permission and cancels every request off the app origin', () => {
    const fake = createFakeElectron();
    hardenSession(fake.session as unknown as Session);
    const decide = vi.fn();
    fake.session.permissionRequestHandler!({}, 'media', decide);
    expect(decide).toHaveBeenCalledWith(false);
    expect(fake.session.permissionCheckHandler!({}, 'notifications')).toBe(false);
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      fake.session.beforeRequest!({ url }, (r) => {
        cancel = r.cancel;
      });
      return cancel;
    };
    expect(verdict('https://update.example.com/check')).toBe(true);
    expect(verdict('app://clusterpilot/index.html')).toBe(false);
    const download = { preventDefault: vi.fn() };
    fake.session.emit('will-download', download);
    expect(download.preventDefault).toHaveBeenCalled();
  });

  it('denies new windows, navigation away, redirects and webviews', () => {
    const contents = createFakeElectron().newWebContents();
    hardenWebContents(contents as unknown as WebContents);
    expect((contents.windowOpenHandler as () => unknown)()).toEqual({ action: 'deny' });
    const navigate = { preventDefault: vi.fn() };
    contents.emit('will-navigate', navigate, 'https://evil.example/');
    expect(navigate.preventDefault).toHaveBeenCalled();
    const reload = { preventDefault: vi.fn() };
    contents.emit('will-navigate', reload, 'app://clusterpilot/index.html');
    expect(reload.preventDefault).not.toHaveBeenCalled();
    for (const name of ['will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      (contents as EventEmitter).emit(name, event);
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
  });
});
