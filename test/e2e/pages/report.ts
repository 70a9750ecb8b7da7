// Page object for the funder report: an evaluation's report editor (language and document, the
// preview, texts edited in place over their drafts, producing PDF, Word and Excel), the Reports
// view (the archive: save a copy, produce again and compare, verify a file) and the report design
// in the cluster editor — found by role and label, in German or English. Files the browser
// downloads and files it asks for go through Playwright's download and file chooser events.
import path from 'node:path';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

import type { Download, Locator, Page } from 'playwright-core';

type Language = 'de' | 'en';
export type ReportFormat = 'pdf' | 'docx' | 'xlsx';
export type ReportDocumentKind = 'standard' | 'verwendungsnachweis' | 'minutes';

const words = {
  de: {
    openReport: 'Bericht öffnen',
    openMinutes: 'Protokoll öffnen',
    printMinutes: 'Protokoll als PDF',
    reportTab: 'Bericht –',
    toolbar: 'Bericht',
    language: 'Sprache',
    document: 'Dokument',
    languages: { de: 'Deutsch', en: 'Englisch' },
    documents: {
      standard: 'Evaluierungsbericht',
      verwendungsnachweis: 'Verwendungsnachweis',
      minutes: 'Protokoll',
    },
    produce: { pdf: 'PDF erstellen', docx: 'Word', xlsx: 'Excel' },
    // The visible words ("Bearbeiten", "Entwurf bearbeiten") begin the name, the text's heading ends it.
    editText: (heading: string) =>
      new RegExp(`^(Entwurf bearbeiten|Bearbeiten): Text zu „${escapeRegExp(heading)}“$`),
    anyEditText: /^(Entwurf bearbeiten|Bearbeiten): Text zu „.+“$/,
    text: (heading: string) => `Text zu „${heading}“`,
    save: 'Speichern',
    cancel: 'Abbrechen',
    backToDraft: 'Zurück zum Entwurf',
    reports: 'Berichte',
    verify: 'Berichtsdatei prüfen…',
    saveCopyOf: (file: string) => `Kopie von ${file} speichern…`,
    reproduceOf: (file: string) => `${file} neu erzeugen und vergleichen`,
    chooseLogo: 'Logo wählen…',
    removeLogo: 'Logo entfernen',
    accent: 'Akzentfarbe der Berichte',
    footer: 'Fußzeile der Berichte',
    design: 'Berichtsgestaltung',
  },
  en: {
    openReport: 'Open Report',
    openMinutes: 'Open Minutes',
    printMinutes: 'Minutes as PDF',
    reportTab: 'Report –',
    toolbar: 'Report',
    language: 'Language',
    document: 'Document',
    languages: { de: 'German', en: 'English' },
    documents: {
      standard: 'Evaluation report',
      verwendungsnachweis: 'Proof of use (Verwendungsnachweis)',
      minutes: 'Minutes',
    },
    produce: { pdf: 'Produce PDF', docx: 'Word', xlsx: 'Excel' },
    editText: (heading: string) => new RegExp(`^(Edit draft|Edit): text of “${escapeRegExp(heading)}”$`),
    anyEditText: /^(Edit draft|Edit): text of “.+”$/,
    text: (heading: string) => `Text of “${heading}”`,
    save: 'Save',
    cancel: 'Cancel',
    backToDraft: 'Back to the draft',
    reports: 'Reports',
    verify: 'Verify a Report File…',
    saveCopyOf: (file: string) => `Save a copy of ${file}…`,
    reproduceOf: (file: string) => `Produce ${file} again and compare`,
    chooseLogo: 'Choose Logo…',
    removeLogo: 'Remove Logo',
    accent: 'Accent colour of reports',
    footer: 'Footer text of reports',
    design: 'Report design',
  },
} as const;

export class ReportPage {
  readonly page: Page;
  readonly w: (typeof words)[Language];
  constructor(page: Page, language: Language) {
    this.page = page;
    this.w = words[language];
  }

  /** The editor of the active tab. */
  get editor(): Locator {
    return this.page.locator('.editor-area [role="tabpanel"]:not([hidden])');
  }
  /** The workbench's notification in the status bar (what a command just did). */
  get notice(): Locator {
    return this.page.locator('footer.statusbar [role="status"]');
  }

  // The report editor.
  get toolbar(): Locator {
    return this.editor.getByRole('toolbar', { name: this.w.toolbar, exact: true });
  }
  get languageSelect(): Locator {
    return this.toolbar.getByRole('combobox', { name: this.w.language, exact: true });
  }
  get documentSelect(): Locator {
    return this.toolbar.getByRole('combobox', { name: this.w.document, exact: true });
  }
  produceButton(format: ReportFormat): Locator {
    return this.toolbar.getByRole('button', { name: this.w.produce[format], exact: true });
  }
  /** What the editor says about the preview (or that a report is being produced). */
  get editorStatus(): Locator {
    return this.editor.locator('.report-editor-status');
  }
  /** The report as previewed: the same page Chromium prints. */
  get preview(): Locator {
    return this.editor.locator('.report-preview').getByRole('article');
  }
  get cover(): Locator {
    return this.preview.locator('header');
  }
  /** The numbered chapters (level-1 headings) of the previewed report, in order. */
  async chapters(): Promise<string[]> {
    return this.preview.getByRole('heading', { level: 1 }).allTextContents();
  }
  /** A chapter or section of the preview, by its heading (e.g. "1 Zusammenfassung"). */
  section(heading: string): Locator {
    return this.preview.getByRole('region', { name: heading, exact: true });
  }
  editButton(heading: string): Locator {
    return this.preview.getByRole('button', { name: this.w.editText(heading) });
  }
  /** Every "edit the text" button of the preview. */
  get editButtons(): Locator {
    return this.preview.getByRole('button', { name: this.w.anyEditText });
  }
  textField(heading: string): Locator {
    return this.preview.getByRole('textbox', { name: this.w.text(heading), exact: true });
  }

  /** Opens the report from the open evaluation's editor (its data section, once frozen). */
  async openFromEvaluation(): Promise<void> {
    await this.editor.getByRole('button', { name: this.w.openReport, exact: true }).click();
    await this.waitForPreview();
  }
  /** Waits until the preview shows the report (its data and fonts loaded). */
  async waitForPreview(): Promise<void> {
    await this.editor.locator('.report-preview[aria-busy="false"]').getByRole('article').waitFor();
  }
  async chooseLanguage(language: Language): Promise<void> {
    await this.languageSelect.selectOption({ label: this.w.languages[language] });
  }
  async chooseDocument(kind: ReportDocumentKind): Promise<void> {
    await this.documentSelect.selectOption({ label: this.w.documents[kind] });
  }

  /** Opens a text of the preview for editing; answers the text it starts from. */
  async startEditing(heading: string): Promise<string> {
    await this.editButton(heading).click();
    return this.textField(heading).inputValue();
  }
  async writeText(heading: string, text: string): Promise<void> {
    await this.startEditing(heading);
    await this.textField(heading).fill(text);
    await this.section(heading).getByRole('button', { name: this.w.save, exact: true }).click();
    await this.textField(heading).waitFor({ state: 'detached' });
  }
  async backToDraft(heading: string): Promise<void> {
    await this.startEditing(heading);
    await this.section(heading).getByRole('button', { name: this.w.backToDraft, exact: true }).click();
    await this.textField(heading).waitFor({ state: 'detached' });
  }

  /**
   * Clicks a button that produces a file the browser downloads; saves the download into `folder`
   * under the name the app suggests and answers its path.
   */
  async download(button: Locator, folder: string): Promise<{ file: string; download: Download }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);
    return { file, download };
  }
  /** Produces a file from the report editor; answers the downloaded copy's path. */
  async produce(format: ReportFormat, folder: string): Promise<string> {
    return (await this.download(this.produceButton(format), folder)).file;
  }

  // The Reports view (the archive).
  get reportsView(): Locator {
    return this.page.getByRole('navigation', { name: this.w.reports, exact: true });
  }
  async showReportsView(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+R');
    await this.reportsView.waitFor();
  }
  /** The archive's entries, as the view lists them. */
  get archiveEntries(): Locator {
    return this.reportsView.getByRole('listitem');
  }
  /** The archive's entry of a file, by the file's name. */
  archiveEntry(fileName: string): Locator {
    return this.archiveEntries.filter({
      has: this.page.getByRole('button', { name: this.w.saveCopyOf(fileName), exact: true }),
    });
  }
  /** What the archive says of a file (what, language, when, who, pages), its spaces as read. */
  async archiveEntryText(fileName: string): Promise<string> {
    return ((await this.archiveEntry(fileName).textContent()) ?? '').replace(/\s+/g, ' ');
  }
  async saveCopy(fileName: string, folder: string): Promise<string> {
    const button = this.reportsView.getByRole('button', { name: this.w.saveCopyOf(fileName), exact: true });
    return (await this.download(button, folder)).file;
  }
  /** "Produce again and compare" of an archived PDF. */
  reproduceButton(fileName: string): Locator {
    return this.reportsView.getByRole('button', { name: this.w.reproduceOf(fileName), exact: true });
  }
  async reproduce(fileName: string): Promise<void> {
    await this.reproduceButton(fileName).click();
  }
  /** "Verify a Report File…" with this file, given through the browser's file chooser. */
  async verify(file: string): Promise<void> {
    await this.chooseFile(this.reportsView.getByRole('button', { name: this.w.verify, exact: true }), file);
  }

  /** The minutes editor's button that produces the minutes as a PDF. */
  get minutesPdfButton(): Locator {
    return this.editor.getByRole('button', { name: this.w.printMinutes, exact: true });
  }

  // The report design in the cluster editor.
  get design(): Locator {
    return this.editor.getByRole('region', { name: this.w.design, exact: true });
  }
  get accentField(): Locator {
    return this.editor.getByLabel(this.w.accent, { exact: true });
  }
  get footerField(): Locator {
    return this.editor.getByRole('textbox', { name: this.w.footer, exact: true });
  }
  async chooseLogo(file: string): Promise<void> {
    await this.chooseFile(this.design.getByRole('button', { name: this.w.chooseLogo, exact: true }), file);
  }
  get removeLogoButton(): Locator {
    return this.design.getByRole('button', { name: this.w.removeLogo, exact: true });
  }

  /** Clicks a button that asks for a file and picks this one in the file chooser. */
  async chooseFile(button: Locator, file: string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), button.click()]);
    await chooser.setFiles(file);
  }
}
