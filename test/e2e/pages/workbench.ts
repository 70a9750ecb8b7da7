// Page object for the workbench: finds things the way a user does, by role and label.
import type { Locator, Page } from 'playwright-core';

export class WorkbenchPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  get tree(): Locator {
    return this.page.getByRole('tree');
  }
  treeItem(name: string): Locator {
    return this.tree.getByRole('treeitem', { name, exact: true });
  }
  tab(name: string | RegExp): Locator {
    return this.page.getByRole('tablist').first().getByRole('tab', { name });
  }
  /** The editor tab strip (a tablist that scrolls sideways when its tabs do not fit). */
  get tabStrip(): Locator {
    return this.page.getByRole('tablist').first();
  }
  /** The tabs' accessible names in the strip's order ("Beta, unsaved" for an unsaved editor). */
  tabNames(): Promise<(string | null)[]> {
    return this.tabStrip
      .getByRole('tab')
      .evaluateAll((tabs) => tabs.map((t) => t.getAttribute('aria-label')));
  }
  /** Opens a tab's context menu with the right mouse button and runs an entry. */
  async tabMenu(tab: string, entry: string): Promise<void> {
    await this.tab(tab).click({ button: 'right' });
    await this.page.getByRole('menu').getByRole('menuitem', { name: entry }).click();
  }
  /** The tabs of the open editors. */
  get editorTabs(): Locator {
    return this.page.locator('.editor-area').getByRole('tablist').first().getByRole('tab');
  }
  get activeTab(): Locator {
    return this.page.getByRole('tablist').first().locator('[role="tab"][aria-selected="true"]');
  }
  get quickInput(): Locator {
    return this.page.locator('.quick-input input');
  }
  /** The rows of the open quick input (palette, quick open, pickers). */
  get quickOptions(): Locator {
    return this.page.locator('.quick-input').getByRole('option');
  }
  get panel(): Locator {
    return this.page.locator('section.panel');
  }
  get statusBar(): Locator {
    return this.page.locator('footer.statusbar');
  }
  /** The activity bar's buttons, one per side view (Explorer, Search, …, Settings). */
  get activityButtons(): Locator {
    return this.page.locator('nav.activitybar').getByRole('button');
  }
  /** The side bar showing the view of the pressed activity button. */
  get sideBar(): Locator {
    return this.page.locator('aside.sidebar');
  }
  get contextMenu(): Locator {
    return this.page.getByRole('menu');
  }
  /** A confirmation such as "Delete …?". */
  get dialog(): Locator {
    return this.page.getByRole('alertdialog');
  }

  /** Opens the context menu of an explorer item, as a right click does. */
  async openContextMenu(name: string): Promise<void> {
    await this.treeItem(name).click({ button: 'right' });
    await this.contextMenu.waitFor();
  }

  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('Control+Shift+P');
    await this.quickInput.fill(`>${title}`);
    await this.quickOptions.first().waitFor();
    await this.page.keyboard.press('Enter');
  }

  /** Quick open (Ctrl+P): finds an item by name and opens it. */
  async quickOpen(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    await this.quickInput.fill(name);
    await this.quickOptions.first().waitFor();
    await this.page.keyboard.press('Enter');
  }

  async createClusterFromExplorer(name: string): Promise<void> {
    await this.page
      .getByRole('button', { name: /New Cluster…|Neuer Cluster…/ })
      .first()
      .click();
    await this.quickInput.fill(name);
    await this.page.keyboard.press('Enter');
    await this.tab(name).waitFor();
  }
}
