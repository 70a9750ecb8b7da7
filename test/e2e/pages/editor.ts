// Page object for the editor area: the visible editor, its fields, grid and dashboard, and where
// keyboard focus is — found the way a user (or a screen reader) finds them.
import type { Locator, Page } from 'playwright-core';

export class EditorPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  /** The editor of the active tab. */
  get active(): Locator {
    return this.page.locator('.editor-area [role="tabpanel"]:not([hidden])');
  }
  field(name: string): Locator {
    return this.active.getByRole('textbox', { name, exact: true });
  }
  /** The message a field points to with aria-describedby (its refusal), or null when it has none. */
  async messageOf(field: Locator): Promise<string | null> {
    const id = await field.getAttribute('aria-describedby');
    return id ? this.page.locator(`[id="${id}"]`).textContent() : null;
  }
  /** A date field's calendar button: the field's neighbour, named by `name` ("Open calendar"). */
  calendarButton(field: Locator, name: string): Locator {
    return field.locator('xpath=..').getByRole('button', { name, exact: true });
  }
  get grid(): Locator {
    return this.active.getByRole('grid');
  }
  get dashboard(): Locator {
    return this.active.locator('.dashboard');
  }

  /** True when keyboard focus is on this element. */
  async hasFocus(target: Locator): Promise<boolean> {
    return target.evaluate((element) => element === document.activeElement);
  }
  /** True when keyboard focus is on this element or inside it. */
  async containsFocus(target: Locator): Promise<boolean> {
    return target.evaluate((element) => element.contains(document.activeElement));
  }
  /** The selected part of the focused text field, e.g. the whole title of a new item. */
  async selectedText(): Promise<string> {
    return this.page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement | null;
      return input?.value?.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0) ?? '';
    });
  }
}
