// The desktop app itself, driven by playwright-core's Electron launcher: launched on a workspace in
// a temporary home, its running window's security settings read back, a cluster created through
// the UI, the funder report printed by Electron's printToPDF (the hidden printer window), and the
// meeting's two windows opened and moved together. Runs wherever the Electron binary is present
// (`npm run test:electron`, and inside `npm test`); where it is missing, scripts/test-electron.ts
// says so in one sentence and nothing is counted as passed.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageCount, pdfPageTexts } from '../../db/report/pdf.ts';
import { installedElectron } from '../../scripts/electron-binary.ts';
import { audienceItem, EvaluationPage } from '../e2e/pages/evaluation.ts';
import { ReportPage } from '../e2e/pages/report.ts';
import { WorkbenchPage } from '../e2e/pages/workbench.ts';

const root = path.resolve(import.meta.dirname, '../..');
const year = new Date().getFullYear();
const binary = installedElectron();
if (!binary.ok) throw new Error(binary.message);

let app: ElectronApplication;
let page: Page;
let home: string;

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterpilot-electron-'));
  app = await _electron.launch({
    executablePath: binary.path,
    args: [path.join(root, 'dist', 'electron', 'main.cjs'), '--lang=en-US'],
    cwd: root,
    // A home of its own: the workspace, backups and settings go to $XDG_CONFIG_HOME/ClusterPilot.
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, 'config'), LANG: 'en_US.UTF-8' },
  });
  page = await app.firstWindow();
  await page.waitForSelector('html[data-ready="true"]');
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(home, { recursive: true, force: true });
});

describe('the desktop app (Electron)', () => {
  it('runs in one hardened window on the app origin, with nothing of Node in the page', async () => {
    expect(page.url()).toMatch(/^app:\/\/clusterpilot\//);
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      // Undocumented but kept by Electron for its own use: the preferences the window runs with.
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
        getLastWebPreferences(): Record<string, unknown> | null;
      };
      const p = contents.getLastWebPreferences() ?? {};
      return {
        contextIsolation: p.contextIsolation,
        sandbox: p.sandbox,
        nodeIntegration: p.nodeIntegration,
        nodeIntegrationInSubFrames: p.nodeIntegrationInSubFrames,
        webSecurity: p.webSecurity,
        allowRunningInsecureContent: p.allowRunningInsecureContent,
        webviewTag: p.webviewTag,
      };
    });
    expect(preferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    const inPage = await page.evaluate(() => ({
      require: typeof (window as { require?: unknown }).require,
      process: typeof (window as { process?: unknown }).process,
      bridge: Object.keys((window as unknown as { clusterPilot: object }).clusterPilot).sort(),
      // Context isolation hands the page a frozen copy of the bridge, not the preload's object.
      frozen: Object.isFrozen((window as unknown as { clusterPilot: object }).clusterPilot),
    }));
    expect(inPage).toEqual({
      require: 'undefined',
      process: 'undefined',
      bridge: ['call', 'listen'],
      frozen: true,
    });
    // No request leaves the app: a server on this computer (another origin than app://) is
    // asked by the page and must never hear of it (the CSP and the session refuse it).
    let heard = 0;
    const server = http.createServer((_request, response) => {
      heard++;
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fetched = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => 'answered',
          () => 'refused',
        ),
      `http://127.0.0.1:${port}/probe`,
    );
    server.close();
    expect({ fetched, heard }).toEqual({ fetched: 'refused', heard: 0 });
    // The workspace is the one of this temporary home.
    const dataDir = path.join(home, 'config', 'ClusterPilot');
    expect(fs.readdirSync(dataDir).some((f) => f.endsWith('.clusterpilot'))).toBe(true);
  });

  it('creates a cluster through the UI', async () => {
    const wb = new WorkbenchPage(page);
    await wb.createClusterFromExplorer('Desktop smoke cluster');
    await wb.treeItem('Desktop smoke cluster').waitFor();
  });

  it('prints the funder report with printToPDF and saves it where the dialog says', async () => {
    const ev = new EvaluationPage(page, 'en');
    const report = new ReportPage(page, 'en');
    await ev.showView();
    await ev.open(`Annual evaluation ${year}`);
    await ev.freeze();
    await report.openFromEvaluation();
    const file = path.join(home, 'report.pdf');
    // The save dialog is native: answer it from the main process.
    await app.evaluate(({ dialog }, target) => {
      dialog.showSaveDialog = (async () => ({
        canceled: false,
        filePath: target,
      })) as typeof dialog.showSaveDialog;
    }, file);
    await report.produceButton('pdf').click();
    await expect
      .poll(() => fs.existsSync(file) && fs.statSync(file).size > 0, { timeout: 60_000 })
      .toBe(true);
    await expect.poll(() => report.notice.textContent(), { timeout: 10_000 }).toMatch(/saved|pages/i);
    const bytes = new Uint8Array(fs.readFileSync(file));
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(await pdfPageCount(bytes)).toBeGreaterThan(10);
    const text = (await pdfPageTexts(bytes)).join('\n');
    expect(text).toContain('1 Summary');
    expect(text).toMatch(/Page 2 of \d+/);
  });

  it('opens the meeting’s audience window beside the presenter, and both move together', async () => {
    const ev = new EvaluationPage(page, 'en');
    await ev.showView();
    await ev.open(`Annual evaluation ${year}`);
    const audience = await ev.startMeeting();
    const windows = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()
        .filter((w) => w.isVisible())
        .map((w) => ({
          url: w.webContents.getURL(),
          sandbox: (
            w.webContents as unknown as { getLastWebPreferences(): { sandbox?: boolean } | null }
          ).getLastWebPreferences()?.sandbox,
        })),
    );
    expect(windows).toHaveLength(2);
    expect(windows.map((w) => w.sandbox)).toEqual([true, true]);
    expect(windows.some((w) => /#meeting=\d+$/.test(w.url))).toBe(true);
    const first = await audienceItem(audience).textContent();
    await audience.keyboard.press('ArrowRight');
    await expect.poll(() => audienceItem(audience).textContent()).not.toBe(first);
    await expect.poll(() => ev.presenterPosition.textContent()).toContain('2');
    await audience.keyboard.press('Escape');
    await expect
      .poll(() =>
        app.evaluate(
          ({ BrowserWindow }) => BrowserWindow.getAllWindows().filter((w) => w.isVisible()).length,
        ),
      )
      .toBe(1);
  });
});
