// Date fields in the UI language, not the browser's: with the browser set to the other language,
// a milestone's due date shows as 31.12.2026 in a German UI and 12/31/2026 in an English one, a
// date typed that way (or picked in the calendar) is saved as its ISO date, and an impossible date
// is refused beside the field with nothing saved.
import { afterEach, describe, expect, it } from 'vitest';
import { EditorPage } from './pages/editor.ts';
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
    /** The browser speaks the other language; the UI is switched to this one. */
    browserLocale: 'en-US',
    switchLanguage: 'Change Language to German (Deutsch)',
    dueDate: 'Fällig am',
    shown: '31.12.2026',
    impossible: '31.02.2027',
    refused: 'Fällig am: „31.02.2027“ ist kein gültiges Datum. Bitte ein Datum wie 31.12.2026 eingeben.',
    typed: '15.03.2027',
    picked: '14.03.2027',
    openCalendar: 'Kalender öffnen',
  },
  en: {
    browserLocale: 'de-DE',
    switchLanguage: 'Sprache ändern: Englisch (English)',
    dueDate: 'Due date',
    shown: '12/31/2026',
    impossible: '02/31/2027',
    refused: 'Due date: “02/31/2027” is not a valid date. Type a date like 12/31/2026.',
    typed: '03/15/2027',
    picked: '03/14/2027',
    openCalendar: 'Open calendar',
  },
} as const;

describe.each(['de', 'en'] as const)('date fields in %s', (language) => {
  const L = labels[language];

  it("show and read the UI language's format whatever the browser's locale", async () => {
    host = await startHost(tempDataDir(), { demo: 'none' });
    browser = await openBrowser({ locale: L.browserLocale });
    const page = browser.page;
    const wb = new WorkbenchPage(page);
    const editor = new EditorPage(page);
    await openApp(page, host.url);
    const call = async (name: string, input: unknown) =>
      (await callHost(host.url, name, input)) as { data: { id: number; dueDate?: string } };
    const cluster = await call('clusters.create', { name: 'Testcluster' });
    const strategy = await call('strategies.create', {
      clusterId: cluster.data.id,
      title: 'Strategie 2026–2028',
      periodStart: '2026-01-01',
      periodEnd: '2028-12-31',
    });
    const milestone = await call('milestones.create', {
      strategyId: strategy.data.id,
      title: 'Auftaktveranstaltung',
      dueDate: '2026-12-31',
    });
    const stored = async () => (await call('milestones.get', { id: milestone.data.id })).data.dueDate;

    await wb.runCommand(L.switchLanguage);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
    await wb.quickOpen('Auftaktveranstaltung');
    const due = editor.field(L.dueDate);
    await expect.poll(() => due.inputValue()).toBe(L.shown);

    // An impossible date: refused beside the field, naming it, and Ctrl+S saves nothing.
    await due.fill(L.impossible);
    await page.keyboard.press('Control+S');
    await expect.poll(() => editor.messageOf(due)).toBe(L.refused);
    expect(await due.getAttribute('aria-invalid')).toBe('true');
    expect(await stored()).toBe('2026-12-31');

    // A date typed in the UI language is saved as its ISO date.
    await due.fill(L.typed);
    expect(await editor.messageOf(due)).toBeNull();
    await page.keyboard.press('Control+S');
    await expect.poll(stored).toBe('2027-03-15');
    expect(await due.inputValue()).toBe(L.typed);

    // The calendar button is the next tab stop, named in the UI language; the calendar it opens
    // takes the keys (a day back, Enter), and the picked day shows in the UI's format.
    await due.focus();
    await page.keyboard.press('Tab');
    const calendar = editor.calendarButton(due, L.openCalendar);
    expect(await editor.hasFocus(calendar)).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect.poll(() => due.inputValue()).toBe(L.picked);
    expect(await editor.hasFocus(due)).toBe(true);
    await page.keyboard.press('Control+S');
    await expect.poll(stored).toBe('2027-03-14');
  });
});
