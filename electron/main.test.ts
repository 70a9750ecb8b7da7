// Electron's main process with the electron module mocked: what it registers, how it builds the
// window, and that IPC reaches the real backend only from the app's own main frame.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeElectron, type FakeElectron } from '../test/support/fake-electron.ts';

let fake: FakeElectron;

const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterpilot-main-'));
afterAll(() => {
  fake?.app.emit('will-quit');
  fs.rmSync(userData, { recursive: true, force: true });
});

async function startMain(lock = true) {
  fake = createFakeElectron({ lock, userData });
  vi.resetModules();
  const module = fake.module;
  vi.doMock('electron', () => module);
  await import('./main.ts');
  fake.fireReady();
  await new Promise((r) => setTimeout(r, 0));
  // The window opens once the backend's worker thread is up.
  for (let waited = 0; lock && fake.windows.length === 0 && waited < 10_000; waited += 20) {
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('electron main', () => {
  beforeEach(() => {
    fake?.app.emit('will-quit');
  });

  it('quits when another instance holds the single-instance lock', async () => {
    await startMain(false);
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.windows).toHaveLength(0);
  });

  it('opens one hardened window on the app origin with the default workspace', async () => {
    await startMain();
    expect(fake.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ]);
    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    expect(window!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window!.loaded).toEqual(['app://clusterpilot/index.html']);
    expect(fake.session.permissionRequestHandler).not.toBeNull();
  });

  it('creates the default workspace on first start with the demo in the language the window shows', async () => {
    await startMain();
    const workspace = path.join(userData, 'workspace.clusterpilot');
    fs.rmSync(workspace, { force: true });
    await startMain();
    expect(fs.existsSync(workspace)).toBe(false);
    const handler = fake.handlers.get('clusterpilot:call')!;
    const trusted = { senderFrame: { url: 'app://clusterpilot/index.html', parent: null } };
    expect(await handler(trusted, 'workspace.start', { language: 'de' })).toMatchObject({
      ok: true,
      data: { fileName: 'workspace.clusterpilot', openError: null },
    });
    expect(fs.existsSync(workspace)).toBe(true);
    expect(await handler(trusted, 'clusters.list', {})).toMatchObject({
      ok: true,
      data: [{ name: 'Photonik-Netzwerk Havelland' }],
    });
  });

  it('serves app:// files with the CSP and refuses anything outside the renderer', async () => {
    await startMain();
    const ok = await fake.protocol.handler!({ url: 'app://clusterpilot/index.html' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toContain("connect-src 'none'");
    expect((await fake.protocol.handler!({ url: 'app://clusterpilot/%2e%2e/package.json' })).status).toBe(
      404,
    );
  });

  it('answers IPC from the app main frame through the backend, and refuses other senders', async () => {
    await startMain();
    const handler = fake.handlers.get('clusterpilot:call')!;
    const trusted = { senderFrame: { url: 'app://clusterpilot/index.html', parent: null } };
    expect(await handler(trusted, 'clusters.create', { name: 'Desktop' })).toMatchObject({
      ok: true,
      data: { name: 'Desktop' },
    });
    const subframe = { senderFrame: { url: 'app://clusterpilot/index.html', parent: trusted.senderFrame } };
    expect(await handler(subframe, 'clusters.list', {})).toEqual({
      ok: false,
      error: { kind: 'forbidden', reason: 'untrustedSender' },
    });
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await handler(foreign, 'clusters.list', {})).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
  });

  it('opens the meeting’s audience screen as a second window, full screen on the second display', async () => {
    await startMain();
    fake.module.screen.displays.push({ id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 } });
    const handler = fake.handlers.get('clusterpilot:call')!;
    const trusted = { senderFrame: { url: 'app://clusterpilot/index.html', parent: null } };
    expect(await handler(trusted, 'workspace.openWindow', { view: 'meeting', evaluationId: 7 })).toEqual({
      ok: true,
      data: { opened: true },
    });
    for (let waited = 0; fake.windows.length < 2 && waited < 5_000; waited += 20)
      await new Promise((r) => setTimeout(r, 20));
    const audience = fake.windows[1]!;
    expect(audience.loaded).toEqual(['app://clusterpilot/index.html#meeting=7']);
    expect(audience.options).toMatchObject({ x: 1920, y: 0, fullscreen: true });
    expect(audience.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true });
  });

  it('hardens every web contents the app creates', async () => {
    await startMain();
    const contents = fake.newWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    expect((contents.windowOpenHandler as () => unknown)()).toEqual({ action: 'deny' });
  });
});
