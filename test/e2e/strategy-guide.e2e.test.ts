// The Strategy Guide end to end, as a new user would walk it: from an empty workspace to a
// strategy with goals, an indicator with baseline and target, a break-point, a milestone and an
// endorsement — once in German, once in English. Times the guided flow.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WorkbenchPage } from './pages/workbench.ts';
import { callHost } from './support/api.ts';
import { type BrowserSession, openApp, openBrowser } from './support/browser.ts';
import { type RunningHost, startHost, tempDataDir } from './support/host.ts';

const labels = {
  en: {
    locale: 'en-US',
    openGuide: 'open strategy guide',
    guideTab: /^Strategy Guide – /,
    progress: (n: number) => `Strategy Guide: ${n} of 8 steps`,
    regionMissing: 'Region is not filled in.',
    region: 'Region',
    host: 'Host organisation',
    sector: 'Sector group',
    stage: 'Life-cycle stage',
    strengths: 'Regional strengths (one per line)',
    step: (n: number, name: string) => new RegExp(`^${n}\\. ${name}`),
    steps: [
      'Cluster profile',
      'Regional strengths',
      'Vision and mission',
      'Goals',
      'Indicators',
      'Break-points',
      'Milestones',
      'Consensus',
    ],
    createStrategy: 'Create the Strategy',
    vision: 'Vision',
    mission: 'Mission',
    goalFromTemplate: 'New Goal for a Field of Action…',
    cooperation: 'cooperation promotion',
    objectiveMissing: /has no operational objective yet\.$/,
    title: 'Title',
    indicatorMissing: /has no indicator yet\.$/,
    catalogueQuery: 'cooperation projects started',
    baselineDate: 'Baseline date',
    baselineValue: 'Baseline value',
    addTarget: 'Add Target',
    date1: 'Date 1',
    value1: 'Value 1',
    notANumber: 'Value must be a number.',
    outside: 'Date lies outside the strategy period.',
    newBreakPoint: 'New Break-point',
    consequence: 'Consequence if missed',
    addCondition: 'Add Condition',
    threshold1: 'Threshold 1',
    sentence:
      /^If on \d{2}\/\d{2}\/\d{4} the indicator “Cooperation projects started” is below 10 projects, public funding is reduced\.$/,
    newMilestone: 'New Milestone',
    record: 'Record Endorsement',
    deleteButton: 'Delete',
    problems: (e: number, w: number) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`,
    objectiveTitle: 'More joint projects',
    cooperationGoal: 'Cooperation promotion',
    newMilestoneTitle: 'New milestone',
  },
  de: {
    locale: 'de-DE',
    openGuide: 'strategie-assistent öffnen',
    guideTab: /^Strategie-Assistent – /,
    progress: (n: number) => `Strategie-Assistent: ${n} von 8 Schritten`,
    regionMissing: 'Region ist nicht ausgefüllt.',
    region: 'Region',
    host: 'Trägerorganisation',
    sector: 'Branchengruppe',
    stage: 'Lebenszyklusphase',
    strengths: 'Regionale Stärken (eine pro Zeile)',
    step: (n: number, name: string) => new RegExp(`^${n}\\. ${name}`),
    steps: [
      'Clusterprofil',
      'Regionale Stärken',
      'Vision und Mission',
      'Ziele',
      'Indikatoren',
      'Sollbruchstellen',
      'Meilensteine',
      'Konsens',
    ],
    createStrategy: 'Strategie anlegen',
    vision: 'Vision',
    mission: 'Mission',
    goalFromTemplate: 'Neues Ziel für ein Handlungsfeld…',
    cooperation: 'kooperationsförderung',
    objectiveMissing: /hat noch kein operatives Ziel\.$/,
    title: 'Titel',
    indicatorMissing: /hat noch keinen Indikator\.$/,
    catalogueQuery: 'gestartete kooperationsprojekte',
    baselineDate: 'Stichtag des Ausgangswerts',
    baselineValue: 'Ausgangswert',
    addTarget: 'Zielwert hinzufügen',
    date1: 'Datum 1',
    value1: 'Wert 1',
    notANumber: 'Wert muss eine Zahl sein.',
    outside: 'Datum liegt außerhalb des Strategiezeitraums.',
    newBreakPoint: 'Neue Sollbruchstelle',
    consequence: 'Konsequenz bei Verfehlen',
    addCondition: 'Bedingung hinzufügen',
    threshold1: 'Schwellenwert 1',
    sentence:
      /^Wenn am \d{2}\.\d{2}\.\d{4} der Indikator „Gestartete Kooperationsprojekte“ unter 10 Projekte liegt, wird die öffentliche Förderung gekürzt\.$/,
    newMilestone: 'Neuer Meilenstein',
    record: 'Zustimmung erfassen',
    deleteButton: 'Löschen',
    problems: (e: number, w: number) => `${e} Fehler, ${w} Warnung${w === 1 ? '' : 'en'}`,
    objectiveTitle: 'Mehr gemeinsame Projekte',
    cooperationGoal: 'Kooperationsförderung',
    newMilestoneTitle: 'Neuer Meilenstein',
  },
} as const;

let host: RunningHost;
let browser: BrowserSession;
const timings: Record<string, number> = {};

afterEach(async () => {
  expect(browser.problems.join('\n'), 'console errors or CSP violations').toBe('');
  await browser.close();
  await host.stop();
});
afterAll(() => {
  const file = path.resolve(import.meta.dirname, '../../test-results/guide-timing.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(timings, null, 2));
  console.log(`Strategy Guide walkthrough (ms): ${JSON.stringify(timings)}`);
});
beforeAll(() => undefined);

/** The warnings and errors the status bar counts. */
async function problemCount(page: Page): Promise<number> {
  // The button is named by its counts ("2 errors, 3 warnings", "2 Fehler, 3 Warnungen").
  const button = page.locator('footer').getByRole('button', { name: /^\d+ (errors?|Fehler), \d+ / });
  const label = (await button.textContent()) ?? '';
  return (label.match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0);
}

describe.each(['de', 'en'] as const)('Strategy Guide walkthrough (%s)', (language) => {
  const L = labels[language];

  it('takes a new user from an empty workspace to a complete strategy', async () => {
    host = await startHost(tempDataDir(), { demo: 'none' });
    browser = await openBrowser({ locale: L.locale });
    const wb = new WorkbenchPage(browser.page);
    const page = browser.page;
    // An actor list exists already (actors are managed elsewhere); endorsements are recorded for them.
    const cluster = (await callHost(host.url, 'clusters.create', { name: 'Photonik Havelland' })) as {
      data: { id: number };
    };
    await callHost(host.url, 'actors.create', {
      clusterId: cluster.data.id,
      name: 'Optik GmbH',
      actorGroup: 'business',
      subtype: 'supplier',
    });
    await openApp(page, host.url);
    const started = performance.now();

    const guideTab = () => page.getByRole('tab', { name: L.guideTab });
    const backToGuide = async () => {
      await guideTab().click();
    };
    const goToStep = async (n: number) => {
      await page
        .getByRole('navigation')
        .getByRole('button', { name: L.step(n, L.steps[n - 1]!) })
        .click();
    };
    const save = async () => {
      await page.keyboard.press('Control+S');
      await expect
        .poll(() => wb.activeTab.getAttribute('aria-label'))
        .not.toMatch(/, (unsaved|ungespeichert)$/);
    };

    await wb.runCommand(L.openGuide);
    await expect.poll(() => page.getByText(L.progress(0)).isVisible()).toBe(true);
    const problemsAtStart = await problemCount(page);

    // 1–2: profile and strengths.
    await page.getByRole('button', { name: L.regionMissing }).click();
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name))
      .toBe('region');
    await page.keyboard.insertText('Havelland');
    await page.getByRole('textbox', { name: L.host }).fill('Wirtschaftsförderung Havelland');
    await page.getByRole('combobox', { name: L.sector }).selectOption('hightech');
    await page.getByRole('combobox', { name: L.stage }).selectOption('developing');
    await page.getByRole('textbox', { name: L.strengths }).fill('Optik\nLasertechnik');
    await save();
    await backToGuide();
    await expect.poll(() => page.getByText(L.progress(2)).isVisible()).toBe(true);

    // 3: vision and mission.
    await goToStep(3);
    await page.getByRole('button', { name: L.createStrategy }).click();
    await expect
      .poll(() => wb.activeTab.getAttribute('aria-label'))
      .toMatch(/^(Strategy|Strategie) \d{4}–\d{4}$/);
    await page.getByRole('textbox', { name: L.vision }).fill('Photonik-Region Nummer eins');
    await page.getByRole('textbox', { name: L.mission }).fill('Wir vernetzen Unternehmen und Forschung.');
    await save();

    // 4: a goal from a field of action, and an objective under it.
    await backToGuide();
    await goToStep(4);
    await page.getByRole('button', { name: L.goalFromTemplate }).click();
    await wb.quickInput.fill(L.cooperation);
    await page.keyboard.press('Enter');
    await expect.poll(() => wb.activeTab.getAttribute('aria-label')).toBe(L.cooperationGoal);
    await backToGuide();
    await page.getByRole('button', { name: L.objectiveMissing }).click();
    const title = page.getByRole('textbox', { name: L.title });
    await title.fill(L.objectiveTitle);
    await save();

    // 5: an indicator from the catalogue for the objective, with baseline and a target.
    await backToGuide();
    await goToStep(5);
    await page.getByRole('button', { name: L.indicatorMissing }).click();
    await wb.quickInput.fill(L.catalogueQuery);
    await page.keyboard.press('Enter');
    // Baseline today: with a baseline months back, the periods since would be reported as overdue data.
    await page.getByLabel(L.baselineDate).fill(new Date().toISOString().slice(0, 10));
    await page.getByRole('textbox', { name: L.baselineValue, exact: true }).fill('0');
    await save();
    // Targets save with the indicator, as its fields do: the tab is unsaved until Save (Enter).
    await page.getByRole('button', { name: L.addTarget }).click();
    await page.getByLabel(L.date1).fill('2040-12-31');
    const value = page.getByRole('textbox', { name: L.value1 });
    await value.fill('viele');
    await value.press('Tab');
    await expect.poll(() => wb.activeTab.getAttribute('aria-label')).toMatch(/, (unsaved|ungespeichert)$/);
    await value.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBe(L.notANumber);
    await value.fill('12');
    await value.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBe(L.outside);
    const indicatorId = Number((await wb.activeTab.getAttribute('id'))?.replace('tab-indicator-', ''));
    expect((await callHost(host.url, 'targets.list', { indicatorId })) as unknown).toEqual({
      ok: true,
      data: [],
    });
    await page.getByLabel(L.date1).fill(`${new Date().getFullYear() + 2}-12-31`);
    await value.press('Enter');
    await expect
      .poll(
        async () =>
          ((await callHost(host.url, 'targets.list', { indicatorId })) as { data: unknown[] }).data.length,
      )
      .toBe(1);
    await expect
      .poll(() => wb.activeTab.getAttribute('aria-label'))
      .not.toMatch(/, (unsaved|ungespeichert)$/);

    // 6: a break-point with a consequence and a rule, read back as a sentence.
    await backToGuide();
    await goToStep(6);
    await page.getByRole('button', { name: L.newBreakPoint }).click();
    await page.getByRole('combobox', { name: L.consequence }).selectOption('reduce_funding');
    await save();
    await page.getByRole('button', { name: L.addCondition }).click();
    const threshold = page.getByRole('textbox', { name: L.threshold1 });
    await threshold.fill('10');
    await threshold.press('Tab');
    await expect.poll(() => page.locator('.sentence').textContent()).toMatch(L.sentence);
    // The rule saves with the break-point (Enter in the form is its Save).
    await threshold.press('Enter');
    await expect
      .poll(() => wb.activeTab.getAttribute('aria-label'))
      .not.toMatch(/, (unsaved|ungespeichert)$/);

    // 7: a milestone. 8: an endorsement.
    await backToGuide();
    await goToStep(7);
    await page.getByRole('button', { name: L.newMilestone }).click();
    await expect.poll(() => wb.activeTab.getAttribute('aria-label')).toBe(L.newMilestoneTitle);
    await backToGuide();
    await goToStep(8);
    await page.getByRole('button', { name: L.record }).click();
    await expect.poll(() => page.getByText(L.progress(8)).isVisible()).toBe(true);
    timings[language] = Math.round(performance.now() - started);

    // The Problems panel shrank as the gaps were filled.
    expect(await problemCount(page)).toBeLessThan(problemsAtStart);

    // A reload keeps everything, the guide included.
    await openApp(page, host.url);
    await expect.poll(() => page.getByText(L.progress(8)).isVisible()).toBe(true);
    await expect.poll(() => guideTab().count()).toBe(1);

    // Deleting the strategic goal takes its objective and indicator link; undo brings them back.
    const goals = (await callHost(host.url, 'goals.list', { strategyId: 1 })) as {
      data: { id: number; parentId: number | null }[];
    };
    const strategic = goals.data.find((g) => g.parentId === null)!;
    const objective = goals.data.find((g) => g.parentId !== null)!;
    // (The explorer follows the active editor, so the tree is already open down to it.)
    await page.getByRole('treeitem', { name: L.cooperationGoal }).click();
    await page.keyboard.press('Delete');
    await page.getByRole('alertdialog').getByRole('button', { name: L.deleteButton }).click();
    await expect
      .poll(
        async () =>
          ((await callHost(host.url, 'goals.list', { strategyId: 1 })) as { data: unknown[] }).data.length,
      )
      .toBe(0);
    await page.keyboard.press('Control+Z');
    await expect
      .poll(
        async () =>
          ((await callHost(host.url, 'goals.list', { strategyId: 1 })) as { data: unknown[] }).data.length,
      )
      .toBe(2);
    expect(await callHost(host.url, 'indicatorGoals.list', { goalId: objective.id })).toEqual({
      ok: true,
      data: [{ indicatorId, goalId: objective.id }],
    });
    expect(strategic.id).toBeGreaterThan(0);
  });
});
