// End-to-end for the funder report, in German and English, in Chromium against the real web host
// (which prints PDFs with headless Chromium): the demo's draft evaluation is frozen and its report
// opened; the summary is written over its draft, taken back to the draft, and undo and redo bring
// the text back; the report's language and document change the preview independently of the UI;
// the PDF is produced, downloaded, listed in the archive, verified (and a changed copy refused)
// and produced again to compare; Word and Excel files are real DOCX and XLSX; the locked
// evaluation's report cannot be edited but is still produced, and so are its minutes; the cluster's
// accent colour, footer and logo reach the preview and the PDF; every control of the editor has a
// name and the toolbar is reached by Tab in order. Also takes the README pictures.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { unzipSync } from 'fflate';
import type { Locator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pdfOutline } from '../../db/report/pdf.ts';
import { EvaluationPage } from './pages/evaluation.ts';
import { ReportPage } from './pages/report.ts';
import { WorkbenchPage } from './pages/workbench.ts';
import { callHost } from './support/api.ts';
import { type BrowserSession, leaveApp, openApp, openBrowser } from './support/browser.ts';
import { type RunningHost, startHost, tempDataDir } from './support/host.ts';

const year = new Date().getFullYear();

/** A report's chapters (level-1 headings), by the report's language: they follow the report, not the UI. */
const chapters = {
  de: {
    standard: [
      '1 Zusammenfassung',
      '2 Ausgangslage',
      '3 Strategie',
      '4 Aktivitäten und Meilensteine',
      '5 Indikatoren',
      '6 Mitglieder und Netzwerk',
      '7 Finanzen',
      '8 Bewertung der Sollbruchstellen',
      '9 Evaluierungssitzung',
      '10 Ausblick',
      'A Anhang',
    ],
    verwendungsnachweis: ['1 Sachbericht', '2 Zahlenmäßiger Nachweis', '3 Bestätigung', 'A Anhang'],
    minutes: [
      '1 Sitzung',
      '2 Tagesordnung',
      '3 Verlauf',
      '4 Beschlüsse und Beschluss über die Fortführung',
      '5 Unterschriften',
    ],
    /** The cover's cut-off date of the draft evaluation, as the report's language writes it. */
    cutoff: `31.12.${year}`,
    /** The participants of the period's events, a count over a thousand in the report language's digits. */
    participants: /mit (\d{1,3}(?:\.\d{3})+) Teilnehmenden/,
  },
  en: {
    standard: [
      '1 Summary',
      '2 Context',
      '3 Strategy',
      '4 Activities and milestones',
      '5 Indicators',
      '6 Members and network',
      '7 Finances',
      '8 Break-point assessment',
      '9 Evaluation meeting',
      '10 Outlook',
      'A Annex',
    ],
    verwendungsnachweis: [
      '1 Factual report (Sachbericht)',
      '2 Numerical statement (zahlenmäßiger Nachweis)',
      '3 Confirmation',
      'A Annex',
    ],
    minutes: ['1 Meeting', '2 Agenda', '3 Proceedings', '4 Resolutions and decision', '5 Signatures'],
    cutoff: `12/31/${year}`,
    participants: /with (\d{1,3}(?:,\d{3})+) participants/,
  },
} as const;

/** Long enough for a preview that reloads while the machine is busy. */
const slow = { timeout: 15_000 };

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const story = {
  de: {
    locale: 'de-DE',
    other: 'en',
    cluster: 'Photonik-Netzwerk Havelland',
    draft: `Jahresevaluierung ${year}`,
    locked: `Jahresevaluierung ${year - 1}`,
    summary: '1 Zusammenfassung',
    ownSummary:
      'Das Netzwerk ist gewachsen, die Verbundforschung läuft. Der private Finanzierungsanteil bleibt die wichtigste Aufgabe.',
    draftSummary: /^Indikatoren: \d+ im Plan/,
    undone: /^Rückgängig gemacht: /,
    redone: /^Wiederholt: /,
    produced: (format: string) =>
      format === 'pdf'
        ? /^„(.+\.pdf)“ erstellt und archiviert \((\d+) Seiten\)\.$/
        : new RegExp(`^„(.+\\.${format})“ erstellt und archiviert\\.$`),
    entry: (document: string, format: string) => `${document} · ${format} · Deutsch`,
    pages: (n: number) => `${n} Seiten`,
    verified: (file: string, evaluation: string) =>
      new RegExp(
        `^Diese Datei ist der archivierte Bericht „${literal(file)}“ zu „${literal(evaluation)}“, erstellt am .+: unverändert\\.$`,
      ),
    notVerified: (hash: string) =>
      `Diese Datei stimmt mit keinem Bericht im Archiv überein (SHA-256 ${hash.slice(0, 16)}…): Sie wurde verändert oder anderswo erstellt.`,
    reproduced: (n: number) => `Aus dem Snapshot neu erzeugt: ${n} Seiten, auf jeder Seite derselbe Text.`,
    lockedNote: /^Die Evaluierung ist gesperrt/,
    lockedCover: /Beschlossen und gesperrt am/,
    draftCover: 'Entwurf: noch nicht beschlossen',
    footer: 'Gefördert vom Land Brandenburg · www.photonik-havelland.de',
    logoStored: 'Logo gespeichert.',
    logoPresent: /^Logo gespeichert \(SHA-256 [0-9a-f]{12}…\)\.$/,
    noLogo: 'Kein Logo.',
    reportTab: (evaluation: string) => new RegExp(`^Bericht – ${literal(evaluation)}$`),
  },
  en: {
    locale: 'en-US',
    other: 'de',
    cluster: 'Havelland Photonics Network',
    draft: `Annual evaluation ${year}`,
    locked: `Annual evaluation ${year - 1}`,
    summary: '1 Summary',
    ownSummary:
      'The network has grown and joint research is under way. The private share of funding remains the main task.',
    draftSummary: /^Indicators: \d+ on track/,
    undone: /^Undone: /,
    redone: /^Redone: /,
    produced: (format: string) =>
      format === 'pdf'
        ? /^“(.+\.pdf)” produced and archived \((\d+) pages\)\.$/
        : new RegExp(`^“(.+\\.${format})” produced and archived\\.$`),
    entry: (document: string, format: string) => `${document} · ${format} · English`,
    pages: (n: number) => `${n} pages`,
    verified: (file: string, evaluation: string) =>
      new RegExp(
        `^This file is the archived report “${literal(file)}” of “${literal(evaluation)}”, produced on .+: unchanged\\.$`,
      ),
    notVerified: (hash: string) =>
      `This file matches no report in the archive (SHA-256 ${hash.slice(0, 16)}…): it was changed or produced elsewhere.`,
    reproduced: (n: number) => `Produced again from its snapshot: ${n} pages, the same text on every page.`,
    lockedNote: /^The evaluation is locked/,
    lockedCover: /Decided and locked on/,
    draftCover: 'Draft: not yet decided',
    footer: 'Funded by the State of Brandenburg · www.havelland-photonics.example',
    logoStored: 'Logo stored.',
    logoPresent: /^Logo stored \(SHA-256 [0-9a-f]{12}…\)\.$/,
    noLogo: 'No logo.',
    reportTab: (evaluation: string) => new RegExp(`^Report – ${literal(evaluation)}$`),
  },
} as const;

/** A small PNG (a solid block of the given colour), as a designer's logo file would be. */
function pngLogo(width: number, height: number, [r, g, b]: readonly [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, no interlace
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat()),
  ]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
/** The text of a PDF (poppler's pdftotext), of all pages or of one, with its whitespace joined. */
const pdfText = (file: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, ' ');
const pdfPages = (file: string) =>
  Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
/** The images on one page of a PDF (poppler's pdfimages), as "width×height". */
const pdfImages = (file: string, page: number) =>
  execFileSync('pdfimages', ['-list', '-f', String(page), '-l', String(page), file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      return `${columns[3]}×${columns[4]}`;
    });

/** True when keyboard focus is on this element. */
const hasFocus = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** Lines of an accessibility snapshot that show a control without an accessible name. */
function unnamedControls(snapshot: string): string[] {
  const control =
    /^\s*- (button|combobox|textbox|searchbox|checkbox|radio|switch|spinbutton|slider|link|tab|menuitem|img)(\s*\[[^\]]*\])*:?\s*$/;
  const controlWithValue = /^\s*- (textbox|searchbox|combobox|spinbutton|slider):\s+\S/;
  return snapshot.split('\n').filter((line) => control.test(line) || controlWithValue.test(line));
}

describe.each(['de', 'en'] as const)('the funder report (%s)', (language) => {
  const s = story[language];
  const report = chapters[language];
  let browser: BrowserSession;
  let host: RunningHost;
  let wb: WorkbenchPage;
  let ev: EvaluationPage;
  let rp: ReportPage;
  let downloads: string;
  /** The first PDF produced (of the draft's report). */
  let firstPdf: string;

  /** Waits for the status bar's notification to match and answers the match. */
  const notified = async (pattern: RegExp | string): Promise<RegExpExecArray> => {
    const regex = typeof pattern === 'string' ? new RegExp(`^${literal(pattern)}$`) : pattern;
    await rp.notice.filter({ hasText: regex }).waitFor();
    return regex.exec((await rp.notice.textContent()) ?? '')!;
  };

  beforeAll(async () => {
    browser = await openBrowser({ locale: s.locale });
    host = await startHost(tempDataDir(), { demo: language });
    await openApp(browser.page, host.url);
    wb = new WorkbenchPage(browser.page);
    ev = new EvaluationPage(browser.page, language);
    rp = new ReportPage(browser.page, language);
    downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterpilot-report-downloads-'));
  });
  afterAll(async () => {
    await leaveApp(browser.page);
    await host?.stop();
    await browser?.close();
    fs.rmSync(downloads, { recursive: true, force: true });
  });
  afterEach(() => {
    expect(browser.problems.join('\n'), 'console errors or CSP violations').toBe('');
  });

  it('freezes the draft, opens its report and writes the summary over its draft, with undo and redo', async () => {
    const page = browser.page;
    await ev.showView();
    await ev.open(s.draft);
    await ev.freeze();
    await rp.openFromEvaluation();
    await wb.tab(s.reportTab(s.draft)).waitFor();

    // The preview: the draft's cover and the report's chapters in order, in the evaluation's language.
    expect(await rp.cover.textContent()).toContain(s.draftCover);
    expect(await rp.chapters()).toEqual(report.standard);

    // The summary's text starts as a draft from the figures; the manager writes over it.
    const draft = await rp.startEditing(s.summary);
    expect(draft).toMatch(s.draftSummary);
    await rp.textField(s.summary).press('Escape');
    await rp.writeText(s.summary, s.ownSummary);
    await rp.section(s.summary).getByText(s.ownSummary, { exact: true }).waitFor();
    expect(await rp.section(s.summary).textContent()).not.toContain(draft.split('\n')[0]);

    // Back to the draft: the figures' text again.
    await rp.backToDraft(s.summary);
    await rp.section(s.summary).getByText(s.ownSummary, { exact: true }).waitFor({ state: 'detached' });
    expect(await rp.section(s.summary).textContent()).toContain(draft.split('\n')[0]);

    // Undo (outside a text field: focus is back on the text's edit button) brings the written text
    // back; the save was one step of its own.
    await expect.poll(() => hasFocus(rp.editButton(s.summary))).toBe(true);
    await page.keyboard.press('Control+Z');
    await notified(s.undone);
    await rp.section(s.summary).getByText(s.ownSummary, { exact: true }).waitFor();
    await page.keyboard.press('Control+Z');
    await rp.section(s.summary).getByText(s.ownSummary, { exact: true }).waitFor({ state: 'detached' });
    expect(await rp.section(s.summary).textContent()).toContain(draft.split('\n')[0]);
    await page.keyboard.press('Control+Shift+Z');
    await notified(s.redone);
    await rp.section(s.summary).getByText(s.ownSummary, { exact: true }).waitFor();
  });

  it('shows the report in the other language and as the other documents, whatever the UI language', async () => {
    const other = chapters[s.other];
    const count = async (pattern: RegExp) =>
      Number(pattern.exec((await rp.preview.textContent()) ?? '')?.[1]?.replace(/\D/g, ''));
    expect(await rp.cover.textContent()).toContain(report.cutoff);
    const participants = await count(report.participants);
    expect(participants).toBeGreaterThan(999);

    await rp.chooseLanguage(s.other);
    await expect.poll(() => rp.chapters(), slow).toEqual(other.standard);
    expect(await rp.cover.textContent()).toContain(other.cutoff);
    expect(await rp.cover.textContent()).not.toContain(report.cutoff);
    expect(await count(other.participants)).toBe(participants);
    // Texts are written per language: the other language's summary is still its draft, and the
    // controls keep speaking the UI's language.
    expect(await rp.preview.textContent()).not.toContain(s.ownSummary);
    await rp.editButton(other.standard[0]).waitFor();
    await rp.languageSelect.waitFor();

    await rp.chooseDocument('verwendungsnachweis');
    await expect.poll(() => rp.chapters(), slow).toEqual(other.verwendungsnachweis);
    await rp.chooseLanguage(language);
    await expect.poll(() => rp.chapters(), slow).toEqual(report.verwendungsnachweis);
    await rp.chooseDocument('minutes');
    await expect.poll(() => rp.chapters(), slow).toEqual(report.minutes);
    await rp.chooseDocument('standard');
    await expect.poll(() => rp.chapters(), slow).toEqual(report.standard);
    await rp.section(s.summary).getByText(s.ownSummary, { exact: true }).waitFor();
  });

  it('produces the PDF into the archive, verifies a downloaded copy, refuses a changed one and compares a new print', async () => {
    const pdf = await rp.produce('pdf', downloads);
    const [, fileName, pages] = await notified(s.produced('pdf'));
    expect(path.basename(pdf)).toBe(fileName);
    firstPdf = fileName!;
    expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPages(pdf)).toBe(Number(pages));
    expect(pdfText(pdf)).toContain(s.ownSummary);

    // The archive lists it with what it is.
    await rp.showReportsView();
    const entry = await rp.archiveEntryText(fileName!);
    expect(entry).toContain(s.entry(rp.w.documents.standard, 'PDF'));
    expect(entry).toContain(s.pages(Number(pages)));

    // The downloaded file is the archived report; one changed byte makes it no report at all.
    await rp.verify(pdf);
    await notified(s.verified(fileName!, s.draft));
    const changed = path.join(downloads, `changed-${fileName}`);
    const bytes = fs.readFileSync(pdf);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    fs.writeFileSync(changed, bytes);
    await rp.verify(changed);
    await notified(s.notVerified(sha256(changed)));

    // Produced again from the snapshot, it reads the same on every page; a saved copy is the same file.
    await rp.reproduce(fileName!);
    await notified(s.reproduced(Number(pages)));
    const copyFolder = fs.mkdtempSync(path.join(downloads, 'copy-'));
    const copy = await rp.saveCopy(fileName!, copyFolder);
    expect(sha256(copy)).toBe(sha256(pdf));
  });

  it('produces Word and Excel files that are a real DOCX and XLSX, listed in the archive', async () => {
    await wb.tab(s.reportTab(s.draft)).click();
    const docx = await rp.produce('docx', downloads);
    const [, docxName] = await notified(s.produced('docx'));
    expect(path.basename(docx)).toBe(docxName);
    const word = unzipSync(fs.readFileSync(docx));
    expect(Object.keys(word)).toContain('word/document.xml');
    expect(Buffer.from(word['word/document.xml']!).toString('utf8')).toContain(s.summary.slice(2));

    const xlsx = await rp.produce('xlsx', downloads);
    const [, xlsxName] = await notified(s.produced('xlsx'));
    expect(path.basename(xlsx)).toBe(xlsxName);
    const excel = unzipSync(fs.readFileSync(xlsx));
    expect(Object.keys(excel)).toContain('xl/workbook.xml');
    expect(Buffer.from(excel['xl/workbook.xml']!).toString('utf8')).toMatch(/<sheet [^>]*name="/);

    await rp.showReportsView();
    expect(await rp.archiveEntryText(docxName!)).toContain(s.entry(rp.w.documents.standard, 'DOCX'));
    expect(await rp.archiveEntryText(xlsxName!)).toContain(s.entry(rp.w.documents.standard, 'XLSX'));
    // Only a PDF can be produced again and compared.
    await rp.reproduceButton(firstPdf).waitFor();
    expect(await rp.reproduceButton(docxName!).count()).toBe(0);
    expect(await rp.reproduceButton(xlsxName!).count()).toBe(0);
  });

  it('shows the locked evaluation’s report read-only and still produces it and its minutes', async () => {
    await ev.showView();
    await ev.open(s.locked);
    await rp.openFromEvaluation();
    await wb.tab(s.reportTab(s.locked)).waitFor();
    expect(await rp.editorStatus.textContent()).toMatch(s.lockedNote);
    expect(await rp.cover.textContent()).toMatch(s.lockedCover);
    expect(await rp.chapters()).toEqual(report.standard);
    // Its texts are there to read, but none can be edited.
    expect((await rp.section(s.summary).getByRole('paragraph').allTextContents()).join(' ')).not.toBe('');
    expect(await rp.editButtons.count()).toBe(0);
    expect(await rp.preview.getByRole('textbox').count()).toBe(0);

    const pdf = await rp.produce('pdf', downloads);
    const [, fileName, pages] = await notified(s.produced('pdf'));
    expect(pdfPages(pdf)).toBe(Number(pages));
    expect(pdfText(pdf, 1)).toMatch(s.lockedCover);

    // The minutes editor's button produces the minutes document.
    await wb.tab(new RegExp(`^${literal(s.locked)}$`)).click();
    await ev.button(rp.w.openMinutes).click();
    await ev.minutes.waitFor();
    const minutes = (await rp.download(rp.minutesPdfButton, downloads)).file;
    const [, minutesName] = await notified(s.produced('pdf'));
    expect(path.basename(minutes)).toBe(minutesName);
    expect(pdfText(minutes)).toContain(report.minutes[1]);
    await rp.showReportsView();
    expect(await rp.archiveEntryText(fileName!)).toContain(s.entry(rp.w.documents.standard, 'PDF'));
    expect(await rp.archiveEntryText(minutesName!)).toContain(s.entry(rp.w.documents.minutes, 'PDF'));
  });

  it('puts the cluster’s accent colour, footer text and logo into the preview and the PDF', async () => {
    const page = browser.page;
    await wb.quickOpen(s.cluster);
    await rp.accentField.fill('#0b6e4f');
    await rp.footerField.fill(s.footer);
    await page.keyboard.press('Control+S');
    await expect
      .poll(() => rp.editor.getByRole('button', { name: rp.w.save, exact: true }).isDisabled())
      .toBe(true);

    const logoFile = path.join(downloads, 'logo.png');
    fs.writeFileSync(logoFile, pngLogo(96, 32, [11, 110, 79]));
    await rp.chooseLogo(logoFile);
    await notified(s.logoStored);
    await rp.design.getByText(s.logoPresent).waitFor();

    // The open report shows the design at once: the logo on the cover, the footer, the accent.
    await wb.tab(s.reportTab(s.draft)).click();
    const logo = rp.cover.locator('img');
    await logo.waitFor();
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(96);
    await rp.cover.getByText(s.footer, { exact: true }).waitFor();
    await expect
      .poll(() =>
        rp.preview
          .getByRole('heading', { name: s.summary, exact: true })
          .evaluate((h) => getComputedStyle(h).color),
      )
      .toBe('rgb(11, 110, 79)');

    // The PDF carries the logo on its cover and the footer on its pages.
    const pdf = await rp.produce('pdf', downloads);
    const [, , pages] = await notified(s.produced('pdf'));
    expect(pdfImages(pdf, 1)).toEqual(['96×32']);
    expect(pdfText(pdf, 2)).toContain(s.footer);
    expect(pdfText(pdf, Number(pages))).toContain(s.footer);

    // Removing the logo takes it off the cover.
    await wb.tab(s.cluster).click();
    await rp.removeLogoButton.click();
    await rp.design.getByText(s.noLogo, { exact: true }).waitFor();
    await wb.tab(s.reportTab(s.draft)).click();
    await logo.waitFor({ state: 'detached' });
    await rp.cover.getByText(s.footer, { exact: true }).waitFor();
  });

  it('names every control of the report editor and reaches the toolbar by Tab in order', async () => {
    const page = browser.page;
    // From the evaluation's editor, the command palette opens its report with focus on the language.
    await wb.tab(new RegExp(`^${literal(s.draft)}$`)).click();
    await wb.runCommand(rp.w.openReport);
    await wb.tab(s.reportTab(s.draft)).waitFor();
    await rp.waitForPreview();
    await expect.poll(() => hasFocus(rp.languageSelect)).toBe(true);
    for (const next of [
      rp.documentSelect,
      rp.produceButton('pdf'),
      rp.produceButton('docx'),
      rp.produceButton('xlsx'),
    ]) {
      await page.keyboard.press('Tab');
      await expect.poll(() => hasFocus(next)).toBe(true);
    }

    // Every control has an accessible name, also while a text is being edited, and in the archive.
    await rp.startEditing(s.summary);
    const editing = await rp.editor.ariaSnapshot();
    expect(editing).toContain(`textbox "${rp.w.text(s.summary)}"`);
    expect(unnamedControls(editing)).toEqual([]);
    // Escape leaves the text, and keyboard focus returns to its edit button.
    await rp.textField(s.summary).press('Escape');
    await rp.textField(s.summary).waitFor({ state: 'detached' });
    await expect.poll(() => hasFocus(rp.editButton(s.summary))).toBe(true);
    expect(unnamedControls(await rp.editor.ariaSnapshot())).toEqual([]);
    await rp.showReportsView();
    expect(unnamedControls(await rp.reportsView.ariaSnapshot())).toEqual([]);
  });
});

describe('the README pictures of the report', () => {
  let browser: BrowserSession;
  let host: RunningHost;

  beforeAll(async () => {
    browser = await openBrowser({ locale: 'de-DE', colorScheme: 'light' });
    host = await startHost(tempDataDir(), { demo: 'de' });
    await openApp(browser.page, host.url);
  });
  afterAll(async () => {
    await leaveApp(browser.page);
    await host?.stop();
    await browser?.close();
  });
  afterEach(() => {
    expect(browser.problems.join('\n'), 'console errors or CSP violations').toBe('');
  });

  it('takes the README screenshots of the report editor and of a report page', async () => {
    const page = browser.page;
    const ev = new EvaluationPage(page, 'de');
    const rp = new ReportPage(page, 'de');
    const s = story.de;
    const results = path.resolve(import.meta.dirname, '../../test-results');
    fs.mkdirSync(results, { recursive: true });
    const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterpilot-report-pictures-'));
    // The archive names who produced a file: the demo's cluster manager, not the machine's user.
    await callHost(host.url, 'settings.update', { userName: 'Lena Schubert' });

    // The decided and locked evaluation's report, produced as the funder receives it.
    await ev.showView();
    await ev.open(s.locked);
    await rp.openFromEvaluation();
    const pdf = await rp.produce('pdf', downloads);
    await rp.notice.filter({ hasText: s.produced('pdf') }).waitFor();

    // An indicator's page of the PDF, found from the bookmarks: its chart and its figures.
    const outline = await pdfOutline(new Uint8Array(fs.readFileSync(pdf)));
    const indicator = outline.find((entry) => entry.title === '5.4 Gemeinsame F&E-Projekte');
    expect(indicator, outline.map((e) => e.title).join('\n')).toBeDefined();
    const pagePicture = path.join(results, 'report-page');
    const n = String(indicator!.page);
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', n, '-l', n, '-singlefile', pdf, pagePicture]);
    expect(fs.statSync(`${pagePicture}.png`).size).toBeGreaterThan(10_000);

    // This year's report being written: the summary in the manager's words, the other texts still
    // drafts from the figures, beside the archive that holds last year's PDF.
    await new WorkbenchPage(page).runCommand('alle editoren schließen');
    await rp.editor.waitFor({ state: 'detached' });
    await ev.showView();
    await ev.open(s.draft);
    await ev.freeze();
    await rp.openFromEvaluation();
    await rp.writeText(s.summary, s.ownSummary);
    await rp.section(s.summary).getByText(s.ownSummary, { exact: true }).waitFor();
    await rp.showReportsView();
    await rp.archiveEntries.first().waitFor();
    await rp.preview
      .getByRole('heading', { name: s.summary, exact: true })
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await rp.notice.filter({ hasText: /./ }).waitFor({ state: 'detached' });
    const editorPicture = path.join(results, 'report-editor.png');
    await page.screenshot({ path: editorPicture });
    expect(fs.statSync(editorPicture).size).toBeGreaterThan(10_000);
    fs.rmSync(downloads, { recursive: true, force: true });

    if (process.env.UPDATE_SCREENSHOT) {
      const docs = path.resolve(import.meta.dirname, '../../docs');
      fs.copyFileSync(editorPicture, path.join(docs, 'report-editor.png'));
      fs.copyFileSync(`${pagePicture}.png`, path.join(docs, 'report-page.png'));
    }
  });
});
