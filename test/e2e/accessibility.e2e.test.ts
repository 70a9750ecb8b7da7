// Accessibility end to end: axe-core checks the WCAG 2.2 A and AA rules on every view of the
// activity bar, the main editors, the panel, the command palette and quick open, a confirmation
// dialog and a context menu — in the light and the dark theme, in German and in English, on the
// demo workspace a first start creates. Each state is checked as the user sees it; a violation
// names its rule, the elements and why. The same states are read for text flaws (empty brackets,
// unfilled placeholders, "undefined").
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type MessageKey, translate } from '../../shared/i18n/i18n.ts';
import { EditorPage } from './pages/editor.ts';
import { EvaluationPage } from './pages/evaluation.ts';
import { NetworkPage } from './pages/network.ts';
import { ReportPage } from './pages/report.ts';
import { WorkbenchPage } from './pages/workbench.ts';
import { callHost } from './support/api.ts';
import { expectNoViolations, findViolations } from './support/axe.ts';
import { type BrowserSession, leaveApp, openApp, openBrowser } from './support/browser.ts';
import { type RunningHost, startHost, tempDataDir } from './support/host.ts';

interface Outline {
  clusters: {
    name: string;
    strategies: {
      goals: { title: string }[];
      milestones: { title: string }[];
      breakPoints: { title: string }[];
    }[];
    indicators: { title: string }[];
    evaluations: { title: string; status: string }[];
  }[];
}

const sessions = [
  { language: 'en', theme: 'light' },
  { language: 'de', theme: 'dark' },
  { language: 'de', theme: 'light' },
  { language: 'en', theme: 'dark' },
] as const;

/** How many states were checked in all sessions (printed at the end, for the record). */
let checkedStates = 0;

/**
 * Text polish on the same states: visible text and accessible names with an empty bracket ("()",
 * "(–)"), a placeholder left unfilled ("{count}"), or a value that was never there ("undefined",
 * "NaN", "null").
 */
async function textFlaws(target: Page): Promise<string[]> {
  const texts = await target.evaluate(() => {
    const out = [document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]'))
      for (const name of ['aria-label', 'title', 'placeholder']) out.push(el.getAttribute(name) ?? '');
    return out;
  });
  const flawed = /\(\s*[–-]?\s*\)|\{\w+\}|\b(?:undefined|NaN|null)\b/;
  return [...new Set(texts.flatMap((t) => t.split('\n')).filter((line) => flawed.test(line)))];
}

describe.each(sessions)('accessibility ($language, $theme theme)', ({ language, theme }) => {
  let browser: BrowserSession;
  let host: RunningHost;
  let page: Page;
  let wb: WorkbenchPage;
  let editor: EditorPage;
  let outline: Outline['clusters'][number];
  const findings: string[] = [];
  const t = (key: MessageKey) => translate(language, key);

  /** Checks the page as it stands; findings are collected so that one run lists them all. */
  async function check(label: string, target: Page = page): Promise<void> {
    checkedStates++;
    try {
      await expectNoViolations(target, `${language}/${theme}: ${label}`);
    } catch (error) {
      findings.push((error as Error).message);
    }
    const text = await textFlaws(target);
    if (text.length > 0) findings.push(`${language}/${theme}: ${label}: text flaws:\n${text.join('\n')}`);
  }
  async function command(key: MessageKey): Promise<void> {
    await wb.runCommand(t(key));
  }
  /** Opens an item by quick open and waits until its editor is the active tab. */
  async function openItem(name: string): Promise<void> {
    await wb.quickOpen(name);
    await expect.poll(() => wb.activeTab.getAttribute('aria-label')).toBe(name);
    await editor.active.waitFor();
  }

  beforeAll(async () => {
    browser = await openBrowser({ locale: language === 'de' ? 'de-DE' : 'en-US', colorScheme: theme });
    host = await startHost(tempDataDir(), { demo: language });
    page = browser.page;
    wb = new WorkbenchPage(page);
    editor = new EditorPage(page);
    await openApp(page, host.url);
    const result = (await callHost(host.url, 'workspace.outline', {})) as { data: Outline };
    outline = result.data.clusters[0]!;
  });
  afterEach(() => {
    const found = findings.splice(0);
    expect(found.join('\n\n'), 'axe violations and text flaws').toBe('');
    // The network view's WebGL reports GPU stalls as warnings: not errors of the app.
    const problems = browser.problems
      .splice(0)
      .filter((p) => !/GL Driver Message \(OpenGL, Performance/.test(p));
    expect(problems.join('\n'), 'console errors or CSP violations').toBe('');
  });
  afterAll(async () => {
    await leaveApp(page);
    await host?.stop();
    await browser?.close();
  });

  it('every view of the activity bar, the welcome page and the panel', async () => {
    await wb.tab(t('editor.welcome')).waitFor();
    await check('welcome page');
    const views = await wb.activityButtons.count();
    expect(views).toBeGreaterThanOrEqual(7);
    for (let i = 0; i < views; i++) {
      const button = wb.activityButtons.nth(i);
      const name = (await button.getAttribute('aria-label'))!;
      if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
      await wb.sideBar.and(page.getByRole('complementary', { name })).waitFor();
      await check(`side view ${name}`);
    }
    // The Search view with results listed as one types.
    await command('command.showSearch');
    await wb.sideBar.getByRole('combobox', { name: t('search.label') }).fill(outline.indicators[0]!.title);
    await wb.sideBar.getByRole('option').first().waitFor();
    await check('search results');
    await command('command.showProblems');
    await wb.panel.getByRole('tab', { name: t('panel.problems'), selected: true }).waitFor();
    await check('panel: Problems');
    await command('command.showActivity');
    await wb.panel.getByRole('tab', { name: t('panel.activity'), selected: true }).waitFor();
    await check('panel: Activity');
  });

  it('the command palette, quick open, a context menu and a delete confirmation', async () => {
    await page.keyboard.press('Control+Shift+P');
    await wb.quickOptions.first().waitFor();
    await check('command palette');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    await wb.quickInput.fill(outline.indicators[0]!.title.slice(0, 4));
    await wb.quickOptions.first().waitFor();
    await check('quick open');
    await page.keyboard.press('Escape');

    await wb.activityButtons.first().click();
    const goal = outline.strategies[0]!.goals[0]!.title;
    await wb.treeItem(outline.name).waitFor();
    // The goal is reached by expanding the cluster and its strategy, as the explorer shows them.
    await wb.treeItem(outline.name).click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await wb.treeItem(goal).waitFor();
    await wb.openContextMenu(goal);
    await check('context menu of a goal');
    await page.keyboard.press('Escape');
    await wb.treeItem(goal).click();
    await command('command.deleteItem');
    await wb.dialog.waitFor();
    await check('delete confirmation');
    await page.keyboard.press('Escape');
    await wb.dialog.waitFor({ state: 'detached' });
    await wb.treeItem(goal).waitFor();
  });

  it('the strategy editors, the help article and the strategy guide', async () => {
    const strategy = outline.strategies[0]!;
    await openItem(outline.name);
    await check('cluster editor');
    await openItem(strategy.goals[0]!.title);
    await check('goal editor');
    await openItem(outline.indicators[0]!.title);
    await check('indicator editor');
    await openItem(strategy.breakPoints[0]!.title);
    await check('break-point editor');
    await openItem(strategy.milestones[0]!.title);
    await check('milestone editor');
    await command('command.helpStatus');
    await editor.active.getByRole('heading').first().waitFor();
    await check('help: how statuses are computed');
    await command('command.openGuide');
    await editor.active.getByRole('heading').first().waitFor();
    await check('strategy guide');
    await command('command.closeAllEditors');
  });

  it('monitoring: dashboard, measurement grid, import, timeline', async () => {
    await command('command.openDashboard');
    await editor.dashboard.waitFor();
    await page.locator('.indicator-card svg.sparkline').first().waitFor();
    await check('dashboard');
    await command('command.openMeasurements');
    await editor.grid.waitFor();
    await check('measurement grid');
    await command('command.importMeasurements');
    await editor.active.locator('input[type="file"]').waitFor({ state: 'attached' });
    await check('measurement import');
    await command('command.openTimeline');
    await editor.active.locator('svg').first().waitFor();
    await check('milestone timeline');
    await command('command.closeAllEditors');
  });

  it('network: the network view, the actors, the member-list import', async () => {
    const network = new NetworkPage(page);
    await command('command.openNetwork');
    await network.picture.waitFor();
    await check('network view');
    await command('command.openActors');
    await editor.grid.waitFor();
    await check('actors table');
    await command('command.importActors');
    await editor.active.locator('input[type="file"]').waitFor({ state: 'attached' });
    await check('member-list import');
    await command('command.openEvents');
    await editor.active.getByRole('table').waitFor();
    await check('events log');
    await command('command.helpNetwork');
    await editor.active.getByRole('heading', { level: 1 }).waitFor();
    await check('help: how network indicators are computed');
    await command('command.closeAllEditors');
  });

  it('resources: budget, financing plan, staff, activity profile, listings and labels', async () => {
    const editors: [MessageKey, string][] = [
      ['command.openBudget', 'budget'],
      ['command.openFinancingPlan', 'financing plan'],
      ['command.openStaff', 'staff'],
      ['command.openActivityProfile', 'activity profile'],
      ['command.openReadiness', 'listings and labels'],
    ];
    const tabs = wb.editorTabs;
    for (const [key, label] of editors) {
      const open = await tabs.count();
      await command(key);
      await expect.poll(() => tabs.count()).toBe(open + 1);
      await editor.active.locator('h2, h3, [role="grid"], table').first().waitFor();
      await check(label);
    }
    await command('command.closeAllEditors');
  });

  it('the evaluation, the meeting (presenter and audience screen) and the report editor', async () => {
    const ev = new EvaluationPage(page, language);
    const rp = new ReportPage(page, language);
    const draft = outline.evaluations.find((e) => e.status === 'draft')!.title;
    const locked = outline.evaluations.find((e) => e.status === 'locked')!.title;
    await ev.showView();
    await ev.open(locked);
    await check('evaluation editor (locked)');
    await rp.openFromEvaluation();
    await check('report editor');
    await command('command.closeAllEditors');

    await ev.open(draft);
    await ev.freeze();
    await check('evaluation editor (frozen draft)');
    const audience = await ev.startMeeting();
    await ev.presenter.waitFor();
    await check('meeting presenter');
    await check('audience screen', audience);
    await audience.close();
    await command('command.closeAllEditors');
  });
});

afterAll(() => {
  console.info(`accessibility: ${checkedStates} states checked with axe-core`);
});

describe('the axe check itself', () => {
  it('fails on a page with a violation and names the rule and the element', async () => {
    const browser = await openBrowser();
    try {
      await browser.page.setContent(
        '<html lang="en"><head><title>Test</title></head><body><main><button id="mute"></button></main></body></html>',
      );
      const run = await findViolations(browser.page);
      expect(run.violations.map((v) => v.id)).toContain('button-name');
      await expect(expectNoViolations(browser.page, 'unnamed button')).rejects.toThrow(
        /unnamed button: .*\n- button-name \(critical\).*\n\s+#mute/,
      );
      // A known exception takes out exactly its rule inside its part of the page, nothing else.
      const only = (within: string) => [{ rule: 'button-name', within, reason: 'test' }];
      await expect(expectNoViolations(browser.page, 'excepted', only('main'))).resolves.toBeUndefined();
      await expect(expectNoViolations(browser.page, 'elsewhere', only('nav'))).rejects.toThrow(/button-name/);
    } finally {
      await browser.close();
    }
  });

  it('does not pass when axe could not run on the page', async () => {
    const browser = await openBrowser();
    try {
      // A page of its own that owns the name `axe`: the engine is never injected, nothing is checked.
      await browser.page.setContent(
        '<html lang="en"><head><title>Test</title></head><body><p>Text</p></body></html>',
      );
      await browser.page.evaluate(() => {
        (window as unknown as { axe: object }).axe = {};
      });
      await expect(expectNoViolations(browser.page, 'no engine')).rejects.toThrow();
    } finally {
      await browser.close();
    }
  });
});
