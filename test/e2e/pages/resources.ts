// Page object for the resource editors (budget, financing plan, activity profile, listings and
// labels): grids, charts and cards found by role and accessible name, as a user finds them.
import type { Locator, Page } from 'playwright-core';

export class ResourcesPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  /** The editor of the active tab. */
  get editor(): Locator {
    return this.page.locator('.editor-area [role="tabpanel"]:not([hidden])');
  }
  grid(name: string | RegExp): Locator {
    return this.editor.getByRole('grid', { name });
  }
  /** A chart: an SVG image named by its text summary. */
  chart(name: string | RegExp): Locator {
    return this.editor.getByRole('img', { name });
  }
  select(label: string): Locator {
    return this.editor.getByRole('combobox', { name: label, exact: true });
  }
  /** A listing's readiness card, by its heading. */
  listing(name: string | RegExp): Locator {
    return this.editor.getByRole('article', { name });
  }
  /** The cells of a table row whose header is `name`. */
  async rowCells(table: Locator, name: string): Promise<string[]> {
    const row = table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
    return (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
  }

  /** Puts text on the clipboard event of the focused grid, as Ctrl+V from a spreadsheet does. */
  async paste(grid: Locator, text: string): Promise<void> {
    await grid.focus();
    await grid.evaluate((target, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, text);
  }

  /** Types into the active cell of a focused grid and commits with Enter. */
  async typeInCell(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  invalidCells(grid: Locator): Locator {
    return grid.locator('[role="gridcell"][aria-invalid="true"]');
  }
}
