import { openApp, openBrowser } from './test/e2e/support/browser.ts';
import { startHost, tempDataDir } from './test/e2e/support/host.ts';
const host = await startHost(tempDataDir(), { demo: 'en' });
const browser = await openBrowser({});
const page = browser.page;
await openApp(page, host.url);
await page.keyboard.press('Control+Shift+P');
await page.keyboard.type('Open Financing Plan');
await page.keyboard.press('Enter');
await page.waitForTimeout(800);
console.log(await page.evaluate(() => {
  const g = document.querySelector('.plan-editor .data-grid') as HTMLElement;
  const cs = getComputedStyle(g);
  const w = g.closest('.data-grid-wrap') as HTMLElement;
  return { h: cs.height, min: cs.minHeight, max: cs.maxHeight, flex: cs.flex, rows: cs.getPropertyValue('--rows'), wrap: getComputedStyle(w).height, wrapMin: getComputedStyle(w).minHeight };
}));
await browser.close(); await host.stop();
