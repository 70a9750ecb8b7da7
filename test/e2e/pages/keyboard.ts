// Page object for keyboard use of the workbench: the parts as a screen reader names them (their
// landmarks), the dashboard's sections, and where focus is — asked by role and name.
import type { Locator, Page } from 'playwright-core';

export interface PartNames {
  readonly activityBar: string;
  readonly sideBar: string;
  readonly editors: string;
  readonly panel: string;
  readonly statusBar: string;
}

export class KeyboardPage {
  readonly page: Page;
  readonly names: PartNames;
  constructor(page: Page, names: PartNames) {
    this.page = page;
    this.names = names;
  }

  get activityBar(): Locator {
    return this.page.getByRole('navigation', { name: this.names.activityBar, exact: true });
  }
  get activityToolbar(): Locator {
    return this.activityBar.getByRole('toolbar', { name: this.names.activityBar, exact: true });
  }
  activityItem(name: string): Locator {
    return this.activityToolbar.getByRole('button', { name, exact: true });
  }
  /** The side bar, named after the view it shows. */
  sideBar(view = this.names.sideBar): Locator {
    return this.page.getByRole('complementary', { name: view, exact: true });
  }
  get editors(): Locator {
    return this.page.getByRole('region', { name: this.names.editors, exact: true });
  }
  get panel(): Locator {
    return this.page.getByRole('region', { name: this.names.panel, exact: true });
  }
  panelView(name: string): Locator {
    return this.panel.getByRole('tabpanel', { name });
  }
  get statusBar(): Locator {
    return this.page.getByRole('contentinfo', { name: this.names.statusBar, exact: true });
  }
  /** The five parts in F6 order, each with the name a test reports when focus is elsewhere. */
  get partsInOrder(): { name: string; locator: Locator }[] {
    return [
      { name: 'activity bar', locator: this.activityBar },
      { name: 'side bar', locator: this.page.getByRole('complementary') },
      { name: 'editors', locator: this.editors },
      { name: 'panel', locator: this.panel },
      { name: 'status bar', locator: this.statusBar },
    ];
  }
  /** The name of the part that holds focus, or 'none'. */
  async focusedPart(): Promise<string> {
    for (const { name, locator } of this.partsInOrder) if (await this.containsFocus(locator)) return name;
    return 'none';
  }

  /** A section of the open dashboard, named by its heading. */
  dashboardSection(name: string): Locator {
    return this.page
      .locator('.editor-area [role="tabpanel"]:not([hidden]) .dashboard')
      .getByRole('region', { name, exact: true });
  }
  get dashboard(): Locator {
    return this.page.locator('.editor-area [role="tabpanel"]:not([hidden]) .dashboard');
  }

  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
  }
  /** The focused element's role and name as the accessibility tree states them. */
  async focused(): Promise<{ role: string; name: string }> {
    const snapshot = await this.page.locator(':focus').ariaSnapshot();
    // "- button "Name"", quoted as a whole in YAML when the name holds a colon.
    const match = /^- '?(\w+)(?: "((?:[^"\\]|\\.)*)")?/.exec(snapshot.trim());
    return { role: match?.[1] ?? '', name: (match?.[2] ?? '').replace(/\\(.)/g, '$1').replace(/''/g, "'") };
  }
  /** Takes focus off everything, as after a click on the empty page. */
  async blur(): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }
  async hasFocus(target: Locator): Promise<boolean> {
    return target.evaluate((element) => element === document.activeElement);
  }
  async containsFocus(target: Locator): Promise<boolean> {
    if ((await target.count()) === 0) return false;
    return target.evaluate((element) => element.contains(document.activeElement));
  }
}
