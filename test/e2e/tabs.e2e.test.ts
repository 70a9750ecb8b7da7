// The editor tab strip end to end, in German and in English: with many editors open the tabs keep
// their labels whole and the strip scrolls (wheel included), the active tab stays in view; a single
// click in the explorer opens one preview tab (italic, described, restored after a reload) that the
// next click replaces, a double-click keeps it; Close to the Right and Close Others from the tab's
// context menu (mouse and Shift+F10), with one question for all unsaved editors it closes; and the
// strip passes axe's rules on nested controls.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkbenchPage } from './pages/workbench.ts';
import { callHost } from './support/api.ts';
import { type BrowserSession, openApp, openBrowser } from './support/browser.ts';
import { type RunningHost, startHost, tempDataDir } from './support/host.ts';

let host: RunningHost;
let browser: BrowserSession;

afterEach(async () => {
  expect(browser.problems.join('\n'), 'console errors or CSP violations').toBe('');
  await browser.close();
  await host.stop();
});

const labels = {
  de: {
    locale: 'de-DE',
    welcome: 'Willkommen',
    preview: 'Vorschau: Das nächste mit einfachem Klick geöffnete Element ersetzt sie',
    closeRight: 'Rechts schließen',
    closeOthers: 'Andere schließen',
    region: 'Region',
    unsavedMany: 'Möchten Sie die Änderungen an den folgenden 2 Editoren speichern?',
    saveAll: 'Alle speichern',
    cluster: (n: number) => `Regionalcluster Nr. ${String(n).padStart(2, '0')} Photonik`,
  },
  en: {
    locale: 'en-GB',
    welcome: 'Welcome',
    preview: 'Preview: the next item opened with a single click replaces it',
    closeRight: 'Close to the Right',
    closeOthers: 'Close Others',
    region: 'Region',
    unsavedMany: 'Do you want to save the changes to the following 2 editors?',
    saveAll: 'Save All',
    cluster: (n: number) => `Regional cluster no. ${String(n).padStart(2, '0')} photonics`,
  },
} as const;

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.each(['de', 'en'] as const)('editor tabs (%s)', (lang) => {
  const L = labels[lang];
  const COUNT = 14;

  it('keeps labels whole in a scrolling strip, previews on single click, closes from the context menu', async () => {
    host = await startHost(tempDataDir(), { demo: 'none' });
    for (let n = 1; n <= COUNT; n++) await callHost(host.url, 'clusters.create', { name: L.cluster(n) });
    browser = await openBrowser({ locale: L.locale });
    const wb = new WorkbenchPage(browser.page);
    const page = browser.page;
    await openApp(page, host.url);

    // A single click opens the preview tab, in italics and described as such; the next replaces it.
    await wb.treeItem(L.cluster(1)).click();
    await wb.tab(L.cluster(1)).waitFor();
    const previewOf = (name: string) =>
      wb.tab(name).evaluate((tab) => ({
        italic: getComputedStyle(tab.querySelector('.tab-label')!).fontStyle === 'italic',
        description: document.getElementById(tab.getAttribute('aria-describedby') ?? '')?.textContent ?? null,
      }));
    expect(await previewOf(L.cluster(1))).toEqual({ italic: true, description: L.preview });
    await wb.treeItem(L.cluster(2)).click();
    await expect.poll(() => wb.tabNames()).toEqual([L.welcome, L.cluster(2)]);
    expect(await previewOf(L.cluster(2))).toEqual({ italic: true, description: L.preview });
    // The preview is saved with the open tabs and comes back as the preview after a reload.
    await expect
      .poll(
        async () =>
          ((await callHost(host.url, 'viewState.get', {})) as { data: { previewEditor?: number } }).data,
      )
      .toMatchObject({ previewEditor: 1 });
    await openApp(page, host.url);
    await expect.poll(() => previewOf(L.cluster(2))).toEqual({ italic: true, description: L.preview });
    // A double-click on the tab keeps it; the next single click opens a tab of its own.
    await wb.tab(L.cluster(2)).dblclick();
    await expect.poll(() => previewOf(L.cluster(2))).toEqual({ italic: false, description: null });
    // Double-clicks in the explorer open tabs that stay: many of them, more than fit.
    for (let n = 3; n <= COUNT; n++) await wb.treeItem(L.cluster(n)).dblclick();
    await expect.poll(async () => (await wb.tabNames()).length).toBe(COUNT);
    expect(await previewOf(L.cluster(COUNT))).toEqual({ italic: false, description: null });

    // Every label is whole (no "R…" tabs): the strip scrolls instead of squeezing them.
    const layout = () =>
      wb.tabStrip.evaluate((strip) => ({
        scrolls: strip.scrollWidth > strip.clientWidth + 100,
        cut: [...strip.querySelectorAll<HTMLElement>('.tab-label')]
          .filter((label) => label.scrollWidth > label.clientWidth)
          .map((label) => label.textContent),
        scrollLeft: strip.scrollLeft,
      }));
    expect(await layout()).toMatchObject({ scrolls: true, cut: [] });
    const inStrip = async () => {
      const strip = (await wb.tabStrip.boundingBox())!;
      const tab = (await wb.activeTab.boundingBox())!;
      return tab.x >= strip.x - 1 && tab.x + tab.width <= strip.x + strip.width + 1 && tab.width > 0;
    };
    expect(await wb.activeTab.getAttribute('aria-label')).toBe(L.cluster(COUNT));
    expect(await inStrip()).toBe(true);
    // Ctrl+Tab goes round to the first tab: it is scrolled into view.
    await page.keyboard.press('Control+Tab');
    await expect.poll(() => wb.activeTab.getAttribute('aria-label')).toBe(L.welcome);
    await expect.poll(inStrip).toBe(true);
    expect((await layout()).scrollLeft).toBe(0);
    // The mouse wheel scrolls the strip sideways.
    await wb.tabStrip.hover();
    await page.mouse.wheel(0, 400);
    await expect.poll(async () => (await layout()).scrollLeft).toBeGreaterThan(100);

    // No control nested in a tab; the tablist owns only tabs.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
      const result = (await axe.run(document.querySelector('[role="tablist"]'), {
        runOnly: {
          type: 'rule',
          values: ['nested-interactive', 'aria-required-children', 'aria-hidden-focus'],
        },
      })) as { violations: { id: string }[] };
      return result.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);

    // Close to the Right from the mouse's context menu, Close Others from Shift+F10.
    await wb.tabMenu(L.cluster(5), L.closeRight);
    await expect
      .poll(() => wb.tabNames())
      .toEqual([L.welcome, L.cluster(2), L.cluster(3), L.cluster(4), L.cluster(5)]);
    expect(await wb.activeTab.getAttribute('aria-label')).toBe(L.cluster(5));
    // Two of the others have unsaved changes: one question lists both, and Save All saves both.
    for (const n of [2, 4]) {
      await wb.tab(L.cluster(n)).click();
      await page.getByRole('textbox', { name: L.region, exact: true }).fill(`Havelland ${n}`);
    }
    await wb.tab(L.cluster(3)).click();
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menu').getByRole('menuitem', { name: L.closeOthers }).click();
    const question = page.getByRole('alertdialog', { name: L.unsavedMany });
    await question.waitFor();
    expect(await question.getByRole('listitem').allTextContents()).toEqual([L.cluster(2), L.cluster(4)]);
    const dialogViolations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
      const result = (await axe.run(document.querySelector('[role="alertdialog"]'))) as {
        violations: { id: string }[];
      };
      return result.violations.map((v) => v.id);
    });
    expect(dialogViolations).toEqual([]);
    await question.getByRole('button', { name: L.saveAll }).click();
    await expect.poll(() => wb.tabNames()).toEqual([L.cluster(3)]);
    const clusters = (await callHost(host.url, 'clusters.list', {})) as {
      data: { name: string; region: string }[];
    };
    expect(clusters.data.filter((c) => c.region.startsWith('Havelland')).map((c) => c.region)).toEqual([
      'Havelland 2',
      'Havelland 4',
    ]);
  });
});
