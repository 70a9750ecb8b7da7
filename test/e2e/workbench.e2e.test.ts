// End-to-end: the real web host and the built renderer in Debian's Chromium, driven as a user
// would, in English and German.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WorkbenchPage } from './pages/workbench.ts';
import { callHost, clusterNames } from './support/api.ts';
import {
  type BrowserSession,
  leaveApp,
  openApp,
  openBrowser,
  takeOffsiteRequests,
} from './support/browser.ts';
import { type RunningHost, startHost, tempDataDir } from './support/host.ts';

let browser: BrowserSession;
let host: RunningHost;
let wb: WorkbenchPage;

beforeAll(async () => {
  browser = await openBrowser();
  wb = new WorkbenchPage(browser.page);
});
afterAll(async () => {
  await browser?.close();
});

async function freshHost(seed: string[] = [], demo: 'none' | 'en' = 'none'): Promise<void> {
  await leaveApp(browser.page);
  await host?.stop();
  host = await startHost(tempDataDir(), { demo });
  for (const name of seed) await callHost(host.url, 'clusters.create', { name });
  browser.problems.length = 0;
  await openApp(browser.page, host.url);
}
afterEach(() => {
  expect(browser.problems.join('\n'), 'console errors or CSP violations').toBe('');
});
afterAll(async () => {
  await host?.stop();
});

describe('workbench', () => {
  it('opens with no console errors and a CSP that blocks inline script', async () => {
    await freshHost();
    const response = await browser.page.request.get(host.origin);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect
      .poll(() => wb.page.getByRole('heading', { name: 'Welcome to ClusterPilot' }).isVisible())
      .toBe(true);
    const violated = await wb.page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
            once: true,
          });
          const script = document.createElement('script');
          script.textContent = 'window.injected = true';
          document.body.append(script);
        }),
    );
    expect(violated).toMatch(/^script-src/);
    expect(await wb.page.evaluate(() => 'injected' in window)).toBe(false);
    browser.problems.length = 0; // the violation above was provoked on purpose
  });

  it('notices a request that leaves this computer (the check every e2e test ends with)', async () => {
    // Outside the app (its CSP would block it before the request is made): a blank page asks a
    // documentation address (RFC 5737) and a remote WebSocket; the machine has no route there.
    await leaveApp(browser.page);
    await browser.page.evaluate(async () => {
      await fetch('http://192.0.2.1/clusterpilot-probe').catch(() => undefined);
      new WebSocket('ws://192.0.2.1/clusterpilot-probe');
    });
    const seen: string[] = [];
    await expect
      .poll(
        () => {
          seen.push(...takeOffsiteRequests());
          return seen.sort();
        },
        { timeout: 5_000 },
      )
      .toEqual(['GET http://192.0.2.1/clusterpilot-probe', 'WebSocket ws://192.0.2.1/clusterpilot-probe']);
    browser.problems.length = 0; // the failed connections are expected here
  });

  it('runs a command from the palette', async () => {
    await freshHost(['Photonik']);
    await expect.poll(() => wb.panel.count()).toBe(0);
    await wb.runCommand('toggle panel');
    await expect.poll(() => wb.panel.isVisible()).toBe(true);
    expect(await wb.panel.textContent()).toContain('Cluster “Photonik” has no strategy yet.');
    expect(await wb.statusBar.getByRole('button', { name: '0 errors, 1 warning' }).isVisible()).toBe(true);
  });

  it('jumps to an item with quick open', async () => {
    await freshHost(['Automotive Südwest', 'Photonik Berlin-Brandenburg', 'Medizintechnik Nord']);
    await wb.page.keyboard.press('Control+P');
    await wb.quickInput.fill('phbb');
    expect(await wb.quickOptions.first().textContent()).toContain('Photonik Berlin-Brandenburg');
    await wb.page.keyboard.press('Enter');
    await expect.poll(() => wb.activeTab.getAttribute('aria-label')).toBe('Photonik Berlin-Brandenburg');
    expect(await wb.page.getByRole('textbox', { name: 'Name' }).inputValue()).toBe(
      'Photonik Berlin-Brandenburg',
    );
  });

  it('switches the language of the visible UI at runtime, with dates per locale', async () => {
    await freshHost(['Photonik']);
    await wb.treeItem('Photonik').click();
    const created = wb.page.locator('.facts dd').first();
    expect(await created.textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} (AM|PM)$/);
    await wb.statusBar.getByRole('button', { name: 'Change language: English' }).click();
    await expect.poll(() => wb.page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await wb.page.getByRole('heading', { name: 'Clusterprofil' }).isVisible()).toBe(true);
    expect(await wb.page.getByRole('button', { name: 'Suche' }).isVisible()).toBe(true);
    expect(await wb.statusBar.textContent()).toContain('Alle Änderungen gespeichert');
    expect(await created.textContent()).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
    // The choice is a preference: it survives a reload.
    await openApp(wb.page, host.url);
    expect(await wb.page.getByRole('button', { name: 'Suche' }).isVisible()).toBe(true);
    await wb.runCommand('englisch');
    await expect.poll(() => wb.page.getByRole('button', { name: 'Search' }).isVisible()).toBe(true);
  });

  it('keeps a cluster created through the UI, and the open tabs, after the host restarts', async () => {
    await freshHost();
    await wb.createClusterFromExplorer('Kunststoff Oberfranken');
    await wb.runCommand('show activity');
    const entry = wb.panel.getByRole('listitem').filter({ hasText: 'Cluster created' });
    await entry.getByText('Cluster created').click();
    expect(await entry.textContent()).toContain('Cluster “Kunststoff Oberfranken” created');
    // The layout is saved shortly after it changes: wait until the backend has the open cluster tab.
    await expect
      .poll(async () => JSON.stringify(await callHost(host.url, 'viewState.get', {})))
      .toMatch(/"kind":"cluster"/);
    const dataDir = host.dataDir;
    await leaveApp(wb.page);
    await host.stop();
    host = await startHost(dataDir);
    await openApp(wb.page, host.url);
    expect(await wb.treeItem('Kunststoff Oberfranken').isVisible()).toBe(true);
    expect(await wb.activeTab.getAttribute('aria-label')).toBe('Kunststoff Oberfranken');
    expect(await wb.tab('Welcome').count()).toBe(1);
    expect(await wb.panel.isVisible()).toBe(true);
    expect(await clusterNames(host.url)).toEqual(['Kunststoff Oberfranken']);
  });

  it('lets the explorer be used with the keyboard alone', async () => {
    await freshHost(['Automotive', 'Photonik']);
    const keys = async (...names: string[]) => {
      for (const name of names) await wb.page.keyboard.press(name);
    };
    await keys('Control+Shift+E');
    await expect
      .poll(() => wb.page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Automotive');
    await keys('ArrowDown', 'ArrowRight');
    expect(await wb.treeItem('Photonik').getAttribute('aria-expanded')).toBe('true');
    await keys('ArrowRight');
    const focused = () => wb.page.evaluate(() => document.activeElement?.textContent ?? '');
    await expect.poll(focused).toContain('No strategy defined yet');
    await keys('ArrowLeft');
    await expect.poll(focused).toBe('Photonik');
    await keys('ArrowLeft');
    expect(await wb.treeItem('Photonik').getAttribute('aria-expanded')).toBe('false');
    await keys('Enter');
    await expect.poll(() => wb.activeTab.getAttribute('aria-label')).toBe('Photonik');
    await keys('Control+Shift+E');
    await expect.poll(focused).toBe('Photonik');
    await keys('End', 'F2');
    await expect
      .poll(() => wb.page.evaluate(() => (document.activeElement as HTMLInputElement).value))
      .toBe('Photonik');
    await wb.page.keyboard.insertText('Photonik Berlin');
    await keys('Enter');
    await expect.poll(() => clusterNames(host.url)).toEqual(['Automotive', 'Photonik Berlin']);
    await expect.poll(() => wb.tree.locator('input').count()).toBe(0);
    await keys('Home');
    await expect.poll(focused).toBe('Automotive');
    await keys('Shift+F10');
    expect(await wb.page.getByRole('menuitem').allTextContents()).toEqual([
      'RenameF2',
      'Open Strategy Guide',
      'New Strategy',
      'New Indicator',
      'New Indicator from Catalogue…',
      'Delete Cluster…',
      'New Cluster…',
    ]);
    await keys('ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter');
    const dialog = wb.page.getByRole('alertdialog', { name: 'Delete cluster “Automotive”?' });
    await dialog.waitFor();
    // Cancel is the default: Enter alone deletes nothing; the dialog says Undo restores.
    expect(await dialog.getByText('You can undo this (Ctrl+Z).').count()).toBe(1);
    await keys('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await clusterNames(host.url)).toEqual(['Automotive', 'Photonik Berlin']);
    await wb.treeItem('Automotive').focus();
    await keys('Delete');
    await dialog.waitFor();
    await keys('Shift+Tab', 'Enter');
    await expect.poll(() => clusterNames(host.url)).toEqual(['Photonik Berlin']);
  });

  it('refuses bad input next to the field in the current language and writes nothing', async () => {
    await freshHost(['Photonik']);
    await wb.treeItem('Photonik').click();
    const name = wb.page.getByRole('textbox', { name: 'Name' });
    await name.fill('x'.repeat(121));
    expect(await wb.activeTab.getAttribute('aria-label')).toBe('Photonik, unsaved');
    await wb.page.keyboard.press('Control+S');
    const alert = wb.page.getByRole('alert');
    expect(await alert.textContent()).toBe('Name may have at most 120 characters.');
    expect(await name.getAttribute('aria-describedby')).toBe(await alert.getAttribute('id'));
    await wb.runCommand('german');
    await expect.poll(() => alert.textContent()).toBe('Name darf höchstens 120 Zeichen haben.');
    expect(await clusterNames(host.url)).toEqual(['Photonik']);
    await name.fill('Photonik Berlin');
    await wb.page.keyboard.press('Control+S');
    await expect.poll(() => clusterNames(host.url)).toEqual(['Photonik Berlin']);
    await wb.runCommand('english');
  });

  it('handles editor tabs: Ctrl+Tab, reorder, Ctrl+W', async () => {
    await freshHost(['Alpha', 'Beta']);
    await wb.treeItem('Alpha').dblclick();
    await wb.treeItem('Beta').dblclick();
    const labels = () =>
      wb.page
        .getByRole('tablist')
        .first()
        .getByRole('tab')
        .evaluateAll((tabs) => tabs.map((t) => t.getAttribute('aria-label')));
    expect(await labels()).toEqual(['Welcome', 'Alpha', 'Beta']);
    await wb.page.keyboard.press('Control+Tab');
    expect(await wb.activeTab.getAttribute('aria-label')).toBe('Welcome');
    await wb.page.keyboard.press('Control+Shift+PageDown');
    expect(await labels()).toEqual(['Alpha', 'Welcome', 'Beta']);
    await wb.page.keyboard.press('Control+W');
    expect(await labels()).toEqual(['Alpha', 'Beta']);
    await wb.tab('Alpha').dragTo(wb.tab('Beta'));
    expect(await labels()).toEqual(['Beta', 'Alpha']);
  });

  it('follows the OS colour scheme and switches theme from the palette', async () => {
    await freshHost();
    expect(await wb.page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await wb.page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => wb.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await wb.page.emulateMedia({ colorScheme: 'light' });
    await wb.runCommand('colour theme dark');
    await expect
      .poll(() => wb.page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .toBe('rgb(31, 31, 31)');
    await wb.runCommand('colour theme same as');
  });

  it('takes the README screenshot', async () => {
    await freshHost([], 'en');
    await wb.treeItem('Havelland Photonics Network').click();
    for (const key of [
      'ArrowRight',
      'ArrowDown',
      'ArrowRight',
      'ArrowDown',
      'ArrowRight',
      'ArrowDown',
      'ArrowRight',
    ]) {
      await wb.page.keyboard.press(key);
    }
    // The dashboard of the demo cluster: where it stands, with the Problems panel below.
    await wb.runCommand('open dashboard');
    await wb.page.locator('.indicator-card svg.sparkline').first().waitFor();
    await wb.runCommand('show problems');
    const file = path.resolve(import.meta.dirname, '../../test-results/screenshot.png');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await wb.page.screenshot({ path: file });
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    if (process.env.UPDATE_SCREENSHOT)
      fs.copyFileSync(file, path.resolve(import.meta.dirname, '../../docs/screenshot.png'));
    await wb.page.keyboard.press('Escape');
  });
});
