// Resources and activities end to end, in German and in English: a year's budget pasted from a
// spreadsheet (a negative amount refused next to its cell, nothing written), the public-share
// chart and the Problem when the actual share exceeds the financing plan (the Problem opens the
// plan), the activity profile typed into its grid and drawn as a radar against the default
// benchmark (marked indicative; an intensity of 7 refused), and the listing checks and the label
// self-assessment of the demo cluster.
import { afterEach, describe, expect, it } from 'vitest';
import { EditorPage } from './pages/editor.ts';
import { ResourcesPage } from './pages/resources.ts';
import { WorkbenchPage } from './pages/workbench.ts';
import { callHost } from './support/api.ts';
import { type BrowserSession, openApp, openBrowser } from './support/browser.ts';
import { type RunningHost, startHost, tempDataDir } from './support/host.ts';

let host: RunningHost;
let browser: BrowserSession;

afterEach(async () => {
  expect(browser.problems.join('\n'), 'console errors or CSP violations').toBe('');
  await browser.close();
  await host.stop();
});

const labels = {
  de: {
    locale: 'de-DE',
    openBudget: 'Budget öffnen',
    openPlan: 'Finanzierungsplan öffnen',
    openActivity: 'Aktivitätsprofil öffnen',
    openReadiness: 'Listungen und Labels öffnen',
    year: 'Jahr',
    income: 'Einnahmen nach Finanzierungsquelle, 2025',
    // Copied from a German spreadsheet: source, kind, planned, actual.
    pasted: [
      'Landesförderung\tLandesmittel\t60.000,00\t60.000,00',
      'EFRE\tEU-Mittel\t20.000,00\t20.000 €',
      'Mitgliedsbeiträge\tMitgliedsbeiträge\t30.000,00\t10.000,00',
      'Sponsoring\tPrivate Sponsoren\t10.000,00\t5.000,00',
    ].join('\n'),
    shownAmount: '60.000,00',
    negative: '-500,00',
    negativeMessage: 'Ist (€) darf nicht negativ sein.',
    planButton: 'Finanzierungsplan',
    // Percentages from Intl carry a no-break space in German.
    shareChart: /2025: Ist 84,2\s%, über dem Plan von 70,0\s%/,
    problem:
      'Cluster „Testcluster“: Der öffentliche Anteil an den Einnahmen 2025 beträgt 84,2 % und liegt über den 70 % des Finanzierungsplans.',
    above: 'über Plan',
    activityGrid: 'Intensität je Handlungsfeld, 2025',
    radar: /Kooperationsförderung: geplant 5, tatsächlich 4, Vergleichswert 5\./,
    benchmark: /Befragung 2006\/07: alle Cluster \(Richtwerte\)/,
    indicative: 'Richtwerte:',
    intensityMessage: 'Tatsächlich muss 1 bis 5 sein (1 = gar nicht … 5 = täglich).',
    daily: '5 – täglich',
    eccp: /European Cluster Collaboration Platform/,
    bw: /Clusterdatenbank Baden-Württemberg/,
    ready: 'Erfüllt',
    committed: 'Mitglieder mit Verpflichtung',
    partners: 'Partner mit Verpflichtung',
    companies: 'Unternehmen unter den Partnern',
    fte: 'Personal des Clustermanagements',
    goldLine: /76,9\s% der Exzellenzpunktzahl: 10 von 13 Indikatoren erfüllt/,
    goldNotYet: 'Gold-Regel noch nicht erfüllt',
    openImport: 'Budget importieren …',
    choose: 'Datei auswählen…',
    // A German spreadsheet export: semicolons, decimal comma, Windows-1252, one bad amount.
    importFile: (bad: boolean) =>
      Buffer.from(
        [
          'Finanzierungsquelle;Art;Jahr;Soll (€);Ist (€)',
          'Landesförderung;Landesmittel;2026;50.000,00;',
          `Mitgliedsbeiträge;Mitgliedsbeiträge;2026;${bad ? '-1.000,00' : '35.000,00'};`,
          ';Personalausgaben;2026;80.000,00;',
        ].join('\r\n'),
        'latin1',
      ),
    importIssue: '„-1.000,00“: Beträge dürfen nicht negativ sein.',
    importRun: '3 Zeilen importieren',
    importRunBad: '2 Zeilen importieren',
    imported: '3 Zeilen importiert. Vorher wurde eine Sicherung angelegt.',
  },
  en: {
    locale: 'en-US',
    openBudget: 'Open Budget',
    openPlan: 'Open Financing Plan',
    openActivity: 'Open Activity Profile',
    openReadiness: 'Open Listings and Labels',
    year: 'Year',
    income: 'Income by funding source, 2025',
    pasted: [
      'State funding\tState funding\t60,000.00\t60,000.00',
      'ERDF\tEU funding\t20,000.00\t€20,000',
      'Member fees\tMember fees\t30,000.00\t10,000.00',
      'Sponsorship\tPrivate sponsors\t10,000.00\t5,000.00',
    ].join('\n'),
    shownAmount: '60,000.00',
    negative: '-500.00',
    negativeMessage: 'Actual (€) cannot be negative.',
    planButton: 'Financing Plan',
    shareChart: /2025: actual 84\.2%, above the plan of 70\.0%/,
    problem:
      'Cluster “Testcluster”: the public share of income in 2025 is 84.2 %, above the 70 % of the financing plan.',
    above: 'above plan',
    activityGrid: 'Intensity per field of action, 2025',
    radar: /Cooperation promotion: planned 5, actual 4, benchmark 5\./,
    benchmark: /Survey 2006\/07: all clusters \(indicative\)/,
    indicative: 'Indicative values:',
    intensityMessage: 'Actual must be 1 to 5 (1 = not at all … 5 = daily).',
    daily: '5 – daily',
    eccp: /European Cluster Collaboration Platform/,
    bw: /Cluster database Baden-Württemberg/,
    ready: 'Ready',
    committed: 'Committed members',
    partners: 'Committed partners',
    companies: 'Companies among the partners',
    fte: 'Cluster management staff',
    goldLine: /76\.9% of the excellence score: 10 of 13 indicators met/,
    goldNotYet: 'Gold rule not yet met',
    openImport: 'Import Budget…',
    choose: 'Choose file…',
    importFile: (bad: boolean) =>
      Buffer.from(
        `\ufeff${[
          'Source,Kind,Year,Planned,Actual',
          'State,State funding,2026,"50,000.00",',
          `Fees,Member fees,2026,${bad ? '-1000' : '"35,000.00"'},`,
          ',Personnel,2026,"80,000.00",',
        ].join('\r\n')}`,
        'utf8',
      ),
    importIssue: '“-1000”: amounts cannot be negative.',
    importRun: 'Import 3 rows',
    importRunBad: 'Import 2 rows',
    imported: '3 rows imported. A backup was taken before.',
  },
} as const;

type Data<T> = { ok: boolean; data: T };
const call = async <T = { id: number }>(name: string, input: unknown) =>
  ((await callHost(host.url, name, input)) as Data<T>).data;

/** A cluster with a strategy 2025–2027 and a degressive financing plan (70 %, 60 %, 50 %). */
async function seed(): Promise<number> {
  const { id: clusterId } = await call('clusters.create', { name: 'Testcluster' });
  await call('strategies.create', {
    clusterId,
    title: 'Strategie 2025–2027',
    periodStart: '2025-01-01',
    periodEnd: '2027-12-31',
  });
  await call('resources.savePlan', {
    clusterId,
    rows: [
      { year: 2025, publicShareBp: 7000 },
      { year: 2026, publicShareBp: 6000 },
      { year: 2027, publicShareBp: 5000 },
    ],
  });
  return clusterId;
}

describe.each(['de', 'en'] as const)('resources (%s)', (language) => {
  const L = labels[language];

  it('takes a year’s budget pasted from a spreadsheet, charts the public share and flags it above plan', async () => {
    host = await startHost(tempDataDir(), { demo: 'none' });
    const clusterId = await seed();
    browser = await openBrowser({ locale: L.locale });
    const page = browser.page;
    const workbench = new WorkbenchPage(page);
    const resources = new ResourcesPage(page);
    await openApp(page, host.url);

    await workbench.runCommand(L.openBudget);
    await resources.select(L.year).selectOption('2025');
    const income = resources.grid(L.income);
    await income.waitFor();
    // Paste four rows into the grid's new row: sources created with their planned and actual income.
    await resources.paste(income, L.pasted);
    const budget = async () => {
      const facts = await call<{
        fundingSources: { id: number; name: string; category: string }[];
        budgetLines: { fundingSourceId: number; year: number; plannedCents: number; actualCents: number }[];
      }>('resources.facts', { clusterId });
      const names = new Map(facts.fundingSources.map((s) => [s.id, `${s.name} (${s.category})`]));
      return facts.budgetLines
        .map((l) => [names.get(l.fundingSourceId), l.year, l.plannedCents, l.actualCents])
        .sort();
    };
    const pastedBudget = [
      [L.pasted.split('\n')[1]!.split('\t')[0]!.concat(' (eu)'), 2025, 2_000_000, 2_000_000],
      [L.pasted.split('\n')[0]!.split('\t')[0]!.concat(' (state)'), 2025, 6_000_000, 6_000_000],
      [L.pasted.split('\n')[2]!.split('\t')[0]!.concat(' (member_fees)'), 2025, 3_000_000, 1_000_000],
      [L.pasted.split('\n')[3]!.split('\t')[0]!.concat(' (private_sponsors)'), 2025, 1_000_000, 500_000],
    ].sort();
    await expect.poll(budget).toEqual(pastedBudget);
    await expect.poll(() => income.getByRole('gridcell', { name: L.shownAmount }).count()).toBe(2);

    // A negative amount is refused next to its cell, and nothing is written.
    await income.focus();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await resources.typeInCell(L.negative);
    await expect.poll(() => resources.invalidCells(income).count()).toBe(1);
    await expect.poll(() => page.getByText(L.negativeMessage).count()).toBeGreaterThan(0);
    expect(await budget()).toEqual(pastedBudget);

    // The financing plan: the chart names 2025 above plan, and so does the Problems panel.
    await page.getByRole('button', { name: L.planButton, exact: true }).click();
    await expect.poll(() => resources.chart(L.shareChart).count()).toBe(1);
    await expect
      .poll(() =>
        resources
          .grid(/./)
          .getByRole('gridcell', { name: new RegExp(L.above) })
          .count(),
      )
      .toBe(1);
    await page.keyboard.press('Control+Shift+M');
    const problem = workbench.panel.getByText(L.problem, { exact: true });
    await problem.waitFor();
    // The Problem opens the plan with its year's line focused.
    await page.getByRole('tab', { name: /Welcome|Willkommen/ }).click();
    await problem.click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('year:2025');
  });

  it('fills the activity profile in its grid and draws it as a radar against the default benchmark', async () => {
    host = await startHost(tempDataDir(), { demo: 'none' });
    const clusterId = await seed();
    browser = await openBrowser({ locale: L.locale });
    const page = browser.page;
    const workbench = new WorkbenchPage(page);
    const resources = new ResourcesPage(page);
    const editor = new EditorPage(page);
    await openApp(page, host.url);

    await workbench.runCommand(L.openActivity);
    await resources.select(L.year).selectOption('2025');
    const grid = resources.grid(L.activityGrid);
    await grid.waitFor();
    await grid.focus();
    expect(await editor.containsFocus(editor.active)).toBe(true);
    // First row (cooperation promotion): planned 5, actual 4, typed as numbers.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    await resources.typeInCell('4');
    const plan = async () =>
      (
        await call<{
          activityPlan: { year: number; plannedIntensity: number; actualIntensity: number | null }[];
        }>('resources.facts', { clusterId })
      ).activityPlan.map((a) => [a.year, a.plannedIntensity, a.actualIntensity]);
    await expect.poll(plan).toEqual([[2025, 5, 4]]);
    await expect.poll(() => grid.getByRole('gridcell', { name: L.daily }).count()).toBe(1);

    // An intensity outside 1–5 is refused next to its cell; the stored value stays.
    await page.keyboard.press('ArrowUp');
    await resources.typeInCell('7');
    await expect.poll(() => resources.invalidCells(grid).count()).toBe(1);
    await expect.poll(() => page.getByText(L.intensityMessage).count()).toBeGreaterThan(0);
    expect(await plan()).toEqual([[2025, 5, 4]]);

    // The radar holds planned and actual against the survey's default set, marked as indicative.
    await expect.poll(() => resources.chart(L.radar).count()).toBe(1);
    expect(await resources.chart(L.radar).getAttribute('aria-label')).toMatch(L.benchmark);
    expect(await resources.editor.getByText(L.indicative).count()).toBe(1);
  });

  it('imports a budget file all or nothing: a bad row is listed, the fixed file is taken', async () => {
    host = await startHost(tempDataDir(), { demo: 'none' });
    const clusterId = await seed();
    browser = await openBrowser({ locale: L.locale });
    const page = browser.page;
    const workbench = new WorkbenchPage(page);
    const resources = new ResourcesPage(page);
    await openApp(page, host.url);

    await workbench.runCommand(L.openImport);
    const chooser = resources.editor.getByLabel(L.choose);
    await chooser.setInputFiles({ name: 'budget.csv', mimeType: 'text/csv', buffer: L.importFile(true) });
    await resources.editor.getByText(L.importIssue).waitFor();
    // Nothing is imported while a row has an error.
    expect(await resources.editor.getByRole('button', { name: L.importRunBad }).isDisabled()).toBe(true);
    await chooser.setInputFiles({ name: 'budget.csv', mimeType: 'text/csv', buffer: L.importFile(false) });
    await resources.editor.getByRole('button', { name: L.importRun }).click();
    await resources.editor.getByText(L.imported).waitFor();
    const facts = await call<{
      budgetLines: { year: number; plannedCents: number }[];
      expenditure: { category: string; plannedCents: number }[];
    }>('resources.facts', { clusterId });
    expect(facts.budgetLines.map((l) => [l.year, l.plannedCents]).sort()).toEqual([
      [2026, 3_500_000],
      [2026, 5_000_000],
    ]);
    expect(facts.expenditure.map((e) => [e.category, e.plannedCents])).toEqual([['personnel', 8_000_000]]);
  });

  it('reads the listing checks and the label self-assessment of the demo cluster', async () => {
    host = await startHost(tempDataDir(), { demo: language });
    browser = await openBrowser({ locale: L.locale });
    const page = browser.page;
    const workbench = new WorkbenchPage(page);
    const resources = new ResourcesPage(page);
    await openApp(page, host.url);

    await workbench.runCommand(L.openReadiness);
    const eccp = resources.listing(L.eccp);
    const bw = resources.listing(L.bw);
    await eccp.waitFor();
    expect(await eccp.getByText(L.ready, { exact: true }).count()).toBe(1);
    expect(await bw.getByText(L.ready, { exact: true }).count()).toBe(1);
    const eccpTable = eccp.getByRole('table');
    const bwTable = bw.getByRole('table');
    expect((await resources.rowCells(eccpTable, L.committed))[0]).toBe('19');
    expect((await resources.rowCells(eccpTable, L.fte))[0]).toMatch(/^2[.,]25/);
    expect((await resources.rowCells(bwTable, L.partners))[0]).toBe('19');
    expect((await resources.rowCells(bwTable, L.companies))[0]).toMatch(/^5[89]/);
    // The indicative label items were assessed twice: improving, not yet at the Gold rule.
    expect(await resources.editor.getByText(L.goldNotYet).count()).toBe(1);
    expect(await resources.editor.getByText(L.goldLine).count()).toBe(1);
  });
});
