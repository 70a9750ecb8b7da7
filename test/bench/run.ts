// `npm run bench`: speed and size figures, printed as JSON. Later features add their budgets here.
// - cold start of the web host to first paint in Chromium (process spawn → first contentful paint)
// - size of the built renderer bundle, raw and gzip
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { openBrowser } from '../e2e/support/browser.ts';
import { startHost, tempDataDir } from '../e2e/support/host.ts';

const root = path.resolve(import.meta.dirname, '../..');
const rendererDir = path.join(root, 'dist/renderer');
const runs = Number(process.env.BENCH_RUNS ?? 5);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const round = (n: number) => Math.round(n * 10) / 10;

function bundleSize() {
  const files = fs
    .readdirSync(rendererDir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile());
  const byKind: Record<string, { raw: number; gzip: number }> = {};
  for (const file of files) {
    const content = fs.readFileSync(path.join(file.parentPath, file.name));
    const kind = path.extname(file.name).slice(1) || 'other';
    byKind[kind] ??= { raw: 0, gzip: 0 };
    byKind[kind].raw += content.length;
    byKind[kind].gzip += zlib.gzipSync(content).length;
  }
  const total = Object.values(byKind).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), {
    raw: 0,
    gzip: 0,
  });
  return { totalBytes: total.raw, totalGzipBytes: total.gzip, byKind };
}

async function coldStart() {
  const browser = await openBrowser();
  const hostStart: number[] = [];
  const toFirstPaint: number[] = [];
  const toReady: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.context.newPage();
      const spawned = performance.now();
      const host = await startHost(tempDataDir('clusterpilot-bench-'));
      const navigated = performance.now();
      await page.goto(host.url);
      await page.waitForSelector('html[data-ready="true"]');
      const readyAt = performance.now();
      const fcp = await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      );
      hostStart.push(host.startupMs);
      toFirstPaint.push(navigated - spawned + fcp);
      toReady.push(readyAt - spawned);
      await page.close();
      await host.stop();
    }
  } finally {
    await browser.close();
  }
  return {
    runs,
    hostStartMs: { p50: round(percentile(hostStart, 50)), max: round(Math.max(...hostStart)) },
    spawnToFirstContentfulPaintMs: {
      p50: round(percentile(toFirstPaint, 50)),
      max: round(Math.max(...toFirstPaint)),
    },
    spawnToWorkbenchReadyMs: { p50: round(percentile(toReady, 50)), max: round(Math.max(...toReady)) },
  };
}

const result = { webHostColdStart: await coldStart(), rendererBundle: bundleSize() };
console.log(JSON.stringify(result, null, 2));
