// Quick open over a workspace of hundreds of items: the list draws only the rows in and near its
// view, yet tells assistive technology how many there are, and reaches every row by keyboard.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WorkbenchPage } from './pages/workbench.ts';
import { callHost } from './support/api.ts';
import { type BrowserSession, leaveApp, openApp, openBrowser } from './support/browser.ts';
import { type RunningHost, startHost, tempDataDir } from './support/host.ts';

const INDICATORS = 400;

/** A host of its own (its language follows the first browser) with one cluster of 400 indicators. */
async function hostWithManyItems(): Promise<RunningHost> {
  const host = await startHost(tempDataDir(), { demo: 'none' });
  const cluster = (await callHost(host.url, 'clusters.create', { name: 'Viele Kennzahlen' })) as {
    data: { id: number };
  };
  for (let i = 1; i <= INDICATORS; i++)
    await callHost(host.url, 'indicators.create', {
      clusterId: cluster.data.id,
      name: `Kennzahl ${i}`,
      kind: 'output',
      direction: 'increase',
      aggregation: 'periodic',
      frequency: 'monthly',
    });
  return host;
}

describe.each([
  ['en-US', 'Quick input'],
  ['de-DE', 'Schnelleingabe'],
])('quick open with %s', (locale, label) => {
  let browser: BrowserSession;
  let host: RunningHost;
  beforeAll(async () => {
    host = await hostWithManyItems();
    browser = await openBrowser({ locale });
  });
  afterEach(async () => {
    expect(browser.problems.join('\n'), 'console errors or CSP violations').toBe('');
    await leaveApp(browser.page);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('draws the rows in view of hundreds, reaches the last by keyboard and opens it', async () => {
    const page = browser.page;
    const wb = new WorkbenchPage(page);
    await openApp(page, host.url);
    await page.keyboard.press('Control+P');
    const list = page.getByRole('listbox', { name: label });
    await wb.quickOptions.first().waitFor();
    const total = Number(await wb.quickOptions.first().getAttribute('aria-setsize'));
    expect(total).toBeGreaterThan(INDICATORS);
    expect(await wb.quickOptions.count()).toBeLessThan(100);
    expect(await wb.quickOptions.first().getAttribute('aria-posinset')).toBe('1');

    // Arrow Up from the first row wraps to the last: drawn, selected and scrolled into view.
    await page.keyboard.press('ArrowUp');
    const selected = list.locator('[role="option"][aria-selected="true"]');
    await expect.poll(() => selected.getAttribute('aria-posinset')).toBe(String(total));
    const box = (await list.boundingBox())!;
    const row = (await selected.boundingBox())!;
    expect(row.y).toBeGreaterThanOrEqual(box.y - 1);
    expect(row.y + row.height).toBeLessThanOrEqual(box.y + box.height + 1);
    const name = (await selected.locator('.quick-row-label').textContent())!;
    await page.keyboard.press('Enter');
    await wb.tab(new RegExp(`^${name}`)).waitFor();

    // Typing narrows the whole list, not only the rows drawn: the 399th indicator is found.
    await page.keyboard.press('Control+P');
    await wb.quickInput.fill('Kennzahl 399');
    await expect
      .poll(() => wb.quickOptions.first().locator('.quick-row-label').textContent())
      .toBe('Kennzahl 399');
    await page.keyboard.press('Enter');
    await wb.tab(/^Kennzahl 399/).waitFor();
  });
});
