// Monitoring end to end, in German and in English: import a spreadsheet export with one bad row
// (the error names row and column; nothing is imported), fix it and import again; the dashboard
// then shows the statuses this known dataset must have, and the "as of" date changes them; a
// milestone dragged on the timeline is rescheduled and undo restores it; the grid takes a pasted
// range and refuses text in a number cell next to the cell; the grid of all measurements reads
// its rows in blocks (Ctrl+End, a copy across blocks not yet loaded, an edit far down, undo).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
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
    monitoringView: 'Dashboard',
    importAction: 'Messwerte importieren…',
    dashboardAction: 'Dashboard öffnen',
    timelineAction: 'Meilenstein-Zeitplan öffnen',
    allMeasurements: 'Alle Messwerte öffnen',
    choose: 'Datei auswählen…',
    valueColumn: 'Wert',
    badProblem: '„fünfundzwanzig“ ist keine Zahl mit dem gewählten Dezimaltrennzeichen.',
    importButton: (n: number) => `${n} Werte importieren`,
    done: (n: number) => `${n} Werte importiert. Vorher wurde eine Sicherung angelegt.`,
    asOf: 'Stand',
    onTrack: 'Im Plan',
    offTrack: 'Verfehlt den Plan',
    noData: 'Keine Daten',
    derived: 'Abgeleitet',
    helpButton: 'Wie der Status berechnet wird',
    editors: 'Editoren',
    helpTrend: 'Trend(d) = v̄ + Steigung × (d − t̄)',
    grid: /^Messwerte: /,
    notANumber: 'Wert muss eine Zahl sein.',
    // German spreadsheet export: semicolons, decimal comma, dd.mm.yyyy, Windows-1252.
    /** The sample's value cell of the row with 32,0: the raw text and what the import reads. */
    parsedValue: '32,0 → 32',
    csv: (bad: boolean) =>
      Buffer.from(
        [
          'Indikator;Datum;Wert;Bemerkung',
          'Kooperationsprojekte;30.06.2025;13;',
          'Kooperationsprojekte;30.09.2025;16;',
          'Kooperationsprojekte;31.12.2025;19;',
          'Medienberichte;30.06.2025;26;',
          'Medienberichte;30.09.2025;32,0;',
          `Medienberichte;31.12.2025;${bad ? 'fünfundzwanzig' : '25'};Pressespiegel Zürich`,
        ].join('\r\n'),
        'latin1',
      ),
    fileName: 'Messwerte.csv',
    pasted: '31.03.2026\t40\n30.06.2026\t1.234,5',
    pastedValue: '1.234,5',
    chartActual: 'Letzter Istwert 1.234,5',
    exportCsv: 'CSV exportieren',
    exportedLine: 'Medienberichte;30.06.2026;1234,5;',
    history: 'Verlauf der Messwerte',
    dueAction: 'Fällige Messwerte erfassen',
    period: 'Zeitraum bis',
    dueGrid: 'Fällige Messwerte',
    dueValue: '22,5',
    lastValue: '1.200',
  },
  en: {
    locale: 'en-US',
    monitoringView: 'Dashboard',
    importAction: 'Import Measurements…',
    dashboardAction: 'Open Dashboard',
    timelineAction: 'Open Milestone Timeline',
    allMeasurements: 'Open All Measurements',
    choose: 'Choose file…',
    valueColumn: 'Value',
    badProblem: '“twenty-five” is not a number with the chosen decimal separator.',
    importButton: (n: number) => `Import ${n} values`,
    done: (n: number) => `${n} values imported. A backup was taken before.`,
    asOf: 'As of',
    onTrack: 'On track',
    offTrack: 'Off track',
    noData: 'No data',
    derived: 'Derived',
    helpButton: 'How statuses are computed',
    editors: 'Editors',
    helpTrend: 'trend(d) = v̄ + slope × (d − t̄)',
    grid: /^Measurements: /,
    notANumber: 'Value must be a number.',
    // English export: commas, decimal point, US dates, UTF-8 with BOM.
    parsedValue: '32.0 → 32',
    csv: (bad: boolean) =>
      Buffer.from(
        `\ufeff${[
          'Indicator,Date,Value,Note',
          'Kooperationsprojekte,06/30/2025,13,',
          'Kooperationsprojekte,09/30/2025,16,',
          'Kooperationsprojekte,12/31/2025,19,',
          'Medienberichte,06/30/2025,26,',
          'Medienberichte,09/30/2025,32.0,',
          `Medienberichte,12/31/2025,${bad ? 'twenty-five' : '25'},"press review, Zürich"`,
        ].join('\r\n')}`,
        'utf8',
      ),
    fileName: 'measurements.csv',
    pasted: '03/31/2026\t40\n06/30/2026\t1,234.5',
    pastedValue: '1,234.5',
    chartActual: 'Latest actual value 1,234.5',
    exportCsv: 'Export CSV',
    exportedLine: 'Medienberichte,2026-06-30,1234.5,',
    history: 'Measurement history',
    dueAction: 'Record Measurements Due',
    period: 'Period ending',
    dueGrid: 'Measurements due',
    dueValue: '22.5',
    lastValue: '1,200',
  },
} as const;

type Id = { data: { id: number } };
const call = async (name: string, input: unknown) => (await callHost(host.url, name, input)) as Id;

/**
 * A known dataset: two quarterly indicators planned to grow linearly from 31.03.2025 to
 * 31.12.2026. Kooperationsprojekte keeps to its plan; Medienberichte falls to 25 in Q4 2025
 * against a plan of 38 (34 % short: off track). Two milestones, the second waiting for the first.
 */
async function seed() {
  const cluster = await call('clusters.create', { name: 'Testcluster' });
  const clusterId = cluster.data.id;
  const strategy = await call('strategies.create', {
    clusterId,
    title: 'Strategie 2025–2027',
    periodStart: '2025-01-01',
    periodEnd: '2027-12-31',
  });
  const goal = await call('goals.create', { strategyId: strategy.data.id, title: 'Mehr Kooperation' });
  const indicator = async (name: string, baseline: number, target: number) => {
    const created = await call('indicators.createForGoal', {
      goalId: goal.data.id,
      indicator: {
        clusterId,
        name,
        kind: 'output',
        direction: 'increase',
        aggregation: 'periodic',
        frequency: 'quarterly',
        baselineDate: '2025-03-31',
        baselineValue: baseline,
        owner: 'Clustermanagement',
      },
    });
    await call('targets.create', { indicatorId: created.data.id, date: '2026-12-31', value: target });
    return created.data.id;
  };
  // A derived indicator: events held per quarter, counted from the event log.
  const events = await call('indicators.createForGoal', {
    goalId: goal.data.id,
    indicator: {
      clusterId,
      name: 'Veranstaltungen',
      kind: 'output',
      direction: 'increase',
      aggregation: 'periodic',
      frequency: 'quarterly',
      baselineDate: '2025-03-31',
      baselineValue: 1,
      derived: 'events',
    },
  });
  await call('targets.create', { indicatorId: events.data.id, date: '2026-12-31', value: 3 });
  for (const date of ['2025-04-10', '2025-05-20', '2025-10-01', '2025-11-11', '2025-12-12'])
    await call('events.create', {
      clusterId,
      date,
      type: 'workshop',
      title: 'Werkstattgespräch',
      participants: 12,
    });
  const cooperation = await indicator('Kooperationsprojekte', 10, 31);
  const media = await indicator('Medienberichte', 20, 62);
  const first = await call('milestones.create', {
    strategyId: strategy.data.id,
    goalId: goal.data.id,
    title: 'Auftaktveranstaltung',
    dueDate: '2026-03-31',
  });
  const second = await call('milestones.create', {
    strategyId: strategy.data.id,
    goalId: goal.data.id,
    title: 'Zwischenbericht',
    dueDate: '2026-06-30',
  });
  await call('milestoneDependencies.link', { milestoneId: second.data.id, dependsOnId: first.data.id });
  return { clusterId, cooperation, media, second: second.data.id };
}

async function runFromMonitoringView(page: Page, action: string) {
  const view = page.locator('aside[data-side-view="dashboard"]');
  if (!(await view.isVisible())) await page.keyboard.press('Control+Shift+D');
  await view.getByRole('button', { name: action }).click();
}

async function cardStatus(page: Page, name: string): Promise<string> {
  return (await page.getByRole('listitem', { name }).locator('.status-badge').first().innerText()).trim();
}

describe.each(['de', 'en'] as const)('monitoring (%s)', (language) => {
  const L = labels[language];

  it('imports a spreadsheet all or nothing, shows the statuses as of a date, reschedules a milestone with undo', async () => {
    host = await startHost(tempDataDir(), { demo: 'none' });
    const data = await seed();
    browser = await openBrowser({ locale: L.locale });
    const page = browser.page;
    await openApp(page, host.url);

    // Import with one bad row: the error names row 7 and the value column; nothing is imported.
    await runFromMonitoringView(page, L.importAction);
    const folder = tempDataDir('clusterpilot-import-');
    const file = path.join(folder, L.fileName);
    fs.writeFileSync(file, L.csv(true));
    await page.getByLabel(L.choose).setInputFiles(file);
    const issues = page.locator('table.import-issues');
    await expect.poll(() => issues.locator('tbody tr').count()).toBe(1);
    const cells = await issues.locator('tbody tr td').allInnerTexts();
    expect(cells).toEqual(['7', L.valueColumn, L.badProblem]);
    // The sample shows what the import reads beside the raw text.
    const sampleValue = page.locator('table.import-sample tbody tr').nth(4).locator('td').nth(3);
    expect((await sampleValue.innerText()).replace(/\s+/g, ' ').trim()).toBe(L.parsedValue);
    await expect.poll(() => page.getByRole('button', { name: L.importButton(5) }).isDisabled()).toBe(true);
    const stored = async () =>
      (
        (await callHost(host.url, 'measurements.ofCluster', { clusterId: data.clusterId })) as {
          data: unknown[];
        }
      ).data.length;
    expect(await stored()).toBe(0);

    // Fixed file: every row valid; one import, one entry.
    fs.writeFileSync(file, L.csv(false));
    await page.getByLabel(L.choose).setInputFiles(file);
    await page.getByRole('button', { name: L.importButton(6) }).click();
    await expect.poll(() => page.getByText(L.done(6)).count()).toBeGreaterThan(0);
    expect(await stored()).toBe(6);
    const audit = (await callHost(host.url, 'audit.list', { limit: 1 })) as {
      data: { label: string; changeCount: number }[];
    };
    expect(audit.data[0]).toMatchObject({ label: 'measurements.import', changeCount: 6 });

    // The dashboard as of 31.12.2025: one indicator on track, one off track; the goal off track.
    await runFromMonitoringView(page, L.dashboardAction);
    const asOf = page.getByLabel(L.asOf, { exact: true });
    await asOf.fill('2025-12-31');
    await expect.poll(() => page.locator('.dashboard[data-as-of="2025-12-31"]').count()).toBe(1);
    expect(await cardStatus(page, 'Kooperationsprojekte')).toBe(L.onTrack);
    expect(await cardStatus(page, 'Medienberichte')).toBe(L.offTrack);
    // The derived indicator is marked and computed: 3 events in Q4 2025 against a plan of 2.2.
    const derived = page.getByRole('listitem', { name: 'Veranstaltungen' });
    expect(await derived.locator('.derived-badge').innerText()).toContain(L.derived);
    expect(await cardStatus(page, 'Veranstaltungen')).toBe(L.onTrack);
    expect(await derived.locator('.card-figures dd').first().innerText()).toMatch(/^3 /);
    expect((await page.locator('.goal-light .status-badge').first().innerText()).trim()).toBe(L.offTrack);
    // As of 30.09.2025 both were on plan; as of 31.03.2025 nothing had been measured.
    await asOf.fill('2025-09-30');
    await expect.poll(() => page.locator('.dashboard[data-as-of="2025-09-30"]').count()).toBe(1);
    expect(await cardStatus(page, 'Medienberichte')).toBe(L.onTrack);
    expect(await cardStatus(page, 'Kooperationsprojekte')).toBe(L.onTrack);
    await asOf.fill('2025-03-31');
    await expect.poll(() => page.locator('.dashboard[data-as-of="2025-03-31"]').count()).toBe(1);
    expect(await cardStatus(page, 'Medienberichte')).toBe(L.noData);

    // The help states the rules with their formulas, in the UI language. The dashboard's own
    // button (the side bar's view action has the same German name).
    await page
      .getByRole('region', { name: L.editors })
      .getByRole('button', { name: L.helpButton, exact: true })
      .click();
    const help = page.getByRole('article', { name: L.helpButton });
    await expect.poll(() => help.locator('pre.formula').count()).toBeGreaterThanOrEqual(6);
    expect(await help.innerText()).toContain(L.helpTrend);

    // The timeline: drag "Zwischenbericht" about two months later, then undo.
    await runFromMonitoringView(page, L.timelineAction);
    const marker = page.locator(`.timeline-marker[data-milestone="${data.second}"]`);
    await marker.waitFor();
    const box = (await marker.boundingBox())!;
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 5; step++) await page.mouse.move(start.x + step * 12, start.y);
    await page.mouse.up();
    const dueDate = async () =>
      ((await callHost(host.url, 'milestones.get', { id: data.second })) as { data: { dueDate: string } })
        .data.dueDate;
    await expect.poll(dueDate).not.toBe('2026-06-30');
    const moved = await dueDate();
    expect(moved > '2026-06-30').toBe(true);
    await expect.poll(() => marker.getAttribute('data-due')).toBe(moved);
    await page.keyboard.press('Control+z');
    await expect.poll(dueDate).toBe('2026-06-30');
    await expect.poll(() => marker.getAttribute('data-due')).toBe('2026-06-30');
    // Keyboard: Alt+→ moves it by a day.
    await marker.focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(dueDate).toBe('2026-07-01');
  });

  it('reads the grid of all measurements in blocks: Ctrl+End, a copy across unloaded blocks, an edit far down, undo', async () => {
    host = await startHost(tempDataDir(), { demo: 'none' });
    const data = await seed();
    // 1,200 daily values 1 … 1,200: six blocks of the grid.
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    const changes = Array.from({ length: 1200 }, (_, i) => ({
      indicatorId: data.media,
      date: day(i),
      value: i + 1,
    }));
    expect(
      await callHost(host.url, 'measurements.save', { clusterId: data.clusterId, changes }),
    ).toMatchObject({
      ok: true,
    });
    browser = await openBrowser({ locale: L.locale });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.url });
    const page = browser.page;
    await openApp(page, host.url);
    await runFromMonitoringView(page, L.allMeasurements);
    const grid = page.getByRole('grid', { name: L.grid });
    await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe('1201');
    const valueCell = (row: number) =>
      grid.locator(`[role="row"][aria-rowindex="${row + 1}"]:not([aria-busy]) [aria-colindex="3"]`);

    // Ctrl+End goes to the last row and loads its block.
    await grid.focus();
    await page.keyboard.press('Control+End');
    await expect.poll(() => valueCell(1200).textContent()).toBe(L.lastValue);

    // Copy the value column of every row: the blocks in between are fetched first.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+Control+ArrowDown');
    await page.evaluate(() => {
      document
        .querySelector('[role="grid"]:focus')!
        .dispatchEvent(
          new ClipboardEvent('copy', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true }),
        );
    });
    const copied = async () =>
      (await page.evaluate(() => navigator.clipboard.readText())).trimEnd().split(/\r?\n/);
    await expect.poll(async () => (await copied()).length).toBe(1200);
    const lines = await copied();
    expect([lines[0], lines[599], lines[1199]]).toEqual(['1', '600', L.lastValue]);

    // An edit far down is saved and shown; undo brings the value back in the grid.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+ArrowDown');
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    const last = async () =>
      (
        (await callHost(host.url, 'measurements.page', {
          clusterId: data.clusterId,
          offset: 1199,
          limit: 1,
        })) as { data: { rows: { value: number }[] } }
      ).data.rows[0]?.value;
    await expect.poll(last).toBe(7);
    await expect.poll(() => valueCell(1200).textContent()).toBe('7');
    await page.keyboard.press('Control+z');
    await expect.poll(last).toBe(1200);
    await expect.poll(() => valueCell(1200).textContent()).toBe(L.lastValue);
  });

  it('records measurements in the grid: pasted ranges, locale numbers, a refused cell, undo', async () => {
    host = await startHost(tempDataDir(), { demo: 'none' });
    const data = await seed();
    browser = await openBrowser({ locale: L.locale });
    const page = browser.page;
    await openApp(page, host.url);
    // Open the grid of one indicator from its editor's monitoring section.
    await page.keyboard.press('Control+p');
    await page.keyboard.type('Medienberichte');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^(In Tabelle öffnen|Open in grid)/ }).click();
    const grid = page.getByRole('grid', { name: L.grid });
    await grid.focus();
    // Paste a two-column range (date, value) into the new row.
    await page.evaluate((text) => {
      const target = document.querySelector('[role="grid"]:focus')!;
      const data = new DataTransfer();
      data.setData('text/plain', text);
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, L.pasted);
    const values = async () =>
      (
        (await callHost(host.url, 'measurements.ofCluster', {
          clusterId: data.clusterId,
          indicatorId: data.media,
        })) as {
          data: { date: string; value: number }[];
        }
      ).data.map((m) => [m.date, m.value]);
    await expect.poll(values).toEqual([
      ['2026-03-31', 40],
      ['2026-06-30', 1234.5],
    ]);
    await expect.poll(() => grid.getByRole('gridcell', { name: L.pastedValue }).count()).toBe(1);

    // Text in a number cell is refused next to the cell; nothing is saved.
    await grid.focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('viel');
    await page.keyboard.press('Enter');
    await expect.poll(() => grid.locator('[aria-invalid="true"]').count()).toBe(1);
    await expect.poll(() => page.getByText(L.notANumber).count()).toBeGreaterThan(0);
    expect(await values()).toEqual([
      ['2026-03-31', 40],
      ['2026-06-30', 1234.5],
    ]);
    // A valid number replaces it; undo brings back the pasted value.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.type('41');
    await page.keyboard.press('Enter');
    await expect.poll(values).toEqual([
      ['2026-03-31', 41],
      ['2026-06-30', 1234.5],
    ]);
    expect(await grid.locator('[aria-invalid="true"]').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(values).toEqual([
      ['2026-03-31', 40],
      ['2026-06-30', 1234.5],
    ]);

    // Export: the browser downloads the CSV in the UI language's spreadsheet format.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: L.exportCsv }).click();
    const file = await downloading;
    const saved = path.join(tempDataDir('clusterpilot-export-'), file.suggestedFilename());
    await file.saveAs(saved);
    const exported = fs.readFileSync(saved, 'utf8');
    expect(exported.startsWith('\ufeff')).toBe(true);
    expect(exported).toContain(L.exportedLine);

    // The indicator's editor charts it and lists who entered what.
    await page.getByRole('tab', { name: 'Medienberichte', exact: true }).click();
    const chart = page.locator('figure.indicator-chart svg[role="img"]');
    await expect.poll(() => chart.getAttribute('aria-label')).toMatch(new RegExp(L.chartActual));
    const history = page.getByRole('table', { name: L.history });
    await expect.poll(() => history.locator('tbody tr').count()).toBe(2);
    expect(await history.locator('tbody tr').first().innerText()).toContain(L.pastedValue);

    // Everything due for one period: the quarterly indicators at the last quarter end (the
    // derived one is computed and not listed); a value typed there is saved for that date.
    const today = new Date();
    const quarterEnd = new Date(Date.UTC(today.getUTCFullYear(), Math.floor(today.getUTCMonth() / 3) * 3, 0))
      .toISOString()
      .slice(0, 10);
    await runFromMonitoringView(page, L.dueAction);
    await page.getByLabel(L.period).selectOption(quarterEnd);
    const due = page.getByRole('grid', { name: L.dueGrid });
    await expect.poll(() => due.getAttribute('aria-rowcount')).toBe('3');
    expect(await due.getByRole('gridcell', { name: 'Veranstaltungen' }).count()).toBe(0);
    await due.getByRole('gridcell', { name: 'Kooperationsprojekte' }).click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type(L.dueValue);
    await page.keyboard.press('Enter');
    const cooperation = async () =>
      (
        (await callHost(host.url, 'measurements.ofCluster', {
          clusterId: data.clusterId,
          indicatorId: data.cooperation,
        })) as { data: { date: string; value: number }[] }
      ).data.map((m) => [m.date, m.value]);
    await expect.poll(cooperation).toEqual([[quarterEnd, 22.5]]);
  });
});
