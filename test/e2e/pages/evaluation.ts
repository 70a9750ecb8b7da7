// Page object for the annual evaluation: the Evaluation side view, an evaluation's editor (data,
// agenda and assessments, decision), the meeting's presenter view and audience screen, and the
// minutes — found by role and label, in German or English.
import type { Locator, Page } from 'playwright-core';

type Language = 'de' | 'en';
const words = {
  de: {
    freeze: 'Daten einfrieren',
    start: 'Sitzung beginnen',
    close: 'Sitzung schließen',
    lock: 'Evaluierung sperren',
    agenda: 'Tagesordnung',
    verdict: 'Urteil',
    useDraft: 'Entwurf übernehmen',
    narrative: 'Begründung',
    saveAssessment: 'Bewertung speichern',
    rationale: 'Begründung',
    decide: 'Beschluss festhalten',
    followTitle: 'Maßnahme',
    followOwner: 'Verantwortlich',
    followDue: 'Fällig am',
    addFollowUp: 'Folgemaßnahme hinzufügen',
    audience: 'Sitzung – Publikumsansicht',
    minutes: 'Protokoll',
    newEvaluation: 'Neue Evaluierung…',
  },
  en: {
    freeze: 'Freeze Data',
    start: 'Start Meeting',
    close: 'Close Meeting',
    lock: 'Lock Evaluation',
    agenda: 'Agenda',
    verdict: 'Verdict',
    useDraft: 'Use Draft',
    narrative: 'Narrative',
    saveAssessment: 'Save Assessment',
    rationale: 'Rationale',
    decide: 'Record Decision',
    followTitle: 'Action',
    followOwner: 'Owner',
    followDue: 'Due date',
    addFollowUp: 'Add Follow-up',
    audience: 'Meeting – audience screen',
    minutes: 'Minutes',
    newEvaluation: 'New Evaluation…',
  },
} as const;

export class EvaluationPage {
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
  get sideView(): Locator {
    return this.page.locator('.evaluation-view');
  }

  async showView(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+V');
    await this.sideView.waitFor();
  }
  async open(title: string): Promise<void> {
    await this.sideView.getByRole('button', { name: new RegExp(`^${title}`) }).click();
    await this.editor.getByRole('heading', { name: this.w.agenda }).waitFor();
  }
  button(name: string): Locator {
    return this.editor.getByRole('button', { name, exact: true });
  }
  async freeze(): Promise<void> {
    await this.button(this.w.freeze).click();
    await this.agendaItems.first().waitFor();
  }
  get snapshotState(): Locator {
    return this.editor.getByTestId('snapshot-state');
  }
  get agenda(): Locator {
    return this.editor.getByRole('list', { name: this.w.agenda });
  }
  get agendaItems(): Locator {
    return this.agenda.locator('.agenda-item');
  }
  agendaItem(title: string): Locator {
    return this.agendaItems.filter({ hasText: title });
  }
  /** The open item's assessment (below the agenda). */
  get assessment(): Locator {
    return this.editor.locator('.item-assessment');
  }
  async assess(title: string, verdict: string): Promise<void> {
    await this.agendaItem(title).click();
    await this.assessment.getByRole('heading', { name: title }).waitFor();
    await this.assessment.getByLabel(this.w.verdict, { exact: true }).selectOption({ label: verdict });
    await this.assessment.locator('summary').click();
    await this.assessment.getByRole('button', { name: this.w.useDraft }).click();
    await this.assessment.getByRole('button', { name: this.w.saveAssessment }).click();
    await this.agendaItem(title).locator('.agenda-verdict', { hasText: verdict }).waitFor();
  }
  async addFollowUp(title: string, owner: string, due: string): Promise<void> {
    await this.editor.getByLabel(this.w.followTitle, { exact: true }).fill(title);
    await this.editor.getByLabel(this.w.followOwner, { exact: true }).fill(owner);
    await this.editor.getByLabel(this.w.followDue, { exact: true }).fill(due);
    await this.button(this.w.addFollowUp).click();
    await this.editor.getByRole('cell', { name: title, exact: true }).waitFor();
  }
  /** Starts the meeting; returns the audience screen (a tab of its own in the browser). */
  async startMeeting(): Promise<Page> {
    const popup = this.page.context().waitForEvent('page');
    await this.button(this.w.start).click();
    const audience = await popup;
    await audience.getByRole('main', { name: this.w.audience }).waitFor();
    return audience;
  }
  /** The presenter view (an editor tab). */
  get presenter(): Locator {
    return this.page.locator('.meeting-presenter');
  }
  get presenterPosition(): Locator {
    return this.presenter.locator('.presenter-position');
  }
  async decide(rationale: string): Promise<void> {
    const decision = this.presenter;
    await decision.getByLabel(this.w.rationale, { exact: true }).last().fill(rationale);
    await decision.getByRole('button', { name: this.w.decide }).click();
  }
  get minutes(): Locator {
    return this.page.getByRole('article', { name: this.w.minutes });
  }
}

/** Where the audience screen stands, as the room sees it. */
export function audienceItem(audience: Page): Locator {
  return audience.locator('.meeting-item h1');
}
