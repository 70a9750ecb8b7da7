// Page object for the actors' network: the member-list and relationship imports, the network
// view (its picture, search, highlighted actor and indicators) — found by role and label.
import type { Locator, Page } from 'playwright-core';

export class NetworkPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  private get editor(): Locator {
    return this.page.locator('.editor-area [role="tabpanel"]:not([hidden])');
  }

  /** Chooses a file in the open import editor. */
  async chooseFile(label: string, name: string, content: Buffer): Promise<void> {
    await this.editor
      .getByLabel(label, { exact: true })
      .setInputFiles({ name, mimeType: 'text/csv', buffer: content });
  }
  /** The rows of the import's error table: [row, column, problem]. */
  async issues(): Promise<string[][]> {
    const rows = this.editor.locator('table.import-issues tbody tr');
    return rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
  }
  importButton(name: string | RegExp): Locator {
    return this.editor.getByRole('button', { name });
  }
  get status(): Locator {
    return this.editor.getByRole('status');
  }

  /** The network picture, named after what it shows ("… 6 actors, 3 relationships …"). */
  get picture(): Locator {
    return this.editor.getByRole('application');
  }
  async search(label: string, name: string): Promise<void> {
    const box = this.editor.getByRole('combobox', { name: label });
    await box.fill(name);
    await this.editor.getByRole('option', { name }).waitFor();
    await box.press('Enter');
  }
  /** The highlighted actor's panel, by the actor's name. */
  focused(name: string): Locator {
    return this.editor.getByRole('region', { name });
  }
  /** The value shown for an indicator in the Indicators tab (the row whose term is `label`). */
  figure(label: string): Locator {
    return this.editor
      .locator('.network-figures .figure-row')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .locator('dd');
  }
}
