// Bench section: moving to the next item of an evaluation meeting, as the audience screen in
// Chromium shows it — from the key press to the next item on screen (target < 100 ms).
import { callHost } from '../e2e/support/api.ts';
import { openBrowser } from '../e2e/support/browser.ts';
import { startHost, tempDataDir } from '../e2e/support/host.ts';

const round = (n: number) => Math.round(n * 10) / 10;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

export async function meetingNextItem(runs: number) {
  const host = await startHost(tempDataDir('clusterpilot-bench-meeting-'), { demo: 'en' });
  const browser = await openBrowser();
  try {
    const outline = (await callHost(host.url, 'workspace.outline', {})) as {
      data: { clusters: { evaluations: { id: number; status: string }[] }[] };
    };
    const evaluationId = outline.data.clusters[0]!.evaluations.find((e) => e.status === 'draft')!.id;
    await callHost(host.url, 'evaluation.freeze', { evaluationId });
    await callHost(host.url, 'meeting.start', { evaluationId });
    const page = browser.page;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${host.url}&meeting=${evaluationId}`);
    await page.waitForSelector('.meeting-screen[data-index="0"] .meeting-item h1');
    const samples: number[] = [];
    const steps = Math.max(runs * 2, 10);
    let index = 0;
    for (let i = 0; i < steps; i++) {
      const forward = index < 8;
      const next = forward ? index + 1 : 0;
      const start = performance.now();
      await page.keyboard.press(forward ? 'ArrowRight' : 'Home');
      await page.waitForSelector(`.meeting-screen[data-index="${next}"] .meeting-item h1`);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
      samples.push(performance.now() - start);
      index = next;
    }
    return {
      steps,
      nextItemMs: {
        p50: round(percentile(samples, 50)),
        p95: round(percentile(samples, 95)),
        max: round(Math.max(...samples)),
      },
      budgets: { nextItemMs: 100 },
    };
  } finally {
    await browser.close();
    await host.stop();
  }
}
