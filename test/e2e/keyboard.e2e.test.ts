// The keyboard as in VS Code, in German and English: F6 and Shift+F6 cycle through the
// workbench's parts (named by their landmarks), the activity bar is one tab stop moved along by
// the arrows, Show Problems puts focus into the panel, and the dashboard is crossed by Tab in one
// stop per section, with the arrows and Enter inside a section.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EditorPage } from './pages/editor.ts';
import { KeyboardPage, type PartNames } from './pages/keyboard.ts';
import { WorkbenchPage } from './pages/workbench.ts';
import { type BrowserSession, leaveApp, openApp, openBrowser } from './support/browser.ts';
import { type RunningHost, startHost, tempDataDir } from './support/host.ts';

interface Labels {
  readonly parts: PartNames;
  readonly explorer: string;
  readonly search: string;
  readonly problems: string;
  readonly togglePanel: string;
  readonly showProblems: string;
  readonly openDashboard: string;
  readonly help: string;
  readonly sections: readonly string[];
}

const labels: Record<'en' | 'de', Labels> = {
  en: {
    parts: {
      activityBar: 'Views',
      sideBar: 'Explorer',
      editors: 'Editors',
      panel: 'Panel',
      statusBar: 'Status Bar',
    },
    explorer: 'Explorer',
    search: 'Search',
    problems: 'Problems',
    togglePanel: 'Toggle Panel',
    showProblems: 'Show Problems',
    openDashboard: 'Open Dashboard',
    help: 'How statuses are computed',
    sections: [
      'Goals',
      'Indicators',
      'Break-points',
      'Milestones (overdue and next 90 days)',
      'Measurements due',
    ],
  },
  de: {
    parts: {
      activityBar: 'Ansichten',
      sideBar: 'Explorer',
      editors: 'Editoren',
      panel: 'Bereich',
      statusBar: 'Statusleiste',
    },
    explorer: 'Explorer',
    search: 'Suche',
    problems: 'Probleme',
    togglePanel: 'Bereich ein-/ausblenden',
    showProblems: 'Probleme anzeigen',
    openDashboard: 'Dashboard öffnen',
    help: 'Wie der Status berechnet wird',
    sections: [
      'Ziele',
      'Indikatoren',
      'Sollbruchstellen',
      'Meilensteine (überfällig und nächste 90 Tage)',
      'Fällige Messwerte',
    ],
  },
};

describe.each(['en', 'de'] as const)('keyboard (%s)', (language) => {
  const L = labels[language];
  let browser: BrowserSession;
  let host: RunningHost;
  let wb: WorkbenchPage;
  let kb: KeyboardPage;
  let editor: EditorPage;

  beforeAll(async () => {
    browser = await openBrowser({ locale: language === 'de' ? 'de-DE' : 'en-US' });
    host = await startHost(tempDataDir(), { demo: language });
    wb = new WorkbenchPage(browser.page);
    kb = new KeyboardPage(browser.page, L.parts);
    editor = new EditorPage(browser.page);
  });
  afterEach(async () => {
    expect(browser.problems.join('\n'), 'console errors or CSP violations').toBe('');
    await leaveApp(browser.page);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  const open = async () => {
    browser.problems.length = 0;
    await openApp(browser.page, host.url);
    // The layout is kept between visits: start from the Explorer every time.
    await kb.press('Control+Shift+E');
    await wb.tree.waitFor();
  };

  it('F6 cycles activity bar, side bar, editors, panel and status bar, and Shift+F6 goes back', async () => {
    await open();
    await wb.runCommand(L.togglePanel);
    await kb.panel.waitFor();
    await kb.blur();

    const order = ['activity bar', 'side bar', 'editors', 'panel', 'status bar'];
    const seen: string[] = [];
    for (let i = 0; i < order.length + 1; i++) {
      await kb.press('F6');
      seen.push(await kb.focusedPart());
    }
    expect(seen).toEqual([...order, 'activity bar']);
    // Where focus lands: the active view's item, the tree's current row.
    expect(await kb.hasFocus(kb.activityItem(L.explorer))).toBe(true);
    await kb.press('F6');
    expect((await kb.focused()).role).toBe('treeitem');

    const back: string[] = [];
    for (let i = 0; i < order.length; i++) {
      await kb.press('Shift+F6');
      back.push(await kb.focusedPart());
    }
    expect(back).toEqual(['activity bar', 'status bar', 'panel', 'editors', 'side bar']);

    // A hidden part is skipped.
    await wb.runCommand(L.togglePanel);
    await expect.poll(() => kb.panel.count()).toBe(0);
    await kb.sideBar().getByRole('treeitem').first().focus();
    await kb.press('F6', 2);
    expect(await kb.focusedPart()).toBe('status bar');
  });

  it('the activity bar is one tab stop; the arrows move along it and Enter opens a view', async () => {
    await open();
    await kb.activityItem(L.explorer).focus();
    await kb.press('Tab');
    expect(await kb.focusedPart()).toBe('side bar');
    await kb.press('Shift+Tab');
    expect(await kb.hasFocus(kb.activityItem(L.explorer))).toBe(true);
    await kb.press('Shift+Tab');
    expect(await kb.containsFocus(kb.activityBar)).toBe(false);

    await kb.activityItem(L.explorer).focus();
    await kb.press('ArrowDown');
    expect(await kb.focused()).toEqual({ role: 'button', name: L.search });
    await kb.press('End');
    await kb.press('Home');
    await kb.press('ArrowDown');
    await kb.press('Enter');
    await kb.sideBar(L.search).waitFor();
    await expect.poll(() => kb.focusedPart()).toBe('side bar');
    // Now the Search item holds the tab stop.
    await kb.press('Shift+Tab');
    expect(await kb.hasFocus(kb.activityItem(L.search))).toBe(true);
  });

  it('Show Problems puts focus into the panel’s list', async () => {
    await open();
    await wb.runCommand(L.showProblems);
    const problems = kb.panelView(L.problems);
    await problems.waitFor();
    await expect.poll(() => kb.containsFocus(problems)).toBe(true);
    expect((await kb.focused()).role).toBe('button');
    // The keyboard acts at once: Enter opens the problem's item in an editor.
    await kb.press('Enter');
    await expect.poll(() => kb.focusedPart()).toBe('editors');

    // The status bar's problems item, reached with F6 (past the closed panel) and pressed, does the same.
    await kb.press('Control+J');
    await expect.poll(() => kb.panel.count()).toBe(0);
    expect(await kb.focusedPart()).toBe('editors');
    await kb.press('F6');
    expect(await kb.focusedPart()).toBe('status bar');
    expect((await kb.focused()).name).toMatch(
      language === 'de' ? /Fehler, \d+ Warnung(en)?$/ : /errors?, \d+ warnings?$/,
    );
    await kb.press('Enter');
    await expect.poll(() => kb.containsFocus(kb.panelView(L.problems))).toBe(true);
  });

  it('the dashboard is crossed by Tab in one stop per section; arrows and Enter open an indicator', async () => {
    await open();
    await wb.runCommand(L.openDashboard);
    await kb.dashboardSection(L.sections[0]!).waitFor();
    const cards = await kb.dashboard.locator('[data-section-item]').count();
    expect(cards).toBeGreaterThan(L.sections.length * 2);

    await kb.dashboard.getByRole('button', { name: L.help }).focus();
    const stops: string[] = [];
    for (let presses = 1; presses <= L.sections.length + 1; presses++) {
      await kb.press('Tab');
      const inside = await kb.containsFocus(kb.dashboard);
      if (!inside) {
        // Crossing the board took one press per section, then the next one left it.
        expect(presses - 1).toBe(L.sections.length);
        break;
      }
      const { role, name } = await kb.focused();
      expect(role).toBe('region');
      stops.push(name);
    }
    expect(stops).toEqual(L.sections);

    // Back into the indicators: Shift+Tab from the section after it.
    await kb.dashboardSection(L.sections[2]!).focus();
    await kb.press('Shift+Tab');
    expect(await kb.hasFocus(kb.dashboardSection(L.sections[1]!))).toBe(true);
    const indicators = kb.dashboardSection(L.sections[1]!).locator('[data-section-item]');
    const second = (await indicators.nth(1).textContent())!.trim();
    await kb.press('ArrowDown');
    expect(await kb.hasFocus(indicators.first())).toBe(true);
    // Shift+Tab from a card leaves the section for the one before, not for the section's own stop.
    await kb.press('Shift+Tab');
    expect(await kb.hasFocus(kb.dashboardSection(L.sections[0]!))).toBe(true);
    await kb.press('Tab');
    await kb.press('ArrowDown', 2);
    expect(await kb.focused()).toEqual({ role: 'button', name: second });
    await kb.press('ArrowUp');
    await kb.press('ArrowDown');
    await kb.press('Enter');
    await expect.poll(() => wb.activeTab.getAttribute('aria-label')).toBe(second);
    await expect.poll(() => editor.hasFocus(editor.field('Name'))).toBe(true);
  });
});
