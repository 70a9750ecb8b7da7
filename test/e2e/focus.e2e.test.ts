// After a command from the command palette or quick open, keyboard focus lands in what the
// command opened, as in VS Code: an item's editor on its first field, the dashboard, the grid —
// and a new item's title, selected so that typing replaces it. Never on the page body.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EditorPage } from './pages/editor.ts';
import { WorkbenchPage } from './pages/workbench.ts';
import { callHost } from './support/api.ts';
import { type BrowserSession, leaveApp, openApp, openBrowser } from './support/browser.ts';
import { type RunningHost, startHost, tempDataDir } from './support/host.ts';

let browser: BrowserSession;
let host: RunningHost;
let wb: WorkbenchPage;
let editor: EditorPage;

beforeAll(async () => {
  browser = await openBrowser();
  wb = new WorkbenchPage(browser.page);
  editor = new EditorPage(browser.page);
  host = await startHost(tempDataDir(), { demo: 'en' });
});
beforeEach(async () => {
  browser.problems.length = 0;
  await openApp(browser.page, host.url);
});
afterEach(async () => {
  expect(browser.problems.join('\n'), 'console errors or CSP violations').toBe('');
  await leaveApp(browser.page);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

async function firstIndicator(): Promise<string> {
  const clusters = (await callHost(host.url, 'clusters.list', {})) as { data: { id: number }[] };
  const indicators = (await callHost(host.url, 'indicators.list', { clusterId: clusters.data[0]!.id })) as {
    data: { name: string }[];
  };
  return indicators.data[0]!.name;
}

describe('focus after the palette and quick open', () => {
  it('quick open of an indicator puts focus in its editor’s first field', async () => {
    const name = await firstIndicator();
    await wb.quickOpen(name);
    await expect.poll(() => wb.activeTab.getAttribute('aria-label')).toBe(name);
    await expect.poll(() => editor.hasFocus(editor.field('Name'))).toBe(true);
    expect(await editor.field('Name').inputValue()).toBe(name);
  });

  it('the palette’s Open Dashboard puts focus inside the dashboard', async () => {
    await wb.runCommand('Open Dashboard');
    await editor.dashboard.waitFor();
    await expect.poll(() => editor.containsFocus(editor.dashboard)).toBe(true);
  });

  it('the palette’s Open All Measurements puts focus in the grid, ready for the arrow keys', async () => {
    await wb.runCommand('Open All Measurements');
    await editor.grid.waitFor();
    await expect.poll(() => editor.hasFocus(editor.grid)).toBe(true);
    const before = await editor.grid.getAttribute('aria-activedescendant');
    await wb.page.keyboard.press('ArrowDown');
    expect(await editor.grid.getAttribute('aria-activedescendant')).not.toBe(before);
  });

  it('a new goal from the palette opens with its title focused and selected, so typing replaces it', async () => {
    await wb.quickOpen(await firstIndicator());
    await expect.poll(() => editor.hasFocus(editor.field('Name'))).toBe(true);
    await wb.runCommand('New Goal');
    await expect.poll(() => wb.activeTab.getAttribute('aria-label')).toBe('New goal');
    await expect.poll(() => editor.hasFocus(editor.field('Title'))).toBe(true);
    expect(await editor.selectedText()).toBe('New goal');
    await wb.page.keyboard.type('More joint projects');
    expect(await editor.field('Title').inputValue()).toBe('More joint projects');
  });
});
