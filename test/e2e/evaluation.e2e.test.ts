// End-to-end for the annual evaluation, in German and English, in Chromium against the real web
// host: the demo's draft evaluation is frozen and its agenda checked against the demo's known
// statuses; a measurement changed after the freeze is reported; items are assessed; the meeting
// is held with the presenter view and the audience screen in sync (keyboard only); the decision
// is recorded; the follow-up becomes a milestone; the evaluation is locked, and a value in its
// period then asks for a reason; undo takes the steps back.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { audienceItem, EvaluationPage } from './pages/evaluation.ts';
import { WorkbenchPage } from './pages/workbench.ts';
import { callHost } from './support/api.ts';
import { type BrowserSession, leaveApp, openApp, openBrowser } from './support/browser.ts';
import { type RunningHost, startHost, tempDataDir } from './support/host.ts';

const year = new Date().getFullYear();

const story = {
  de: {
    locale: 'de-DE',
    draft: `Jahresevaluierung ${year}`,
    offTrack: 'Internationale Partnerschaften',
    offTrackReason: 'Indikator nicht im Plan',
    atRisk: 'Privater Finanzierungsanteil mindestens 40 %',
    atRiskReason: 'Sollbruchstelle gefährdet',
    overdue: 'Kooperationsvereinbarung mit Partnercluster in Polen',
    qualitative: 'Mitglieder sehen klaren Nutzen',
    overall: 'Gesamtbewertung',
    decision: 'Beschluss über die Fortführung',
    media: 'Medienberichte',
    notAchieved: 'Nicht erreicht',
    changed: 'Seit dem Einfrieren haben sich Daten geändert',
    locked: 'Gesperrt',
    decided: 'Beschlossen',
    reasonPrompt: /gesperrten Zeitraum/,
    reason: 'Korrektur des Verlags',
    activityReason: 'Begründung: Korrektur des Verlags',
  },
  en: {
    locale: 'en-US',
    draft: `Annual evaluation ${year}`,
    offTrack: 'International partnerships',
    offTrackReason: 'Indicator off track',
    atRisk: 'Private co-funding share at least 40 %',
    atRiskReason: 'Break-point at risk',
    overdue: 'Cooperation agreement with partner cluster in Poland',
    qualitative: 'Members see a clear benefit',
    overall: 'Overall assessment',
    decision: 'Decision on continuation',
    media: 'Media mentions',
    notAchieved: 'Not achieved',
    changed: 'Data changed since the freeze',
    locked: 'Locked',
    decided: 'Decided',
    reasonPrompt: /locked period/,
    reason: 'Corrected by the publisher',
    activityReason: 'Reason: Corrected by the publisher',
  },
} as const;

describe.each(['de', 'en'] as const)('the annual evaluation (%s)', (language) => {
  const s = story[language];
  let browser: BrowserSession;
  let host: RunningHost;
  let wb: WorkbenchPage;
  let ev: EvaluationPage;
  const call = async <T>(name: string, input: unknown) => {
    const result = (await callHost(host.url, name, input)) as { ok: boolean; data: T; error?: unknown };
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.data;
  };

  beforeAll(async () => {
    browser = await openBrowser({ locale: s.locale });
    host = await startHost(tempDataDir(), { demo: language });
    await openApp(browser.page, host.url);
    wb = new WorkbenchPage(browser.page);
    ev = new EvaluationPage(browser.page, language);
  });
  afterAll(async () => {
    await leaveApp(browser.page);
    await host?.stop();
    await browser?.close();
  });
  afterEach(() => {
    expect(browser.problems.join('\n'), 'console errors or CSP violations').toBe('');
  });

  it('creates an evaluation for last year from the Evaluation view, and deletes it with undo', async () => {
    const page = browser.page;
    await ev.showView();
    await ev.sideView.getByRole('button', { name: ev.w.newEvaluation }).click();
    // The default title names last year; the period is last year's, decided as of its last day.
    expect(await wb.quickInput.inputValue()).toContain(String(year - 1));
    await wb.quickInput.fill(language === 'de' ? 'Zwischenbilanz' : 'Interim review');
    await page.keyboard.press('Enter');
    const title = ev.editor.getByRole('textbox', {
      name: language === 'de' ? 'Titel' : 'Title',
      exact: true,
    });
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    const created = await call<{
      clusters: { evaluations: { id: number; title: string; periodStart: string }[] }[];
    }>('workspace.outline', {});
    const made = created.clusters[0]!.evaluations.find(
      (e) => e.title.length > 0 && /Zwischenbilanz|Interim review/.test(e.title),
    )!;
    expect(made.periodStart).toBe(`${year - 1}-01-01`);
    await wb.runCommand(language === 'de' ? 'evaluierung löschen' : 'delete evaluation');
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: language === 'de' ? 'Löschen' : 'Delete' })
      .click();
    await ev.sideView
      .getByRole('button', { name: /Zwischenbilanz|Interim review/ })
      .waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Z');
    await ev.sideView.getByRole('button', { name: /Zwischenbilanz|Interim review/ }).waitFor();
  });

  it('prepares, holds, decides and locks the evaluation, with undo for each step', async () => {
    const page = browser.page;
    await ev.showView();
    await ev.open(s.draft);

    // Freeze: the agenda comes from the data, each item with its reason, in the demo's known order.
    await ev.freeze();
    const titles = await ev.agendaItems.locator('.agenda-title').allTextContents();
    expect(titles[0]).toBe(s.atRisk);
    expect(titles).toContain(s.offTrack);
    expect(titles).toContain(s.overdue);
    expect(titles).toContain(s.qualitative);
    expect(titles.slice(-2)).toEqual([s.overall, s.decision]);
    expect(await ev.agendaItem(s.offTrack).locator('.agenda-reason').textContent()).toContain(
      s.offTrackReason,
    );
    expect(await ev.agendaItem(s.atRisk).locator('.agenda-reason').textContent()).toContain(s.atRiskReason);

    // A value of the period changed after the freeze is reported; the frozen figures stay.
    const indicators = await call<{ id: number; name: string }[]>('indicators.list', { clusterId: 1 });
    const media = indicators.find((i) => i.name === s.media)!;
    const values = await call<{ date: string; value: number }[]>('measurements.ofCluster', {
      clusterId: 1,
      indicatorId: media.id,
    });
    const last = values.filter((v) => v.date.startsWith(String(year))).at(-1)!;
    await call('measurements.save', {
      clusterId: 1,
      changes: [{ indicatorId: media.id, date: last.date, value: last.value + 3 }],
    });
    await ev.editor.getByRole('status').filter({ hasText: s.changed }).waitFor();

    // Assess an item: verdict, the narrative from its draft.
    await ev.assess(s.offTrack, s.notAchieved);
    expect(await ev.assessment.getByRole('textbox').first().inputValue()).toContain(s.offTrack);

    // The meeting: presenter and audience move together, from either side, by keyboard only.
    const audience = await ev.startMeeting();
    await wb
      .tab(new RegExp(`${s.draft}`))
      .last()
      .waitFor();
    await expect.poll(() => audienceItem(audience).textContent()).toBe(titles[0]);
    await audience.keyboard.press('ArrowRight');
    await expect.poll(() => audienceItem(audience).textContent()).toBe(titles[1]);
    await expect.poll(() => ev.presenterPosition.textContent()).toContain(`2`);
    await ev.presenter.getByRole('button', { name: /Nächster Punkt|Next Item/ }).focus();
    await page.keyboard.press('End');
    await expect.poll(() => audienceItem(audience).textContent()).toBe(s.decision);
    await audience.keyboard.press('ArrowLeft');
    await expect.poll(() => audienceItem(audience).textContent()).toBe(s.overall);
    await audience.keyboard.press('End');
    await expect.poll(() => audienceItem(audience).textContent()).toBe(s.decision);

    // Decide on the last item, with a follow-up action; closing makes it a milestone.
    await ev.decide('Weiter mit angepassten Zielen. / Continue with revised targets.');
    await wb.tab(new RegExp(`^${s.draft}$`)).click();
    await ev.addFollowUp('Partnercluster kontaktieren', 'Clustermanagerin', `${year + 1}-03-31`);
    await wb.tab(/Sitzung|Meeting/).click();
    await ev.presenter.getByRole('button', { name: ev.w.close }).click();
    await ev.minutes.waitFor();
    expect(await ev.minutes.textContent()).toContain('Continue with revised targets');
    const milestones = await call<{ title: string }[]>('milestones.list', { strategyId: 1 });
    expect(milestones.map((m) => m.title)).toContain('Partnercluster kontaktieren');
    await audience.close();

    // Lock: the evaluation is on record; a value in its period asks for a reason.
    await wb.tab(new RegExp(`^${s.draft}$`)).click();
    await ev.button(ev.w.lock).click();
    await ev.editor.locator('.evaluation-status', { hasText: s.locked }).waitFor();
    // Change a value of last year (the demo's locked evaluation) in the indicator's grid.
    await wb.quickOpen(s.media);
    await page.getByRole('button', { name: /^(In Tabelle öffnen|Open in grid)/ }).click();
    const grid = page.getByRole('grid').last();
    await grid.focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.type('9');
    await page.keyboard.press('Enter');
    const prompt = page.locator('.quick-input');
    await prompt.getByText(s.reasonPrompt).waitFor();
    await page.keyboard.type(s.reason);
    await page.keyboard.press('Enter');
    await prompt.waitFor({ state: 'detached' });
    await wb.runCommand(language === 'de' ? 'aktivität anzeigen' : 'show activity');
    await wb.panel.getByText(s.activityReason).first().waitFor();

    // Undo takes the steps back: the corrected value, then the lock.
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
    await wb.tab(new RegExp(`^${s.draft}$`)).click();
    await ev.editor.locator('.evaluation-status', { hasText: s.decided }).waitFor();
  });
});
