// End-to-end for the data core: the demo workspace in the explorer, quick open on any item, undo
// and redo from the keyboard, the Activity panel's filters, workspace files and backups — in
// Chromium against the real web host.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WorkbenchPage } from './pages/workbench.ts';
import { callHost, clusterNames } from './support/api.ts';
import { type BrowserSession, leaveApp, openApp, openBrowser } from './support/browser.ts';
import { type RunningHost, startHost, tempDataDir } from './support/host.ts';

let browser: BrowserSession;
let host: RunningHost;
let wb: WorkbenchPage;

beforeAll(async () => {
  browser = await openBrowser({ locale: 'de-DE' });
  wb = new WorkbenchPage(browser.page);
});
afterAll(async () => {
  await host?.stop();
  await browser?.close();
});
afterEach(() => {
  expect(browser.problems.join('\n'), 'console errors or CSP violations').toBe('');
});

async function freshHost(demo: 'none' | 'de' | 'en' | 'ui', env?: Record<string, string>): Promise<void> {
  await leaveApp(browser.page);
  await host?.stop();
  host = await startHost(tempDataDir(), { demo, ...(env ? { env } : {}) });
  browser.problems.length = 0;
  await openApp(browser.page, host.url);
}

const statusNotice = () => wb.page.locator('footer [role="status"]').textContent();

describe('data core in the workbench', () => {
  it('shows the demo workspace on first start in the language the browser shows, as a tree down to indicators', async () => {
    // The host's locale says English; the browser shows German: the demo follows the browser.
    await freshHost('ui', { LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' });
    const cluster = wb.treeItem('Photonik-Netzwerk Havelland');
    await cluster.click();
    await wb.page.keyboard.press('ArrowRight');
    await wb.page.keyboard.press('ArrowDown');
    await expect
      .poll(() => wb.page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toMatch(/^Clusterstrategie \d{4}–\d{4}$/);
    await wb.page.keyboard.press('ArrowRight');
    expect(await wb.treeItem('Zusammenarbeit im Netzwerk stärken').isVisible()).toBe(true);
    expect(await wb.treeItem('Meilensteine').isVisible()).toBe(true);
    expect(await wb.treeItem('Sollbruchstellen').isVisible()).toBe(true);
    // The demo has a strategy, so the Problems panel has nothing to say about a missing one.
    await wb.runCommand('probleme anzeigen');
    expect(await wb.panel.textContent()).not.toContain('hat noch keine Strategie');
  });

  it('quick open finds any item and opens it in its editor', async () => {
    await freshHost('de');
    await wb.page.keyboard.press('Control+P');
    await wb.quickInput.fill('beteiligungsquote');
    const option = wb.quickOptions.first();
    expect(await option.textContent()).toContain('Beteiligungsquote der Mitglieder');
    await wb.page.keyboard.press('Enter');
    await expect.poll(() => wb.activeTab.getAttribute('aria-label')).toBe('Beteiligungsquote der Mitglieder');
    await expect
      .poll(() => wb.page.getByRole('heading', { name: 'Indikator', level: 1 }).isVisible())
      .toBe(true);
    expect(await wb.page.getByRole('textbox', { name: 'Name' }).inputValue()).toBe(
      'Beteiligungsquote der Mitglieder',
    );
  });

  it('undoes and redoes from the keyboard, and says what it did', async () => {
    await freshHost('none');
    await wb.createClusterFromExplorer('Kunststoff Oberfranken');
    await wb.treeItem('Kunststoff Oberfranken').focus();
    await wb.page.keyboard.press('Delete');
    await wb.page.getByRole('alertdialog').getByRole('button', { name: 'Löschen' }).click();
    await expect.poll(() => clusterNames(host.url)).toEqual([]);
    await wb.page.keyboard.press('Control+Z');
    await expect.poll(() => clusterNames(host.url)).toEqual(['Kunststoff Oberfranken']);
    await expect.poll(statusNotice).toBe('Rückgängig gemacht: Cluster gelöscht');
    await expect.poll(() => wb.treeItem('Kunststoff Oberfranken').isVisible()).toBe(true);
    await wb.page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => clusterNames(host.url)).toEqual([]);
    await expect.poll(statusNotice).toBe('Wiederholt: Cluster gelöscht');
  });

  it('lets Ctrl+Z in a text field undo typing, not the workspace', async () => {
    await freshHost('none');
    await wb.createClusterFromExplorer('Textfeld');
    const field = wb.page.getByRole('textbox', { name: 'Name' });
    await field.click();
    await field.press('End');
    await wb.page.keyboard.type('X');
    await wb.page.keyboard.press('Control+Z');
    expect(await clusterNames(host.url)).toEqual(['Textfeld']);
  });

  it('filters the Activity panel by kind of item and text', async () => {
    await freshHost('none');
    await wb.createClusterFromExplorer('Alpha');
    await callHost(host.url, 'strategies.create', {
      clusterId: 1,
      title: 'Strategie 2026–2030',
      periodStart: '2026-01-01',
      periodEnd: '2030-12-31',
    });
    await wb.runCommand('aktivität anzeigen');
    const entries = wb.panel.locator('.activity-list > li');
    await expect.poll(() => entries.count()).toBe(2);
    await wb.panel.getByLabel('Art des Elements').selectOption('strategy');
    await expect.poll(() => entries.count()).toBe(1);
    expect(await entries.first().textContent()).toContain('Strategie angelegt');
    await wb.panel.getByLabel('Art des Elements').selectOption('');
    await expect.poll(() => entries.count()).toBe(2);
    await wb.panel.getByLabel('Text').fill('Alpha');
    await expect.poll(() => entries.first().textContent()).toContain('Cluster angelegt');
    expect(await entries.count()).toBe(1);
  });

  it('saves a copy, refuses a file that is no workspace with a translated reason, and restores a backup', async () => {
    await freshHost('none');
    await wb.createClusterFromExplorer('Original');
    const copy = path.join(host.dataDir, 'kopie.clusterpilot');
    await wb.runCommand('kopie speichern');
    await wb.quickInput.fill(copy);
    await wb.page.keyboard.press('Enter');
    await expect.poll(statusNotice).toBe(`Kopie gespeichert unter ${copy}`);
    expect(fs.existsSync(copy)).toBe(true);

    const notes = path.join(host.dataDir, 'notizen.clusterpilot');
    fs.writeFileSync(notes, 'keine Datenbank');
    await wb.runCommand('arbeitsbereich öffnen');
    await wb.quickInput.fill(notes);
    await wb.page.keyboard.press('Enter');
    const dialog = wb.page.getByRole('alertdialog', {
      name: 'ClusterPilot konnte „notizen.clusterpilot“ nicht öffnen',
    });
    expect(await dialog.textContent()).toContain('ist kein ClusterPilot-Arbeitsbereich');
    expect(await dialog.textContent()).toContain('In die Datei wurde nichts geschrieben.');
    await dialog.getByRole('button', { name: 'OK' }).click();
    expect(fs.readFileSync(notes, 'utf8')).toBe('keine Datenbank');

    await wb.runCommand('jetzt sichern');
    await expect.poll(statusNotice).toMatch(/^Sicherung gespeichert/);
    await callHost(host.url, 'clusters.create', { name: 'Danach' });
    await wb.runCommand('aus sicherung wiederherstellen');
    await wb.quickOptions.first().click();
    await wb.page.getByRole('alertdialog').getByRole('button', { name: 'Wiederherstellen' }).click();
    await expect.poll(() => clusterNames(host.url)).toEqual(['Original']);
    await expect.poll(() => wb.tree.getByRole('treeitem').allTextContents()).toEqual(['Original']);
  });

  it('creates a new empty workspace and switches to it', async () => {
    await freshHost('de');
    await wb.runCommand('neuer arbeitsbereich');
    await wb.quickOptions.filter({ hasText: 'Nichts' }).click();
    const file = path.join(host.dataDir, 'neu.clusterpilot');
    await wb.quickInput.fill(file);
    await wb.page.keyboard.press('Enter');
    await expect.poll(() => wb.statusBar.textContent()).toContain('neu.clusterpilot');
    await expect
      .poll(() => wb.page.getByText('Dieser Arbeitsbereich enthält noch keinen Cluster.').isVisible())
      .toBe(true);
  });

  it('reorders goals by drag and drop and with Alt+Arrow keys', async () => {
    await freshHost('de');
    await wb.treeItem('Photonik-Netzwerk Havelland').click();
    await wb.page.keyboard.press('ArrowRight');
    await wb.page.keyboard.press('ArrowDown');
    await wb.page.keyboard.press('ArrowRight');
    await wb.treeItem('Zusammenarbeit im Netzwerk stärken').focus();
    await wb.page.keyboard.press('ArrowRight');
    const objectives = async () => {
      const goals = (await callHost(host.url, 'goals.list', { strategyId: 1 })) as {
        data: { title: string; parentId: number | null }[];
      };
      return goals.data.filter((g) => g.parentId === 1).map((g) => g.title);
    };
    expect(await objectives()).toEqual([
      'Mitgliederbasis verbreitern',
      'Mehr gemeinsame F&E-Projekte anstoßen',
    ]);
    await wb
      .treeItem('Mehr gemeinsame F&E-Projekte anstoßen')
      .dragTo(wb.treeItem('Mitgliederbasis verbreitern'));
    await expect
      .poll(objectives)
      .toEqual(['Mehr gemeinsame F&E-Projekte anstoßen', 'Mitgliederbasis verbreitern']);
    const treeOrder = () =>
      wb.tree
        .getByRole('treeitem', {
          name: /^(Mitgliederbasis verbreitern|Mehr gemeinsame F&E-Projekte anstoßen)$/,
        })
        .allTextContents();
    await expect
      .poll(treeOrder)
      .toEqual(['Mehr gemeinsame F&E-Projekte anstoßen', 'Mitgliederbasis verbreitern']);
    await wb.treeItem('Mehr gemeinsame F&E-Projekte anstoßen').focus();
    await wb.page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(objectives)
      .toEqual(['Mitgliederbasis verbreitern', 'Mehr gemeinsame F&E-Projekte anstoßen']);
    await expect
      .poll(() => wb.page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Mehr gemeinsame F&E-Projekte anstoßen');
  });
});
