// `npm run bench`: speed and size figures, printed as JSON. Later features add their budgets here.
// - cold start of the web host to first paint in Chromium (process spawn → first contentful paint)
// - size of the built renderer bundle, raw and gzip
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { createBackend } from '../../db/backend/backend.ts';
import { benchmarkSpec, generateLarge } from '../../db/generate/large.ts';
import { loadStatusInputs } from '../../db/monitoring/status-inputs.ts';
import { openWorkspace } from '../../db/sqlite/connection.ts';
import { indicatorStatus } from '../../shared/status/status.ts';
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

/** Times `fn` `n` times after a warm-up; returns p50/p95 in milliseconds. */
async function timed(n: number, fn: (i: number) => unknown | Promise<unknown>) {
  for (let i = 0; i < 20; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return { p50: round3(percentile(samples, 50)), p95: round3(percentile(samples, 95)) };
}
const round3 = (n: number) => Math.round(n * 1000) / 1000;

async function largeWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterpilot-bench-large-'));
  const file = path.join(dir, 'large.clusterpilot');
  try {
    const created = await openWorkspace(file);
    const genStart = performance.now();
    generateLarge(created.db);
    const generationMs = performance.now() - genStart;
    created.db.pragma('wal_checkpoint(TRUNCATE)');
    created.db.close();
    const counts = (() => {
      const db = new Database(file, { readonly: true });
      const n = (t: string) => db.prepare(`select count(*) from ${t}`).pluck().get() as number;
      const result = {
        clusters: n('cluster'),
        indicators: n('indicator'),
        measurements: n('measurement'),
        actors: n('actor'),
        relationships: n('relationship'),
        milestones: n('milestone'),
      };
      db.close();
      return result;
    })();

    const opens: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const opened = await openWorkspace(file);
      opens.push(performance.now() - start);
      opened.db.close();
    }

    const backend = await createBackend({ workspacePath: file, dataDir: dir, log: () => undefined });
    const raw = backend.workspace.db;
    const calls: Record<string, { p50: number; p95: number }> = {};
    const n = 300;
    const ids = (max: number) => (i: number) => 1 + ((i * 7919) % max);
    const indicator = ids(counts.indicators);
    const cluster = ids(counts.clusters);
    calls['clusters.list'] = await timed(n, () => backend.call('clusters.list', {}));
    calls['actors.list (500 rows)'] = await timed(n, (i) =>
      backend.call('actors.list', { clusterId: cluster(i) }),
    );
    calls['indicators.list (200 rows)'] = await timed(n, (i) =>
      backend.call('indicators.list', { clusterId: cluster(i) }),
    );
    calls['measurements.list (120 rows)'] = await timed(n, (i) =>
      backend.call('measurements.list', { indicatorId: indicator(i) }),
    );
    calls['milestones.list (300 rows)'] = await timed(n, (i) =>
      backend.call('milestones.list', { strategyId: cluster(i) }),
    );
    calls['relationships.list (2,000 rows)'] = await timed(100, (i) =>
      backend.call('relationships.list', { clusterId: cluster(i) }),
    );
    calls['indicators.get'] = await timed(n, (i) => backend.call('indicators.get', { id: indicator(i) }));
    calls['goals.list'] = await timed(n, (i) => backend.call('goals.list', { strategyId: cluster(i) }));
    calls['search.query'] = await timed(100, () => backend.call('search.query', { text: 'Indikator 7-1' }));
    calls['workspace.outline (all clusters)'] = await timed(30, () => backend.call('workspace.outline', {}));

    // Our read path against a raw prepared statement running the same query.
    const rawMeasurements = raw.prepare(
      'select * from "measurement" where "indicator_id" = ? order by "date", "id"',
    );
    const rawActors = raw.prepare('select * from "actor" where "cluster_id" = ? order by "name", "id"');
    const ours = await timed(n, (i) => backend.call('measurements.list', { indicatorId: indicator(i) }));
    const rawTime = await timed(n, (i) => rawMeasurements.all(indicator(i)));
    const oursActors = await timed(n, (i) => backend.call('actors.list', { clusterId: cluster(i) }));
    const rawActorsTime = await timed(n, (i) => rawActors.all(cluster(i)));
    const status = statusOfAll(raw);
    backend.close();

    return {
      spec: benchmarkSpec,
      counts,
      generationMs: Math.round(generationMs),
      fileSizeMB: Math.round((fs.statSync(file).size / 1024 / 1024) * 10) / 10,
      openWithQuickCheckMs: { p50: round(percentile(opens, 50)), max: round(Math.max(...opens)) },
      callsMs: calls,
      readPathVsRaw: {
        'measurements.list': {
          oursP50Ms: ours.p50,
          rawP50Ms: rawTime.p50,
          ratio: round(ours.p50 / rawTime.p50),
        },
        'actors.list': {
          oursP50Ms: oursActors.p50,
          rawP50Ms: rawActorsTime.p50,
          ratio: round(oursActors.p50 / rawActorsTime.p50),
        },
      },
      statusOfAllIndicators: status,
      budgets: { generationMs: 10_000, openMs: 300, callP95Ms: 20, ratioVsRaw: 1.5, statusAllMs: 200 },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// The status engine over every indicator of the workspace: loading indicators, targets and
// measurements in three queries, then computing each status.
function statusOfAll(db: Database.Database) {
  // As of the newest measurement: the generated data ends in the past, and "today" would make every indicator stale.
  const today = db.prepare('select max("date") from "measurement"').pluck().get() as string;
  const loads: number[] = [];
  const computes: number[] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const inputs = loadStatusInputs(db);
    const loaded = performance.now();
    const statuses = inputs.map((d) => indicatorStatus(d.indicator, d.measurements, today).status);
    computes.push(performance.now() - loaded);
    loads.push(loaded - start);
    if (i === 0) for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
  }
  const totals = loads.map((l, i) => l + computes[i]!);
  return {
    asOf: today,
    indicators: Object.values(counts).reduce((a, b) => a + b, 0),
    byStatus: counts,
    loadP50Ms: round(percentile(loads, 50)),
    computeP50Ms: round(percentile(computes, 50)),
    totalP50Ms: round(percentile(totals, 50)),
    totalMaxMs: round(Math.max(...totals)),
    // What a dashboard reads: one cluster's indicators (a tenth of the workspace).
    oneClusterP50Ms: (() => {
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        for (const d of loadStatusInputs(db, 1 + (i % 10)))
          indicatorStatus(d.indicator, d.measurements, today);
        samples.push(performance.now() - start);
      }
      return round(percentile(samples, 50));
    })(),
  };
}

const sections = (process.env.BENCH ?? 'coldStart,bundle,large').split(',');
const result = {
  ...(sections.includes('large') ? { largeWorkspace: await largeWorkspace() } : {}),
  ...(sections.includes('coldStart') ? { webHostColdStart: await coldStart() } : {}),
  ...(sections.includes('bundle') ? { rendererBundle: bundleSize() } : {}),
};
console.log(JSON.stringify(result, null, 2));
