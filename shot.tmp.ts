// Ad-hoc screenshots for review (not committed).
import { openApp, openBrowser } from './test/e2e/support/browser.ts';
import { startHost, tempDataDir } from './test/e2e/support/host.ts';
const [lang = 'en', scheme = 'light', ...keys] = process.argv.slice(2);
const host = await startHost(tempDataDir(), { demo: lang as 'de' });
const browser = await openBrowser({ locale: lang === 'de' ? 'de-DE' : 'en-US', colorScheme: scheme as 'light' });
const page = browser.page;
await page.setViewportSize({ width: 1400, height: Number(process.env.H ?? 900) });
await openApp(page, host.url);
await page.waitForTimeout(500);
for (const step of keys) {
  if (step.startsWith('cmd:')) {
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type(step.slice(4));
    await page.waitForTimeout(200);
    await page.keyboard.press('Enter');
  } else if (step.startsWith('click:')) {
    await page.getByRole('button', { name: step.slice(6) }).first().click();
  } else if (step.startsWith('shot:')) {
    await page.waitForTimeout(600);
    await page.screenshot({ path: `/tmp/shots/${step.slice(5)}.png`, fullPage: false });
  } else if (step.startsWith('scroll:')) {
    await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView(), step.slice(7));
  } else if (step.startsWith('el:')) {
    const [, selector, name] = step.split('|');
    await page.waitForTimeout(600);
    await page.locator(selector!).first().screenshot({ path: `/tmp/shots/${name}.png` });
  } else if (step.startsWith('key:')) {
    await page.keyboard.press(step.slice(4));
  } else if (step.startsWith('wait:')) {
    await page.waitForTimeout(Number(step.slice(5)));
  }
}
console.log(browser.problems.join('\n'));
await browser.close();
await host.stop();
